import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAuthorization } from './auth-header.js';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

test('Basic, Bearer and Token headers', () => {
  assert.equal(parseAuthorization(undefined), undefined);
  assert.deepEqual(parseAuthorization(`Basic ${b64('alice:s3cret:with:colons')}`), { scheme: 'basic', user: 'alice', secret: 's3cret:with:colons' });
  assert.deepEqual(parseAuthorization(`basic ${b64('zoë:pässword')}`), { scheme: 'basic', user: 'zoë', secret: 'pässword' });
  assert.deepEqual(parseAuthorization('Bearer lk_abc.def'), { scheme: 'key', key: 'lk_abc.def' });
  assert.deepEqual(parseAuthorization('Token lk_abc.def'), { scheme: 'key', key: 'lk_abc.def' });
});

test('anything unreadable is malformed', () => {
  for (const h of ['', 'Basic', 'Basic !!!', `Basic ${b64('nocolon')}`, `Basic ${b64(':nouser')}`, `Basic ${b64('u:')}`, 'Digest x', 'Bearer a b', `Basic ${Buffer.from([0xff, 0x3a, 0x61]).toString('base64')}`, 'Bearer ' + 'x'.repeat(5000)]) {
    assert.equal(parseAuthorization(h), 'malformed', h);
  }
});
