import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
