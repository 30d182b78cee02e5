/**
 * The node's metadata cache: reads served without the store, and every change that matters to access control
 * (a key revoked, a grant removed, a collection made private, a password changed) seen by the next request, whether
 * it was made through the node's own store or by another process (another connection to the same database).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { addUser, setPassword } from '../auth/service.js';
import { startNode } from './node.js';
import { withMetaCache } from './meta-cache.js';
import { backends, sqliteBackend, TAXII } from '../taxii/testing/harness.js';
import { makeIndicator } from '../store/testing/objects.js';

/** `inner` behind the cache, and how many `getUser` calls reached `inner`. */
function cachedCountingUserReads(inner: Store): { store: Store; reads: () => number } {
  let reads = 0;
  const counting = new Proxy(inner, {
    get(t, p, r) {
      const v = Reflect.get(t, p, r) as unknown;
      if (p === 'getUser' && typeof v === 'function') return (...a: unknown[]) => (reads++, (v as (...x: unknown[]) => unknown).apply(t, a));
      return v;
    },
  });
  return { store: withMetaCache(counting), reads: () => reads };
}

test('cached reads do not reach the store again until something changes', async () => {
  const [backend] = backends();
  const inner = await openStore(await backend.fresh());
  try {
    const { store, reads } = cachedCountingUserReads(inner);
    await store.createUser({ name: 'u', passwordHash: null, admin: false, createdAt: new Date().toISOString() });
    assert.equal((await store.getUser('u'))?.admin, false);
    assert.equal((await store.getUser('u'))?.admin, false);
    assert.equal(reads(), 1, 'second read from the cache');
    const u = await store.getUser('u');
    assert.ok(Object.isFrozen(u), 'cached values are frozen');
    await store.updateUser('u', { admin: true });
    assert.equal((await store.getUser('u'))?.admin, true, 'a write through the store empties the cache');
    assert.equal(reads(), 2);
  } finally {
    await inner.close();
    await backend.cleanup();
  }
});

test('objects stored by the writer thread leave the cache as it is; a change by another connection still counts (SQLite)', async () => {
  const backend = sqliteBackend();
  const config = await backend.fresh();
  const inner = await openStore(config);
  const other = await openStore(config);
  try {
    const { store, reads } = cachedCountingUserReads(inner);
    const nextTurn = () => new Promise((r) => setImmediate(r));
    await store.createApiRoot({ name: 'r', title: 'r', versions: [], maxContentLength: 1 << 20 });
    const c = await store.createCollection({ apiRoot: 'r', title: 'c' });
    await store.createUser({ name: 'u', passwordHash: null, admin: false, createdAt: new Date().toISOString() });
    await store.getUser('u');
    assert.equal(reads(), 1);
    for (let i = 0; i < 3; i++) {
      assert.equal((await store.addObjects(c.id, [makeIndicator(7, i)])).added, 1); // committed by the writer thread
      await nextTurn();
      await store.getUser('u');
    }
    assert.equal(reads(), 1, 'the adds changed nothing the cache holds');
    await other.updateUser('u', { admin: true });
    await nextTurn();
    assert.equal((await store.getUser('u'))?.admin, true, 'a change by another connection counts from the next turn');
    assert.equal(reads(), 2);
  } finally {
    await other.close();
    await inner.close();
    await backend.cleanup();
  }
});

for (const backend of backends()) {
  test(`revocations and grant changes count at once, from this process or another: ${backend.name}`, async () => {
    const config = await backend.fresh();
    // The default cache (60 s entries): another process's change counts through the store's signal, on PostgreSQL
    // as soon as its notification arrives (a few milliseconds).
    const node = await startNode(config, { create: true, rateLimit: 0 });
    const other = await openStore(config); // what `liaison key revoke` in a shell does
    const settle = () => new Promise((r) => setTimeout(r, backend.name === 'postgres' ? 50 : 0));
    try {
      const c = await node.store.createCollection({ apiRoot: 'api', title: 'c' });
      const k1 = await addUser(node.store, 'ann', { password: 'a long enough password', scrypt: { N: 1024, r: 8, p: 1 } });
      await node.store.setGrant({ user: 'ann', collectionId: c.id, read: true, write: false });
      const get = (authorization: string) =>
        node.app.inject({ url: `/api/collections/${c.id}/objects/`, headers: { accept: TAXII, authorization } });
      const bearer = `Bearer ${k1.token}`;
      const basic = `Basic ${Buffer.from('ann:a long enough password').toString('base64')}`;
      for (let i = 0; i < 3; i++) assert.equal((await get(bearer)).statusCode, 200);
      assert.equal((await get(basic)).statusCode, 200);

      // a grant removed by another process
      await other.removeGrant('ann', c.id);
      await settle();
      assert.equal((await get(bearer)).statusCode, 404, 'grant removed elsewhere');
      await other.setGrant({ user: 'ann', collectionId: c.id, read: true, write: false });
      await settle();
      assert.equal((await get(bearer)).statusCode, 200, 'grant given elsewhere');

      // a key revoked by another process, then by this one
      await other.revokeApiKey(parseKeyId(k1.token));
      await settle();
      assert.equal((await get(bearer)).statusCode, 401, 'key revoked elsewhere');
      const k2 = await addUser(node.store, 'bob');
      await node.store.setGrant({ user: 'bob', collectionId: c.id, read: true, write: false });
      assert.equal((await get(`Bearer ${k2.token}`)).statusCode, 200);
      await node.store.revokeApiKey(parseKeyId(k2.token));
      assert.equal((await get(`Bearer ${k2.token}`)).statusCode, 401, 'key revoked here: at once');

      // a password changed elsewhere; a collection made private elsewhere
      assert.equal((await get(basic)).statusCode, 200);
      await setPassword(other, 'ann', 'another long password', { N: 1024, r: 8, p: 1 });
      await settle();
      assert.equal((await get(basic)).statusCode, 401, 'old password refused');
      await other.updateCollection(c.id, { public: true });
      await settle();
      const anon = () => node.app.inject({ url: `/api/collections/${c.id}/objects/`, headers: { accept: TAXII } });
      assert.equal((await anon()).statusCode, 200, 'public');
      await other.updateCollection(c.id, { public: false });
      await settle();
      assert.equal((await anon()).statusCode, 401, 'private again');
    } finally {
      await other.close();
      await node.close();
      await backend.cleanup();
    }
  });
}

function parseKeyId(token: string): string {
  return token.slice('liaison_'.length, 'liaison_'.length + 16);
}
