import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPostgresStore } from './postgres-store.js';
import { MIGRATIONS } from './migrations/index.js';
import { schemaAt, withSchema } from './schema.helpers.js';
import { idKey } from '../id-key.js';
import { makeIndicator } from '../testing/objects.js';
import type { StixObject } from '../types.js';

const url = process.env.LIAISON_TEST_PG;
const V = '2024-01-01T00:00:00.000Z';

if (!url) {
  test('provenance sources (PostgreSQL)', { skip: 'LIAISON_TEST_PG (a postgres:// URL) is not set' }, () => {});
} else {
  test('migration 14 moves provenance of a database at schema 13 to its sources, every record read back as before; both add paths write the new form', async () => {
    await withSchema(async (c, schema) => {
      await schemaAt(c, 13);
      await c.query("INSERT INTO api_roots VALUES ('r', 'r', NULL, '[]', 1048576); INSERT INTO collections (id, api_root, title, media_types, created_at) VALUES ('c', 'r', 't', '[]', 'now')");
      // Five versions through migration 13's function: two from one partner call (one source), one from a user, one
      // with the partner's texts but another time, one without provenance.
      const objs = Array.from({ length: 5 }, (_, i) => makeIndicator(14, i));
      const addOld = (o: StixObject, now: number, prov: string, kinds: string[], sources: string[], markings: (string | null)[], at: string) =>
        c.query('SELECT liaison_add_new(1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)', [
          now, o.id, String(idKey(o.id)), '2024-01-01T00:00:00.000000000Z', 'h'.repeat(64), JSON.stringify(o), 'indicator', '2.1', V, prov, kinds, sources, markings, 'c', at,
          [], [], null, []]);
      await addOld(objs[0], 1, '1', ['partner'], ['acme'], ['green'], 't1');
      await addOld(objs[1], 2, '1', ['partner'], ['acme'], ['green'], 't1');
      await addOld(objs[2], 3, '1', ['user'], ['alice'], [null], 't1');
      await addOld(objs[3], 4, '1', ['partner'], ['acme'], ['green'], 't2');
      await addOld(objs[4], 5, '', [], [], [], 't1');
      const store = await openPostgresStore({ url: url!, schema, poolSize: 2 });
      try {
        assert.equal(Number((await c.query('SELECT max(version) AS v FROM schema_migrations')).rows[0].v), MIGRATIONS[MIGRATIONS.length - 1].version);
        const acme = (id: string, at: string) => ({ id, version: V, kind: 'partner', source: 'acme', defaultMarking: 'green', collectionId: 'c', at });
        const got = await store.getProvenance(objs.map((o) => ({ id: o.id, version: V })));
        assert.deepEqual(got.sort((a, b) => a.id.localeCompare(b.id)), [
          acme(objs[0].id, 't1'), acme(objs[1].id, 't1'), { id: objs[2].id, version: V, kind: 'user', source: 'alice', collectionId: 'c', at: 't1' }, acme(objs[3].id, 't2'),
        ].sort((a, b) => a.id.localeCompare(b.id)));
        assert.equal(Number((await c.query('SELECT count(*) AS n FROM provenance_sources')).rows[0].n), 3, 'one source per distinct texts');
        assert.deepEqual(await store.getProvenance([{ id: objs[0].id, version: '2025-01-01T00:00:00.000Z' }]), [], 'another version text finds nothing');

        // New versions: the one-statement path, then the general path (an SCO in the call); the first source still wins.
        const sco = { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--8f0e2e2d-1c7e-5b4c-9d1e-000000000014', value: '10.0.0.14' } as StixObject;
        const fresh = makeIndicator(15, 0);
        const general = makeIndicator(15, 1);
        const plain = makeIndicator(15, 2);
        await store.addObjects('c', [plain]);
        assert.equal((await store.addObjects('c', [fresh], { provenance: { kind: 'user', source: 'bob' } })).added, 1);
        const r = await store.addObjects('c', [general, sco, plain], { provenance: { kind: 'import', source: 'file.json' } });
        assert.equal(r.added, 2);
        const sources = Number((await c.query('SELECT count(*) AS n FROM provenance_sources')).rows[0].n);
        // Already stored with provenance: the general path records no other source, and writes no unused source row.
        await store.addObjects('c', [objs[0], general], { provenance: { kind: 'partner', source: 'other', defaultMarking: 'red' } });
        assert.equal(Number((await c.query('SELECT count(*) AS n FROM provenance_sources')).rows[0].n), sources, 'no source row nobody points at');
        const scoVersion = r.outcomes.find((o) => o.id === sco.id)!.version;
        const after = await store.getProvenance([{ id: fresh.id, version: V }, { id: general.id, version: V }, { id: sco.id, version: scoVersion }, { id: objs[0].id, version: V }, { id: plain.id, version: V }]);
        const at = (id: string) => after.find((p) => p.id === id);
        assert.deepEqual({ ...at(fresh.id), at: '' }, { id: fresh.id, version: V, kind: 'user', source: 'bob', collectionId: 'c', at: '' });
        assert.deepEqual({ ...at(general.id), at: '' }, { id: general.id, version: V, kind: 'import', source: 'file.json', collectionId: 'c', at: '' });
        assert.equal(at(sco.id)?.source, 'file.json');
        assert.deepEqual(at(objs[0].id), acme(objs[0].id, 't1'));
        assert.equal(at(plain.id)?.source, 'file.json', 'a stored version without provenance takes the first source offered');
        assert.equal(after.length, 5);

        // A process of migration 13 during an upgrade: its general path's provenance insert and its read, through the view.
        const late = makeIndicator(15, 3);
        await store.addObjects('c', [late]);
        const vidOf = async (id: string) => Number((await c.query('SELECT vid FROM object_versions WHERE object_id = $1', [id])).rows[0].vid);
        await c.query(
          'INSERT INTO provenance (vid, version, kind, source, default_marking, collection_id, at) ' +
            'SELECT x.i, x.v, x.k, x.s, x.m, $1, $2 FROM unnest($3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[]) AS x(i, v, k, s, m) ' +
            'WHERE NOT EXISTS (SELECT 1 FROM provenance p WHERE p.vid = x.i)',
          ['c', 't3', [await vidOf(late.id), await vidOf(objs[0].id)], [V, V], ['partner', 'partner'], ['old', 'old'], ['amber', 'amber']]);
        assert.deepEqual(await store.getProvenance([{ id: late.id, version: V }, { id: objs[0].id, version: V }]).then((r) => r.sort((a, b) => a.id.localeCompare(b.id))),
          [{ id: late.id, version: V, kind: 'partner', source: 'old', defaultMarking: 'amber', collectionId: 'c', at: 't3' }, acme(objs[0].id, 't1')].sort((a, b) => a.id.localeCompare(b.id)),
          'the old insert adds provenance to a version without, and leaves the first source of one with');
        const old = (await c.query('SELECT k.i AS object_id, p.* FROM unnest($1::text[], $2::bigint[], $3::text[]) AS k(i, kk, v) ' +
          'JOIN object_versions o ON o.id_key = k.kk AND o.object_id = k.i JOIN provenance p ON p.vid = o.vid AND p.version = k.v', [[late.id], [idKey(late.id)], [V]])).rows;
        assert.deepEqual(old.map((r) => [r.object_id, r.version, r.kind, r.source, r.default_marking, r.collection_id, r.at]), [[late.id, V, 'partner', 'old', 'amber', 'c', 't3']]);
      } finally {
        await store.close();
      }
    });
  });
}
