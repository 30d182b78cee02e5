/**
 * Object endpoints of a collection: manifest (TAXII 2.1 §5.3), objects GET (§5.4) and POST (§5.5), one object GET
 * (§5.6) and DELETE (§5.7), versions (§5.8). Pages follow §3.5 with a keyset cursor (cursor.ts); every 200 of the
 * four GET endpoints carries X-TAXII-Date-Added-First/Last (§3.2). Object JSON is spliced into the envelope as the
 * store keeps it, without parsing it again.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { LiaisonError } from '../../errors.js';
import type { Page, PagePosition, StatusDetail, StatusRecord, StixObject } from '../../store/store.js';
import { completeStatus, type StatusPlan } from '../../store/status-plan.js';
import type { PreparedVersion } from '../../store/record.js';
import { formatMicros } from '../../store/time.js';
import type { AppContext } from '../app.js';
import { decodeJsonText, parseJsonText } from '../json-body.js';
import { IDENTIFIER, parseQuery, rawQuery, type TaxiiQuery } from '../params.js';
import { sendJson } from '../reply.js';
import { resolveCollection } from '../resolve.js';
import { formatStatus } from '../status.js';
import type { CursorScope } from '../cursor.js';
import { readerFor, type ReadPage } from '../reader.js';
import type { ObjectVerdict } from '../validate.js';

const FIRST = 'X-TAXII-Date-Added-First';
/** Envelopes with at least this many objects are validated on the worker pool (fewer are not worth the trip). */
const POOL_MIN_OBJECTS = 8;
const LAST = 'X-TAXII-Date-Added-Last';

interface Positioned {
  dateAdded: number;
  id: string;
}

/**
 * Runs one page of a query: decodes `next` (bound to this scope), fetches, sets the date headers and returns the
 * page with the token for the following one. An empty page carries the query's lower bound in both headers, so a
 * client paging by added_after from X-TAXII-Date-Added-Last stays where it is.
 */
async function runPage<T extends Positioned>(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  scope: Omit<CursorScope, 'caller' | 'query'>,
  q: TaxiiQuery,
  fetch: (after: PagePosition | undefined, limit: number) => Promise<ReadPage<T> | Page<T>>,
): Promise<{ items: T[]; more: boolean; next?: string }> {
  const full: CursorScope = { ...scope, query: q.canonical, caller: request.caller?.user ?? '' };
  const after = q.next !== undefined ? ctx.cursors.decode(q.next, full) : undefined;
  const page: ReadPage<T> = await fetch(after, q.limit);
  const items = page.items;
  // Through a view the store page's own positions count (its entries may all have been withheld).
  const firstPos = page.first ?? items[0];
  const lastPos = page.last ?? items[items.length - 1];
  if (firstPos && lastPos) {
    reply.header(FIRST, formatMicros(firstPos.dateAdded));
    reply.header(LAST, formatMicros(lastPos.dateAdded));
  } else {
    const lower = formatMicros(Math.max(after?.dateAdded ?? 0, q.addedAfter ?? 0));
    reply.header(FIRST, lower);
    reply.header(LAST, lower);
  }
  const last = lastPos;
  const next = page.more && last ? ctx.cursors.encode({ dateAdded: last.dateAdded, id: last.id }, full) : undefined;
  return { items, more: page.more, next };
}

/** `{"more":…,"next":…,"<key>":[…]}` with the list's items already JSON text; `{}` when nothing is listed. */
function envelope(key: string, itemsJson: string[], more: boolean, next?: string): string {
  const parts: string[] = [];
  if (more) parts.push('"more":true');
  if (next) parts.push(`"next":${JSON.stringify(next)}`);
  if (itemsJson.length) parts.push(`"${key}":[${itemsJson.join(',')}]`);
  return `{${parts.join(',')}}`;
}

function filterOf(q: TaxiiQuery) {
  return {
    addedAfter: q.addedAfter,
    ids: q.ids,
    types: q.types,
    versions: q.versions,
    specVersions: q.specVersions,
  };
}

function objectIdParam(request: FastifyRequest): string {
  const { objectId } = request.params as { objectId: string };
  if (!IDENTIFIER.test(objectId)) throw new LiaisonError('NOT_FOUND', { what: 'object' });
  return objectId.toLowerCase();
}

function versionOf(o: Record<string, unknown>): string {
  const v = o.modified ?? o.created;
  return typeof v === 'string' ? v : '';
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function registerObjectRoutes(app: FastifyInstance, ctx: AppContext): void {
  const base = '/:root/collections/:id';

  /** §5.3 Get Object Manifests. */
  app.get(`${base}/manifest/`, async (request, reply) => {
    const q = parseQuery(rawQuery(request.url), 'manifest', ctx.limits);
    const { collection } = await resolveCollection(ctx, request, 'read');
    const reader = await readerFor(ctx, request.caller, collection);
    const r = await runPage(ctx, request, reply, { endpoint: 'manifest', collection: collection.id, object: '' }, q, (after, limit) =>
      reader.manifest(filterOf(q), { after, limit }),
    );
    const items = r.items.map((e) =>
      JSON.stringify({ id: e.id, date_added: formatMicros(e.dateAdded), version: e.version, media_type: e.mediaType }),
    );
    return sendJson(reply, 200, envelope('objects', items, r.more, r.next));
  });

  /** §5.4 Get Objects. */
  app.get(`${base}/objects/`, async (request, reply) => {
    const q = parseQuery(rawQuery(request.url), 'objects', ctx.limits);
    const { collection } = await resolveCollection(ctx, request, 'read');
    const reader = await readerFor(ctx, request.caller, collection);
    if (reader.tag !== undefined) reply.header('X-Liaison-View', reader.tag);
    const r = await runPage(ctx, request, reply, { endpoint: 'objects', collection: collection.id, object: '' }, q, (after, limit) =>
      reader.objects(filterOf(q), { after, limit }),
    );
    return sendJson(reply, 200, envelope('objects', r.items.map((o) => o.json), r.more, r.next));
  });

  /**
   * §5.5 Add Objects: every object is validated; the valid ones are stored in one durable transaction, the
   * others refused one by one with our code and message. The status (complete) is stored before we answer 202.
   */
  app.post(`${base}/objects/`, async (request, reply) => {
    parseQuery(rawQuery(request.url), 'none');
    const { collection } = await resolveCollection(ctx, request, 'write');
    const requestTimestamp = formatMicros(Math.floor((performance.timeOrigin + performance.now()) * 1000));
    if (!Buffer.isBuffer(request.body)) throw new LiaisonError('BAD_JSON', { reason: 'the body is empty' });
    const text = decodeJsonText(request.body, ctx.maxJsonDepth);
    const env = parseJsonText(text);
    if (!isPlainObject(env)) throw new LiaisonError('BAD_ENVELOPE', { reason: 'expected a JSON object with an "objects" list' });
    const list = env.objects ?? [];
    if (!Array.isArray(list)) throw new LiaisonError('BAD_ENVELOPE', { reason: '"objects" must be a list of STIX objects' });

    // Several objects: validated on a worker thread while the event loop serves other requests.
    const fromPool = ctx.validateEnvelope && list.length >= POOL_MIN_OBJECTS ? await ctx.validateEnvelope(text) : null;
    const pooled = fromPool && fromPool.verdicts.length === list.length ? fromPool : null;
    const failures: StatusDetail[] = [];
    const valid: StixObject[] = [];
    // What the worker derived for the store, kept only when it did so for every valid object.
    let prepared: PreparedVersion[] | undefined = pooled ? [] : undefined;
    list.forEach((o: unknown, i) => {
      if (!isPlainObject(o)) {
        failures.push({ id: `objects[${i}]`, version: '', message: 'NOT_AN_OBJECT: an envelope holds STIX objects (JSON objects) only' });
        return;
      }
      // The worker's verdict: null (valid) or the errors; anything else (no verdict) means validating here.
      const verdict = pooled?.verdicts[i];
      let errors: ObjectVerdict['errors'] | null;
      if (verdict === null || Array.isArray(verdict)) errors = verdict;
      else {
        const v = ctx.validate(o);
        errors = v.valid ? null : v.errors;
      }
      if (errors) {
        const message = errors
          .slice(0, 5)
          .map((e) => `${e.code}: ${e.message}${e.path ? ` (${e.path})` : ''}`)
          .join('; ');
        failures.push({ id: typeof o.id === 'string' ? o.id.slice(0, 300) : `objects[${i}]`, version: versionOf(o).slice(0, 64), message });
        return;
      }
      valid.push(o as StixObject);
      const derived = pooled?.prepared[i];
      if (derived) prepared?.push(derived);
      else prepared = undefined;
    });

    // The status is computed from the outcomes inside the store's transaction and committed with the objects:
    // a status that reports a success is never ahead of the data, and one commit serves both.
    const statusId = randomUUID();
    // A partner's post held for review (exchange-hooks.ts): stored elsewhere, each success saying so.
    const redirect = valid.length ? await ctx.exchange?.redirectPost?.(request.caller, collection, valid) : null;
    const target = redirect?.collectionId ?? collection.id;
    const plan: StatusPlan = {
      base: {
        id: statusId,
        apiRoot: collection.apiRoot,
        owner: request.caller?.user ?? null,
        status: 'complete',
        requestTimestamp,
        totalCount: list.length,
        successes: [...(redirect?.settled ?? [])],
        failures,
        pendings: [],
        expiresAt: Date.now() + ctx.statusTtlMs,
      },
      ...(redirect && { addedMessage: redirect.message }),
    };
    let status: StatusRecord;
    if (valid.length) {
      const provenance = await ctx.exchange?.provenanceFor(request.caller, collection);
      const result = await ctx.store.addObjects(target, redirect?.objects ?? valid, {
        status: { plan },
        ...(provenance ? { provenance } : {}),
        // A redirect may rewrite the objects: the store derives its own then.
        ...(prepared && !redirect ? { prepared } : {}),
      });
      if (result.added > 0) ctx.exchange?.afterWrite?.(target, result.added);
      // The same status the store committed (completeStatus is a pure function of the plan and the result).
      status = completeStatus(plan, result);
    } else {
      status = plan.base;
      await ctx.store.putStatus(status);
    }
    return sendJson(reply, 202, formatStatus(status));
  });

  /** §5.6 Get an Object: 404 when the collection holds no version of it. */
  app.get(`${base}/objects/:objectId/`, async (request, reply) => {
    const q = parseQuery(rawQuery(request.url), 'object', ctx.limits);
    const { collection } = await resolveCollection(ctx, request, 'read');
    const objectId = objectIdParam(request);
    const reader = await readerFor(ctx, request.caller, collection);
    const r = await runPage(ctx, request, reply, { endpoint: 'object', collection: collection.id, object: objectId }, q, (after, limit) =>
      reader.object(objectId, { addedAfter: q.addedAfter, versions: q.versions, specVersions: q.specVersions }, { after, limit }),
    );
    if (!r.items.length && !(await reader.exists(objectId))) throw new LiaisonError('NOT_FOUND', { what: 'object' });
    return sendJson(reply, 200, envelope('objects', r.items.map((o) => o.json), r.more, r.next));
  });

  /** §5.7 Delete an Object: every version, or those match[version] / match[spec_version] select. */
  app.delete(`${base}/objects/:objectId/`, async (request, reply) => {
    const q = parseQuery(rawQuery(request.url), 'delete', ctx.limits);
    const { collection } = await resolveCollection(ctx, request, 'delete');
    const objectId = objectIdParam(request);
    const removed = await ctx.store.deleteObject(collection.id, objectId, {
      versions: q.versionGiven ? q.versions : { all: true },
      specVersions: q.specVersions,
      actor: request.caller?.user,
    });
    if (removed === 0) throw new LiaisonError('NOT_FOUND', { what: 'object' });
    return reply.code(200).send('');
  });

  /** §5.8 Get Object Versions. */
  app.get(`${base}/objects/:objectId/versions/`, async (request, reply) => {
    const q = parseQuery(rawQuery(request.url), 'versions', ctx.limits);
    const { collection } = await resolveCollection(ctx, request, 'read');
    const objectId = objectIdParam(request);
    const reader = await readerFor(ctx, request.caller, collection);
    const r = await runPage(ctx, request, reply, { endpoint: 'versions', collection: collection.id, object: objectId }, q, (after, limit) =>
      reader.versions(objectId, { addedAfter: q.addedAfter, specVersions: q.specVersions }, { after, limit }),
    );
    if (!r.items.length && !(await reader.exists(objectId))) throw new LiaisonError('NOT_FOUND', { what: 'object' });
    return sendJson(reply, 200, envelope('versions', r.items.map((v) => JSON.stringify(v.version)), r.more, r.next));
  });
}

