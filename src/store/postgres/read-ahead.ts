/**
 * @module Read-ahead for keyset paging on PostgreSQL (TAXII 2.1 section 3.4: `next` / `added_after`). A client that
 * pages a collection asks for page after page of the same query; each page costs a round trip, whose fixed cost
 * (a wake-up of the server process, a plan execution) dwarfs the rows' own on a busy machine. When a query is a
 * continuation (it starts after a position or after `added_after`), the store fetches up to `PREFETCH` pages at once
 * and keeps the rows beyond the page asked for here, so that the next pages come from memory. A first page (from
 * `BEGINNING`) fetches `FIRST_PREFETCH` pages: clients that poll the same first page, or go on to the second, are
 * served from memory too, and one that stops there has cost a little more than its page.
 *
 * Why this never skips nor repeats an entry: a block holds every matching entry in (start, last row], and no entry
 * can join that range later, because a collection's entries get date_added beyond every committed one and commit in
 * date_added order (postgres-store.ts). What a block can miss is a change to entries already in it: a deletion or a
 * flag moving (is_last / is_first / is_latest_spec, when a version is added or removed). This process drops the
 * collection's blocks on its own such writes; another process's become visible after at most `TTL_MS`, as if the
 * page had been read that much earlier.
 */
import type { Micros, PagePosition } from '../types.js';

/** How long a block serves pages (ms): the bound on how stale a page can be after another process's deletion. */
export const TTL_MS = 1000;
/** A continuation query fetches this many pages' worth of rows (up to `MAX_ROWS`). */
export const PREFETCH = 10;
/** A first page fetches this many pages' worth. */
export const FIRST_PREFETCH = 2;
export const MAX_ROWS = 1000;
const MAX_BLOCKS = 32;
/** Blocks kept per query: about one per client paging the same query at the same time. */
const PER_KEY = 8;

interface Keyed {
  dateAdded: Micros;
  id: string;
}

interface Block<T extends Keyed> {
  collection: string;
  /** Exclusive start of the range the block covers (every match after it up to its last row is in `rows`). */
  start: Start;
  rows: T[];
  at: number;
}

/** A start position: after (dateAdded, id); `id` null means after every entry of that date_added (added_after). */
export interface Start {
  dateAdded: Micros;
  id: string | null;
}

/** The start of a query without position nor added_after: before every entry (date_added is never negative). */
export const BEGINNING: Start = Object.freeze({ dateAdded: -1, id: null });

/** The start of a query: the later of its page position and its added_after. */
export function startOf(after: PagePosition | undefined, addedAfter: Micros | undefined): Start | undefined {
  const a: Start | undefined = after ? { dateAdded: after.dateAdded, id: after.id } : undefined;
  const b: Start | undefined = addedAfter !== undefined ? { dateAdded: addedAfter, id: null } : undefined;
  if (!a) return b;
  if (!b) return a;
  return compareStart(a, b) >= 0 ? a : b;
}

/** Orders starts: by dateAdded, then id, a null id (after the whole date_added) last. */
function compareStart(a: Start, b: Start): number {
  if (a.dateAdded !== b.dateAdded) return a.dateAdded < b.dateAdded ? -1 : 1;
  if (a.id === b.id) return 0;
  if (a.id === null) return 1;
  if (b.id === null) return -1;
  return a.id < b.id ? -1 : 1;
}

/** Whether a row lies strictly after a start. */
function isAfter(row: Keyed, s: Start): boolean {
  if (row.dateAdded !== s.dateAdded) return row.dateAdded > s.dateAdded;
  return s.id !== null && row.id > s.id;
}

export class ReadAhead<T extends Keyed> {
  /** Blocks by query key, oldest first; several per key, since several clients may page one query at once. */
  private readonly blocks = new Map<string, Block<T>[]>();
  private count = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * The page of query `key` (collection, filter, content or not: everything but the position) from `start`, when a
   * fresh block covers it with a full page and at least one row after it; undefined otherwise.
   */
  get(key: string, start: Start, limit: number): { items: T[]; more: boolean } | undefined {
    const list = this.blocks.get(key);
    if (!list) return undefined;
    const now = this.now();
    for (let i = list.length - 1; i >= 0; i--) {
      const b = list[i];
      if (now - b.at > TTL_MS) {
        this.remove(key, list, i);
        continue;
      }
      if (compareStart(start, b.start) < 0) continue;
      // The first row after `start` (rows are in (date_added, id) order).
      let lo = 0;
      let hi = b.rows.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (isAfter(b.rows[mid], start)) hi = mid;
        else lo = mid + 1;
      }
      // Only full pages with rows after them: where the block ends, the database is asked (new entries may be there).
      if (b.rows.length - lo > limit) return { items: b.rows.slice(lo, lo + limit), more: true };
    }
    return undefined;
  }

  /**
   * Keeps the rows of a continuation query read from `start` (all of them, in order) for the next pages. A key
   * keeps up to `PER_KEY` blocks (one per client paging it, say), the store up to `MAX_BLOCKS`: the oldest go first.
   */
  put(key: string, collection: string, start: Start, rows: T[]): void {
    this.dropStale();
    let list = this.blocks.get(key);
    if (!list) this.blocks.set(key, (list = []));
    if (list.length >= PER_KEY) this.remove(key, list, 0);
    if (this.count >= MAX_BLOCKS) this.evictOldest();
    list.push({ collection, start, rows, at: this.now() });
    this.count++;
  }

  /** Forgets the blocks of a collection (after this process changed entries already in them). */
  dropCollection(collection: string): void {
    for (const [k, list] of this.blocks) {
      for (let i = list.length - 1; i >= 0; i--) if (list[i].collection === collection) this.remove(k, list, i);
    }
  }

  /** Forgets the blocks past their time to live (so that a query nobody asks again holds no memory). */
  private dropStale(): void {
    const now = this.now();
    for (const [k, list] of this.blocks) {
      for (let i = list.length - 1; i >= 0; i--) if (now - list[i].at > TTL_MS) this.remove(k, list, i);
    }
  }

  private remove(key: string, list: Block<T>[], i: number): void {
    list.splice(i, 1);
    this.count--;
    if (list.length === 0) this.blocks.delete(key);
  }

  private evictOldest(): void {
    let oldestKey: string | undefined;
    let oldestAt = Infinity;
    for (const [k, list] of this.blocks) {
      if (list[0].at < oldestAt) {
        oldestAt = list[0].at;
        oldestKey = k;
      }
    }
    if (oldestKey !== undefined) this.remove(oldestKey, this.blocks.get(oldestKey)!, 0);
  }
}
