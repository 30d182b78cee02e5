/** The app's cross-cutting behaviour through inject(): rate limits per key, logs without secrets, 404/405 shapes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { parseApiKey } from '../auth/apikey.js';
import { addUser } from '../auth/service.js';
import { startNode } from '../node/node.js';
import { sqliteBackend, TAXII } from './testing/harness.js';

test('rate limits apply per key, with a TAXII 429', async () => {
  const backend = sqliteBackend();
  const node = await startNode(await backend.fresh(), { create: true, rateLimit: 3, rateWindowMs: 60_000 });
  try {
    const a = (await addUser(node.store, 'a')).token;
    const b = (await addUser(node.store, 'b')).token;
    const get = (key: string) => node.app.inject({ url: '/taxii2/', headers: { accept: TAXII, authorization: `Bearer ${key}` } });
    for (let i = 0; i < 3; i++) assert.equal((await get(a)).statusCode, 200);
    const limited = await get(a);
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.headers['content-type'], TAXII);
    assert.equal(limited.json().error_code, 'RATE_LIMITED');
    assert.equal((await get(b)).statusCode, 200, 'another key has its own budget');
  } finally {
    await node.close();
    await backend.cleanup();
  }
});

test('failed sign-ins are limited per address', async () => {
  const backend = sqliteBackend();
  const node = await startNode(await backend.fresh(), { create: true, rateLimit: 100, maxFailedAuthPerMinute: 5 });
  try {
    const key = node.created!.adminKey;
    const get = (authorization: string) => node.app.inject({ url: '/taxii2/', headers: { accept: TAXII, authorization } });
    for (let i = 0; i < 5; i++) assert.equal((await get('Bearer guess-' + i)).statusCode, 401);
    const blocked = await get(`Bearer ${key}`);
    assert.equal(blocked.statusCode, 429);
    assert.equal(blocked.json().error_code, 'RATE_LIMITED');
    assert.equal((await node.app.inject({ url: '/taxii2/', headers: { accept: TAXII } })).statusCode, 200, 'requests without credentials are not blocked');
  } finally {
    await node.close();
    await backend.cleanup();
  }
});

test('request logs never hold a password, a key or a next token secret', async () => {
  const backend = sqliteBackend();
  let log = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      log += String(chunk);
      cb();
    },
  });
  const node = await startNode(await backend.fresh(), { create: true, rateLimit: 0, logger: { level: 'trace', stream } });
  try {
    const k = await addUser(node.store, 'carol', { password: 'hunter2-but-longer', scrypt: { N: 1024, r: 8, p: 1 } });
    const basic = `Basic ${Buffer.from('carol:hunter2-but-longer').toString('base64')}`;
    for (const authorization of [`Bearer ${k.token}`, `Token ${k.token}`, basic, 'Bearer wrong-key-value', `Basic ${Buffer.from(`carol:${k.token}`).toString('base64')}`]) {
      await node.app.inject({ url: '/api/collections/', headers: { accept: TAXII, authorization } });
    }
    await node.app.inject({ method: 'POST', url: '/api/collections/x/objects/', headers: { accept: TAXII, 'content-type': 'text/plain', authorization: basic }, payload: 'x' });
    assert.ok(log.length > 0, 'something was logged');
    // The secret is base64url and may itself hold '_': take the parsed secret, not a split fragment.
    const secret = parseApiKey(k.token)!.secret;
    for (const s of [secret, 'hunter2-but-longer', Buffer.from('carol:hunter2-but-longer').toString('base64'), 'wrong-key-value']) {
      assert.ok(!log.includes(s), `log holds ${s.slice(0, 6)}…`);
    }
  } finally {
    await node.close();
    await backend.cleanup();
  }
});

test('unknown paths and methods get TAXII error bodies, never 5xx', async () => {
  const backend = sqliteBackend();
  const node = await startNode(await backend.fresh(), { create: true, rateLimit: 0 });
  try {
    const key = node.created!.adminKey;
    for (const [method, url] of [['GET', '/nothing/here/at/all/'], ['PUT', '/taxii2/'], ['PATCH', '/api/'], ['GET', '/api/collections/' + 'x'.repeat(600) + '/']] as const) {
      const r = await node.app.inject({ method, url, headers: { accept: TAXII, authorization: `Bearer ${key}`, 'content-type': TAXII }, payload: method === 'GET' ? undefined : '{}' });
      assert.ok(r.statusCode >= 400 && r.statusCode < 500, `${method} ${url.slice(0, 40)}: ${r.statusCode}`);
      assert.equal(r.headers['content-type'], TAXII);
      assert.equal(typeof r.json().title, 'string');
    }
  } finally {
    await node.close();
    await backend.cleanup();
  }
});
