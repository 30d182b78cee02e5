import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CursorCodec, type CursorScope } from './cursor.js';
import { isLiaisonError } from '../errors.js';

const scope: CursorScope = { endpoint: 'objects', collection: 'c1', object: '', query: 't=indicator', caller: 'alice' };
const secret = Buffer.alloc(32, 7);

function refused(fn: () => unknown) {
  assert.throws(fn, (e: unknown) => isLiaisonError(e) && e.code === 'BAD_CURSOR' && e.status === 400);
}

test('a token round-trips within its scope', () => {
  const c = new CursorCodec(secret);
  const t = c.encode({ dateAdded: 1_700_000_000_000_123, id: 'indicator--1' }, scope);
  assert.match(t, /^[A-Za-z0-9_-]+$/);
  assert.deepEqual(c.decode(t, scope), { dateAdded: 1_700_000_000_000_123, id: 'indicator--1' });
  // another codec with the same secret (another process, after a restart) accepts it
  assert.deepEqual(new CursorCodec(Buffer.from(secret)).decode(t, scope).id, 'indicator--1');
});

test('foreign, forged and stale tokens are refused', () => {
  let now = 1_000_000;
  const c = new CursorCodec(secret, 60_000, () => now);
  const t = c.encode({ dateAdded: 5, id: 'x--1' }, scope);
  for (const other of [
    { ...scope, collection: 'c2' },
    { ...scope, query: 't=malware' },
    { ...scope, caller: 'bob' },
    { ...scope, endpoint: 'manifest' },
    { ...scope, object: 'x--1' },
  ]) refused(() => c.decode(t, other));
  refused(() => new CursorCodec(Buffer.alloc(32, 8)).decode(t, scope));
  const forged = Buffer.from(JSON.stringify([0, 'x--0', now]), 'utf8').toString('base64url') + t.slice(-24);
  refused(() => c.decode(forged, scope));
  refused(() => c.decode('abc', scope));
  refused(() => c.decode('', scope));
  now += 61_000;
  refused(() => c.decode(t, scope));
});
