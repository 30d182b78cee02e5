/**
 * @module The node's cache of what every request reads before it touches an object: API roots, collections, users,
 * API keys and grants. Without it a small TAXII request costs five or six store reads (on PostgreSQL, as many round
 * trips); with it, none in the steady state.
 *
 * When cached data stops being used: a revocation, a grant removed, a collection made private must count at once.
 * - Every write through this process's store (any method that is not a read, except the object and sync writes
 *   listed in `NOT_META`) bumps a generation counter, before and after the write; a change of generation empties
 *   the cache, and a value loaded while the generation moved is not kept.
 * - Writes by other processes (`liaison key revoke` from a shell, a second server): on SQLite a counter moved by
 *   triggers on the cached tables (migration 7, `meta_generation`) is read once per turn of the event loop, so they
 *   count at once too (from the next turn); commits that change no cached table (objects, from the add path's writer
 *   thread above all) leave it alone. On PostgreSQL the store's `metaSignal()` moves when a notification of such a
 *   commit arrives (src/store/postgres/meta-listener.ts, a few milliseconds after it), and at every reading while the
 *   store is not listening. A store with neither signal keeps entries at most `ttlMs`
 *   (default 1 s then). LIAISON_META_CACHE_MS sets `ttlMs` for `liaison serve` (0: no cache).
 * Only stored records are kept (a key's SHA-256, never a secret); values are frozen so that no caller changes them.
 */
import type { Store } from '../store/store.js';

/** Store reads served from the cache. */
const CACHED = new Set(['getApiRoot', 'listApiRoots', 'getCollection', 'listCollections', 'getUser', 'getApiKey', 'getGrant']);

/** Writes that cannot change what the cache holds (objects, statuses, sync bookkeeping): they keep it. */
const NOT_META = new Set([
  'addObjects', 'deleteObject', 'deleteObjects', 'putStatus', 'purgeStatuses', 'setCheckpoint', 'startSyncRun', 'finishSyncRun', 'recordRefusals', 'recordDeliveries',
  'migrate', 'warm', 'close',
]);

const isRead = (name: string) => /^(get|list|count)[A-Z]/.test(name);

export interface MetaCacheOptions {
  /** Longest life of an entry (0 turns the cache off). Default: 60 s with a change signal (SQLite, PostgreSQL), else 1 s. */
  ttlMs?: number;
  /** Entries kept before the cache starts afresh. */
  maxEntries?: number;
}

/** What a node's store wrapped by `withMetaCache` also tells. */
export interface MetaGeneration {
  /** A value that differs whenever cached data may have changed (compare with ===). */
  metaGeneration(): string;
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

/**
 * The metadata counter reader of a SQLite store's connection (migration 7), or null for another backend. The value is
 * read once per turn of the event loop (then forgotten at the next setImmediate): the requests served in one turn see
 * the database as it was at its start, as if a commit made meanwhile by another process had come a moment later.
 * The counter is read only when `PRAGMA data_version` says another connection has committed since: the pragma
 * costs less than a read of the table, and most turns see no commit at all.
 */
function sqliteMetaCounter(store: Store): (() => number) | null {
  const db = (store as { db?: { prepare(sql: string): { pluck(): { get(): unknown } } } }).db;
  if (store.kind !== 'sqlite' || !db || typeof db.prepare !== 'function') return null;
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const counter = db.prepare('SELECT n FROM meta_generation WHERE id = 1').pluck();
  let seenVersion: number | undefined;
  let last = NaN;
  let memo: number | undefined;
  const forget = () => (memo = undefined);
  return () => {
    if (memo !== undefined) return memo;
    try {
      const version = Number(dataVersion.get());
      if (version !== seenVersion) {
        last = Number(counter.get());
        seenVersion = version;
      }
      memo = last;
    } catch {
      return NaN; // closed: nothing is served any more, and NaN never equals the last value
    }
    setImmediate(forget).unref();
    return memo;
  };
}

/** The PostgreSQL store's change signal (`metaSignal`), or null for a store without one. */
function storeSignal(store: Store): (() => number) | null {
  const s = store as { metaSignal?: () => number };
  return typeof s.metaSignal === 'function' ? () => s.metaSignal!() : null;
}

/** `store` with its metadata reads cached (see the module comment); everything else passes through. */
export function withMetaCache(store: Store, options: MetaCacheOptions = {}): Store & MetaGeneration {
  const external = sqliteMetaCounter(store) ?? storeSignal(store);
  const ttl = options.ttlMs ?? (external ? 60_000 : 1_000);
  const max = options.maxEntries ?? 10_000;
  let local = 0;
  let seen = '';
  const entries = new Map<string, { value: unknown; until: number }>();
  // Without a signal from the database, time windows of `ttl` count as generations: whatever is derived from
  // cached data (the authenticator's password checks too) lives at most that long.
  const generation = () => (external ? `${local}.${external()}` : `${local}.${ttl > 0 ? Math.floor(Date.now() / ttl) : 0}`);
  const current = (): string => {
    const g = generation();
    if (g !== seen) {
      seen = g;
      entries.clear();
    }
    return g;
  };
  const bound = new Map<PropertyKey, unknown>();

  const cachedRead = (name: string, fn: (...args: unknown[]) => Promise<unknown>) =>
    async (...args: unknown[]): Promise<unknown> => {
      if (ttl <= 0) return fn(...args);
      const gen = current();
      const key = `${name}\0${args.map((a) => (a === undefined ? '' : String(a))).join('\0')}`;
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.until > now) return hit.value;
      const value = deepFreeze(await fn(...args));
      if (current() === gen) {
        if (entries.size >= max) entries.clear();
        entries.set(key, { value, until: now + ttl });
      }
      return value;
    };

  const invalidating = (fn: (...args: unknown[]) => Promise<unknown>) =>
    async (...args: unknown[]): Promise<unknown> => {
      local++;
      try {
        return await fn(...args);
      } finally {
        local++;
      }
    };

  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'metaGeneration') return current;
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function' || typeof prop !== 'string') return v;
      let b = bound.get(prop);
      if (!b) {
        const fn = (v as (...args: unknown[]) => Promise<unknown>).bind(target);
        b = CACHED.has(prop) ? cachedRead(prop, fn) : isRead(prop) || NOT_META.has(prop) ? fn : invalidating(fn);
        bound.set(prop, b);
      }
      return b;
    },
  }) as Store & MetaGeneration;
}
