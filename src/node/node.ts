/**
 * Assembling a node: its store, created on first start when asked, and the TAXII application over it with the
 * validator, authenticator and next-token secret. `liaison serve`, the tests and the benchmarks all start a node
 * through `startNode`.
 */
import type { FastifyInstance } from 'fastify';
import type { Store, StoreConfig } from '../store/store.js';
import { openStore } from '../store/open.js';
import { LiaisonError } from '../errors.js';
import { buildApp, type AppOptions } from '../taxii/app.js';
import { storeAuthenticator } from '../taxii/authenticator.js';
import { defaultValidator } from '../taxii/validate.js';
import { cursorSecret, DEFAULT_API_ROOT, initNode, isInitialised, type InitResult } from './setup.js';
import { openExchange, type NodeExchange } from '../exchange/sync/node-exchange.js';
import { registerConversationRoutes } from '../exchange/conversation/api.js';
import { registerNodeReviewRoutes } from '../ingest/review/routes.js';
import { withMetaCache, type MetaCacheOptions } from './meta-cache.js';
import { ValidationPool } from '../taxii/validate-pool.js';

export interface NodeOptions extends Partial<Omit<AppOptions, 'store' | 'authenticate' | 'cursorSecret'>> {
  /** Create the node when the store holds none (serve does; the other commands ask for `liaison init`). */
  create?: boolean;
  /** Sync with every partner continuously, every `intervalMs` and soon after each local write (serve does). */
  sync?: { intervalMs: number };
  /**
   * The cache of API roots, collections, users, keys and grants (src/node/meta-cache.ts); `{ ttlMs: 0 }` turns it
   * off. Default: LIAISON_META_CACHE_MS when set, else the backend's default.
   */
  metaCache?: MetaCacheOptions;
  /**
   * Worker threads that validate posted envelopes off the event loop (src/taxii/validate-pool.ts), when the node's
   * own validator is used. Default: LIAISON_VALIDATION_WORKERS when set, else 0 (validate on the event loop). Off by
   * default because each worker loads the validator and warms its JIT anew (about a second of CPU): that pays off
   * only for a long-running server with steady ingest, which measurements on a quiet machine still have to show.
   */
  validationWorkers?: number;
}

export interface RunningNode {
  store: Store;
  app: FastifyInstance;
  /** Set when this start created the node: the admin's key, shown once. */
  created?: InitResult;
  /** Partners, agreements, outbound policy and sync (src/exchange/sync/). */
  exchange: NodeExchange;
  close(): Promise<void>;
}

/** Opens the store and builds the app (not listening yet). */
export async function startNode(config: StoreConfig, options: NodeOptions = {}): Promise<RunningNode> {
  const opened = await openStore(config);
  const envTtl = process.env.LIAISON_META_CACHE_MS;
  let pool: ValidationPool | undefined;
  const store = withMetaCache(opened, options.metaCache ?? (envTtl !== undefined && /^\d+$/.test(envTtl) ? { ttlMs: Number(envTtl) } : {}));
  try {
    let created: InitResult | undefined;
    if (!(await isInitialised(store))) {
      if (!options.create) throw new LiaisonError('NOT_FOUND', { what: 'the node (run liaison init first)' });
      created = await initNode(store);
    }
    // The writer thread (SQLite) starts while the app is built, not on the first POST.
    store.warm?.();
    const roots = await store.listApiRoots();
    const { sync, metaCache: _cache, validationWorkers, ...appOptions } = options;
    const envWorkers = process.env.LIAISON_VALIDATION_WORKERS;
    const workers = validationWorkers ?? (envWorkers !== undefined && /^\d+$/.test(envWorkers) ? Number(envWorkers) : undefined);
    pool = appOptions.validate === undefined && workers !== undefined && workers > 0 ? new ValidationPool(workers) : undefined;
    const exchange = await openExchange(store, appOptions.validate ?? defaultValidator);
    const app = await buildApp({
      ...(roots.length ? { maxContentLength: Math.max(...roots.map((r) => r.maxContentLength)) } : {}),
      defaultApiRoot: DEFAULT_API_ROOT,
      validate: defaultValidator,
      ...(pool && { validateEnvelope: pool.validate }),
      logger: false,
      exchange: exchange.outbound.hooks(() => exchange.scheduler?.trigger()),
      ...appOptions,
      store,
      authenticate: storeAuthenticator(store),
      cursorSecret: await cursorSecret(store),
    });
    registerConversationRoutes(app, store, exchange.outbound, exchange.engine);
    registerNodeReviewRoutes(app, store, config);
    // A node that listens gets its validation workers at once, not on the first envelope.
    if (pool) app.addHook('onListen', async () => pool!.warm());
    if (sync) exchange.startContinuous(sync.intervalMs);
    return {
      store,
      app,
      created,
      exchange,
      async close() {
        await exchange.scheduler?.stop();
        await app.close();
        await pool?.close();
        await store.close();
      },
    };
  } catch (e) {
    await pool?.close();
    await store.close();
    throw e;
  }
}
