/**
 * The review queue over HTTP, for the web UI and scripts: list, show, accept into a collection, reject, and submit
 * a text for ingest. Bodies are JSON (parsed from bytes with the TAXII layer's depth-checked parser). Reading the
 * queue needs a signed-in caller; accepting needs write access to the target collection (or admin).
 *
 * Wiring: call `registerReviewRoutes(app, …)` from the node's app assembly (src/taxii/app.ts builds the TAXII app;
 * these paths are not TAXII and answer application/json).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LiaisonError } from '../../errors.js';
import { parseJsonBody } from '../../taxii/json-body.js';
import { accessTo, type Caller } from '../../taxii/access.js';
import type { Store } from '../../store/store.js';
import type { DraftQueue, DraftStatus } from './queue.js';
import { acceptDraft, rejectDraft, type AcceptEdits } from './decide.js';
import { storePublisher, knownFromStore } from './publish.js';
import { docFromBytes } from '../source/read.js';
import { ingestDoc } from '../ingest.js';
import type { SourceFormat } from '../types.js';

export const REVIEW_PREFIX = '/liaison/drafts';

export interface ReviewRouteOptions {
  queue: DraftQueue;
  store: Store;
}

function caller(req: FastifyRequest): Caller {
  const c = (req as FastifyRequest & { caller?: Caller | null }).caller;
  if (!c) throw new LiaisonError('AUTH_REQUIRED');
  return c;
}

function body(req: FastifyRequest): Record<string, unknown> {
  const b = req.body;
  if (b === undefined || b === null || (Buffer.isBuffer(b) && b.length === 0)) return {};
  const v = Buffer.isBuffer(b) ? parseJsonBody(b, 32) : b;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new LiaisonError('BAD_REQUEST', { detail: 'the body must be a JSON object' });
  return v as Record<string, unknown>;
}

const summary = (d: Awaited<ReturnType<DraftQueue['get']>> & object) => ({ id: d.id, status: d.status, createdAt: d.createdAt, title: d.source.title ?? d.source.name, collection: d.collection ?? null, objects: d.bundle.objects.length });

export function registerReviewRoutes(app: FastifyInstance, o: ReviewRouteOptions): void {
  app.get(REVIEW_PREFIX, async (req, reply) => {
    caller(req);
    const status = (req.query as { status?: string }).status;
    if (status && !['pending', 'accepted', 'rejected'].includes(status)) throw new LiaisonError('BAD_PARAMETER', { what: 'status', reason: 'must be pending, accepted or rejected' });
    const drafts = await o.queue.list(status as DraftStatus | undefined);
    return reply.type('application/json').send({ drafts: drafts.map(summary) });
  });

  app.get(`${REVIEW_PREFIX}/:id`, async (req, reply) => {
    caller(req);
    const d = await o.queue.get((req.params as { id: string }).id);
    if (!d) throw new LiaisonError('NOT_FOUND', { what: 'draft' });
    return reply.type('application/json').send(d);
  });

  app.post(REVIEW_PREFIX, async (req, reply) => {
    const who = caller(req);
    const b = body(req);
    if (typeof b.content !== 'string') throw new LiaisonError('BAD_REQUEST', { detail: 'content (the text, Markdown or HTML) is required' });
    const name = typeof b.name === 'string' && b.name ? b.name : 'submitted.txt';
    const format = ['text', 'markdown', 'html'].includes(String(b.format)) ? (b.format as SourceFormat) : undefined;
    const doc = docFromBytes(name, Buffer.from(b.content, 'utf8'), format);
    const node = await o.store.getNode();
    const { bundle } = ingestDoc(doc, { known: await knownFromStore(o.store), createdBy: node?.identityId });
    const d = await o.queue.add({
      source: { name: doc.name, format: doc.format, title: doc.title, published: doc.published, sha256: doc.sourceSha256 },
      extractor: 'liaison-rules/1',
      ...(typeof b.collection === 'string' ? { collection: b.collection } : {}),
      bundle,
    });
    void who;
    return reply.code(201).type('application/json').send(summary(d));
  });

  app.post(`${REVIEW_PREFIX}/:id/accept`, async (req, reply) => {
    const who = caller(req);
    const id = (req.params as { id: string }).id;
    const b = body(req);
    const d = await o.queue.get(id);
    if (!d) throw new LiaisonError('NOT_FOUND', { what: 'draft' });
    const target = typeof b.collection === 'string' ? b.collection : d.collection;
    if (!target) throw new LiaisonError('BAD_REQUEST', { detail: 'name the collection to store the draft in' });
    const c = await o.store.getCollection(target);
    if (!c) throw new LiaisonError('NOT_FOUND', { what: `collection ${target}` });
    if (!(await accessTo(o.store, who, c)).write) throw new LiaisonError('FORBIDDEN', { detail: 'no write access to that collection' });
    const edits: AcceptEdits = {};
    if (Array.isArray(b.drop)) edits.drop = b.drop.map(String);
    if (b.bundle && typeof b.bundle === 'object') edits.bundle = b.bundle as AcceptEdits['bundle'];
    const done = await acceptDraft(o.queue, id, { collection: c.id, edits, publish: storePublisher(o.store) });
    return reply.type('application/json').send({ ...summary(done), storedIn: done.storedIn });
  });

  app.post(`${REVIEW_PREFIX}/:id/reject`, async (req, reply) => {
    caller(req);
    const b = body(req);
    const done = await rejectDraft(o.queue, (req.params as { id: string }).id, typeof b.reason === 'string' ? b.reason : undefined);
    return reply.type('application/json').send(summary(done));
  });
}
