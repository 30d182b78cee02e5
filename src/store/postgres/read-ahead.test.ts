import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BEGINNING, ReadAhead, startOf, TTL_MS } from './read-ahead.js';

const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ dateAdded: from + i, id: `x--${from + i}` }));

test('a block serves full pages after its start, never the page where it ends, and not once stale or dropped', () => {
  let now = 0;
  const ra = new ReadAhead<{ dateAdded: number; id: string }>(() => now);
  ra.put('q', 'c', { dateAdded: 10, id: 'x--10' }, rows(11, 30));
  assert.deepEqual(ra.get('q', { dateAdded: 20, id: 'x--20' }, 5)?.items.map((r) => r.dateAdded), [21, 22, 23, 24, 25]);
  assert.equal(ra.get('q', { dateAdded: 20, id: 'x--20' }, 5)?.more, true);
  // added_after 20 (after every entry of that date_added) is the same start.
  assert.deepEqual(ra.get('q', startOf(undefined, 20)!, 2)?.items.map((r) => r.dateAdded), [21, 22]);
  // The page that would reach the block's end is left to the database; so is a start before the block.
  assert.equal(ra.get('q', { dateAdded: 35, id: 'x--35' }, 5), undefined);
  assert.equal(ra.get('q', { dateAdded: 5, id: 'x--5' }, 2), undefined);
  assert.equal(ra.get('other', { dateAdded: 20, id: 'x--20' }, 2), undefined);
  now = TTL_MS + 1;
  assert.equal(ra.get('q', { dateAdded: 20, id: 'x--20' }, 2), undefined);
  now = 0;
  ra.put('q', 'c', { dateAdded: 10, id: 'x--10' }, rows(11, 30));
  ra.dropCollection('d');
  assert.ok(ra.get('q', { dateAdded: 20, id: 'x--20' }, 2));
  ra.dropCollection('c');
  assert.equal(ra.get('q', { dateAdded: 20, id: 'x--20' }, 2), undefined);
});

test('startOf takes the later of the page position and added_after', () => {
  assert.deepEqual(startOf({ dateAdded: 5, id: 'a' }, 7), { dateAdded: 7, id: null });
  assert.deepEqual(startOf({ dateAdded: 7, id: 'a' }, 7), { dateAdded: 7, id: null });
  assert.deepEqual(startOf({ dateAdded: 8, id: 'a' }, 7), { dateAdded: 8, id: 'a' });
  assert.equal(startOf(undefined, undefined), undefined);
});

test('several clients paging one query each keep their own block', () => {
  const ra = new ReadAhead<{ dateAdded: number; id: string }>(() => 0);
  // Two readers of the same query at different places: the second block does not replace the first.
  ra.put('q', 'c', { dateAdded: 0, id: 'x--0' }, rows(1, 30));
  ra.put('q', 'c', { dateAdded: 100, id: 'x--100' }, rows(101, 30));
  assert.deepEqual(ra.get('q', { dateAdded: 10, id: 'x--10' }, 2)?.items.map((r) => r.dateAdded), [11, 12]);
  assert.deepEqual(ra.get('q', { dateAdded: 110, id: 'x--110' }, 2)?.items.map((r) => r.dateAdded), [111, 112]);
  // Between the blocks, nothing is known.
  assert.equal(ra.get('q', { dateAdded: 50, id: 'x--50' }, 2), undefined);
  // Bounded: a key keeps its newest blocks, the oldest go first.
  for (let i = 0; i < 40; i++) ra.put('q', 'c', { dateAdded: 1000 * (i + 1), id: 'x' }, rows(1000 * (i + 1) + 1, 10));
  assert.equal(ra.get('q', { dateAdded: 10, id: 'x--10' }, 2), undefined);
  assert.ok(ra.get('q', { dateAdded: 40_000, id: 'x' }, 2));
  ra.dropCollection('c');
  assert.equal(ra.get('q', { dateAdded: 40_000, id: 'x' }, 2), undefined);
});

test('a first page block (from BEGINNING) serves the first page again and the pages after it', () => {
  const ra = new ReadAhead<{ dateAdded: number; id: string }>(() => 0);
  ra.put('q', 'c', BEGINNING, rows(1, 4));
  assert.deepEqual(ra.get('q', BEGINNING, 2)?.items.map((r) => r.dateAdded), [1, 2]);
  assert.deepEqual(ra.get('q', startOf(undefined, 1)!, 2)?.items.map((r) => r.dateAdded), [2, 3]);
  // A page reaching the block's end goes to the database (entries added since may follow).
  assert.equal(ra.get('q', BEGINNING, 4), undefined);
  assert.equal(ra.get('q', { dateAdded: 2, id: 'x--2' }, 2), undefined);
});

test('stale blocks of any query are let go when a new block is kept', () => {
  let now = 0;
  const ra = new ReadAhead<{ dateAdded: number; id: string }>(() => now);
  ra.put('a', 'c', BEGINNING, rows(1, 10));
  now = TTL_MS + 1;
  ra.put('b', 'c', BEGINNING, rows(1, 10));
  assert.equal((ra as unknown as { count: number }).count, 1);
  assert.ok(ra.get('b', BEGINNING, 2));
});
