/**
 * @module The node's JSON API under /liaison/v1/ (issue 5: "the same operations exist in the API"): the conversation
 * and the ledger here, partners, agreements and held objects in ./partners-api.ts, sync in ./sync-api.ts, its OpenAPI description in
 * ./openapi.ts. It answers application/json; credentials are TAXII's. The node's identity is readable by any
 * authenticated caller (partners learn it this way), the rest by admins only.
 */
import type { FastifyInstance } from 'fastify';
import { LiaisonError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import type { Outbound } from '../sync/outbound.js';
import { addNote, addOpinion, listThreads, openRequest, respond, selfIdentity, showThread } from './node-conversation.js';
import { nodeLedger } from './node-ledger.js';
import type { OpinionValue } from '../requests/build.js';
import type { Priority, RequestKind, ResponseStatus } from '../requests/extension.js';
import { admin, body, list, opt, sinceOf } from './http.js';
import { negotiateJson } from './json-media.js';
import { registerPartnerRoutes } from './partners-api.js';
import { registerSyncRoutes } from './sync-api.js';
import type { SyncEngine } from '../sync/engine.js';
import { registerApiDescription } from './openapi.js';

/**
 * Registers every route of /liaison/v1/ in one scope whose requests are negotiated as JSON (./json-media.ts); the
 * app's own hook authenticates them and gives every response under /liaison/v1/ `Content-Type: application/json`.
 */
export function registerConversationRoutes(app: FastifyInstance, store: Store, outbound: Outbound, engine: SyncEngine): void {
  void app.register(async (scope) => {
    scope.addHook('onRequest', async (request) => negotiateJson(request));
    registerRequestRoutes(scope, store, outbound);
    registerPartnerRoutes(scope, store);
    registerSyncRoutes(scope, store, engine);
  });
  registerApiDescription(app);
}

function registerRequestRoutes(app: FastifyInstance, store: Store, outbound: Outbound): void {
  app.get('/liaison/v1/identity', async (request) => {
    if (!request.caller) throw new LiaisonError('AUTH_REQUIRED');
    const node = await store.getNode();
    return node?.identity ?? { id: await selfIdentity(store) };
  });
  app.get('/liaison/v1/requests', async (request) => {
    admin(request);
    return { requests: await listThreads(store) };
  });
  app.get('/liaison/v1/requests/:id', async (request) => {
    admin(request);
    return showThread(store, (request.params as { id: string }).id);
  });
  app.post('/liaison/v1/requests', async (request, reply) => {
    const user = admin(request);
    const b = body(request);
    const req = await openRequest(store, {
      to: String(b.to ?? ''), kind: String(b.kind) as RequestKind, about: list(b.about) ?? [], text: String(b.text ?? ''),
      due: opt(b.due), priority: opt(b.priority) as Priority | undefined, user,
    });
    return reply.code(201).send(req);
  });
  app.post('/liaison/v1/requests/:id/responses', async (request, reply) => {
    const user = admin(request);
    const b = body(request);
    const res = await respond(store, { request: (request.params as { id: string }).id, status: String(b.status) as ResponseStatus, text: opt(b.text), refs: list(b.refs), user });
    return reply.code(201).send(res);
  });
  app.post('/liaison/v1/opinions', async (request, reply) => {
    const user = admin(request);
    const b = body(request);
    return reply.code(201).send(await addOpinion(store, { about: list(b.about) ?? [], opinion: String(b.opinion) as OpinionValue, text: opt(b.text), user }));
  });
  app.post('/liaison/v1/notes', async (request, reply) => {
    const user = admin(request);
    const b = body(request);
    return reply.code(201).send(await addNote(store, { about: list(b.about) ?? [], text: String(b.text ?? ''), user }));
  });
  app.get('/liaison/v1/ledger', async (request) => {
    admin(request);
    const q = request.query as Record<string, unknown>;
    return { ledgers: await nodeLedger(store, outbound, { partner: opt(q.partner), since: sinceOf(q.since) }) };
  });
}
