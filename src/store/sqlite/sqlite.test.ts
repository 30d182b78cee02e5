import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isLiaisonError } from '../../errors.js';
import { runStoreConformance } from '../store.conformance.js';
import { openSqliteStore } from './sqlite-store.js';
import { MIGRATIONS } from './migrations/index.js';
import { idKey } from '../id-key.js';
import { versionKey } from '../time.js';
import Database from 'better-sqlite3';

const dirs: string[] = [];
let n = 0;

runStoreConformance({
  name: 'sqlite',
  async freshConfig() {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-store-'));
    dirs.push(dir);
    return { kind: 'sqlite', path: join(dir, `t${++n}.db`) };
  },
  async cleanup() {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  },
});

test('a new database file is readable by its owner only', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-perm-'));
  try {
    const path = join(dir, 'data', 'liaison.db');
    const store = await openSqliteStore({ path });
    await store.setSetting('x', 1);
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.equal(statSync(path + '-wal').mode & 0o077, 0);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file that is not a SQLite database is refused with a clear error, and left untouched', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-notdb-'));
  try {
    const path = join(dir, 'liaison.db');
    writeFileSync(path, 'this is not a database, just text that happens to be here'.repeat(100));
    await assert.rejects(openSqliteStore({ path }), (e: unknown) => isLiaisonError(e) && e.code === 'FILE_UNREADABLE' && e.message.includes(path));
    assert.ok(readFileSync(path, 'utf8').startsWith('this is not a database'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A database file with the first `version` migrations applied, as an older Liaison left it. */
function databaseAtSchema(path: string, version: number): Database.Database {
  const db = new Database(path);
  // What the store registers on its connections for migration 5.
  db.function('liaison_id_key', { deterministic: true }, (id) => idKey(String(id)));
  db.function('liaison_version_key', { deterministic: true }, (v) => versionKey(String(v)) ?? null);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  for (const m of MIGRATIONS.slice(0, version)) {
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(m.version, 'then');
  }
  return db;
}

test('migration 3 sets is_latest_spec and moves first/last onto the latest spec version of existing entries', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-m3-'));
  try {
    const path = join(dir, 'liaison.db');
    const db = databaseAtSchema(path, 2);
    db.exec("INSERT INTO api_roots VALUES ('a', 'a', NULL, '[]', 1); INSERT INTO collections (seq, id, api_root, title, media_types, created_at) VALUES (1, 'c', 'a', 't', '[]', 'now')");
    const ins = db.prepare("INSERT INTO entries VALUES (1, ?, ?, 'indicator', ?, ?, ?, 0, ?, ?)");
    // x: flags as schema 2 set them (by modified over every spec version); y: one spec version only.
    ins.run(1, 'x', '2.1', 'feb', 'b', 0, 0);
    ins.run(2, 'x', '2.0', 'jan', 'a', 1, 0);
    ins.run(3, 'x', '2.0', 'mar', 'c', 0, 1);
    ins.run(4, 'y', '2.1', 'jan', 'a', 1, 0);
    ins.run(5, 'y', '2.1', 'feb', 'b', 0, 1);
    db.close();
    const store = await openSqliteStore({ path });
    assert.deepEqual(
      store.db.prepare('SELECT date_added AS d, is_latest_spec AS s, is_first AS f, is_last AS l FROM entries ORDER BY date_added').all(),
      [{ d: 1, s: 1, f: 1, l: 1 }, { d: 2, s: 0, f: 0, l: 0 }, { d: 3, s: 0, f: 0, l: 0 }, { d: 4, s: 1, f: 1, l: 0 }, { d: 5, s: 1, f: 0, l: 1 }],
    );
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('migration 5 keys provenance and deliveries by version row and keeps every record, entries found by object id as before', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-m5-'));
  try {
    const path = join(dir, 'liaison.db');
    const db = databaseAtSchema(path, 4);
    db.exec("INSERT INTO api_roots VALUES ('a', 'a', NULL, '[]', 1); INSERT INTO collections (seq, id, api_root, title, media_types, created_at) VALUES (1, 'c', 'a', 't', '[]', 'now')");
    const ver = db.prepare('INSERT INTO object_versions (vid, object_id, vkey, hash, json) VALUES (?, ?, ?, ?, ?)');
    ver.run(1, 'indicator--1', '2024-01-01T00:00:00.100000000Z', 'h1', '{"id":"indicator--1"}');
    ver.run(2, 'ipv4-addr--2', 'sha256:h2', 'h2', '{"id":"ipv4-addr--2"}');
    ver.run(3, 'indicator--3', '2024-02-01T00:00:00.000000000Z', 'h3', '{"id":"indicator--3"}');
    const entry = db.prepare("INSERT INTO entries VALUES (1, ?, ?, ?, '2.1', ?, ?, ?, 1, 1, 1)");
    entry.run(10, 'indicator--1', 'indicator', '2024-01-01T00:00:00.1Z', '2024-01-01T00:00:00.100000000Z', 1);
    entry.run(11, 'ipv4-addr--2', 'ipv4-addr', '1970-01-01T00:00:00.000011Z', '1970-01-01T00:00:00.000011000Z', 2);
    // indicator--3 was deleted from every collection: its provenance is found through its version key.
    const prov = db.prepare("INSERT INTO provenance VALUES (?, ?, 'partner', 'acme', NULL, 'c', 'then')");
    prov.run('indicator--1', '2024-01-01T00:00:00.1Z');
    prov.run('ipv4-addr--2', '1970-01-01T00:00:00.000011Z');
    prov.run('indicator--3', '2024-02-01T00:00:00Z');
    const sent = db.prepare("INSERT INTO deliveries VALUES ('acme', ?, ?, 'then')");
    sent.run('indicator--1', '2024-01-01T00:00:00.1Z');
    sent.run('ipv4-addr--2', '1970-01-01T00:00:00.000011Z');
    db.close();
    const store = await openSqliteStore({ path });
    const asked = [
      { id: 'indicator--1', version: '2024-01-01T00:00:00.1Z' },
      { id: 'ipv4-addr--2', version: '1970-01-01T00:00:00.000011Z' },
      { id: 'indicator--3', version: '2024-02-01T00:00:00Z' },
    ];
    assert.deepEqual((await store.getProvenance(asked)).map((p) => [p.id, p.version, p.source]).sort(), asked.map((a) => [a.id, a.version, 'acme']).sort());
    assert.deepEqual((await store.getDeliveries('acme', asked)).map((d) => [d.id, d.version]).sort(), asked.slice(0, 2).map((a) => [a.id, a.version]));
    const page = await store.getObject('c', 'indicator--1', {}, { limit: 10 });
    assert.deepEqual(page.items.map((o) => o.id), ['indicator--1']);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('versions are found by the key of their whole id: ids that share most of their characters stay apart', async () => {
  const store = await openSqliteStore({ path: ':memory:' });
  try {
    await store.createApiRoot({ name: 'r', title: 'r', versions: [], maxContentLength: 1 << 20 });
    const c = await store.createCollection({ apiRoot: 'r', title: 'c' });
    const base = { type: 'indicator', spec_version: '2.1', created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z', pattern: "[ipv4-addr:value = '198.51.100.1']", pattern_type: 'stix', valid_from: '2024-01-01T00:00:00Z' };
    const ids = ['a', 'b', 'c'].map((x) => `indicator--${x.repeat(8)}-0000-4000-8000-000000000001`);
    const r = await store.addObjects(c.id, ids.map((id, i) => ({ ...base, id, name: `n${i}` })));
    assert.deepEqual(r.outcomes.map((o) => o.status), ['added', 'added', 'added']);
    for (const [i, id] of ids.entries()) {
      const page = await store.getObject(c.id, id, {}, { limit: 10 });
      assert.deepEqual(page.items.map((o) => JSON.parse(o.json).name), [`n${i}`]);
    }
    assert.deepEqual((await store.addObjects(c.id, [{ ...base, id: ids[1], name: 'n1' }])).outcomes.map((o) => o.status), ['present']);
    assert.equal(new Set(ids.map(idKey)).size, 3);
    assert.ok(ids.every((id) => Number.isSafeInteger(idKey(id))));
  } finally {
    await store.close();
  }
});

test('migration 6 moves the key index of existing versions into the large run, where lookups find them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-m6-'));
  try {
    const path = join(dir, 'liaison.db');
    const db = databaseAtSchema(path, 5);
    db.exec("INSERT INTO api_roots VALUES ('a', 'a', NULL, '[]', 1); INSERT INTO collections (seq, id, api_root, title, media_types, created_at) VALUES (1, 'c', 'a', 't', '[]', 'now')");
    const ids = ['indicator--1', 'indicator--2'];
    const ver = db.prepare('INSERT INTO object_versions (vid, object_id, vkey, hash, json, id_key) VALUES (?, ?, ?, ?, ?, ?)');
    const entry = db.prepare("INSERT INTO entries VALUES (1, ?, ?, 'indicator', '2.1', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000000000Z', ?, 1, 1, 1)");
    ids.forEach((id, i) => {
      ver.run(i + 1, id, '2024-01-01T00:00:00.000000000Z', `h${i}`, JSON.stringify({ id }), idKey(id));
      entry.run(10 + i, id, i + 1);
    });
    db.close();
    const store = await openSqliteStore({ path });
    try {
      assert.deepEqual(store.db.prepare('SELECT vid FROM version_keys ORDER BY vid').pluck().all(), [1, 2]);
      assert.equal(store.db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'object_versions_key'").pluck().get(), 0);
      for (const id of ids) assert.deepEqual((await store.getObject('c', id, {}, { limit: 10 })).items.map((o) => o.id), [id]);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
