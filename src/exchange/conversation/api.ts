/**
 * @module The conversation and the ledger in the node's JSON API (issue 5: "the same operations exist in the
 * API"), under /liaison/v1/ on the node's HTTP app. Same media type and credentials as TAXII; the node's identity
 * is readable by any authenticated caller (partners learn it this way), the rest by admins only.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LiaisonError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import type { Outbound } from '../sync/outbound.js';
import { addNote, addOpinion, listThreads, openRequest, respond, selfIdentity, showThread } from './node-conversation.js';
import { nodeLedger } from './node-ledger.js';
import type { OpinionValue } from '../requests/build.js';
import type { Priority, RequestKind, ResponseStatus } from '../requests/extension.js';

function admin(request: FastifyRequest): string {
  if (!request.caller) throw new LiaisonError('AUTH_REQUIRED');
  if (!request.caller.admin) throw new LiaisonError('NOT_FOUND', { what: 'route' });
  return request.caller.user;
}

function body(request: FastifyRequest): Record<string, unknown> {
  const raw = request.body;
  let v: unknown;
  try {
    v = JSON.parse(Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw ?? ''));
  } catch {
    throw new LiaisonError('USAGE', { detail: 'the body is not JSON' });
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new LiaisonError('USAGE', { detail: 'the body must be a JSON object' });
  return v as Record<string, unknown>;
}

const list = (v: unknown): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v.map(String) : [String(v)]);
const opt = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));

function sinceOf(v: unknown): Date | undefined {
  if (v === undefined) return undefined;
  const d = new Date(String(v));
  if (Number.isNaN(d.getTime())) throw new LiaisonError('USAGE', { detail: `since ${JSON.stringify(String(v).slice(0, 60))} is not a date` });
  return d;
}

export function registerConversationRoutes(app: FastifyInstance, store: Store, outbound: Outbound): void {
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
