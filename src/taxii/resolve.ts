/**
 * Finding the collection a request names and deciding whether the caller may use it (TAXII 2.1 §5.1–§5.8:
 * "If a client fails authentication … 401 or 404"; "can_read false … 403 or 404"; §5.7's DELETE matrix).
 * A caller with no right at all in a collection gets 404, as if it did not exist; a caller with some right but not
 * the one needed gets 403; a request without credentials for a non-public collection gets 401.
 */
import type { FastifyRequest } from 'fastify';
import type { Collection } from '../store/store.js';
import { LiaisonError } from '../errors.js';
import type { AppContext } from './app.js';
import { accessTo, type Access } from './access.js';

export type Need = 'read' | 'write' | 'delete' | 'see';

export interface Resolved {
  collection: Collection;
  access: Access;
}

export async function resolveCollection(ctx: AppContext, request: FastifyRequest, need: Need): Promise<Resolved> {
  const { root, id } = request.params as { root: string; id: string };
  const apiRoot = await ctx.store.getApiRoot(root);
  if (!apiRoot) throw new LiaisonError('NOT_FOUND', { what: 'API root' });
  const collection = id.length <= 256 ? await ctx.store.getCollection(id) : null;
  const caller = request.caller;
  if (!collection || collection.apiRoot !== root) {
    if (!caller) throw new LiaisonError('AUTH_REQUIRED');
    throw new LiaisonError('NOT_FOUND', { what: 'collection' });
  }
  const access = await accessTo(ctx.store, caller, collection);
  const none = !access.read && !access.write;
  if (none) {
    if (!caller) throw new LiaisonError('AUTH_REQUIRED');
    throw new LiaisonError('NOT_FOUND', { what: 'collection' });
  }
  const ok =
    need === 'see' ? true : need === 'read' ? access.read : need === 'write' ? access.write : access.read && access.write;
  if (!ok) {
    if (!caller) throw new LiaisonError('AUTH_REQUIRED');
    const what = need === 'delete' ? 'delete objects from' : need === 'write' ? 'add objects to' : 'read';
    throw new LiaisonError('FORBIDDEN', { detail: `you may not ${what} this collection` });
  }
  return { collection, access };
}

/** The collection resource (§5.2.1) as this caller sees it. */
export function collectionResource(c: Collection, access: Access): Record<string, unknown> {
  const body: Record<string, unknown> = { id: c.id, title: c.title };
  if (c.description) body.description = c.description;
  if (c.alias) body.alias = c.alias;
  body.can_read = access.read;
  body.can_write = access.write;
  body.media_types = c.mediaTypes;
  return body;
}
