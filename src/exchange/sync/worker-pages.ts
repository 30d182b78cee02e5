/**
 * @module A long pull's pages read on a worker thread (./pull-worker.ts). Storing a page blocks the event loop (the
 * SQLite write is synchronous), so a reader on the event loop has at most one request in flight while a page is
 * stored, and each store gets one page; read on a worker, the next pages arrive meanwhile and the store takes them
 * all in one transaction, which costs far less per object. The worker is an optimisation, never a condition of
 * correctness: when it cannot start or dies, the reading goes on here from the last page it delivered.
 */
import type { Worker } from 'node:worker_threads';
import type { TaxiiClient, TaxiiClientOptions } from '../../taxii/client.js';
import { readPages, type PulledPage, type ReadState, type ReadTarget } from './page-reader.js';
import type { PullWorkerData, PullWorkerMessage } from './pull-worker.js';
import { errorFromThread, startWorker } from '../../worker-thread.js';

/**
 * The pages from `state` on, read by a worker that may run up to `credits` pages ahead of the caller; `state` follows
 * the pages yielded. `client` reads in place when the worker cannot. With `check`, the worker also checks each page's
 * objects with the node's own validator (`PulledPage.check`).
 */
export async function* pagesOnWorker(
  clientOptions: TaxiiClientOptions,
  client: TaxiiClient,
  target: ReadTarget,
  state: ReadState,
  credits: number,
  check = false,
): AsyncGenerator<PulledPage> {
  let worker: Worker;
  try {
    worker = startWorker(import.meta.url, './pull-worker', { client: clientOptions, target, state: { ...state }, credits, check } satisfies PullWorkerData);
  } catch {
    yield* readPages(client, target, state);
    return;
  }
  const queue: PullWorkerMessage[] = [];
  let gone = false;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  worker.on('message', (m: PullWorkerMessage) => (queue.push(m), signal()));
  worker.on('error', () => ((gone = true), signal()));
  worker.on('exit', () => ((gone = true), signal()));
  try {
    for (;;) {
      while (queue.length === 0 && !gone) await new Promise<void>((r) => (wake = r));
      const m = queue.shift();
      if (!m) {
        // The worker failed to start or died before the end: go on here from the last page it delivered.
        yield* readPages(client, target, state);
        return;
      }
      if (m.kind === 'end') return;
      if (m.kind === 'failed') throw errorFromThread(m.error);
      state.addedAfter = m.state.addedAfter;
      state.next = m.state.next;
      state.lastRead = m.state.lastRead;
      state.tagged = m.state.tagged;
      state.restarts = m.state.restarts;
      yield m.page;
      if (!gone) worker.postMessage({ credit: 1 });
    }
  } finally {
    void worker.terminate();
  }
}
