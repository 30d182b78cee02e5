import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { registerReviewRoutes, REVIEW_PREFIX } from './routes.js';
import { FileDraftQueue } from './queue.js';
import { installErrorHandlers } from '../../taxii/error-handler.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';

async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'review-routes-'));
  const store = await openSqliteStore({ path: join(dir, 'liaison.db') });
  await store.createApiRoot({ name: 'api', title: 'api', versions: ['application/taxii+json;version=2.1'], maxContentLength: 1e6 });
  const c = await store.createCollection({ apiRoot: 'api', title: 'Intel', alias: 'intel' });
  const app = Fastify();
  installErrorHandlers(app);
  app.decorateRequest('caller', null);
  // Stands in for the node's authentication: x-user names the caller; "admin" is an admin.
  app.addHook('onRequest', async (req) => {
    const u = req.headers['x-user'];
    if (typeof u === 'string') (req as unknown as { caller: unknown }).caller = { user: u, admin: u === 'admin' };
  });
  registerReviewRoutes(app, { queue: new FileDraftQueue(dir), store });
  return { app, store, c };
}

const TEXT = 'Hackers hit port\nRotterdam, 9 June 2026\n\nThe ransomware gang Dark Tern, also known as DT4, hit the port of Rotterdam, the Dutch police said. "We restored the systems overnight," said port spokesperson Anouk Visser. The gang used 91.215.85[.]77.\n';

test('submit, list, show, accept into a collection over HTTP; callers need sign-in and write access', async () => {
  const { app, store, c } = await setup();
  try {
    assert.equal((await app.inject({ method: 'GET', url: REVIEW_PREFIX })).statusCode, 401);
    const sub = await app.inject({ method: 'POST', url: REVIEW_PREFIX, headers: { 'x-user': 'ana', 'content-type': 'application/json' }, payload: { name: 'port.txt', content: TEXT, collection: 'intel' } });
    assert.equal(sub.statusCode, 201, sub.body);
    const id = sub.json().id;
    const list = await app.inject({ method: 'GET', url: `${REVIEW_PREFIX}?status=pending`, headers: { 'x-user': 'ana' } });
    assert.deepEqual(list.json().drafts.map((d: { id: string }) => d.id), [id]);
    const show = await app.inject({ method: 'GET', url: `${REVIEW_PREFIX}/${id}`, headers: { 'x-user': 'ana' } });
    assert.ok(show.json().bundle.objects.some((o: { type: string; name?: string }) => o.type === 'intrusion-set' && o.name === 'Dark Tern'));
    const denied = await app.inject({ method: 'POST', url: `${REVIEW_PREFIX}/${id}/accept`, headers: { 'x-user': 'ana', 'content-type': 'application/json' }, payload: {} });
    assert.equal(denied.statusCode, 403);
    const ok = await app.inject({ method: 'POST', url: `${REVIEW_PREFIX}/${id}/accept`, headers: { 'x-user': 'admin', 'content-type': 'application/json' }, payload: {} });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().status, 'accepted');
    assert.ok((await store.countEntries(c.id)) > 5);
    const twice = await app.inject({ method: 'POST', url: `${REVIEW_PREFIX}/${id}/reject`, headers: { 'x-user': 'admin', 'content-type': 'application/json' }, payload: {} });
    assert.equal(twice.statusCode, 409);
    const empty = await app.inject({ method: 'POST', url: REVIEW_PREFIX, headers: { 'x-user': 'ana', 'content-type': 'application/json' }, payload: { content: '   ' } });
    assert.equal(empty.statusCode, 400);
  } finally {
    await app.close();
    await store.close();
  }
});
