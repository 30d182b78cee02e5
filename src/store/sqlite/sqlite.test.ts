import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isLiaisonError } from '../../errors.js';
import { runStoreConformance } from '../store.conformance.js';
import { openSqliteStore } from './sqlite-store.js';

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
