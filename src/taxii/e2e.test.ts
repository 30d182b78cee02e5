/**
 * End to end: a real node on a socket, driven as a TAXII 2.1 client would, on every backend (SQLite; PostgreSQL
 * when LIAISON_TEST_PG is set). Every endpoint, every filter, the DELETE matrix and the error paths.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { addUser } from '../auth/service.js';
import { makeIndicator } from '../store/testing/objects.js';
import type { Collection } from '../store/store.js';
import { backends, liveNode, taxii, TAXII, type LiveNode, type Res } from './testing/harness.js';

const TS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

function assertTaxiiError(r: Res, status: number, code?: string) {
  assert.equal(r.status, status, r.text);
  assert.equal(r.headers.get('content-type'), TAXII);
  assert.equal(typeof r.json?.title, 'string', r.text);
  assert.equal(r.json.http_status, String(status));
  if (code) assert.equal(r.json.error_code, code, r.text);
  assert.ok(!/at .*\.(ts|js):\d+/.test(r.text), 'no stack trace');
}

function pageHeaders(r: Res) {
  const first = r.headers.get('x-taxii-date-added-first');
  const last = r.headers.get('x-taxii-date-added-last');
  assert.match(first ?? '', TS);
  assert.match(last ?? '', TS);
  return { first: first!, last: last! };
}

for (const backend of backends()) {
  describe(`TAXII 2.1 end to end: ${backend.name}`, () => {
    let node: LiveNode;
    let base: string;
    let admin: string;
    const keys: Record<string, string> = {};
    let c1: Collection, c2: Collection, pub: Collection;
    const p1 = () => `/api/collections/${c1.id}`;

    before(async () => {
      node = await liveNode(await backend.fresh());
      base = node.url;
      admin = node.adminKey;
      const s = node.store;
      c1 = await s.createCollection({ apiRoot: 'api', title: 'Indicators', alias: 'indicators', description: 'main' });
      c2 = await s.createCollection({ apiRoot: 'api', title: 'Other' });
      pub = await s.createCollection({ apiRoot: 'api', title: 'Public', public: true });
      for (const name of ['alice', 'bob', 'carol', 'dave']) keys[name] = (await addUser(s, name)).token;
      await addUser(s, 'erin', { password: 'correct horse battery staple', scrypt: { N: 1024, r: 8, p: 1 } });
      await s.setGrant({ user: 'alice', collectionId: c1.id, read: true, write: true });
      await s.setGrant({ user: 'bob', collectionId: c1.id, read: true, write: false });
      await s.setGrant({ user: 'carol', collectionId: c1.id, read: false, write: true });
      await s.setGrant({ user: 'erin', collectionId: c1.id, read: true, write: false });
      await s.setGrant({ user: 'alice', collectionId: c2.id, read: true, write: true });
    });
    after(async () => {
      await node?.close();
      await backend.cleanup();
    });

    test('discovery, API root and collections', async () => {
      const d = await taxii(base, '/taxii2/', { key: admin });
      assert.equal(d.status, 200);
      assert.equal(d.headers.get('content-type'), TAXII);
      assert.deepEqual(d.json.api_roots, ['/api/']);
      assert.equal(d.json.default, '/api/');
      const r = await taxii(base, '/api/', { key: keys.alice });
      assert.equal(r.status, 200);
      assert.deepEqual(r.json.versions, [TAXII]);
      assert.ok(r.json.max_content_length > 0);
      const cs = await taxii(base, '/api/collections/', { key: keys.alice });
      assert.equal(cs.status, 200);
      const byId = new Map<string, any>(cs.json.collections.map((c: any) => [c.id, c]));
      assert.deepEqual([...byId.keys()].sort(), [c1.id, c2.id, pub.id].sort());
      assert.equal(byId.get(c1.id).can_read, true);
      assert.equal(byId.get(c1.id).can_write, true);
      assert.equal(byId.get(pub.id).can_write, false);
      const carol = await taxii(base, `${p1()}/`, { key: keys.carol });
      assert.equal(carol.json.can_read, false);
      assert.equal(carol.json.can_write, true);
      assert.equal(carol.json.alias, 'indicators');
      const byAlias = await taxii(base, '/api/collections/indicators/', { key: keys.bob });
      assert.equal(byAlias.json.id, c1.id);
      // dave has no grant: he sees only the public collection, and c1 is "not found" to him
      const dave = await taxii(base, '/api/collections/', { key: keys.dave });
      assert.deepEqual(dave.json.collections.map((c: any) => c.id), [pub.id]);
      assertTaxiiError(await taxii(base, `${p1()}/`, { key: keys.dave }), 404, 'NOT_FOUND');
    });

    test('250 objects in one envelope, read back with limit 7 exactly once, by next and by added_after', async () => {
      const objects = Array.from({ length: 250 }, (_, i) => makeIndicator(1, i));
      const post = await taxii(base, `${p1()}/objects/`, { key: keys.alice, body: { objects } });
      assert.equal(post.status, 202, post.text);
      assert.equal(post.headers.get('content-type'), TAXII);
      assert.equal(post.json.status, 'complete');
      assert.equal(post.json.total_count, 250);
      assert.equal(post.json.success_count, 250);
      assert.equal(post.json.failure_count, 0);
      assert.equal(post.json.pending_count, 0);
      const st = await taxii(base, `/api/status/${post.json.id}/`, { key: keys.alice });
      assert.equal(st.status, 200);
      assert.equal(st.json.success_count, 250);
      assert.match(st.json.request_timestamp, TS);
      // the status is its owner's: another user gets 404
      assertTaxiiError(await taxii(base, `/api/status/${post.json.id}/`, { key: keys.bob }), 404);
      assert.equal((await taxii(base, `/api/status/${post.json.id}/`, { key: admin })).status, 200);

      const want = objects.map((o) => o.id);
      // by next
      const seen: string[] = [];
      let next: string | undefined;
      let pages = 0;
      do {
        const r = await taxii(base, `${p1()}/objects/?limit=7${next ? `&next=${encodeURIComponent(next)}` : ''}`, { key: keys.bob });
        assert.equal(r.status, 200, r.text);
        pageHeaders(r);
        assert.ok(r.json.objects.length <= 7);
        seen.push(...r.json.objects.map((o: any) => o.id));
        next = r.json.next;
        assert.equal(Boolean(r.json.more), next !== undefined);
        pages++;
      } while (next);
      assert.equal(pages, Math.ceil(250 / 7));
      assert.deepEqual(seen, want);
      // by added_after with X-TAXII-Date-Added-Last
      const seen2: string[] = [];
      let after = '';
      for (;;) {
        const r = await taxii(base, `${p1()}/objects/?limit=7${after ? `&added_after=${after}` : ''}`, { key: keys.bob });
        assert.equal(r.status, 200);
        const h = pageHeaders(r);
        if (!r.json.objects) {
          assert.deepEqual(r.json, {});
          break;
        }
        seen2.push(...r.json.objects.map((o: any) => o.id));
        after = h.last;
        if (!r.json.more) break;
      }
      assert.deepEqual(seen2, want);
      // the manifest pages the same way
      const seen3: string[] = [];
      next = undefined;
      do {
        const r = await taxii(base, `${p1()}/manifest/?limit=7${next ? `&next=${next}` : ''}`, { key: keys.bob });
        assert.equal(r.status, 200);
        pageHeaders(r);
        for (const m of r.json.objects) {
          assert.match(m.date_added, TS);
          assert.equal(m.version, '2024-01-01T00:00:00.000Z');
          assert.equal(m.media_type, 'application/stix+json;version=2.1');
        }
        seen3.push(...r.json.objects.map((o: any) => o.id));
        next = r.json.next;
      } while (next);
      assert.deepEqual(seen3, want);
    });

    test('every filter: match[id], match[type], match[version], match[spec_version], added_after', async () => {
      const id = 'indicator--00000002-0000-4000-8000-000000000001';
      const versions = ['2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z', '2024-04-01T00:00:00.000Z'];
      const objs = versions.map((v) => ({ ...makeIndicator(2, 1, v), id }));
      const malware = { type: 'malware', spec_version: '2.1', id: 'malware--00000002-0000-4000-8000-000000000002', created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z', name: 'm', is_family: false };
      const post = await taxii(base, `/api/collections/${c2.id}/objects/`, { key: keys.alice, body: { objects: [...objs, malware] } });
      assert.equal(post.json.success_count, 4, post.text);
      const q = (s: string) => taxii(base, `/api/collections/${c2.id}/objects/?${s}`, { key: keys.alice });
      const ids = (r: Res) => (r.json.objects ?? []).map((o: any) => `${o.id}@${o.modified}`);
      assert.deepEqual(ids(await q('')), [`${id}@${versions[2]}`, `${malware.id}@${malware.modified}`]);
      assert.deepEqual(ids(await q('match[version]=first')), [`${id}@${versions[0]}`, `${malware.id}@${malware.modified}`]);
      assert.deepEqual(ids(await q('match[version]=all&match[type]=indicator')), versions.map((v) => `${id}@${v}`));
      assert.deepEqual(ids(await q(`match[version]=${versions[1]}`)), [`${id}@${versions[1]}`]);
      assert.deepEqual(ids(await q(`match[version]=first,last&match[id]=${id}`)), [`${id}@${versions[0]}`, `${id}@${versions[2]}`]);
      assert.deepEqual(ids(await q('match[type]=malware')), [`${malware.id}@${malware.modified}`]);
      assert.deepEqual(ids(await q('match[type]=indicator,malware')).length, 2);
      assert.deepEqual(ids(await q(`match[id]=${malware.id}`)), [`${malware.id}@${malware.modified}`]);
      assert.deepEqual(ids(await q('match[spec_version]=2.1')).length, 2);
      const none = await q('match[spec_version]=2.0');
      assert.deepEqual(none.json, {});
      pageHeaders(none);
      const all = await q('match[version]=all');
      const afterSecond = (await taxii(base, `/api/collections/${c2.id}/manifest/?match[version]=all`, { key: keys.alice })).json.objects[1].date_added;
      assert.equal(all.json.objects.length, 4);
      assert.deepEqual(ids(await q(`match[version]=all&added_after=${afterSecond}`)), [`${id}@${versions[2]}`, `${malware.id}@${malware.modified}`]);
      // one object, its versions
      const one = await taxii(base, `/api/collections/${c2.id}/objects/${id}/?match[version]=all`, { key: keys.alice });
      assert.equal(one.status, 200);
      pageHeaders(one);
      assert.deepEqual(one.json.objects.map((o: any) => o.modified), versions);
      const lastOnly = await taxii(base, `/api/collections/${c2.id}/objects/${id}/`, { key: keys.alice });
      assert.deepEqual(lastOnly.json.objects.map((o: any) => o.modified), [versions[2]]);
      const vs = await taxii(base, `/api/collections/${c2.id}/objects/${id}/versions/`, { key: keys.alice });
      assert.equal(vs.status, 200);
      pageHeaders(vs);
      assert.deepEqual(vs.json.versions, versions);
      const vpage = await taxii(base, `/api/collections/${c2.id}/objects/${id}/versions/?limit=2`, { key: keys.alice });
      assert.equal(vpage.json.more, true);
      const vrest = await taxii(base, `/api/collections/${c2.id}/objects/${id}/versions/?limit=2&next=${vpage.json.next}`, { key: keys.alice });
      assert.deepEqual([...vpage.json.versions, ...vrest.json.versions], versions);
      // an id from another collection is not found here, and stays untouched there
      const inC1 = makeIndicator(1, 0).id;
      assertTaxiiError(await taxii(base, `/api/collections/${c2.id}/objects/${inC1}/`, { key: keys.alice }), 404, 'NOT_FOUND');
      assertTaxiiError(await taxii(base, `/api/collections/${c2.id}/objects/${inC1}/versions/`, { key: keys.alice }), 404);
      assertTaxiiError(await taxii(base, `/api/collections/${c2.id}/objects/${inC1}/`, { key: keys.alice, method: 'DELETE' }), 404);
      assert.equal((await taxii(base, `${p1()}/objects/${inC1}/`, { key: keys.alice })).status, 200);
      // re-posting an existing version is a success
      const again = await taxii(base, `/api/collections/${c2.id}/objects/`, { key: keys.alice, body: { objects: [malware] } });
      assert.equal(again.json.success_count, 1);
      // same version, different content: refused, reported
      const clash = await taxii(base, `/api/collections/${c2.id}/objects/`, { key: keys.alice, body: { objects: [{ ...malware, name: 'changed' }] } });
      assert.equal(clash.json.failure_count, 1);
      assert.match(clash.json.failures[0].message, /^VERSION_CONFLICT/);
    });

    test('DELETE and its permission matrix (§5.7)', async () => {
      const target = makeIndicator(1, 3).id;
      const del = (who: string) => taxii(base, `${p1()}/objects/${target}/`, { key: keys[who], method: 'DELETE' });
      assertTaxiiError(await del('dave'), 404); // neither read nor write
      assertTaxiiError(await del('bob'), 403, 'FORBIDDEN'); // read only
      assertTaxiiError(await del('carol'), 403, 'FORBIDDEN'); // write only
      assertTaxiiError(await taxii(base, `${p1()}/objects/${target}/`, { method: 'DELETE' }), 401);
      assert.equal((await taxii(base, `${p1()}/objects/${target}/`, { key: keys.bob })).status, 200, 'still there');
      const ok = await del('alice');
      assert.equal(ok.status, 200);
      assert.equal(ok.headers.get('content-type'), TAXII);
      assertTaxiiError(await taxii(base, `${p1()}/objects/${target}/`, { key: keys.bob }), 404);
      const manifest = await taxii(base, `${p1()}/manifest/?limit=1000`, { key: keys.bob });
      assert.equal(manifest.json.objects.length, 249);
      assert.ok(!manifest.json.objects.some((m: any) => m.id === target));
      assertTaxiiError(await del('alice'), 404);
      // one version only
      const id = 'indicator--00000002-0000-4000-8000-000000000001';
      const r = await taxii(base, `/api/collections/${c2.id}/objects/${id}/?match[version]=2024-03-01T00:00:00.000Z`, { key: keys.alice, method: 'DELETE' });
      assert.equal(r.status, 200);
      const vs = await taxii(base, `/api/collections/${c2.id}/objects/${id}/versions/`, { key: keys.alice });
      assert.deepEqual(vs.json.versions, ['2024-02-01T00:00:00.000Z', '2024-04-01T00:00:00.000Z']);
    });

    test('authentication: Basic with password or key, Bearer, Token; 401 with a challenge and a TAXII body', async () => {
      const basic = (u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`;
      assert.equal((await taxii(base, `${p1()}/`, { auth: basic('erin', 'correct horse battery staple') })).status, 200);
      assert.equal((await taxii(base, `${p1()}/`, { auth: basic('bob', keys.bob) })).status, 200);
      assert.equal((await taxii(base, `${p1()}/`, { auth: `Token ${keys.bob}` })).status, 200);
      for (const auth of [basic('erin', 'wrong'), basic('alice', keys.bob), 'Bearer liaison_0000000000000000_' + 'A'.repeat(43), 'Bearer nonsense', 'Digest abc', 'Basic !!!']) {
        const r = await taxii(base, `${p1()}/`, { auth });
        assertTaxiiError(r, 401, 'AUTH_FAILED');
        assert.match(r.headers.get('www-authenticate') ?? '', /Basic/);
      }
      const anon = await taxii(base, `${p1()}/objects/`);
      assertTaxiiError(anon, 401, 'AUTH_REQUIRED');
      assert.match(anon.headers.get('www-authenticate') ?? '', /Basic realm/);
      assertTaxiiError(await taxii(base, '/api/status/00000000-0000-4000-8000-000000000000/'), 401);
      // revoked keys stop working at once
      const k = await addUser(node.store, 'frank');
      await node.store.setGrant({ user: 'frank', collectionId: c1.id, read: true, write: false });
      assert.equal((await taxii(base, `${p1()}/`, { key: k.token })).status, 200);
      await node.store.revokeApiKey(k.keyId);
      assertTaxiiError(await taxii(base, `${p1()}/`, { key: k.token }), 401);
    });

    test('a public collection is readable without credentials, never writable; others are not', async () => {
      const objs = [makeIndicator(3, 1)];
      assert.equal((await taxii(base, `/api/collections/${pub.id}/objects/`, { key: admin, body: { objects: objs } })).status, 202);
      const r = await taxii(base, `/api/collections/${pub.id}/objects/`);
      assert.equal(r.status, 200);
      assert.equal(r.json.objects.length, 1);
      assert.deepEqual((await taxii(base, '/api/collections/')).json.collections.map((c: any) => c.id), [pub.id]);
      assertTaxiiError(await taxii(base, `/api/collections/${pub.id}/objects/`, { body: { objects: [makeIndicator(3, 2)] } }), 401);
      assertTaxiiError(await taxii(base, `/api/collections/${pub.id}/objects/`, { key: keys.dave, body: { objects: [makeIndicator(3, 2)] } }), 403);
      assertTaxiiError(await taxii(base, `${p1()}/manifest/`), 401);
    });

    test('media types: bare, spaced, charset accepted; others 406/415; every response TAXII-typed', async () => {
      for (const accept of ['application/taxii+json', 'application/taxii+json; version=2.1', 'application/taxii+json;version=2.1; charset=utf-8', '*/*', 'application/*']) {
        const r = await taxii(base, '/taxii2/', { key: admin, headers: { Accept: accept } });
        assert.equal(r.status, 200, accept);
        assert.equal(r.headers.get('content-type'), TAXII);
      }
      for (const accept of ['application/json', 'text/html', 'application/taxii+json;version=2.0']) {
        assertTaxiiError(await taxii(base, '/taxii2/', { key: admin, headers: { Accept: accept } }), 406, 'NOT_ACCEPTABLE');
      }
      for (const ct of ['application/taxii+json', 'application/taxii+json ; version=2.1 ; charset=utf-8']) {
        const r = await taxii(base, `${p1()}/objects/`, { key: keys.alice, body: { objects: [makeIndicator(4, 1)] }, headers: { 'Content-Type': ct } });
        assert.equal(r.status, 202, ct);
      }
      for (const ct of ['application/json', 'text/plain', 'application/stix+json;version=2.1']) {
        assertTaxiiError(await taxii(base, `${p1()}/objects/`, { key: keys.alice, body: { objects: [] }, headers: { 'Content-Type': ct } }), 415, 'UNSUPPORTED_MEDIA_TYPE');
      }
      const doc = await fetch(`${base}/taxii2/openapi.json`);
      assert.equal(doc.status, 200);
      const api = (await doc.json()) as any;
      assert.equal(api.openapi, '3.1.0');
      assert.ok(api.paths['/{root}/collections/{id}/objects/'].post);
    });

    test('POST refuses invalid objects one by one and stores the valid ones', async () => {
      const good = makeIndicator(5, 1);
      const r = await taxii(base, `${p1()}/objects/`, {
        key: keys.alice,
        body: { objects: [good, { type: 'indicator', id: 'not-an-id' }, 42, { id: 'malware--00000005-0000-4000-8000-000000000009' }] },
      });
      assert.equal(r.status, 202);
      assert.equal(r.json.total_count, 4);
      assert.equal(r.json.success_count, 1);
      assert.equal(r.json.failure_count, 3);
      for (const f of r.json.failures) assert.match(f.message, /^[A-Za-z][A-Za-z0-9_-]*: /);
      assert.equal((await taxii(base, `${p1()}/objects/${good.id}/`, { key: keys.bob })).status, 200);
      assertTaxiiError(await taxii(base, `${p1()}/objects/malware--00000005-0000-4000-8000-000000000009/`, { key: keys.bob }), 404);
      assertTaxiiError(await taxii(base, `${p1()}/objects/`, { key: keys.bob, body: { objects: [makeIndicator(5, 2)] } }), 403);
      assertTaxiiError(await taxii(base, `${p1()}/objects/`, { key: keys.dave, body: { objects: [makeIndicator(5, 2)] } }), 404);
    });
  });
}
