/**
 * @module The worker side of the add writer (./writer.ts): a connection of its own to the node's database file,
 * applying batches of `addObjects` calls with the same adder as the event loop would (./adder.ts).
 *
 * With `synchronous = FULL` each COMMIT waited for the WAL's flush to disk (a few milliseconds) before the next batch
 * could start: the thread idled while the disk worked. So the thread commits with NORMAL (the frames reach the OS, so
 * a killed process loses nothing), says `committed` at once so that the next batch can be sent, and asks a WalSync
 * (./wal-sync.ts) for an `fdatasync` of the WAL on libuv's pool; the batch's calls are answered only once that
 * returns, so what a status reports as a success still survives a power cut. One sync covers every commit before it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { SqliteAdder, type AddInput, type Settled } from './adder.js';
import { WalSync, dataSyncOf, WAL_AUTOCHECKPOINT_PAGES } from './wal-sync.js';
import { errorToThread, type ThreadError } from '../../worker-thread.js';

/** What the writer's thread is started with. */
export interface WriterData {
  path: string;
  busyTimeoutMs: number;
  /** The store's setting (./sqlite-store.ts): FULL unless the node gave up durability on power loss. */
  synchronous: 'FULL' | 'NORMAL';
}

/** A batch to apply, or the order to close the connection. */
export type WriterRequest = { id: number; jobs: readonly AddInput[] } | { close: true };

/**
 * For each batch, in order: `committed` once its transaction is committed (the next batch may come), then each call's
 * share once it is durable, or why the whole batch failed.
 */
export type WriterReply = { id: number; committed: true } | { id: number; settled: Settled<ThreadError>[] } | { id: number; failed: ThreadError };

const { path, busyTimeoutMs, synchronous } = workerData as WriterData;
const db = new Database(path);
db.pragma('journal_mode = WAL');
// FULL is kept by the WalSync below: commits themselves need not wait for the disk.
db.pragma('synchronous = NORMAL');
db.pragma(`busy_timeout = ${busyTimeoutMs}`);
db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
db.pragma('foreign_keys = ON');
// Each call's savepoint keeps the pages it first changes in a statement journal: in memory, not in a temporary file
// (a pwrite per page). A page cache of 64 MiB rather than 2 keeps the indexes the lookups walk in memory as the node
// grows (store bench, 8 batches in flight, four same-run pairs: CPU 30.4-37.6 against 32.6-38.0 µs/obj).
db.pragma('temp_store = MEMORY');
db.pragma('cache_size = -65536');
const adder = new SqliteAdder(db);
const walSync = synchronous === 'FULL' ? new WalSync(dataSyncOf(`${path}-wal`)) : undefined;

parentPort!.on('message', (m: WriterRequest) => {
  if ('close' in m) {
    // The batches committed so far are answered (their syncs settle first), then the connection goes.
    void (walSync?.close() ?? Promise.resolve()).finally(() => {
      db.close();
      parentPort!.close();
    });
    return;
  }
  let settled: Settled<ThreadError>[];
  try {
    settled = adder.applyBatch(m.jobs).map((s) => ('result' in s ? s : { error: errorToThread(s.error) }));
  } catch (e) {
    parentPort!.postMessage({ id: m.id, failed: errorToThread(e) } satisfies WriterReply);
    return;
  }
  parentPort!.postMessage({ id: m.id, committed: true } satisfies WriterReply);
  const answer = () => parentPort!.postMessage({ id: m.id, settled } satisfies WriterReply);
  if (!walSync) answer();
  else walSync.durable().then(answer, (e: unknown) => parentPort!.postMessage({ id: m.id, failed: errorToThread(e) } satisfies WriterReply));
});
