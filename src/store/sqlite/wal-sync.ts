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
