import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPostgresStore } from './postgres-store.js';
import { schemaAt, withSchema } from './schema.helpers.js';
import { idKey } from '../id-key.js';
import { makeIndicator } from '../testing/objects.js';

const url = process.env.LIAISON_TEST_PG;
const skip = url ? false : 'LIAISON_TEST_PG (a postgres:// URL) is not set';

test('liaison_id_key (SQL) is the store\'s idKey', { skip }, async () => {
  await withSchema(async (c) => {
    await schemaAt(c, 9);
    const ids = ['indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f', 'x', '', 'identity--é€😀', 'a'.repeat(300)];
    const got = (await c.query('SELECT liaison_id_key(t)::text AS k FROM unnest($1::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n', [ids])).rows.map((r) => Number(r.k));
    assert.deepEqual(got, ids.map(idKey));
  });
});

test('migration 9 keys provenance and deliveries by version row and keeps every record, entries found by object id as before', { skip }, async () => {
  await withSchema(async (c, schema) => {
    await schemaAt(c, 8);
    await c.query("INSERT INTO api_roots VALUES ('a', 'a', NULL, '[]', 1); INSERT INTO collections (seq, id, api_root, title, media_types, created_at) VALUES (1, 'c', 'a', 't', '[]', 'now')");
    const ver = 'INSERT INTO object_versions (vid, object_id, vkey, hash, json) VALUES ($1, $2, $3, $4, $5)';
    await c.query(ver, [1, 'indicator--1', '2024-01-01T00:00:00.100000000Z', 'h1', '{"id":"indicator--1"}']);
    await c.query(ver, [2, 'ipv4-addr--2', 'sha256:h2', 'h2', '{"id":"ipv4-addr--2"}']);
    await c.query(ver, [3, 'indicator--3', '2024-02-01T00:00:00.000000000Z', 'h3', '{"id":"indicator--3"}']);
    await c.query(ver, [4, 'indicator--1', '2024-03-01T00:00:00.000000000Z', 'h4', '{"id":"indicator--1","v":2}']);
    await c.query("SELECT setval('object_versions_vid_seq', 4)");
    const entry = "INSERT INTO entries VALUES (1, $1, $2, $3, '2.1', $4, $5, $6, $7, $8, 1)";
    await c.query(entry, [10, 'indicator--1', 'indicator', '2024-01-01T00:00:00.1Z', '2024-01-01T00:00:00.100000000Z', 1, 1, 0]);
    await c.query(entry, [11, 'ipv4-addr--2', 'ipv4-addr', '1970-01-01T00:00:00.000011Z', '1970-01-01T00:00:00.000011000Z', 2, 1, 1]);
    await c.query(entry, [12, 'indicator--1', 'indicator', '2024-03-01T00:00:00Z', '2024-03-01T00:00:00.000000000Z', 4, 0, 1]);
    await c.query('UPDATE collections SET last_date_added = 12');
    // indicator--3 was deleted from every collection: its provenance is found through its version key.
    const prov = "INSERT INTO provenance VALUES ($1, $2, 'partner', 'acme', NULL, 'c', 'then')";
    await c.query(prov, ['indicator--1', '2024-01-01T00:00:00.1Z']);
    await c.query(prov, ['ipv4-addr--2', '1970-01-01T00:00:00.000011Z']);
    await c.query(prov, ['indicator--3', '2024-02-01T00:00:00Z']);
    await c.query(prov, ['indicator--9', '2024-02-01T00:00:00Z']); // of no stored version: dropped
    const sent = "INSERT INTO deliveries VALUES ('acme', $1, $2, 'then')";
    await c.query(sent, ['indicator--1', '2024-01-01T00:00:00.1Z']);
    await c.query(sent, ['ipv4-addr--2', '1970-01-01T00:00:00.000011Z']);
    await c.query(sent, ['indicator--1', '2024-03-01T00:00:00Z']);

    const store = await openPostgresStore({ url: url!, schema, poolSize: 2 });
    try {
      const asked = [
        { id: 'indicator--1', version: '2024-01-01T00:00:00.1Z' },
        { id: 'ipv4-addr--2', version: '1970-01-01T00:00:00.000011Z' },
        { id: 'indicator--3', version: '2024-02-01T00:00:00Z' },
        { id: 'indicator--1', version: '2024-03-01T00:00:00Z' },
      ];
      assert.deepEqual((await store.getProvenance(asked)).map((p) => [p.id, p.version, p.source]).sort(), asked.slice(0, 3).map((a) => [a.id, a.version, 'acme']).sort());
      assert.deepEqual((await store.getDeliveries('acme', asked)).map((d) => [d.id, d.version]).sort(), [asked[0], asked[1], asked[3]].map((a) => [a.id, a.version]).sort());
      assert.equal((await c.query('SELECT count(*)::int AS n FROM provenance')).rows[0].n, 3);
      // Entries still found by object id (through the versions' keys), with every match[version].
      const all = await store.getObject('c', 'indicator--1', { versions: { all: true } }, { limit: 10 });
      assert.deepEqual(all.items.map((o) => o.version), ['2024-01-01T00:00:00.1Z', '2024-03-01T00:00:00Z']);
      const first = await store.getObject('c', 'indicator--1', { versions: { first: true }, specVersions: ['2.1'] }, { limit: 10 });
      assert.deepEqual(first.items.map((o) => o.version), ['2024-01-01T00:00:00.1Z']);
      assert.deepEqual((await store.listVersions('c', 'ipv4-addr--2', {}, { limit: 10 })).items.map((o) => o.version), ['1970-01-01T00:00:00.000011Z']);
      // Every version row has its id's key; the indexes keyed by object id are gone.
      const keys = (await c.query('SELECT object_id, id_key::text AS k FROM object_versions')).rows;
      assert.ok(keys.every((r) => Number(r.k) === idKey(r.object_id)));
      const indexes = (await c.query('SELECT indexname FROM pg_indexes WHERE schemaname = $1', [schema])).rows.map((r) => r.indexname);
      assert.ok(!indexes.includes('entries_object') && !indexes.includes('object_versions_object_id_vkey_key'));
      assert.ok(indexes.includes('entries_vid') && indexes.includes('object_versions_key'));
      // The migrated store goes on: a stored version is present, a new version of a migrated object is added and
      // becomes the last, a delivery and a deletion find their rows.
      const again = await store.addObjects('c', [{ ...makeIndicator(1, 1), id: 'indicator--1', modified: '2024-04-01T00:00:00.000Z' }]);
      assert.deepEqual(again.outcomes.map((o) => o.status), ['added']);
      const last = await store.getObject('c', 'indicator--1', {}, { limit: 10 });
      assert.deepEqual(last.items.map((o) => o.version), ['2024-04-01T00:00:00.000Z']);
      await store.recordDeliveries([{ partner: 'beta', id: 'ipv4-addr--2', version: '1970-01-01T00:00:00.000011Z', at: 'now' }]);
      assert.equal((await store.getDeliveries('beta', asked)).length, 1);
      assert.equal(await store.deleteObject('c', 'indicator--1', { versions: { first: true } }), 1);
      assert.deepEqual((await store.getObject('c', 'indicator--1', { versions: { first: true } }, { limit: 10 })).items.map((o) => o.version), ['2024-03-01T00:00:00Z']);
    } finally {
      await store.close();
    }
  });
});

test('two stores adding the same new versions at once, to one collection or two, store each version and its provenance once', { skip }, async () => {
  await withSchema(async (c, schema) => {
    const a = await openPostgresStore({ url: url!, schema, poolSize: 4 });
    const b = await openPostgresStore({ url: url!, schema, poolSize: 4 });
    try {
      await a.createApiRoot({ name: 'r', title: 'r', versions: [], maxContentLength: 1 << 20 });
      const c1 = await a.createCollection({ apiRoot: 'r', title: 'one' });
      const c2 = await a.createCollection({ apiRoot: 'r', title: 'two' });
      for (let round = 0; round < 5; round++) {
        const objects = Array.from({ length: 60 }, (_, i) => makeIndicator(round + 1, i));
        const half = objects.slice(0, 30);
        // Provenance too: each version's first source is kept, by a plain insert under the id keys' locks.
        const from = (source: string) => ({ provenance: { kind: 'partner' as const, source } });
        const results = await Promise.all([
          a.addObjects(c1.id, objects, from('p1')), b.addObjects(c2.id, [...objects].reverse(), from('p2')), b.addObjects(c1.id, half, from('p3')),
          a.addObjects(c2.id, half, from('p4')),
        ]);
        for (const r of results) assert.ok(r.outcomes.every((o) => o.status === 'added' || o.status === 'present'));
      }
      const twice = await c.query('SELECT object_id, vkey FROM object_versions GROUP BY object_id, vkey HAVING count(*) > 1');
      assert.deepEqual(twice.rows, []);
      assert.equal((await c.query('SELECT count(*)::int AS n FROM object_versions')).rows[0].n, 300);
      assert.equal((await c.query('SELECT count(*)::int AS n FROM provenance p JOIN object_versions o ON o.vid = p.vid')).rows[0].n, 300);
      assert.equal(await a.countEntries(c1.id), 300);
      assert.equal(await b.countEntries(c2.id), 300);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
