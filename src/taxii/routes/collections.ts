/** Collections endpoints: Get Collections (TAXII 2.1 §5.1) and Get a Collection (§5.2). */
import type { FastifyInstance } from 'fastify';
import { LiaisonError } from '../../errors.js';
import type { AppContext } from '../app.js';
import { accessTo } from '../access.js';
import { parseQuery, rawQuery } from '../params.js';
import { sendJson } from '../reply.js';
import { collectionResource, resolveCollection } from '../resolve.js';

export function registerCollectionRoutes(app: FastifyInstance, ctx: AppContext): void {
  /** §5.1: the collections the caller can read or write, in creation order; `{}` when there are none (§5.1.1). */
  app.get('/:root/collections/', async (request, reply) => {
    parseQuery(rawQuery(request.url), 'none');
    const { root } = request.params as { root: string };
    if (!(await ctx.store.getApiRoot(root))) throw new LiaisonError('NOT_FOUND', { what: 'API root' });
    const out: Record<string, unknown>[] = [];
    for (const c of await ctx.store.listCollections(root)) {
      const access = await accessTo(ctx.store, request.caller, c);
      if (access.read || access.write) out.push(collectionResource(c, access));
    }
    return sendJson(reply, 200, out.length ? { collections: out } : {});
  });

  /** §5.2: one collection by id (or alias, §5.2.1). */
  app.get('/:root/collections/:id/', async (request, reply) => {
    parseQuery(rawQuery(request.url), 'none');
    const { collection, access } = await resolveCollection(ctx, request, 'see');
    return sendJson(reply, 200, collectionResource(collection, access));
  });
}
