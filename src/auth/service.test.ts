import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import type { Collection } from '../store/types.js';
import { addUser, authenticate, authenticateKey, authorize, issueApiKey, setPassword } from './service.js';

const FAST = { N: 1 << 10, r: 8, p: 1 };
let store: Store;
let priv: Collection;
let pub: Collection;

before(async () => {
  store = await openSqliteStore({ path: ':memory:' });
  await store.createApiRoot({ name: 'api', title: 'api', versions: [], maxContentLength: 1000 });
  priv = await store.createCollection({ apiRoot: 'api', title: 'private' });
  pub = await store.createCollection({ apiRoot: 'api', title: 'public', public: true });
});
after(() => store.close());

test('a user signs in with a password or with an API key (Basic or Bearer); keys are revocable', async () => {
  const { token, keyId } = await addUser(store, 'alice', { password: 's3cret', scrypt: FAST });
  assert.ok(!(await store.getUser('alice'))!.passwordHash!.includes('s3cret'));
  assert.deepEqual(await authenticate(store, { scheme: 'basic', user: 'alice', secret: 's3cret' }), { user: 'alice', admin: false });
  assert.equal(await authenticate(store, { scheme: 'basic', user: 'alice', secret: 'wrong' }), null);
  assert.equal(await authenticate(store, { scheme: 'basic', user: 'nobody', secret: 's3cret' }), null);
  assert.deepEqual(await authenticate(store, { scheme: 'bearer', token }), { user: 'alice', admin: false, keyId });
  assert.deepEqual(await authenticate(store, { scheme: 'basic', user: 'alice', secret: token }), { user: 'alice', admin: false, keyId });
  const bob = await addUser(store, 'bob', { admin: true });
  // Bob's key does not sign Alice in.
  assert.equal(await authenticate(store, { scheme: 'basic', user: 'alice', secret: bob.token }), null);
  assert.equal(await authenticate(store, { scheme: 'basic', user: 'bob', secret: 'anything' }), null);
  const second = await issueApiKey(store, 'alice', 'laptop');
  await store.revokeApiKey(keyId);
  assert.equal(await authenticateKey(store, token), null);
  assert.equal((await authenticateKey(store, second.token))?.user, 'alice');
  const forged = second.token.slice(0, -3) + 'AAA';
  assert.equal(await authenticateKey(store, forged), null);
  await setPassword(store, 'alice', 'new', FAST);
  assert.ok(await authenticate(store, { scheme: 'basic', user: 'alice', secret: 'new' }));
  await assert.rejects(addUser(store, 'bad name'), /user name/);
  await assert.rejects(addUser(store, 'alice'), /already exists/);
});

test('grants decide reads and writes; admins do everything; public collections are readable by anyone', async () => {
  await addUser(store, 'carol');
  const carol = { user: 'carol', admin: false };
  assert.equal(await authorize(store, null, pub, 'read'), true);
  assert.equal(await authorize(store, null, pub, 'write'), false);
  assert.equal(await authorize(store, null, priv, 'read'), false);
  assert.equal(await authorize(store, carol, priv, 'read'), false);
  await store.setGrant({ user: 'carol', collectionId: priv.id, read: true, write: false });
  assert.equal(await authorize(store, carol, priv, 'read'), true);
  assert.equal(await authorize(store, carol, priv, 'write'), false);
  assert.equal(await authorize(store, carol, pub, 'write'), false);
  assert.equal(await authorize(store, { user: 'root', admin: true }, priv, 'write'), true);
});
