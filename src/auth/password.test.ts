import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword, verifyPassword } from './password.js';

const FAST = { N: 1 << 10, r: 8, p: 1 };

test('scrypt hashes carry their parameters and a per-password salt, and verify', async () => {
  const h1 = await hashPassword('correct horse', FAST);
  const h2 = await hashPassword('correct horse', FAST);
  assert.match(h1, /^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  assert.notEqual(h1, h2);
  assert.equal(await verifyPassword('correct horse', h1), true);
  assert.equal(await verifyPassword('correct horsE', h1), false);
  assert.ok(!h1.includes('correct'));
});

test('the default cost is used when none is given and verifies', async () => {
  const h = await hashPassword('pw');
  assert.match(h, /^scrypt\$32768\$8\$1\$/);
  assert.equal(await verifyPassword('pw', h), true);
});

test('malformed hashes and passwords verify as false, never throw', async () => {
  const good = await hashPassword('x', FAST);
  for (const bad of ['', 'scrypt', 'bcrypt$1$2$3$4$5', 'scrypt$3$8$1$AA$AA', 'scrypt$1048577$8$1$AA$AA', good.slice(0, -2), 'scrypt$1024$8$1$$']) {
    assert.equal(await verifyPassword('x', bad), false, bad);
  }
  assert.equal(await verifyPassword('', good), false);
  assert.equal(await verifyPassword('y'.repeat(2000), good), false);
  await assert.rejects(hashPassword('', FAST), TypeError);
});
