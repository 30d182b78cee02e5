/**
 * @module A bounded queue between one producer and one consumer (the sync engine fetches the next page while the
 * previous ones are being stored). The producer waits while `capacity` weight is queued; the consumer takes
 * everything queued at once, up to `batch` weight, so that a slow store gets bigger transactions and a slow
 * partner gets pages stored as they come.
 */
export class Pipe<T> {
  private readonly items: { item: T; weight: number }[] = [];
  private queued = 0;
  private closed = false;
  private wakeConsumer: (() => void) | undefined;
  private wakeProducer: (() => void) | undefined;

  constructor(private readonly capacity: number, private readonly batch: number) {}

  /** Queues `item`; resolves false (and drops it) once the consumer closed the pipe. */
  async put(item: T, weight: number): Promise<boolean> {
    while (!this.closed && this.queued > 0 && this.queued + weight > this.capacity) {
      await new Promise<void>((r) => (this.wakeProducer = r));
    }
    if (this.closed) return false;
    this.items.push({ item, weight });
    this.queued += weight;
    this.wake('consumer');
    return true;
  }

  /** Ended and nothing left to take. */
  get drained(): boolean {
    return this.closed && this.items.length === 0;
  }

  /** No more items will come (the consumer still takes what is queued). */
  end(): void {
    this.closed = true;
    this.wake('consumer');
    this.wake('producer');
  }

  /** The queued items, at least one and up to `batch` weight (more when one item alone is heavier); [] at the end. */
  async take(): Promise<T[]> {
    while (this.items.length === 0 && !this.closed) await new Promise<void>((r) => (this.wakeConsumer = r));
    const out: T[] = [];
    let weight = 0;
    while (this.items.length > 0 && (out.length === 0 || weight + this.items[0].weight <= this.batch)) {
      const next = this.items.shift()!;
      out.push(next.item);
      weight += next.weight;
    }
    this.queued -= weight;
    this.wake('producer');
    return out;
  }

  private wake(who: 'consumer' | 'producer'): void {
    const f = who === 'consumer' ? this.wakeConsumer : this.wakeProducer;
    if (who === 'consumer') this.wakeConsumer = undefined;
    else this.wakeProducer = undefined;
    f?.();
  }
}
