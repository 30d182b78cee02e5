/**
 * @module The worker side of the add writer (./writer.ts): a connection of its own to the node's database file,
 * applying batches of `addObjects` calls with the same adder as the event loop would (./adder.ts). Each COMMIT is
 * made with the store's `synchronous` (FULL by default, so it returns only once the WAL is on stable storage),
 * blocking this thread only.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { SqliteAdder, type AddInput, type Settled } from './adder.js';
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

/** Each call's share of a batch, or why the whole batch failed. */
export type WriterReply = { id: number; settled: Settled<ThreadError>[] } | { id: number; failed: ThreadError };

const { path, busyTimeoutMs, synchronous } = workerData as WriterData;
const db = new Database(path);
db.pragma('journal_mode = WAL');
db.pragma(`synchronous = ${synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
db.pragma(`busy_timeout = ${busyTimeoutMs}`);
db.pragma('foreign_keys = ON');
const adder = new SqliteAdder(db);

parentPort!.on('message', (m: WriterRequest) => {
  if ('close' in m) {
    db.close();
    parentPort!.close();
    return;
  }
  let reply: WriterReply;
  try {
    const settled = adder.applyBatch(m.jobs).map((s) => ('result' in s ? s : { error: errorToThread(s.error) }));
    reply = { id: m.id, settled };
  } catch (e) {
    reply = { id: m.id, failed: errorToThread(e) };
  }
  parentPort!.postMessage(reply);
});
