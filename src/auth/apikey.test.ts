import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateApiKey, hashSecret, parseApiKey, secretMatches } from './apikey.js';
import { parseAuthorization } from './header.js';

test('API keys: 32 random bytes, a public key id, only the SHA-256 kept', () => {
  const k = generateApiKey();
  const p = parseApiKey(k.token);
  assert.ok(p);
  assert.equal(p.keyId, k.keyId);
  assert.equal(Buffer.from(p.secret, 'base64url').length, 32);
  assert.equal(k.hash, hashSecret(p.secret));
  assert.ok(!k.hash.includes(p.secret));
  assert.equal(secretMatches(p.secret, k.hash), true);
  assert.equal(secretMatches(p.secret.slice(0, -1) + (p.secret.endsWith('A') ? 'B' : 'A'), k.hash), false);
  assert.equal(secretMatches(p.secret, 'abcd'), false);
  assert.notEqual(generateApiKey().token, k.token);
});

test('tokens of another shape are not ours', () => {
  for (const t of ['', 'liaison_', 'liaison_0123456789abcdef_short', 'Bearer x', `liaison_0123456789ABCDEF_${'a'.repeat(43)}`]) {
    assert.equal(parseApiKey(t), null, t);
  }
});

test('Authorization header: Basic, Bearer and Token; malformed ones are null', () => {
  const basic = 'Basic ' + Buffer.from('alice:pa:ss').toString('base64');
  assert.deepEqual(parseAuthorization(basic), { scheme: 'basic', user: 'alice', secret: 'pa:ss' });
  assert.deepEqual(parseAuthorization('Bearer abc'), { scheme: 'bearer', token: 'abc' });
  assert.deepEqual(parseAuthorization('token abc'), { scheme: 'bearer', token: 'abc' });
  const invalidUtf8 = 'Basic ' + Buffer.from([0x61, 0x3a, 0xff, 0xfe]).toString('base64');
  for (const h of [undefined, '', 'Basic', 'Basic !!!', 'Basic ' + Buffer.from('nocolon').toString('base64'), 'Digest x', invalidUtf8, 'Bearer ' + 'a'.repeat(5000)]) {
    assert.equal(parseAuthorization(h), null, String(h).slice(0, 40));
  }
});
