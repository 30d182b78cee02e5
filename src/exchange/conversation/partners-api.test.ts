/**
 * Partners and agreements through the JSON API (admins only, the CLI's checks and codes), our key at a partner never
 * in a response nor in the log, and the API's media types: application/json in and out, TAXII's on TAXII only.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startNode, type RunningNode } from '../../node/node.js';
import { addUser } from '../../auth/service.js';
import { removeDir } from '../sync/testing/nodes.js';
import { API_OPENAPI_DOCUMENT } from './openapi.js';

const KEY = 'OUR-KEY-AT-ACME-7f3a9c';
const dir = mkdtempSync(join(tmpdir(), 'liaison-partners-api-'));
const log: string[] = [];
let node: RunningNode;
after(async () => {
  await node?.close();
  removeDir(dir);
});

async function start(): Promise<{ admin: string; user: string }> {
  const sink = new Writable({ write(chunk, _enc, done) { log.push(String(chunk)); done(); } });
  node = await startNode({ kind: 'sqlite', path: join(dir, 'liaison.db') }, { create: true, rateLimit: 0, logger: { level: 'trace', stream: sink } });
  for (const alias of ['out', 'in']) await node.store.createCollection({ apiRoot: 'api', title: alias, alias });
  return { admin: node.created!.adminKey, user: (await addUser(node.store, 'reader')).token };
}

type Reply = { status: number; type: string; body: Record<string, any>; raw: string };
async function call(key: string | null, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const r = await node.app.inject({
    method, url,
    headers: { ...(key && { authorization: `Bearer ${key}` }), ...(payload !== undefined && { 'content-type': 'application/json' }), ...headers },
    ...(payload !== undefined && { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
  });
  let body: Record<string, any> = {};
  try {
    body = JSON.parse(r.body);
  } catch {
    /* left empty: the assertions say what was expected */
  }
  return { status: r.statusCode, type: String(r.headers['content-type']), body, raw: r.body };
}

test('partners and agreements over the API: list, add, show, versioned agreements, remove; the key never comes back', async () => {
  const { admin, user } = await start();
  const acme = { name: 'acme', url: 'http://127.0.0.1:9/', username: 'us', key: KEY, relation: 'client', local_user: 'acme-in' };
  const added = await call(admin, 'POST', '/liaison/v1/partners', acme);
  assert.equal(added.status, 201, added.raw);
  assert.equal(added.body.partner.relation, 'client');
  assert.match(added.body.local_user_key, /\S{20,}/, "the key of the partner's user here is shown once");
  const again = await call(admin, 'POST', '/liaison/v1/partners', { ...acme, relation: 'community' });
  assert.equal(again.status, 200, 'add or replace, as the CLI');
  assert.equal(again.body.local_user_key, undefined);

  const bad = await call(admin, 'POST', '/liaison/v1/partners', { ...acme, relation: 'friend' });
  assert.deepEqual([bad.status, bad.body.error_code], [400, 'USAGE']);
  assert.match(bad.body.description, /--relation must be one of organization\|client\|community/, "the CLI's message");
  for (const [payload, what] of [[{ ...acme, url: 'ftp://x' }, 'url'], [{ ...acme, key: 42 }, 'key'], [{ ...acme, nmae: 'x' }, 'unknown member'], [{ url: 'http://h' }, 'name']] as const) {
    const r = await call(admin, 'POST', '/liaison/v1/partners', payload);
    assert.deepEqual([r.status, r.body.error_code], [400, 'USAGE'], `${what}: ${r.raw}`);
  }
  const notJson = await call(admin, 'POST', '/liaison/v1/partners', '{"name":');
  assert.deepEqual([notJson.status, notJson.body.error_code], [400, 'BAD_JSON']);

  const list = await call(admin, 'GET', '/liaison/v1/partners');
  assert.deepEqual(list.body.partners.map((p: { name: string; relation: string }) => [p.name, p.relation]), [['acme', 'community']]);
  const shown = await call(admin, 'GET', '/liaison/v1/partners/acme');
  assert.equal(shown.body.partner.local_user, 'acme-in');
  assert.equal(shown.body.agreement, null);

  const v1 = await call(admin, 'POST', '/liaison/v1/partners/acme/agreement', { share: ['out'], max_tlp: 'green', strip: ['x_*'], inbound: 'in', review: true });
  assert.equal(v1.status, 201, v1.raw);
  assert.equal(v1.body.version, 1);
  const v2 = await call(admin, 'PUT', '/liaison/v1/partners/acme/agreement', { types: 'indicator,malware', anonymize: true });
  assert.equal(v2.status, 201, v2.raw);
  assert.deepEqual([v2.body.version, v2.body.max_tlp, v2.body.types, v2.body.review], [2, 'green', ['indicator', 'malware'], true], 'absent members keep their value');
  const v3 = await call(admin, 'POST', '/liaison/v1/partners/acme/agreement', { review: false, types: null });
  assert.deepEqual([v3.body.version, v3.body.review, v3.body.types], [3, false, null]);
  const current = await call(admin, 'GET', '/liaison/v1/partners/acme/agreement');
  assert.equal(current.body.agreement.version, 3);
  assert.equal(current.body.agreement.share.length, 1);
  const first = await call(admin, 'GET', '/liaison/v1/partners/acme/agreement?version=1');
  assert.deepEqual([first.body.agreement.version, first.body.agreement.anonymize], [1, false]);
  assert.deepEqual((await call(admin, 'GET', '/liaison/v1/partners/acme/agreement/versions')).body.versions.map((v: { version: number }) => v.version), [1, 2, 3]);
  assert.deepEqual((await call(admin, 'GET', '/liaison/v1/partners/acme/agreement?version=9')).status, 404);
  assert.deepEqual((await call(admin, 'GET', '/liaison/v1/partners/acme/agreement?version=x')).body.error_code, 'BAD_PARAMETER');

  const red = await call(admin, 'POST', '/liaison/v1/partners/acme/agreement', { max_tlp: 'red' });
  assert.deepEqual([red.status, red.body.error_code], [400, 'AGREEMENT_INVALID']);
  assert.match(red.body.description, /TLP:RED goes only to the recipients named/);
  const noColl = await call(admin, 'POST', '/liaison/v1/partners/acme/agreement', { share: ['nope'] });
  assert.deepEqual([noColl.status, noColl.body.error_code], [404, 'NOT_FOUND']);
  const wrongType = await call(admin, 'POST', '/liaison/v1/partners/acme/agreement', { anonymize: 'yes' });
  assert.deepEqual([wrongType.status, wrongType.body.error_code], [400, 'USAGE']);
  const unknown = await call(admin, 'POST', '/liaison/v1/partners/acme/agreement', { max_tl: 'green' });
  assert.deepEqual([unknown.status, unknown.body.error_code], [400, 'USAGE']);
  assert.equal((await call(admin, 'GET', '/liaison/v1/partners/acme/agreement')).body.agreement.version, 3, 'a refused change makes no version');
  assert.equal((await call(admin, 'GET', '/liaison/v1/partners/nobody/agreement')).status, 404);

  // Admins only: a user without credentials is asked for them, a non-admin is told the route does not exist.
  assert.equal((await call(null, 'GET', '/liaison/v1/partners')).status, 401);
  assert.equal((await call(user, 'GET', '/liaison/v1/partners')).status, 404);
  assert.equal((await call(user, 'POST', '/liaison/v1/partners', { ...acme, name: 'evil' })).status, 404);
  assert.equal((await call(user, 'POST', '/liaison/v1/partners/acme/agreement', { max_tlp: 'amber' })).status, 404);

  const removed = await call(admin, 'DELETE', '/liaison/v1/partners/acme');
  assert.deepEqual(removed.body, { partner: 'acme', removed: true });
  assert.equal((await call(admin, 'GET', '/liaison/v1/partners/acme')).status, 404);
  assert.equal((await call(admin, 'DELETE', '/liaison/v1/partners/acme')).status, 404);

  const everything = [added, again, list, shown].map((r) => r.raw).join('\n') + log.join('');
  assert.ok(log.length > 0, 'the log was captured');
  assert.ok(!everything.includes(KEY), 'our key at the partner is in no response and no log line');
});

test('the JSON API answers application/json to JSON, */* or no Accept; TAXII keeps its media types', async () => {
  const admin = node.created!.adminKey;
  for (const accept of ['application/json', '*/*', 'application/*', 'application/json; charset=utf-8', 'text/html, application/json;q=0.5', 'application/taxii+json;version=2.1']) {
    const r = await call(admin, 'GET', '/liaison/v1/partners', undefined, { accept });
    assert.equal(r.status, 200, `${accept}: ${r.raw}`);
    assert.match(r.type, /^application\/json/, accept);
  }
  const none = await call(admin, 'GET', '/liaison/v1/partners');
  assert.equal(none.status, 200);
  assert.match(none.type, /^application\/json/);
  const html = await call(admin, 'GET', '/liaison/v1/partners', undefined, { accept: 'text/html' });
  assert.deepEqual([html.status, html.body.error_code], [406, 'API_NOT_ACCEPTABLE']);
  assert.match(html.type, /^application\/json/, 'errors of the JSON API are JSON too');
  const form = await call(admin, 'POST', '/liaison/v1/partners', 'name=x', { 'content-type': 'application/x-www-form-urlencoded' });
  assert.deepEqual([form.status, form.body.error_code], [415, 'API_UNSUPPORTED_MEDIA_TYPE']);
  const missing = await call(admin, 'GET', '/liaison/v1/nothing-here');
  assert.deepEqual([missing.status, missing.body.error_code], [404, 'NOT_FOUND']);
  assert.match(missing.type, /^application\/json/);
  const posted = await call(admin, 'POST', '/liaison/v1/partners', { name: 'p2', url: 'http://127.0.0.1:9', username: 'u', key: 'k', relation: 'client' }, { 'content-type': 'application/json; charset=utf-8' });
  assert.equal(posted.status, 201, posted.raw);

  // TAXII: its own media type in and out, application/json alone is not acceptable there.
  const disc = await call(admin, 'GET', '/taxii2/', undefined, { accept: 'application/taxii+json;version=2.1' });
  assert.equal(disc.status, 200);
  assert.equal(disc.type, 'application/taxii+json;version=2.1');
  const jsonAtTaxii = await call(admin, 'GET', '/taxii2/', undefined, { accept: 'application/json' });
  assert.deepEqual([jsonAtTaxii.status, jsonAtTaxii.body.error_code], [406, 'NOT_ACCEPTABLE']);
  assert.equal(jsonAtTaxii.type, 'application/taxii+json;version=2.1');
});

test('the OpenAPI description of /liaison/v1 is served and names every route the node has there', async () => {
  const r = await call(null, 'GET', '/liaison/v1/openapi.json');
  assert.equal(r.status, 200);
  assert.match(r.type, /^application\/json/);
  assert.equal(r.body.openapi, '3.1.0');
  const documented = new Set(Object.entries(API_OPENAPI_DOCUMENT.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
  // printRoutes draws a tree (4 columns per level): rebuild each full path from its ancestors.
  const served: string[] = [];
  const routes = node.app.printRoutes({ commonPrefix: false });
  const stack: string[] = [];
  for (const line of routes.split('\n')) {
    const m = /^([\s│├└─]*)(\S+) \(([A-Z, ]+)\)/.exec(line);
    if (!m) continue;
    const depth = m[1].length / 4;
    stack.length = depth;
    stack.push(m[2]);
    const path = stack.join('');
    if (!path.startsWith('/liaison/v1/') || path === '/liaison/v1/openapi.json') continue;
    for (const method of m[3].split(', ')) if (method !== 'HEAD') served.push(`${method} ${path.replace(/:(\w+)/g, '{$1}')}`);
  }
  assert.ok(served.length >= 15, routes);
  for (const s of served) assert.ok(documented.has(s), `${s} is served but not described`);
  for (const d of documented) assert.ok(served.includes(d), `${d} is described but not served`);
});
