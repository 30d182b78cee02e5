/**
 * @module The add path's writer thread. better-sqlite3 is synchronous, so on the event loop every add transaction
 * (its inserts, its commit) stalled all parsing and validation: under ingest it took about 45% of the event loop.
 * Here the transactions run on a worker thread with its own connection to the same file (./writer-thread.ts), while
 * the event loop goes on with the next requests; batches still go one at a time, so calls that arrive meanwhile
 * share the next one (group commit). The writer is an optimisation, never a condition of correctness: when its
 * thread fails, the batches in flight fail (nothing of them was acknowledged) and the store applies the next ones on
 * the event loop again.
 */
import type { Worker } from 'node:worker_threads';
import { errorFromThread, startWorker } from '../../worker-thread.js';
import type { AddInput, Settled } from './adder.js';
import type { WriterData, WriterReply, WriterRequest } from './writer-thread.js';

interface Waiting {
  committed?(): void;
  resolve(settled: Settled[]): void;
  reject(error: unknown): void;
}

export class AddWriter {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private failed = false;
  private closing = false;
  private readonly exited: Promise<void>;

  constructor(data: WriterData) {
    this.worker = startWorker(import.meta.url, './writer-thread', data);
    this.worker.on('message', (m: WriterReply) => {
      if ('committed' in m) {
        this.waiting.get(m.id)?.committed?.();
        return;
      }
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      // Idle, it does not keep the process alive; closing, it does until it has gone.
      if (this.waiting.size === 0 && !this.closing) this.worker.unref();
      if (!w) return;
      if ('failed' in m) w.reject(errorFromThread(m.failed));
      else w.resolve(m.settled.map((s) => ('result' in s ? s : { error: errorFromThread(s.error) })));
    });
    this.worker.on('error', (e) => this.fail(e));
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', (code) => {
        if (!this.closing) this.fail(new Error(`the store's writer thread stopped (exit code ${code})`));
        resolve();
      }),
    );
    // Idle, it does not keep the process alive (see `apply`).
    this.worker.unref();
  }

  /** False once the thread has failed: apply on the event loop then. */
  get usable(): boolean {
    return !this.failed && !this.closing;
  }

  /**
   * Applies the calls in one transaction on the writer's thread; settles once it is committed and on disk.
   * `committed` is called as soon as the transaction is committed (the disk may still be flushing it): the next
   * batch can be sent then.
   */
  apply(jobs: readonly AddInput[], committed?: () => void): Promise<Settled[]> {
    const id = this.nextId++;
    return new Promise<Settled[]>((resolve, reject) => {
      this.waiting.set(id, { committed, resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ id, jobs } satisfies WriterRequest);
    });
  }

  /** Closes the thread's connection once the batches in flight are answered. */
  async close(): Promise<void> {
    if (this.closing) return this.exited;
    this.closing = true;
    if (!this.failed) {
      this.worker.ref();
      this.worker.postMessage({ close: true } satisfies WriterRequest);
    }
    await this.exited;
  }

  private fail(error: unknown): void {
    this.failed = true;
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }
}
