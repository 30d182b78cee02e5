import { test } from 'node:test';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import assert from 'node:assert/strict';
import { runStoreConformance } from '../store.conformance.js';
import { inlined, literalSql, openPostgresStore } from './postgres-store.js';
import { MIGRATIONS } from './migrations/index.js';

const url = process.env.LIAISON_TEST_PG;

test('an unreachable PostgreSQL is a clear error that does not show the password', async () => {
  await assert.rejects(openPostgresStore({ url: 'postgres://u:sekrit@127.0.0.1:1/db' }), (e: Error) => /cannot open the PostgreSQL database/.test(e.message) && !e.message.includes('sekrit'));
});

test('literalSql: a value can never end its dollar-quoted literal', () => {
  assert.equal(literalSql((q) => `SELECT ${q('a')}, ${q("it's")}`), "SELECT $lz$a$lz$, $lz$it's$lz$");
  const tricky = ['x $lz$ y', 'ends with $lz', '$lz0$'];
  const sql = literalSql((q) => `SELECT ${tricky.map(q).join(', ')}`);
  const tag = /^SELECT (\$lz\d*\$)/.exec(sql)![1];
  assert.notEqual(tag, '$lz$');
  assert.equal(sql, `SELECT ${tricky.map((t) => `${tag}${t}${tag}`).join(', ')}`);
  for (const t of tricky) assert.ok(!t.includes(tag) && !t.endsWith(tag.slice(0, -1)));
});

test('inlined: integers as numerals, texts and text lists as literals that no value can end', () => {
  assert.equal(inlined('SELECT ? WHERE a = ? AND b = ANY(?::text[])', [5, "it's ?", ['x', '$lz$']]),
    "SELECT 5 WHERE a = $lz0$it's ?$lz0$ AND b = ANY(ARRAY[$lz0$x$lz0$, $lz0$$lz$$lz0$]::text[]::text[])");
  assert.throws(() => inlined('SELECT ?', [1.5]), /neither an integer/);
  assert.throws(() => inlined('SELECT ?', [[1.5]]), /neither an integer/);
  assert.equal(inlined('SELECT ANY(?::bigint[])', [[1, 2]]), 'SELECT ANY(ARRAY[1, 2]::bigint[]::bigint[])');
});

if (!url) {
  test('store conformance: postgres', { skip: 'LIAISON_TEST_PG (a postgres:// URL) is not set' }, () => {});
} else {
  // Each run gets its own schemas, dropped at the end, so runs never see each other's data.
  const schemas: string[] = [];
  test('write transactions are retried on serialization failures and deadlocks, and give up on other errors', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const store = await openPostgresStore({ url, schema, poolSize: 2 });
    try {
      const tx = (store as unknown as { tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> }).tx.bind(store);
      let attempts = 0;
      const r = await tx(async (c) => {
        attempts++;
        await c.query('SELECT 1');
        if (attempts <= 2) throw Object.assign(new Error('could not serialize'), { code: attempts === 1 ? '40001' : '40P01' });
        return 'done';
      });
      assert.equal(r, 'done');
      assert.equal(attempts, 3);
      attempts = 0;
      await assert.rejects(tx(async () => {
        attempts++;
        throw Object.assign(new Error('unique'), { code: '23505' });
      }), /unique/);
      assert.equal(attempts, 1);
      // A real serialization failure: two SERIALIZABLE transactions that read and write the same row, retried.
      await store.setSetting('counter', 0);
      const bump = () => tx(async (c) => {
        await c.query('SET TRANSACTION ISOLATION LEVEL SERIALIZABLE');
        const v = Number(JSON.parse((await c.query("SELECT value FROM node_settings WHERE key = 'counter'")).rows[0].value));
        await new Promise((res) => setTimeout(res, 20));
        await c.query("UPDATE node_settings SET value = $1 WHERE key = 'counter'", [JSON.stringify(v + 1)]);
      });
      await Promise.all([bump(), bump(), bump()]);
      assert.equal(await store.getSetting('counter'), 3);
    } finally {
      await store.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    }
  });

  test('migration 3 sets is_latest_spec and moves first/last onto the latest spec version of existing entries', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(`CREATE SCHEMA ${schema}; SET search_path = ${schema}`);
      await c.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
      for (const m of MIGRATIONS.slice(0, 2)) {
        await c.query(m.sql);
        await c.query('INSERT INTO schema_migrations VALUES ($1, $2)', [m.version, 'then']);
      }
      await c.query("INSERT INTO api_roots VALUES ('a', 'a', NULL, '[]', 1); INSERT INTO collections (id, api_root, title, media_types, created_at) VALUES ('c', 'a', 't', '[]', 'now')");
      const rows = [[1, 'x', '2.1', 'feb', 'b', 0, 0], [2, 'x', '2.0', 'jan', 'a', 1, 0], [3, 'x', '2.0', 'mar', 'c', 0, 1], [4, 'y', '2.1', 'jan', 'a', 1, 0], [5, 'y', '2.1', 'feb', 'b', 0, 1]];
      for (const r of rows) await c.query("INSERT INTO entries VALUES (1, $1, $2, 'indicator', $3, $4, $5, 0, $6, $7)", r);
      const store = await openPostgresStore({ url, schema, poolSize: 1 });
      await store.close();
      const got = await c.query('SELECT date_added::int AS d, is_latest_spec AS s, is_first AS f, is_last AS l FROM entries ORDER BY date_added');
      assert.deepEqual(got.rows, [{ d: 1, s: 1, f: 1, l: 1 }, { d: 2, s: 0, f: 0, l: 0 }, { d: 3, s: 0, f: 0, l: 0 }, { d: 4, s: 1, f: 1, l: 0 }, { d: 5, s: 1, f: 0, l: 1 }]);
    } finally {
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    }
  });

  runStoreConformance({
    name: 'postgres',
    async freshConfig() {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      return { kind: 'postgres', url, schema, poolSize: 4 };
    },
    async cleanup() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      for (const s of schemas.splice(0)) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      await c.end();
    },
  });
}
