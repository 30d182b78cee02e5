/**
 * Migration 5 on a database that already holds provenance in the old one-table form: every version keeps its
 * source, default marking, collection and time, and versions recorded together share one source row.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'liaison-prov-migration-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('migration 5 keeps every provenance row of the old table', async () => {
  const path = join(dir, 'liaison.db');
  const db = new Database(path);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  for (const m of MIGRATIONS.filter((x) => x.version <= 4)) {
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, '2026-01-01T00:00:00Z');
  }
  const ins = db.prepare('INSERT INTO provenance (object_id, version, kind, source, default_marking, collection_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const old = [
    ['indicator--00000000-0000-4000-8000-000000000001', '2025-01-01T00:00:00.000Z', 'partner', 'acme', 'amber', 'c1', '2026-01-02T00:00:00.000Z'],
    ['indicator--00000000-0000-4000-8000-000000000002', '2025-01-01T00:00:00.000Z', 'partner', 'acme', 'amber', 'c1', '2026-01-02T00:00:00.000Z'],
    ['indicator--00000000-0000-4000-8000-000000000001', '2025-02-01T00:00:00.000Z', 'user', 'admin', null, 'c2', '2026-01-03T00:00:00.000Z'],
  ] as const;
  for (const r of old) ins.run(...r);
  db.close();

  const store = await openSqliteStore({ path });
  try {
    const got = await store.getProvenance(old.map((r) => ({ id: r[0], version: r[1] })));
    const key = (x: { id: string; version: string }) => `${x.id} ${x.version}`;
    assert.deepEqual(
      got.map((p) => [p.id, p.version, p.kind, p.source, p.defaultMarking ?? null, p.collectionId, p.at]).sort(),
      old.map((r) => [...r]).sort(),
    );
    assert.equal(new Set(got.map(key)).size, 3);
  } finally {
    await store.close();
  }
  const check = new Database(path, { readonly: true });
  assert.equal((check.prepare('SELECT count(*) AS n FROM provenance_sources').get() as { n: number }).n, 2, 'one source row per batch');
  check.close();
});
