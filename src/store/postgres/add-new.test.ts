import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgresStore, type PostgresStore } from './postgres-store.js';
import { MIGRATIONS } from './migrations/index.js';
import { schemaAt, withSchema } from './schema.helpers.js';
import { idKey } from '../id-key.js';
import { formatMicros, versionKey } from '../time.js';
import { makeIndicator } from '../testing/objects.js';
import type { StatusPlan } from '../status-plan.js';
import type { AddResult, StixObject } from '../types.js';

const url = process.env.LIAISON_TEST_PG;

const statusOf = (id: string): { plan: StatusPlan } => ({
  plan: { base: { id, apiRoot: 'r', owner: null, status: 'complete', requestTimestamp: '2026-01-01T00:00:00.000000Z', totalCount: 0, successes: [], failures: [], pendings: [], expiresAt: Date.now() + 86_400_000 } },
});

interface Fixture { store: PostgresStore; coll: string; other: string; db: pg.Client; schema: string }

async function withStore(fn: (f: Fixture) => Promise<void>): Promise<void> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const store = await openPostgresStore({ url: url!, schema, poolSize: 4 });
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query(`SET search_path = ${schema}`);
    await store.createApiRoot({ name: 'r', title: 'r', versions: [], maxContentLength: 1 << 20 });
    const coll = (await store.createCollection({ apiRoot: 'r', title: 'c' })).id;
    const other = (await store.createCollection({ apiRoot: 'r', title: 'o' })).id;
    await fn({ store, coll, other, db, schema });
  } finally {
    await store.close();
    await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await db.end();
  }
}

/** Records what each group's one-statement attempt (`addNew`) gave: results, or null for the general path. */
function watchAddNew(store: PostgresStore): (AddResult[] | null)[] {
  const s = store as unknown as { addNew(...a: unknown[]): Promise<AddResult[] | null> };
  const seen: (AddResult[] | null)[] = [];
  const inner = s.addNew.bind(store);
  s.addNew = async (...a) => {
    const r = await inner(...a);
    seen.push(r);
    return r;
  };
  return seen;
}

const count = async (db: pg.Client, sql: string): Promise<number> => Number((await db.query(sql)).rows[0].n);

if (!url) {
  test('one-statement add (PostgreSQL)', { skip: 'LIAISON_TEST_PG (a postgres:// URL) is not set' }, () => {});
} else {
  test('migrations 12 and 13: a group of new objects is added by one statement, with its entries, flags, provenance and statuses', async () => {
    await withStore(async ({ store, coll, other, db }) => {
      // One version is stored already (through another collection), with the same content: it is reused.
      await store.addObjects(other, [makeIndicator(1, 0)]);
      const seen = watchAddNew(store);
      const calls = [0, 1].map((k) => Array.from({ length: 5 }, (_, i) => makeIndicator(1, k * 5 + i)));
      const provenance = { kind: 'partner' as const, source: 'p1', defaultMarking: 'marking-definition--x' };
      const [r0, r1] = await Promise.all([
        store.addObjects(coll, calls[0], { status: statusOf('s0'), provenance }),
        store.addObjects(coll, calls[1], { status: statusOf('s1') }),
      ]);
      assert.ok(seen.length >= 1 && seen.every((r) => r !== null), 'every group took the one-statement path');
      assert.equal(r0.added, 5);
      assert.equal(r1.added, 5);
      const dates = [...r0.outcomes, ...r1.outcomes].map((o) => (o.status === 'added' ? o.dateAdded : -1));
      for (let i = 1; i < dates.length; i++) assert.ok(dates[i] > dates[i - 1], 'date_added strictly increasing in call order');
      const stored = (await db.query('SELECT object_id, date_added, is_first, is_last, is_latest_spec, version, version_key FROM entries e JOIN collections c ON c.seq = e.coll WHERE c.id = $1 ORDER BY date_added', [coll])).rows;
      assert.deepEqual(stored.map((e) => Number(e.date_added)), dates);
      assert.deepEqual(stored.map((e) => e.object_id), [...calls[0], ...calls[1]].map((o) => o.id));
      assert.ok(stored.every((e) => e.is_first === 1 && e.is_last === 1 && e.is_latest_spec === 1));
      assert.ok(stored.every((e) => e.version === '2024-01-01T00:00:00.000Z' && e.version_key === '2024-01-01T00:00:00.000000000Z'));
      assert.equal(Number((await db.query('SELECT last_date_added AS n FROM collections WHERE id = $1', [coll])).rows[0].n), dates[dates.length - 1]);
      assert.equal(await count(db, 'SELECT count(*) AS n FROM object_versions'), 10, 'the version stored before is reused');
      // Each entry points at its own version row (migration 13 draws the new rows' ids before inserting them), and the
      // version stored before keeps its row.
      assert.equal(await count(db, 'SELECT count(*) AS n FROM entries e JOIN object_versions o ON o.vid = e.vid WHERE o.object_id <> e.object_id OR o.vkey <> e.version_key'), 0);
      assert.equal(await count(db, 'SELECT count(*) AS n FROM entries e JOIN object_versions o ON o.vid = e.vid WHERE o.json NOT LIKE \'%"\' || e.object_id || \'"%\''), 0);
      assert.equal(await count(db, `SELECT count(DISTINCT vid) AS n FROM entries WHERE object_id = '${calls[0][0].id}'`), 1, 'one row for the version in both collections');
      // Provenance for the first call's versions only (the version stored before had none).
      const prov = await store.getProvenance([...calls[0], ...calls[1]].map((o) => ({ id: o.id, version: '2024-01-01T00:00:00.000Z' })));
      assert.deepEqual(prov.map((p) => p.id).sort(), calls[0].map((o) => o.id).sort());
      assert.ok(prov.every((p) => p.kind === 'partner' && p.source === 'p1' && p.defaultMarking === 'marking-definition--x' && p.collectionId === coll));
      const s0 = await store.getStatus('r', 's0');
      assert.deepEqual(s0?.successes.map((x) => x.id), calls[0].map((o) => o.id));
      assert.equal((await store.getStatus('r', 's1'))?.successes.length, 5);
      // Read back as any other entries.
      const page = await store.listObjects(coll, {}, { limit: 100 });
      assert.equal(page.items.length, 10);
    });
  });

  test('migration 12: a group the one statement cannot take writes nothing there and goes the general path', async () => {
    await withStore(async ({ store, coll, other, db }) => {
      await store.addObjects(coll, [makeIndicator(2, 0)]);
      await store.addObjects(other, [makeIndicator(2, 1)]);
      const seen = watchAddNew(store);
      const cases: [string, StixObject[], (r: AddResult) => void][] = [
        ['an object already in the collection', [makeIndicator(2, 10), makeIndicator(2, 0)], (r) => assert.deepEqual([r.added, r.present], [1, 1])],
        ['a new version of an object in the collection', [makeIndicator(2, 11), makeIndicator(2, 0, '2025-01-01T00:00:00.000Z')], (r) => assert.equal(r.added, 2)],
        ['a stored version with other content', [makeIndicator(2, 12), { ...makeIndicator(2, 1), name: 'other' }], (r) => assert.deepEqual([r.added, r.conflicts], [1, 1])],
      ];
      for (const [what, objs, check] of cases) {
        const versionsBefore = await count(db, 'SELECT count(*) AS n FROM object_versions');
        const r = await store.addObjects(coll, objs, { status: statusOf(what) });
        assert.equal(seen.pop(), null, `${what}: general path`);
        check(r);
        assert.equal(await count(db, 'SELECT count(*) AS n FROM object_versions'), versionsBefore + r.added, `${what}: versions stored once`);
        assert.equal((await store.getStatus('r', what))?.successes.length, r.added + r.present, `${what}: status`);
      }
      // Flags settled by the general path: the new version is the last, the first one is no longer.
      const flags = (await db.query("SELECT version, is_first, is_last FROM entries WHERE object_id = $1 ORDER BY version", [makeIndicator(2, 0).id])).rows;
      assert.deepEqual(flags.map((f) => [f.is_first, f.is_last]), [[1, 0], [0, 1]]);
      // An SCO (its version is its date_added, migration 14): the statement takes the group when its date_added
      // start at the caller's clock, as here, and versions and entry keys are those the general path gives.
      const sco = { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--8f0e2e2d-1c7e-5b4c-9d1e-000000000001', value: '10.0.0.1' };
      const r1 = await store.addObjects(coll, [makeIndicator(2, 13), sco as StixObject]);
      assert.equal(r1.added, 2);
      assert.notEqual(seen.pop(), null, 'a group with an SCO: one statement');
      const o1 = r1.outcomes[1];
      assert.ok(o1.status === 'added' && o1.version === formatMicros(o1.dateAdded), 'the SCO version is its date_added');
      const e1 = (await db.query('SELECT version, version_key FROM entries WHERE object_id = $1', [sco.id])).rows;
      assert.deepEqual(e1, [{ version: o1.version, version_key: versionKey(o1.version) }]);
      assert.deepEqual((await store.getObject(coll, sco.id, {}, { limit: 10 })).items.map((o) => o.version), [o1.version]);
      // When the collection's next date_added is not the caller's clock (a clock behind another writer's), the
      // statement writes nothing and the general path adds the group.
      await db.query('UPDATE collections SET last_date_added = last_date_added + 3600000000 WHERE id = $1', [coll]);
      const sco2 = { ...sco, id: 'ipv4-addr--8f0e2e2d-1c7e-5b4c-9d1e-000000000002', value: '10.0.0.2' };
      const versionsBefore = await count(db, 'SELECT count(*) AS n FROM object_versions');
      const r4 = await store.addObjects(coll, [sco2 as StixObject]);
      assert.equal(seen.pop(), null, 'general path');
      const o4 = r4.outcomes[0];
      assert.ok(o4.status === 'added' && o4.version === formatMicros(o4.dateAdded));
      assert.equal(await count(db, 'SELECT count(*) AS n FROM object_versions'), versionsBefore + 1);
      // A group the store never offers to the statement: an id twice.
      const r2 = await store.addObjects(coll, [makeIndicator(2, 14), makeIndicator(2, 14, '2025-01-01T00:00:00.000Z')]);
      assert.equal(r2.added, 2);
      assert.equal(seen.pop(), null);
      // The next group of new objects takes the one statement again, after the general path's date_added.
      const last = Number((await db.query('SELECT max(date_added) AS n FROM entries')).rows[0].n);
      const r3 = await store.addObjects(coll, [makeIndicator(2, 15)]);
      assert.notEqual(seen.pop(), null);
      assert.ok(r3.outcomes[0].status === 'added' && r3.outcomes[0].dateAdded > last);
    });
  });
  test('migration 13: both add paths probe indexes even when planned on a new, empty database (no sequential scans)', async () => {
    await withStore(async ({ store, coll, db, schema }) => {
      const scans = async () => {
        const r = await db.query("SELECT relname, seq_tup_read, idx_scan FROM pg_stat_user_tables WHERE schemaname = $1 AND relname IN ('object_versions', 'provenance_versions', 'entries')", [schema]);
        return Object.fromEntries(r.rows.map((x) => [x.relname as string, { seqRead: Number(x.seq_tup_read), idx: Number(x.idx_scan ?? 0) }]));
      };
      // Rows read by sequential scans: the migrations' scans of the empty tables read none.
      const before = await scans();
      const provenance = { kind: 'user' as const, source: 'u' };
      // New objects (liaison_add_new), then a group with an object already in the collection (liaison_add_prepare2
      // and the writes), several times each.
      for (let k = 0; k < 5; k++) {
        await store.addObjects(coll, Array.from({ length: 20 }, (_, i) => makeIndicator(4, k * 20 + i)), { provenance });
        await store.addObjects(coll, [makeIndicator(5, k), makeIndicator(4, k * 20)], { provenance });
      }
      // Backends report their counts a second or so after their last transaction.
      let after = await scans();
      for (let i = 0; i < 50 && after.provenance_versions.idx - before.provenance_versions.idx < 10; i++) {
        await new Promise((r) => setTimeout(r, 200));
        after = await scans();
      }
      await new Promise((r) => setTimeout(r, 1500));
      after = await scans();
      assert.ok(after.provenance_versions.idx - before.provenance_versions.idx >= 10, 'the counts were reported');
      for (const rel of ['object_versions', 'provenance_versions', 'entries']) assert.equal(after[rel].seqRead - before[rel].seqRead, 0, `${rel}: no row read by a sequential scan`);
    });
  });

  test('migration 13 replaces both add functions of a database at schema 12; versions added before and after read back once each', async () => {
    await withSchema(async (c, schema) => {
      await schemaAt(c, 12);
      await c.query("INSERT INTO api_roots VALUES ('r', 'r', NULL, '[]', 1048576); INSERT INTO collections (id, api_root, title, media_types, created_at) VALUES ('c', 'r', 't', '[]', 'now')");
      // One version through migration 12's function, as a node of then would have added it.
      const before = makeIndicator(3, 0);
      await c.query("SELECT liaison_add_new(1, 1, $1, $2, '2024-01-01T00:00:00.000000000Z', $3, $4, 'indicator', '2.1', '2024-01-01T00:00:00.000Z', '', '{}', '{}', '{}', 'c', 'now', '{}', '{}', NULL, '{}')",
        [before.id, String(idKey(before.id)), 'h'.repeat(64), JSON.stringify(before)]);
      const store = await openPostgresStore({ url: url!, schema, poolSize: 2 });
      try {
        assert.equal(Number((await c.query('SELECT max(version) AS v FROM schema_migrations')).rows[0].v), MIGRATIONS[MIGRATIONS.length - 1].version);
        const sco = { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--8f0e2e2d-1c7e-5b4c-9d1e-000000000003', value: '10.0.0.3' } as StixObject;
        const fresh = await store.addObjects('c', [makeIndicator(3, 1), makeIndicator(3, 2)]); // liaison_add_new
        const general = await store.addObjects('c', [makeIndicator(3, 3), sco]); // liaison_add_prepare2, then the writes
        assert.deepEqual([fresh.added, general.added], [2, 2]);
        const page = await store.listObjects('c', {}, { limit: 100 });
        assert.deepEqual(page.items.map((o) => o.id), [before.id, ...[1, 2, 3].map((i) => makeIndicator(3, i).id), sco.id]);
        assert.deepEqual(page.items.slice(1).map((o) => JSON.parse(o.json).id), page.items.slice(1).map((o) => o.id), 'each entry reads its own version');
        assert.equal(await count(c, 'SELECT count(*) AS n FROM entries e JOIN object_versions o ON o.vid = e.vid WHERE o.object_id <> e.object_id'), 0);
      } finally {
        await store.close();
      }
    });
  });
}
