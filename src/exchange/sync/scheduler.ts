/**
 * @module Continuous sync for `liaison serve`: every partner on an interval, and a push soon after a local write
 * (so a POST here reaches a partner we push to well within a second). One run per partner at a time; a trigger
 * during a run schedules one more run after it.
 */
import type { Store } from '../../store/store.js';
import type { SyncEngine, SyncReport } from './engine.js';

export interface SchedulerOptions {
  intervalMs: number;
  /** Delay after a write before the triggered run (gathers a burst of writes into one run). */
  debounceMs?: number;
  onReport?: (r: SyncReport) => void;
}

export class SyncScheduler {
  private timer: NodeJS.Timeout | undefined;
  private pending: NodeJS.Timeout | undefined;
  private again = false;
  private busy: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly store: Store, private readonly engine: SyncEngine, private readonly options: SchedulerOptions) {}

  start(): void {
    const tick = () => {
      if (this.stopped) return;
      this.runAll().finally(() => {
        if (!this.stopped) this.timer = setTimeout(tick, this.options.intervalMs);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  /** A local write happened: sync soon. */
  trigger(): void {
    if (this.stopped || this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      void this.runAll();
    }, this.options.debounceMs ?? 20);
  }

  private runAll(): Promise<void> {
    if (this.busy) {
      this.again = true;
      return this.busy;
    }
    this.busy = (async () => {
      do {
        this.again = false;
        try {
          for (const p of await this.store.listPartners()) {
            if (this.stopped) return;
            const r = await this.engine.syncPartner(p.name);
            this.options.onReport?.(r);
          }
        } catch {
          // The store is closing or a partner vanished: the next tick tries again.
        }
      } while (this.again && !this.stopped);
    })().finally(() => (this.busy = undefined));
    return this.busy;
  }

  /** Stops the timers and waits for the current run. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.pending);
    await this.busy;
  }
}
