import { test } from 'node:test';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import assert from 'node:assert/strict';
import { runStoreConformance } from '../store.conformance.js';
import { openPostgresStore } from './postgres-store.js';

const url = process.env.LIAISON_TEST_PG;

test('an unreachable PostgreSQL is a clear error that does not show the password', async () => {
  await assert.rejects(openPostgresStore({ url: 'postgres://u:sekrit@127.0.0.1:1/db' }), (e: Error) => /cannot open the PostgreSQL database/.test(e.message) && !e.message.includes('sekrit'));
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
