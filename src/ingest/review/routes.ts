/**
 * The review queue in the node's JSON API (issue 6: "`liaison review list|show|accept|reject` (and the API)"), under
 * /liaison/v1/ beside the conversation routes, with the same media type and credentials as TAXII:
 *
 * - `POST /liaison/v1/ingest`: a text, Markdown or HTML document in a JSON body becomes a pending draft;
 * - `GET /liaison/v1/drafts[?status=]`, `GET /liaison/v1/drafts/{id}`: the drafts the caller may review;
 * - `POST /liaison/v1/drafts/{id}/accept` (optional edited `bundle` or `drop` list, and the target `collection`);
 * - `POST /liaison/v1/drafts/{id}/reject` (optional `reason`).
 *
 * Who may do what: a caller sees and decides the drafts whose target collection they may write to (admins: all);
 * the submitter of a draft without a target sees it and may reject it, but accepting always needs write access to
 * the collection it goes into. A draft the caller may not see answers 404, as if it did not exist. Nothing in a
 * draft reaches a collection before it is accepted.
 */
import { dirname } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LiaisonError } from '../../errors.js';
import { parseJsonBody } from '../../taxii/json-body.js';
import { negotiateJson } from '../../exchange/conversation/json-media.js';
import { accessTo, type Caller } from '../../taxii/access.js';
import type { Store, StoreConfig } from '../../store/store.js';
import { FileDraftQueue, type Draft, type DraftQueue, type DraftStatus } from './queue.js';
import { acceptDraft, rejectDraft, type AcceptEdits } from './decide.js';
import { storePublisher, knownFromStore } from './publish.js';
import { docFromBytes, MAX_SOURCE_BYTES } from '../source/read.js';
import { ingestDoc } from '../ingest.js';
import type { SourceFormat } from '../types.js';

export const API_PREFIX = '/liaison/v1';
export const DRAFTS_PATH = `${API_PREFIX}/drafts`;
export const INGEST_PATH = `${API_PREFIX}/ingest`;

const STATUSES: DraftStatus[] = ['pending', 'accepted', 'rejected'];
const FORMATS: SourceFormat[] = ['text', 'markdown', 'html'];
/** JSON nesting accepted in a request body (an edited bundle is shallow; STIX objects rarely pass 10). */
const MAX_BODY_DEPTH = 64;

export interface ReviewRouteOptions {
  queue: DraftQueue;
  store: Store;
}

/** The folder drafts live in for a node: beside its SQLite file, else `LIAISON_DATA` or ./data (as the CLI). */
export function draftsDataDir(config: StoreConfig): string {
  return config.kind === 'sqlite' ? dirname(config.path) : (process.env.LIAISON_DATA ?? './data');
}

function callerOf(req: FastifyRequest): Caller {
  const c = req.caller;
  if (!c) throw new LiaisonError('AUTH_REQUIRED');
  return c;
}

function bodyOf(req: FastifyRequest): Record<string, unknown> {
  const b = req.body;
  if (b === undefined || b === null || (Buffer.isBuffer(b) && b.length === 0)) return {};
  const v = Buffer.isBuffer(b) ? parseJsonBody(b, MAX_BODY_DEPTH) : b;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new LiaisonError('BAD_REQUEST', { detail: 'the body must be a JSON object' });
  return v as Record<string, unknown>;
}

const optString = (b: Record<string, unknown>, k: string): string | undefined => {
  const v = b[k];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !v.trim()) throw new LiaisonError('BAD_REQUEST', { detail: `${k} must be a non-empty string` });
  return v;
};

const summary = (d: Draft) => ({
  id: d.id,
  status: d.status,
  created_at: d.createdAt,
  title: d.source.title ?? d.source.name,
  source: d.source.name,
  collection: d.collection ?? null,
  submitted_by: d.submittedBy ?? null,
  objects: d.bundle.objects.length,
  ...(d.decidedAt && { decided_at: d.decidedAt }),
  ...(d.storedIn && { stored_in: d.storedIn }),
  ...(d.reason && { reason: d.reason }),
});

/** Whether `who` may write to collection `idOrAlias` (false when it does not exist). */
async function canWrite(store: Store, who: Caller, idOrAlias: string | undefined): Promise<boolean> {
  if (who.admin) return true;
  if (!idOrAlias) return false;
  const c = await store.getCollection(idOrAlias);
  return !!c && (await accessTo(store, who, c)).write;
}

/** A caller may review a draft when they may write to its target collection, or submitted it. */
async function mayReview(store: Store, who: Caller, d: Draft): Promise<boolean> {
  return who.admin || (d.submittedBy !== undefined && d.submittedBy === who.user) || (await canWrite(store, who, d.collection));
}

async function visibleDraft(o: ReviewRouteOptions, who: Caller, id: string): Promise<Draft> {
  const d = await o.queue.get(id);
  if (!d || !(await mayReview(o.store, who, d))) throw new LiaisonError('NOT_FOUND', { what: `draft ${JSON.stringify(id.slice(0, 80))}` });
  return d;
}

/** The document to ingest from a JSON body: `content` (text) or `content_base64` (bytes in any encoding). */
function documentOf(b: Record<string, unknown>) {
  const name = optString(b, 'name') ?? 'submitted';
  const format = optString(b, 'format');
  if (format !== undefined && !FORMATS.includes(format as SourceFormat)) throw new LiaisonError('BAD_REQUEST', { detail: `format must be one of ${FORMATS.join(', ')}` });
  let bytes: Buffer;
  if (typeof b.content === 'string') bytes = Buffer.from(b.content, 'utf8');
  else if (typeof b.content_base64 === 'string') {
    if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(b.content_base64)) throw new LiaisonError('BAD_REQUEST', { detail: 'content_base64 is not base64' });
    bytes = Buffer.from(b.content_base64, 'base64');
  } else throw new LiaisonError('BAD_REQUEST', { detail: 'content (the text, Markdown or HTML) or content_base64 is required' });
  if (bytes.length > MAX_SOURCE_BYTES) throw new LiaisonError('TOO_LARGE', { what: name, limit: `${MAX_SOURCE_BYTES} bytes` });
  // Without a format or a telling file name, the content decides (an HTML page is recognised by its markup).
  return docFromBytes(name, bytes, format as SourceFormat | undefined);
}

function editsOf(b: Record<string, unknown>): AcceptEdits {
  const edits: AcceptEdits = {};
  if (b.drop !== undefined) {
    if (!Array.isArray(b.drop) || !b.drop.every((x) => typeof x === 'string')) throw new LiaisonError('BAD_REQUEST', { detail: 'drop must be a list of object ids' });
    edits.drop = b.drop as string[];
  }
  if (b.bundle !== undefined) {
    const bundle = b.bundle as { type?: unknown; id?: unknown; objects?: unknown };
    if (!bundle || typeof bundle !== 'object' || bundle.type !== 'bundle' || !Array.isArray(bundle.objects) || !bundle.objects.every((x) => x && typeof x === 'object' && !Array.isArray(x))) {
      throw new LiaisonError('BAD_REQUEST', { detail: 'bundle must be a STIX bundle (type "bundle" and a list of objects)' });
    }
    edits.bundle = bundle as AcceptEdits['bundle'];
  }
  return edits;
}

export function registerReviewRoutes(app: FastifyInstance, o: ReviewRouteOptions): void {
  // The JSON API's content negotiation (406/415 with its codes), as for every other /liaison/v1/ route.
  void app.register(async (scope) => {
    scope.addHook('onRequest', async (request) => negotiateJson(request));
    registerScoped(scope, o);
  });
}

function registerScoped(app: FastifyInstance, o: ReviewRouteOptions): void {
  app.post(INGEST_PATH, async (req, reply) => {
    const who = callerOf(req);
    const b = bodyOf(req);
    const collection = optString(b, 'collection');
    if (collection !== undefined) {
      const c = await o.store.getCollection(collection);
      if (!c) throw new LiaisonError('NOT_FOUND', { what: `collection ${JSON.stringify(collection.slice(0, 80))}` });
      if (!(await accessTo(o.store, who, c)).write) throw new LiaisonError('FORBIDDEN', { detail: 'no write access to that collection: a draft for it cannot be submitted' });
    }
    const doc = documentOf(b);
    const node = await o.store.getNode();
    const { bundle, extraction } = ingestDoc(doc, { known: await knownFromStore(o.store), createdBy: node?.identityId });
    const d = await o.queue.add({
      source: { name: doc.name, format: doc.format, title: doc.title, published: doc.published, sha256: doc.sourceSha256 },
      extractor: 'liaison-rules/1',
      ...(collection !== undefined && { collection }),
      submittedBy: who.user,
      bundle,
    });
    const found = { entities: extraction.entities.length, statements: extraction.quotes.length, indicators: extraction.iocs.length };
    return reply.code(201).send({ ...summary(d), found });
  });

  app.get(DRAFTS_PATH, async (req) => {
    const who = callerOf(req);
    const status = (req.query as { status?: unknown }).status;
    if (status !== undefined && !STATUSES.includes(status as DraftStatus)) throw new LiaisonError('BAD_PARAMETER', { what: 'status', reason: `must be one of ${STATUSES.join(', ')}` });
    const drafts: Draft[] = [];
    for (const d of await o.queue.list(status as DraftStatus | undefined)) if (await mayReview(o.store, who, d)) drafts.push(d);
    return { drafts: drafts.map(summary) };
  });

  app.get(`${DRAFTS_PATH}/:id`, async (req) => {
    const who = callerOf(req);
    return visibleDraft(o, who, (req.params as { id: string }).id);
  });

  app.post(`${DRAFTS_PATH}/:id/accept`, async (req) => {
    const who = callerOf(req);
    const id = (req.params as { id: string }).id;
    const b = bodyOf(req);
    const d = await visibleDraft(o, who, id);
    const target = optString(b, 'collection') ?? d.collection;
    if (!target) throw new LiaisonError('BAD_REQUEST', { detail: 'name the collection to store the draft in (collection)' });
    const c = await o.store.getCollection(target);
    if (!c) throw new LiaisonError('NOT_FOUND', { what: `collection ${JSON.stringify(target.slice(0, 80))}` });
    if (!(await accessTo(o.store, who, c)).write) throw new LiaisonError('FORBIDDEN', { detail: 'no write access to that collection' });
    const done = await acceptDraft(o.queue, id, { collection: c.id, edits: editsOf(b), publish: storePublisher(o.store), decidedBy: who.user });
    return summary(done);
  });

  app.post(`${DRAFTS_PATH}/:id/reject`, async (req) => {
    const who = callerOf(req);
    const id = (req.params as { id: string }).id;
    const b = bodyOf(req);
    await visibleDraft(o, who, id);
    const done = await rejectDraft(o.queue, id, optString(b, 'reason'), who.user);
    return summary(done);
  });
}

/** The review routes of a node whose store is `config`: drafts in `<data>/drafts/` (see `draftsDataDir`). */
export function registerNodeReviewRoutes(app: FastifyInstance, store: Store, config: StoreConfig): void {
  registerReviewRoutes(app, { queue: new FileDraftQueue(draftsDataDir(config)), store });
}
