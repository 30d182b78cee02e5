import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isLiaisonError } from '../../errors.js';
import { prepareVersion } from '../record.js';
import { makeIndicator } from '../testing/objects.js';
import { openSqliteStore } from './sqlite-store.js';
import { AddWriter } from './writer.js';
import { WAL_AUTOCHECKPOINT_PAGES } from './wal-sync.js';

async function withDatabase(fn: (path: string, collection: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-writer-'));
  try {
    const path = join(dir, 'node.db');
    const store = await openSqliteStore({ path, addThread: false });
    await store.createApiRoot({ name: 'r', title: 'r', versions: [], maxContentLength: 1 << 20 });
    const c = await store.createCollection({ apiRoot: 'r', title: 'c' });
    await store.close();
    await fn(path, c.id);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the writer thread applies a batch in one transaction; a failing call fails alone, as our error again', async () => {
  await withDatabase(async (path, coll) => {
    const writer = new AddWriter({ path, busyTimeoutMs: 1000, synchronous: 'FULL' });
    const status = { id: 's1', apiRoot: 'r', owner: null, status: 'complete' as const, requestTimestamp: '2026-01-01T00:00:00.000000Z', totalCount: 2, successes: [], failures: [], pendings: [], expiresAt: Date.now() };
    const settled = await writer.apply([
      { collectionId: coll, recs: [makeIndicator(1, 1), makeIndicator(1, 2)].map(prepareVersion), status: { plan: { base: status } } },
      { collectionId: 'no-such-collection', recs: [prepareVersion(makeIndicator(1, 3))] },
      { collectionId: coll, recs: [prepareVersion(makeIndicator(1, 1))] },
    ]);
    assert.ok('result' in settled[0] && settled[0].result.added === 2);
    assert.ok('error' in settled[1] && isLiaisonError(settled[1].error) && settled[1].error.code === 'NOT_FOUND');
    assert.ok('result' in settled[2] && settled[2].result.present === 1);
    await writer.close();
    // Committed: another connection sees the objects and the status completed from the outcomes.
    const store = await openSqliteStore({ path });
    assert.equal(await store.countEntries(coll), 2);
    assert.deepEqual((await store.getStatus('r', 's1'))?.successes.map((s) => s.id), [makeIndicator(1, 1).id, makeIndicator(1, 2).id]);
    await store.close();
  });
});

test('the writer thread says a batch is committed before it answers it (once the WAL is flushed), so the next batch can be sent meanwhile', async () => {
  await withDatabase(async (path, coll) => {
    const writer = new AddWriter({ path, busyTimeoutMs: 1000, synchronous: 'FULL' });
    const order: string[] = [];
    const settled = writer.apply([{ collectionId: coll, recs: [prepareVersion(makeIndicator(3, 1))] }], () => order.push('committed')).then((s) => {
      order.push('answered');
      return s;
    });
    const [first] = await settled;
    assert.ok('result' in first && first.result.added === 1);
    assert.deepEqual(order, ['committed', 'answered']);
    await writer.close();
  });
});

test('a writer thread that cannot open its database fails its batch and reports itself unusable (the store then writes on the event loop)', async () => {
  const writer = new AddWriter({ path: join(tmpdir(), 'no-such-folder-of-liaison', 'node.db'), busyTimeoutMs: 100, synchronous: 'FULL' });
  await assert.rejects(writer.apply([{ collectionId: 'c', recs: [] }]));
  assert.equal(writer.usable, false);
  await writer.close();
});

test('closing the store waits for the batches in flight on the writer thread', async () => {
  await withDatabase(async (path, coll) => {
    const store = await openSqliteStore({ path });
    const calls = Array.from({ length: 20 }, (_, k) => store.addObjects(coll, Array.from({ length: 50 }, (_, i) => makeIndicator(2, k * 50 + i))));
    await store.close();
    for (const r of await Promise.all(calls)) assert.equal(r.added, 50);
    const again = await openSqliteStore({ path });
    assert.equal(await again.countEntries(coll), 1000);
    await again.close();
  });
});

/** Threads of this process (Linux), or undefined elsewhere. */
function threadCount(): number | undefined {
  try {
    return readdirSync('/proc/self/task').length;
  } catch {
    return undefined;
  }
}

test('warm starts the writer thread before any add; a warmed store that took no add closes cleanly', async (t) => {
  if (threadCount() === undefined) return t.skip('no /proc/self/task here to count threads');
  await withDatabase(async (path, coll) => {
    const store = await openSqliteStore({ path });
    const before = threadCount()!;
    store.warm();
    assert.ok(threadCount()! > before, "a thread was started");
    await store.close();
    const again = await openSqliteStore({ path });
    again.warm();
    assert.equal((await again.addObjects(coll, [makeIndicator(3, 1)])).added, 1);
    await again.close();
  });
});

test("both connections checkpoint the WAL every WAL_AUTOCHECKPOINT_PAGES pages, not at SQLite's default of 1,000", async () => {
  await withDatabase(async (path, coll) => {
    const store = await openSqliteStore({ path });
    assert.equal(store.db.pragma('wal_autocheckpoint', { simple: true }), WAL_AUTOCHECKPOINT_PAGES);
    // The writer thread's commits: past 1,000 pages of WAL the default would have checkpointed and restarted the
    // file, which SQLite reuses from its start, so it would stay near 1,000 pages.
    for (let k = 0; k < 60; k++) await store.addObjects(coll, Array.from({ length: 100 }, (_, i) => makeIndicator(3, k * 100 + i)));
    const pages = statSync(`${path}-wal`).size / 4096;
    assert.ok(pages > 1_500 && pages <= WAL_AUTOCHECKPOINT_PAGES + 2_000, `WAL of ${Math.round(pages)} pages`);
    await store.close();
  });
});
