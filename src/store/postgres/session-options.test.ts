import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sessionOptions } from './session-options.js';
import { openPostgresStore } from './postgres-store.js';
import { withSchema } from './schema.helpers.js';
import { makeIndicator } from '../testing/objects.js';

const url = process.env.LIAISON_TEST_PG;

test('sessionOptions: the URL\'s options move after the store\'s, the rest of the URL is kept', () => {
  const r = sessionOptions('postgres://u:p%40ss@h:5433/db?sslmode=disable&options=-c%20search_path%3Dx', '-c jit=off', '-c search_path=y');
  assert.equal(r.options, '-c jit=off -c search_path=x -c search_path=y');
  const u = new URL(r.connectionString);
  assert.equal(u.searchParams.get('options'), null);
  assert.equal(u.searchParams.get('sslmode'), 'disable');
  assert.equal(`${u.username}:${decodeURIComponent(u.password)}@${u.host}${u.pathname}`, 'u:p@ss@h:5433/db');
  assert.deepEqual(sessionOptions('postgres://h/db', '-c jit=off'), { connectionString: 'postgres://h/db', options: '-c jit=off' });
  assert.deepEqual(sessionOptions('not a url', '-c jit=off'), { connectionString: 'not a url', options: '-c jit=off' });
  assert.equal(sessionOptions('postgres://h/db', '').options, '');
});

test('a store whose URL carries options still runs with its own session settings', { skip: !url && 'LIAISON_TEST_PG (a postgres:// URL) is not set' }, async () => {
  await withSchema(async (c, schema) => {
    const u = new URL(url!);
    u.searchParams.set('options', `-c search_path=${schema} -c work_mem=8MB`);
    const store = await openPostgresStore({ url: u.toString(), poolSize: 1 });
    try {
      const r = await store.pool.query(
        "SELECT current_setting('plan_cache_mode') AS p, current_setting('jit') AS j, current_setting('search_path') AS s, current_setting('work_mem') AS w, current_setting('max_parallel_workers_per_gather') AS g");
      assert.deepEqual(r.rows[0], { p: 'force_generic_plan', j: 'off', s: schema, w: '8MB', g: '0' });
      assert.ok((await c.query(`SELECT 1 FROM ${schema}.schema_migrations`)).rowCount! > 0, 'migrated in the URL\'s schema');
    } finally {
      await store.close();
    }
  });
});

test('a page of a collection is read without parallel workers, even where the planner would find them cheap', { skip: !url && 'LIAISON_TEST_PG (a postgres:// URL) is not set' }, async () => {
  await withSchema(async (_c, schema) => {
    const store = await openPostgresStore({ url: url!, schema, poolSize: 1 });
    try {
      await store.createApiRoot({ name: 'r', title: 'r', versions: [], maxContentLength: 1 << 20 });
      const coll = await store.createCollection({ apiRoot: 'r', title: 'c' });
      await store.addObjects(coll.id, Array.from({ length: 50 }, (_, i) => makeIndicator(7, i)));
      const client = await store.pool.connect();
      try {
        // What a large collection looks like to the planner of a generic plan: workers that cost nothing to start.
        await client.query('BEGIN');
        for (const setting of ['parallel_setup_cost', 'parallel_tuple_cost', 'min_parallel_index_scan_size', 'min_parallel_table_scan_size']) {
          await client.query(`SET LOCAL ${setting} = 0`);
        }
        const plan = await client.query(
          'EXPLAIN SELECT e.date_added, e.object_id, o.json FROM entries e JOIN object_versions o ON o.vid = e.vid WHERE e.coll = 1 AND e.date_added > 0 ORDER BY e.date_added LIMIT 1001',
        );
        const text = plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
        assert.doesNotMatch(text, /Gather|Parallel/, text);
        await client.query('ROLLBACK');
      } finally {
        client.release();
      }
    } finally {
      await store.close();
    }
  });
});
