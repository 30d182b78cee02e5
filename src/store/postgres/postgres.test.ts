import { test } from 'node:test';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { runStoreConformance } from '../store.conformance.js';

const url = process.env.LIAISON_TEST_PG;

if (!url) {
  test('store conformance: postgres', { skip: 'LIAISON_TEST_PG (a postgres:// URL) is not set' }, () => {});
} else {
  // Each run gets its own schemas, dropped at the end, so runs never see each other's data.
  const schemas: string[] = [];
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
