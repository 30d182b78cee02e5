import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runChild } from '../store.conformance.js';
import { openSqliteStore } from './sqlite-store.js';

// A writer process is killed with SIGKILL in the middle of an import; whatever it was told is committed must be
// there after reopening, and the database must pass SQLite's integrity check.
test('SIGKILL during an import loses nothing acknowledged and leaves an intact database', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-crash-'));
  try {
    const path = join(dir, 'liaison.db');
    const setup = await openSqliteStore({ path });
    await setup.createApiRoot({ name: 'api', title: 'api', versions: [], maxContentLength: 1 });
    const c = await setup.createCollection({ apiRoot: 'api', title: 'crash' });
    await setup.close();
    const acknowledged = new Set<string>();
    for (const [round, killAfter] of [[1, 5], [2, 17], [3, 40]] as const) {
      let batches = 0;
      const child = runChild({ config: { kind: 'sqlite', path }, collectionId: c.id, prefix: 900 + round, batches: 10_000, batchSize: 100 }, (line) => {
        if (!line.startsWith('ids ')) return;
        for (const id of line.slice(4).split(',')) acknowledged.add(id);
        // Kill at a moment that is not a batch boundary: a little after the n-th acknowledgement.
        if (++batches === killAfter) setTimeout(() => child.kill('SIGKILL'), 3 + round * 2);
      });
      await assert.rejects(child.done, (e: { signal?: string }) => e.signal === 'SIGKILL');
    }
    assert.ok(acknowledged.size >= 6_200);
    const db = new Database(path);
    assert.deepEqual(db.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
    db.close();
    const store = await openSqliteStore({ path });
    const present = new Set<string>();
    let after;
    for (;;) {
      const p = await store.listManifest(c.id, {}, { after, limit: 5000 });
      for (const e of p.items) present.add(e.id);
      if (!p.more) break;
      after = { dateAdded: p.items[p.items.length - 1].dateAdded, id: p.items[p.items.length - 1].id };
    }
    for (const id of acknowledged) assert.ok(present.has(id), `acknowledged ${id} lost`);
    // Batches are atomic: the store holds whole batches only.
    assert.equal(present.size % 100, 0);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
