/**
 * @module Making committed WAL frames durable off the event loop. SQLite's `synchronous = FULL` fsyncs the WAL
 * inside COMMIT, on the calling thread: with better-sqlite3 that blocks the node's event loop for the whole flush to
 * disk (a few milliseconds per commit, about a quarter of the server's time under ingest). The add path therefore
 * commits with `synchronous = NORMAL` (the frames reach the OS, so a killed process loses nothing) and then asks
 * this syncer for an `fdatasync` of the WAL on libuv's thread pool; callers are acknowledged only once it returns,
 * so what a status reports as a success still survives a power cut. Meanwhile the event loop parses and validates
 * the next requests.
 */
import { open, type FileHandle } from 'node:fs/promises';

/**
 * WAL pages after which a committing connection of ours checkpoints (`wal_autocheckpoint`; SQLite's default is 1,000,
 * 4 MiB). Under ingest each commit rewrites the index pages its random ids land on, so between two checkpoints the
 * WAL holds many copies of the same pages and a checkpoint writes each page once: ten times fewer checkpoints write
 * far fewer pages, and the writer thread, which runs them inside its commits, stalls less often (a checkpoint of this
 * size takes 60-80 ms). Same-run TAXII bench runs (40,000 objects, load 3.6-4.4, two rounds): the writer's time per
 * object 39.2 against 64.0 µs with the default, then 33.8 against 41.2; ingest ahead in six pairs of seven. Every
 * connection takes it, so that the event loop's rare commits do not checkpoint a WAL the writer left large.
 */
export const WAL_AUTOCHECKPOINT_PAGES = 10_000;

/** Flushes the file's data to stable storage. */
export type DataSync = () => Promise<void>;

/**
 * `fdatasync` of the WAL at `path` through one descriptor kept open: SQLite keeps that file (resetting it in place
 * after checkpoints) for as long as a connection of ours is open, and removes it only when the last one closes.
 * Until SQLite has created it there is nothing to flush. `close` releases the descriptor.
 */
export function dataSyncOf(path: string): DataSync & { close(): Promise<void> } {
  let handle: FileHandle | undefined;
  const sync = async () => {
    if (!handle) {
      try {
        handle = await open(path, 'r+');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw e;
      }
    }
    await handle.datasync();
  };
  return Object.assign(sync, {
    close: async () => {
      const h = handle;
      handle = undefined;
      await h?.close();
    },
  });
}

/**
 * Coalesces sync requests: `durable()` settles after a sync that started after the call, and calls made while one
 * sync runs share the single next one (group commit for the flush to disk).
 */
export class WalSync {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(private readonly sync: DataSync & { close?(): Promise<void> }) {}

  /** Waits for the syncs asked for so far, then releases the file. */
  async close(): Promise<void> {
    await this.durable().catch(() => undefined);
    await this.sync.close?.();
  }

  /** Resolves once everything written to the file before this call is on stable storage. */
  durable(): Promise<void> {
    if (!this.running) return this.start();
    // The running sync may have begun before the caller's write: wait for it, then share one more.
    this.next ??= this.running.then(
      () => this.afterRunning(),
      () => this.afterRunning(),
    );
    return this.next;
  }

  private afterRunning(): Promise<void> {
    this.next = null;
    return this.start();
  }

  private start(): Promise<void> {
    const run = this.sync().finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }
}
