import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { WalSync, dataSyncOf } from './wal-sync.js';
import { SqliteStore, openSqliteStore } from './sqlite-store.js';
import { idKey } from '../id-key.js';
import { versionKey } from '../time.js';
import { makeIndicator } from '../testing/objects.js';

/** A sync the test finishes by hand, recording when each one started. */
function manualSync() {
  const started: (() => void)[] = [];
  return {
    started,
    sync: () => new Promise<void>((resolve) => started.push(resolve)),
  };
}

test('a caller is settled only by a sync that started after its call, and waiting callers share one sync', async () => {
  const m = manualSync();
  const wal = new WalSync(m.sync);
  const order: string[] = [];
  const a = wal.durable().then(() => order.push('a'));
  assert.equal(m.started.length, 1);
  // b and c arrive while a's sync runs: their writes may postdate it, so they wait for the next one, together.
  const b = wal.durable().then(() => order.push('b'));
  const c = wal.durable().then(() => order.push('c'));
  assert.equal(m.started.length, 1, 'no second sync while one runs');
  m.started[0]();
  await a;
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(order, ['a'], 'b and c are not settled by the sync that began before them');
  assert.equal(m.started.length, 2, 'one sync for both waiting callers');
  m.started[1]();
  await Promise.all([b, c]);
  assert.deepEqual(order, ['a', 'b', 'c']);
});

test('a failed sync rejects its callers and the next caller gets a new sync', async () => {
  let calls = 0;
  const wal = new WalSync(async () => {
    if (++calls === 1) throw new Error('EIO');
  });
  await assert.rejects(wal.durable(), /EIO/);
  await wal.durable();
  assert.equal(calls, 2);
});

test('dataSyncOf flushes an existing file and treats a removed WAL as nothing left to flush', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-walsync-'));
  try {
    const absent = dataSyncOf(join(dir, 'absent-wal'));
    await absent();
    await absent.close();
    const store = await openSqliteStore({ path: join(dir, 'liaison.db') });
    await store.createApiRoot({ name: 'api', title: 'api', versions: [], maxContentLength: 1 });
    const c = await store.createCollection({ apiRoot: 'api', title: 'c' });
    // Concurrent adds go through the deferred sync and every one is answered; close settles the last ones.
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => store.addObjects(c.id, [makeIndicator(7, i)])));
    assert.deepEqual(results.map((r) => r.added), [1, 1, 1, 1, 1]);
    const wal = dataSyncOf(join(dir, 'liaison.db-wal'));
    await wal();
    await wal.close();
    const last = store.addObjects(c.id, [makeIndicator(7, 99)]);
    await store.close();
    assert.equal((await last).added, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Waits up to `turns` turns of the event loop for `ok`; false if it never held. */
async function within(turns: number, ok: () => boolean | Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < turns; i++) {
    if (await ok()) return true;
    await new Promise((r) => setImmediate(r));
  }
  return false;
}

test('the next batch is applied while the last one is still being flushed to disk; each call is answered once its own flush is done', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-walsync-'));
  try {
    const db = new Database(join(dir, 'liaison.db'));
    db.pragma('journal_mode = WAL');
    db.function('liaison_id_key', { deterministic: true }, (id) => idKey(String(id)));
    db.function('liaison_version_key', { deterministic: true }, (v) => versionKey(String(v)) ?? null);
    const m = manualSync();
    // The add path on the event loop (no writer thread), its WAL flushed by a sync this test finishes by hand.
    const store = new SqliteStore(db, new WalSync(m.sync));
    await store.migrate();
    await store.createApiRoot({ name: 'api', title: 'api', versions: [], maxContentLength: 1 });
    const c = await store.createCollection({ apiRoot: 'api', title: 'c' });
    let firstAnswered = false;
    const first = store.addObjects(c.id, [makeIndicator(8, 1)]).then((r) => ((firstAnswered = true), r));
    assert.ok(await within(1000, () => m.started.length === 1), 'the first batch is committed and its flush begins');
    const second = store.addObjects(c.id, [makeIndicator(8, 2)]);
    assert.ok(await within(1000, async () => (await store.countEntries(c.id)) === 2), 'the second batch is committed while the first is flushed');
    assert.equal(firstAnswered, false, 'the first call is not answered before its flush is done');
    m.started[0]();
    assert.equal((await first).added, 1);
    // The second batch committed after the first flush began: it needs a flush of its own.
    assert.ok(await within(1000, () => m.started.length === 2));
    m.started[1]();
    assert.equal((await second).added, 1);
    const closed = store.close();
    assert.ok(await within(1000, () => m.started.length === 3), 'closing flushes once more');
    m.started[2]();
    await closed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
