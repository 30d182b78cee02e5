import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { openPostgresStore } from './postgres-store.js';

const url = process.env.LIAISON_TEST_PG;

if (!url) {
  test('metadata change signal (PostgreSQL)', { skip: 'LIAISON_TEST_PG (a postgres:// URL) is not set' }, () => {});
} else {
  test('the change signal moves on another process\'s metadata writes only, and at every reading while not listening', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const a = await openPostgresStore({ url, schema, poolSize: 2 });
    const b = await openPostgresStore({ url, schema, poolSize: 2 });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const settle = () => sleep(100);
    try {
      const s0 = a.metaSignal();
      assert.equal(a.metaSignal(), s0, 'steady while nothing changes');
      await b.createApiRoot({ name: 'r', title: 'r', versions: [], maxContentLength: 1000 });
      await settle();
      const s1 = a.metaSignal();
      assert.notEqual(s1, s0, 'an API root created elsewhere');
      const c = await b.createCollection({ apiRoot: 'r', title: 'c' });
      await settle();
      const s2 = a.metaSignal();
      assert.notEqual(s2, s1, 'a collection created elsewhere');
      // Writing objects moves the collection's last date_added, which no cached record shows: no signal.
      await b.addObjects(c.id, [{ type: 'indicator', id: 'indicator--00000000-0000-4000-8000-000000000001', spec_version: '2.1', created: '2024-01-01T00:00:00Z', modified: '2024-01-01T00:00:00Z' }]);
      await settle();
      assert.equal(a.metaSignal(), s2, 'objects written elsewhere');
      await b.updateCollection(c.id, { public: true });
      await settle();
      const s3 = a.metaSignal();
      assert.notEqual(s3, s2, 'a collection made public elsewhere');
      // Another schema's changes are not ours.
      const other = await openPostgresStore({ url, schema: `${schema}_o`, poolSize: 1 });
      await other.createApiRoot({ name: 'r', title: 'r', versions: [], maxContentLength: 1000 });
      await other.close();
      await settle();
      assert.equal(a.metaSignal(), s3, 'another schema');
      // The listening connection dies: every reading differs until a new one listens.
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN liaison_meta' AND pid IN (SELECT pid FROM pg_stat_activity WHERE datname = current_database())");
      await settle();
      assert.notEqual(a.metaSignal(), a.metaSignal(), 'not listening');
      await sleep(2000);
      const s4 = a.metaSignal();
      assert.equal(a.metaSignal(), s4, 'listening again');
    } finally {
      await a.close().catch(() => undefined);
      await b.close();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_o CASCADE`);
      await admin.end();
    }
  });
}
