/** Test helpers: fresh schemas, and schemas as an older Liaison left them (the first migrations only). */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { MIGRATIONS } from './migrations/index.js';

const url = process.env.LIAISON_TEST_PG;

/** Runs `fn` with a client whose search path is a fresh schema (dropped afterwards). */
export async function withSchema(fn: (c: pg.Client, schema: string) => Promise<void>): Promise<void> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`CREATE SCHEMA ${schema}; SET search_path = ${schema}`);
    await fn(c, schema);
  } finally {
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
  }
}

/** The first `version` migrations applied, as an older Liaison left the schema. */
export async function schemaAt(c: pg.Client, version: number): Promise<void> {
  await c.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  for (const m of MIGRATIONS.slice(0, version)) {
    await c.query('BEGIN');
    await m.prepare?.(c);
    await c.query(m.sql);
    await c.query('INSERT INTO schema_migrations VALUES ($1, $2)', [m.version, 'then']);
    await c.query('COMMIT');
  }
}
