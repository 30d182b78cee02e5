import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPostgresStore } from './postgres-store.js';
import { schemaAt, withSchema } from './schema.helpers.js';
import type { StatusRecord } from '../types.js';

const url = process.env.LIAISON_TEST_PG;
const skip = url ? false : 'LIAISON_TEST_PG (a postgres:// URL) is not set';

/** A complete status with `n` successes: a body of about 90 bytes per success, compressed when stored. */
function statusOf(id: string, n: number): StatusRecord {
  const successes = Array.from({ length: n }, (_, i) => ({ id: `indicator--${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`, version: '2024-01-01T00:00:00.000Z' }));
  return {
    id, apiRoot: 'a', owner: 'u', status: 'complete', requestTimestamp: '2024-01-01T00:00:00.000000Z', totalCount: n,
    successes, failures: [], pendings: [], expiresAt: Date.now() + 2 * 86_400_000, // beyond the 24 h minimum, which would move it on by the time it is written
  };
}

test('migration 11 compresses new status bodies and large versions with LZ4; bodies stored before stay readable', { skip }, async () => {
  await withSchema(async (c, schema) => {
    await schemaAt(c, 10);
    const before = statusOf('00000000-0000-4000-8000-000000000001', 200);
    await c.query('INSERT INTO statuses (id, api_root, body, expires_at) VALUES ($1, $2, $3, $4)', [before.id, before.apiRoot, JSON.stringify(before), before.expiresAt]);
    const lz4 = (await c.query("SELECT 'lz4' = ANY (enumvals) AS y FROM pg_settings WHERE name = 'default_toast_compression'")).rows[0]?.y === true;
    const store = await openPostgresStore({ url: url!, schema, poolSize: 2 });
    try {
      const kinds = (await c.query(
        "SELECT attrelid::regclass::text AS t, attname AS a, attcompression AS k FROM pg_attribute WHERE (attrelid, attname) IN (('statuses'::regclass, 'body'), ('object_versions'::regclass, 'json'), ('conflicts'::regclass, 'offered_json')) ORDER BY 1, 2",
      )).rows;
      assert.deepEqual(kinds.map((r) => r.k), lz4 ? ['l', 'l', 'l'] : ['', '', '']);
      assert.deepEqual(await store.getStatus('a', before.id), before);
      const after = statusOf('00000000-0000-4000-8000-000000000002', 200);
      await store.putStatus(after);
      assert.deepEqual(await store.getStatus('a', after.id), after);
      const methods = (await c.query('SELECT id, pg_column_compression(body) AS m FROM statuses ORDER BY id')).rows.map((r) => r.m);
      assert.deepEqual(methods, ['pglz', lz4 ? 'lz4' : 'pglz']);
    } finally {
      await store.close();
    }
  });
});
