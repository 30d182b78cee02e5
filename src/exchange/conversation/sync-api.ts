/**
 * @module Sync in the node's JSON API (issue 5: "the same operations exist in the API"), admins only:
 *
 * - GET /liaison/v1/sync[?partner=NAME]: per partner and collection, the last run with its counts, the last success,
 *   the checkpoints and every refusal with its reason: the document `liaison sync status [NAME] --json` prints;
 * - POST /liaison/v1/sync and POST /liaison/v1/sync/{name}: one sync of every partner (or of one), as `liaison sync
 *   [NAME]` runs it; the answer, when the run is over, is the document `liaison sync [NAME] --json` prints. A run that
 *   failed is a 200 with `ok: false` and its error, as the run itself happened (the CLI's exit code says the same).
 *   A sync already running for that partner (continuous sync, another caller) is joined, not started twice.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Store } from '../../store/store.js';
import type { SyncEngine } from '../sync/engine.js';
import { mustPartner } from '../sync/partners.js';
import { syncStatus } from '../sync/status.js';
import { admin, body, only, opt, param } from './http.js';

/** A POST's body is optional; when there is one it must be an empty JSON object (nothing to set yet). */
function noOptions(request: FastifyRequest): void {
  const raw = request.body;
  if (raw === undefined || raw === null || (Buffer.isBuffer(raw) && raw.length === 0)) return;
  only(body(request), []);
}

export function registerSyncRoutes(app: FastifyInstance, store: Store, engine: SyncEngine): void {
  app.get('/liaison/v1/sync', async (request) => {
    admin(request);
    const q = request.query as Record<string, unknown>;
    return { partners: await syncStatus(store, opt(q.partner)) };
  });
  app.post('/liaison/v1/sync', async (request) => {
    admin(request);
    noOptions(request);
    return { runs: await engine.syncAll() };
  });
  app.post('/liaison/v1/sync/:name', async (request) => {
    admin(request);
    noOptions(request);
    const p = await mustPartner(store, param(request, 'name'));
    return { runs: [await engine.syncPartner(p.name)] };
  });
}
