import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sessionOptions } from './session-options.js';
import { openPostgresStore } from './postgres-store.js';
import { withSchema } from './schema.helpers.js';

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
        "SELECT current_setting('plan_cache_mode') AS p, current_setting('jit') AS j, current_setting('search_path') AS s, current_setting('work_mem') AS w");
      assert.deepEqual(r.rows[0], { p: 'force_generic_plan', j: 'off', s: schema, w: '8MB' });
      assert.ok((await c.query(`SELECT 1 FROM ${schema}.schema_migrations`)).rowCount! > 0, 'migrated in the URL\'s schema');
    } finally {
      await store.close();
    }
  });
});
