/**
 * @module Validating posted envelopes on worker threads (TAXII 2.1 §5.5): the STIX validator costs as much CPU per
 * object as storing it, and on the event loop it delays every other request. The server hands the envelope's JSON
 * text (a string copy, cheaper than cloning objects) to a worker, which parses and validates it and answers one
 * verdict per object; meanwhile the event loop serves other requests. Any failure of a worker (it died, it answered
 * nothing usable) makes the caller validate on its own thread instead: the pool is an optimisation, never a
 * condition of correctness.
 */
import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { ObjectsCheck } from './object-check.js';
import { startWorker } from '../worker-thread.js';

/**
 * Checks the objects of an envelope's JSON text (./object-check.ts); null when the pool cannot (validate in place
 * then).
 */
export type EnvelopeValidator = (text: string) => Promise<ObjectsCheck | null>;

interface Slot {
  worker: Worker;
  /** Set once the worker has loaded the validator: until then envelopes are validated in place. */
  ready: boolean;
  pending: Map<number, (v: ObjectsCheck | null) => void>;
}

export class ValidationPool {
  private readonly slots: (Slot | null)[];
  private nextId = 1;
  private turn = 0;
  private closed = false;

  /** `size` workers (default: one less than the CPUs, at least one), started on first use (see `warm`). */
  constructor(size = Math.max(1, availableParallelism() - 1)) {
    this.slots = Array.from({ length: size }, () => null);
  }

  private slot(): Slot | null {
    if (this.closed) return null;
    const i = this.turn++ % this.slots.length;
    const existing = this.slots[i];
    if (existing) return existing;
    let worker: Worker;
    try {
      worker = startWorker(import.meta.url, './validate-worker');
    } catch {
      return null;
    }
    const slot: Slot = { worker, ready: false, pending: new Map() };
    const fail = () => {
      for (const r of slot.pending.values()) r(null);
      slot.pending.clear();
      if (this.slots[i] === slot) this.slots[i] = null; // started afresh on next use
    };
    worker.on('message', (m: { id: number; check: ObjectsCheck | null; ready?: true }) => {
      if (m.ready) {
        slot.ready = true;
        return;
      }
      const r = slot.pending.get(m.id);
      slot.pending.delete(m.id);
      r?.(m.check);
      if (slot.pending.size === 0) worker.unref();
    });
    worker.on('error', fail);
    worker.on('exit', fail);
    worker.unref();
    this.slots[i] = slot;
    return slot;
  }

  /** Verdicts for the objects of `text`, in order; null when no worker could do it. */
  readonly validate: EnvelopeValidator = (text) => {
    const slot = this.slot();
    if (!slot?.ready) return Promise.resolve(null);
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.pending.set(id, resolve);
      slot.worker.ref(); // an answer is awaited: keep the process alive for it
      try {
        slot.worker.postMessage({ id, text });
      } catch {
        slot.pending.delete(id);
        resolve(null);
      }
    });
  };

  /** Starts the workers now rather than on the first envelope. */
  warm(): void {
    for (let i = 0; i < this.slots.length; i++) this.slot();
  }

  /** Stops the workers; later calls answer null. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s?.worker.terminate()));
    this.slots.fill(null);
  }
}
