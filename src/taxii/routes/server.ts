/**
 * Server information endpoints: discovery (TAXII 2.1 §4.1), API root (§4.2) and status (§4.3).
 */
import type { FastifyInstance } from 'fastify';
import { LiaisonError } from '../../errors.js';
import type { AppContext } from '../app.js';
import { parseQuery, rawQuery } from '../params.js';
import { sendJson } from '../reply.js';
import { formatStatus } from '../status.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function registerServerRoutes(app: FastifyInstance, ctx: AppContext): void {
  /** §4.1 Server Discovery: API roots as relative URLs (§4.1.1 allows `/name/`). */
  app.get('/taxii2/', async (request, reply) => {
    parseQuery(rawQuery(request.url), 'none');
    const roots = await ctx.store.listApiRoots();
    const body: Record<string, unknown> = { title: ctx.server.title };
    if (ctx.server.description) body.description = ctx.server.description;
    if (ctx.server.contact) body.contact = ctx.server.contact;
    const urls = roots.map((r) => `/${r.name}/`);
    const def = ctx.defaultApiRoot ?? roots[0]?.name;
    if (def && roots.some((r) => r.name === def)) body.default = `/${def}/`;
    if (urls.length) body.api_roots = urls;
    return sendJson(reply, 200, body);
  });

  /** §4.2 Get API Root Information. */
  app.get('/:root/', async (request, reply) => {
    parseQuery(rawQuery(request.url), 'none');
    const { root } = request.params as { root: string };
    const r = await ctx.store.getApiRoot(root);
    if (!r) throw new LiaisonError('NOT_FOUND', { what: 'API root' });
    const body: Record<string, unknown> = { title: r.title };
    if (r.description) body.description = r.description;
    body.versions = r.versions;
    body.max_content_length = Math.min(r.maxContentLength, ctx.maxContentLength);
    return sendJson(reply, 200, body);
  });

  /** §4.3 Get Status: only its owner (or an admin) sees a status; others get 404 as for an unknown id. */
  app.get('/:root/status/:statusId/', async (request, reply) => {
    parseQuery(rawQuery(request.url), 'none');
    const { root, statusId } = request.params as { root: string; statusId: string };
    if (!request.caller) throw new LiaisonError('AUTH_REQUIRED');
    if (!(await ctx.store.getApiRoot(root))) throw new LiaisonError('NOT_FOUND', { what: 'API root' });
    if (!UUID.test(statusId)) throw new LiaisonError('NOT_FOUND', { what: 'status' });
    const status = await ctx.store.getStatus(root, statusId.toLowerCase());
    if (!status || (status.owner !== request.caller.user && !request.caller.admin)) throw new LiaisonError('NOT_FOUND', { what: 'status' });
    return sendJson(reply, 200, formatStatus(status));
  });
}
