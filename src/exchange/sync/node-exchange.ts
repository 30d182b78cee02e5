/**
 * @module The exchange as one node runs it: the outbound policy (TAXII hooks), the sync engine over the node's
 * store, and (for `serve`) the continuous scheduler.
 */
import { LiaisonError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import type { ObjectValidator } from '../../taxii/validate.js';
import { SyncEngine, type EngineOptions } from './engine.js';
import { Outbound } from './outbound.js';
import { SyncScheduler } from './scheduler.js';
import { exchangeSecret } from './secrets.js';

export interface NodeExchange {
  outbound: Outbound;
  engine: SyncEngine;
  /** Set once `startContinuous` ran. */
  scheduler?: SyncScheduler;
  startContinuous(intervalMs: number): SyncScheduler;
}

export async function openExchange(store: Store, validate: ObjectValidator, options: Partial<EngineOptions> = {}): Promise<NodeExchange> {
  const node = await store.getNode();
  if (!node) throw new LiaisonError('NO_NODE', { what: 'this store' });
  const outbound = new Outbound(store, { identity: node.identityId, secret: await exchangeSecret(store) });
  const engine = new SyncEngine(store, outbound, { validate, ...options });
  const ex: NodeExchange = {
    outbound,
    engine,
    startContinuous(intervalMs) {
      ex.scheduler ??= new SyncScheduler(store, engine, { intervalMs });
      ex.scheduler.start();
      return ex.scheduler;
    },
  };
  return ex;
}
