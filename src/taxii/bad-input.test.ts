/**
 * Bad input, each case a clear 4xx with a stable code and nothing stored: truncated and non-JSON bodies, a 1 GB
 * body (refused early, never buffered), JSON nested 100,000 deep, wrong media types, invalid UTF-8, huge and
 * negative limits, forged, stale and foreign next tokens, SQL-like strings in every parameter, ids of other
 * collections.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { addUser } from '../auth/service.js';
import { makeIndicator } from '../store/testing/objects.js';
import type { Collection } from '../store/store.js';
import { backends, liveNode, taxii, TAXII, type LiveNode, type Res } from './testing/harness.js';

const MAX_BODY = 1024 * 1024;

function is4xx(r: Res, status: number, code?: string) {
  assert.equal(r.status, status, r.text);
  assert.equal(r.headers.get('content-type'), TAXII);
  assert.equal(r.json?.http_status, String(status), r.text);
  if (code) assert.equal(r.json.error_code, code, r.text);
}

/** Streams up to `total` bytes as a chunked POST; resolves with the status and how much was sent before the answer. */
function streamBody(url: string, path: string, key: string, total: number, declareLength: boolean): Promise<{ status: number; sent: number; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(path, url);
    let sent = 0;
    let answered = false;
    const headers: Record<string, string | number> = { 'Content-Type': TAXII, Accept: TAXII, Authorization: `Bearer ${key}` };
    if (declareLength) headers['Content-Length'] = total;
    const req = request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers }, (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, sent, body }));
    });
    req.on('error', (e) => {
      if (!answered) reject(e);
    });
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    req.write('{"objects":[');
    pump();
  });
}

for (const backend of backends()) {
  describe(`TAXII bad input: ${backend.name}`, () => {
    let node: LiveNode;
    let base: string;
    let alice: string, bob: string;
    let c1: Collection, c2: Collection;
    let clockSkew = 0;
    const objects = (c: Collection) => `/api/collections/${c.id}/objects/`;
    const count = () => node.store.countEntries(c1.id);

    before(async () => {
      node = await liveNode(await backend.fresh(), { maxContentLength: MAX_BODY, cursorTtlMs: 3_600_000, cursorClock: () => Date.now() + clockSkew });
      base = node.url;
      c1 = await node.store.createCollection({ apiRoot: 'api', title: 'one' });
      c2 = await node.store.createCollection({ apiRoot: 'api', title: 'two' });
      alice = (await addUser(node.store, 'alice')).token;
      bob = (await addUser(node.store, 'bob')).token;
      for (const c of [c1, c2]) {
        await node.store.setGrant({ user: 'alice', collectionId: c.id, read: true, write: true });
        await node.store.setGrant({ user: 'bob', collectionId: c.id, read: true, write: false });
      }
      const seed = await taxii(base, objects(c1), { key: alice, body: { objects: Array.from({ length: 20 }, (_, i) => makeIndicator(7, i)) } });
      assert.equal(seed.json.success_count, 20);
    });
    after(async () => {
      await node?.close();
      await backend.cleanup();
    });

    test('truncated, non-JSON, empty and non-envelope bodies', async () => {
      const full = JSON.stringify({ objects: [makeIndicator(8, 1)] });
      for (const body of [full.slice(0, full.length - 7), 'not json at all', '{"objects":[', "'; DROP TABLE objects; --", '\u0000\u0001']) {
        is4xx(await taxii(base, objects(c1), { key: alice, body }), 400, 'BAD_JSON');
      }
      is4xx(await taxii(base, objects(c1), { key: alice, body: '' }), 400, 'BAD_JSON');
      for (const body of ['[]', '"objects"', '{"objects":{}}', '{"objects":"x"}', 'null', '42']) {
        is4xx(await taxii(base, objects(c1), { key: alice, body }), 422, 'BAD_ENVELOPE');
      }
      assert.equal(await count(), 20);
    });

    test('a 1 GB body is refused with 413 long before it is read', async () => {
      const GB = 1024 * 1024 * 1024;
      const chunked = await streamBody(base, objects(c1), alice, GB, false);
      assert.equal(chunked.status, 413);
      assert.equal(JSON.parse(chunked.body).error_code, 'TOO_LARGE');
      assert.ok(chunked.sent < 64 * MAX_BODY, `sent ${chunked.sent} bytes before the answer`);
      const declared = await streamBody(base, objects(c1), alice, GB, true);
      assert.equal(declared.status, 413);
      assert.ok(declared.sent < 64 * MAX_BODY, `sent ${declared.sent} bytes before the answer`);
      assert.equal(await count(), 20);
      // the API root advertises the limit it enforces, and a body just under it is not refused as too large
      assert.equal((await taxii(base, '/api/', { key: alice })).json.max_content_length, MAX_BODY);
      const under = JSON.stringify({ objects: [makeIndicator(8, 2)] });
      const padded = under.slice(0, -1) + ' '.repeat(MAX_BODY - under.length - 10) + '}';
      assert.equal((await taxii(base, objects(c1), { key: alice, body: padded })).status, 202);
    });

    test('JSON nested 100,000 deep', async () => {
      is4xx(await taxii(base, objects(c1), { key: alice, body: '{"objects":[' + '['.repeat(100_000) + ']'.repeat(100_000) + ']}' }), 400, 'TOO_DEEP');
      is4xx(await taxii(base, objects(c1), { key: alice, body: '{"objects":[{"a":' + '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_001) + ']}' }), 400, 'TOO_DEEP');
      assert.equal(await count(), 21);
    });

    test('invalid UTF-8', async () => {
      const body = Buffer.concat([Buffer.from('{"objects":[{"type":"indicator","name":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}]}')]);
      is4xx(await taxii(base, objects(c1), { key: alice, body }), 400, 'BAD_UTF8');
      is4xx(await taxii(base, `${objects(c1)}?match[type]=%C3%28`, { key: alice }), 400, 'BAD_PARAMETER');
      assert.equal(await count(), 21);
    });

    test('wrong media types', async () => {
      is4xx(await taxii(base, objects(c1), { key: alice, body: { objects: [makeIndicator(8, 3)] }, headers: { 'Content-Type': 'application/json' } }), 415);
      is4xx(await taxii(base, objects(c1), { key: alice, body: { objects: [makeIndicator(8, 3)] }, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), 415);
      is4xx(await taxii(base, objects(c1), { key: alice, body: { objects: [makeIndicator(8, 3)] }, headers: { 'Content-Type': 'application/taxii+json;version=2.0' } }), 415);
      is4xx(await taxii(base, objects(c1), { key: alice, headers: { Accept: 'application/xml' } }), 406);
      assert.equal(await count(), 21);
    });

    test('huge, negative, zero and fractional limits', async () => {
      for (const limit of ['-1', '0', '1.5', '99999999999999999999', '-99999999999999999999', '1e9', '0x10', ' 5', 'NaN', 'Infinity']) {
        is4xx(await taxii(base, `${objects(c1)}?limit=${encodeURIComponent(limit)}`, { key: bob }), 400, 'BAD_PARAMETER');
      }
      const capped = await taxii(base, `${objects(c1)}?limit=9007199254740991`, { key: bob });
      assert.equal(capped.status, 200);
      assert.equal(capped.json.objects.length, 21);
    });

    test('forged, stale and foreign next tokens', async () => {
      const first = await taxii(base, `${objects(c1)}?limit=5&match[type]=indicator`, { key: bob });
      const next = first.json.next as string;
      assert.ok(next);
      assert.equal((await taxii(base, `${objects(c1)}?limit=5&match[type]=indicator&next=${next}`, { key: bob })).status, 200);
      // foreign: other collection, other query, other endpoint, other user
      is4xx(await taxii(base, `${objects(c2)}?limit=5&match[type]=indicator&next=${next}`, { key: bob }), 400, 'BAD_CURSOR');
      is4xx(await taxii(base, `${objects(c1)}?limit=5&next=${next}`, { key: bob }), 400, 'BAD_CURSOR');
      is4xx(await taxii(base, `/api/collections/${c1.id}/manifest/?limit=5&match[type]=indicator&next=${next}`, { key: bob }), 400, 'BAD_CURSOR');
      is4xx(await taxii(base, `${objects(c1)}?limit=5&match[type]=indicator&next=${next}`, { key: alice }), 400, 'BAD_CURSOR');
      // forged: flipped characters, another body with the old MAC, garbage
      const flipped = next.slice(0, 3) + (next[3] === 'A' ? 'B' : 'A') + next.slice(4);
      const forgedBody = Buffer.from(JSON.stringify([0, 'indicator--0', Date.now()])).toString('base64url') + next.slice(-24);
      for (const t of [flipped, forgedBody, 'AAAA', 'x'.repeat(2048), encodeURIComponent("' OR 1=1 --")]) {
        is4xx(await taxii(base, `${objects(c1)}?limit=5&match[type]=indicator&next=${t}`, { key: bob }), 400, 'BAD_CURSOR');
      }
      // stale: older than the node's token lifetime (one hour here; the node's clock is moved forward)
      clockSkew = 3_600_001;
      const stale = await taxii(base, `${objects(c1)}?limit=5&match[type]=indicator&next=${next}`, { key: bob });
      is4xx(stale, 400, 'BAD_CURSOR');
      assert.match(stale.json.description, /expired/);
      clockSkew = 0;
    });

    test('SQL-like strings in every parameter and path segment', async () => {
      const evil = ["' OR '1'='1", "1; DROP TABLE objects; --", '%27%20OR%201%3D1--', 'indicator--x\' UNION SELECT * FROM users --', '\\x00', '${jndi:ldap://x}'];
      const params = ['added_after', 'limit', 'next', 'match[id]', 'match[type]', 'match[version]', 'match[spec_version]'];
      for (const value of evil) {
        for (const p of params) {
          const r = await taxii(base, `${objects(c1)}?${encodeURIComponent(p)}=${encodeURIComponent(value)}`, { key: alice });
          assert.equal(r.status, 400, `${p}=${value}: ${r.text}`);
          assert.match(r.json.error_code, /^BAD_(PARAMETER|CURSOR)$/);
        }
        const enc = encodeURIComponent(value);
        is4xx(await taxii(base, `/api/collections/${enc}/objects/`, { key: alice }), 404);
        is4xx(await taxii(base, `/api/collections/${c1.id}/objects/${enc}/`, { key: alice }), 404);
        is4xx(await taxii(base, `/api/collections/${c1.id}/objects/${enc}/`, { key: alice, method: 'DELETE' }), 404);
        is4xx(await taxii(base, `/api/status/${enc}/`, { key: alice }), 404);
        is4xx(await taxii(base, `/${enc}/collections/`, { key: alice }), 404);
        is4xx(await taxii(base, `${objects(c1)}?match[version]=${enc}`, { key: alice, method: 'DELETE' }), 404);
      }
      assert.equal(await count(), 21);
      const users = await node.store.listUsers();
      assert.deepEqual(users.map((u) => u.name).sort(), ['admin', 'alice', 'bob']);
    });

    test('ids from other collections: not found, nothing changed', async () => {
      const id = makeIndicator(7, 3).id;
      is4xx(await taxii(base, `${objects(c2)}${id}/`, { key: alice }), 404);
      is4xx(await taxii(base, `${objects(c2)}${id}/versions/`, { key: alice }), 404);
      is4xx(await taxii(base, `${objects(c2)}${id}/`, { key: alice, method: 'DELETE' }), 404);
      const m = await taxii(base, `/api/collections/${c2.id}/manifest/?match[id]=${id}`, { key: alice });
      assert.equal(m.status, 200);
      assert.deepEqual(m.json, {});
      assert.equal((await taxii(base, `${objects(c1)}${id}/`, { key: alice })).status, 200);
      assert.equal(await count(), 21);
    });

    test('unknown parameters and endpoints that take none', async () => {
      is4xx(await taxii(base, `${objects(c1)}?foo=bar`, { key: alice }), 400, 'BAD_PARAMETER');
      is4xx(await taxii(base, `/api/collections/?limit=3`, { key: alice }), 400, 'BAD_PARAMETER');
      is4xx(await taxii(base, `${objects(c1)}${makeIndicator(7, 3).id}/?match[type]=indicator`, { key: alice }), 400);
      is4xx(await taxii(base, `${objects(c1)}?limit=1&limit=2`, { key: alice }), 400);
      assert.equal((await taxii(base, `${objects(c1)}?match[created_by_ref]=x`, { key: alice })).status, 200);
    });
  });
}
