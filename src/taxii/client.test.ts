/** The TAXII client against a small fake server on a real socket: retries with back-off on 429/5xx, typed errors, paging, chunked POST. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isLiaisonError } from '../errors.js';
import { backoffDelay, TaxiiClient } from './client.js';

async function fake(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => handler(req, res, body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise((r) => server.close(r)), closeAll: () => server.closeAllConnections() };
}

const json = (res: ServerResponse, status: number, doc: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/taxii+json;version=2.1', ...headers });
  res.end(JSON.stringify(doc));
};

test('backoff: full jitter within an exponentially growing window, capped', () => {
  assert.equal(backoffDelay(1, 100, 1000, () => 0.999), 99);
  assert.equal(backoffDelay(4, 100, 1000, () => 0.999), 799);
  assert.equal(backoffDelay(10, 100, 1000, () => 0.999), 999);
  assert.equal(backoffDelay(3, 100, 1000, () => 0), 0);
});

test('retries 429 and 503, then succeeds; sends Basic credentials and the TAXII Accept', async () => {
  let calls = 0;
  const s = await fake((req, res) => {
    calls++;
    assert.equal(req.headers.accept, 'application/taxii+json;version=2.1');
    assert.equal(req.headers.authorization, 'Basic ' + Buffer.from('me:k').toString('base64'));
    if (calls === 1) return json(res, 429, { title: 'slow down' }, { 'Retry-After': '0' });
    if (calls === 2) return json(res, 503, { title: 'busy' });
    json(res, 200, { default: '/api/', api_roots: ['/api/'] });
  });
  const c = new TaxiiClient({ baseUrl: s.url, username: 'me', secret: 'k', backoffBaseMs: 1 });
  assert.equal(await c.resolveApiRoot(null), '/api/');
  assert.equal(calls, 3);
  await s.close();
});

test('typed errors: remote 4xx keeps its title, exhausted retries and dead hosts are TAXII_UNREACHABLE, non-JSON is TAXII_BAD_RESPONSE', async () => {
  const s = await fake((req, res) => {
    if (req.url === '/taxii2/') return json(res, 401, { title: 'the credentials are not valid' });
    if (req.url === '/api/') { res.writeHead(200); return res.end('<html>'); }
    json(res, 500, {});
  });
  const c = new TaxiiClient({ baseUrl: s.url, username: 'me', secret: 'k', attempts: 2, backoffBaseMs: 1 });
  await assert.rejects(c.discovery(), (e) => isLiaisonError(e) && e.code === 'TAXII_REMOTE_ERROR' && e.params.httpStatus === 401 && /not valid/.test(e.message));
  await assert.rejects(c.apiRootInfo('/api/'), (e) => isLiaisonError(e) && e.code === 'TAXII_BAD_RESPONSE');
  await assert.rejects(c.collections('/api/'), (e) => isLiaisonError(e) && e.code === 'TAXII_UNREACHABLE');
  await s.close();
  const dead = new TaxiiClient({ baseUrl: s.url, username: 'me', secret: 'k', attempts: 2, backoffBaseMs: 1 });
  await assert.rejects(dead.discovery(), (e) => isLiaisonError(e) && e.code === 'TAXII_UNREACHABLE' && !e.message.includes(':k'));
});

test('postObjects splits envelopes under max_content_length and merges the status resources', async () => {
  const sizes: number[] = [];
  const s = await fake((req, res, body) => {
    sizes.push(Buffer.byteLength(body));
    const objs = (JSON.parse(body) as { objects: { id: string }[] }).objects;
    json(res, 202, { id: `s${sizes.length}`, status: 'complete', total_count: objs.length, success_count: objs.length, failure_count: 0, pending_count: 0, successes: objs.map((o) => ({ id: o.id, version: 'v' })) });
  });
  const c = new TaxiiClient({ baseUrl: s.url, username: 'me', secret: 'k' });
  const objects = Array.from({ length: 50 }, (_, i) => ({ type: 'note', id: `note--${i}`, content: 'x'.repeat(100) }));
  const big = { type: 'note', id: 'note--big', content: 'y'.repeat(5000) };
  const r = await c.postObjects('/api/', 'c1', [...objects, big], 1000);
  assert.ok(sizes.length > 5 && sizes.every((n) => n <= 1000), JSON.stringify(sizes));
  assert.equal(r.successes.length, 50);
  assert.deepEqual(r.failures.map((f) => f.id), ['note--big']);
  await s.close();
});

test('a server that accepts but never answers is TAXII_UNREACHABLE once the timeout has passed on every attempt', async () => {
  const s = await fake(() => undefined);
  const c = new TaxiiClient({ baseUrl: s.url, username: 'me', secret: 'k', attempts: 2, backoffBaseMs: 1, timeoutMs: 100 });
  await assert.rejects(c.discovery(), (e) => isLiaisonError(e) && e.code === 'TAXII_UNREACHABLE' && /TimeoutError/.test(e.message));
  s.closeAll();
  await s.close();
});

test('the page headers come through: X-TAXII-Date-Added-First/Last and X-Liaison-View', async () => {
  const s = await fake((_req, res) =>
    json(res, 200, { more: true, next: 'n1', objects: [{ id: 'x' }] }, { 'X-TAXII-Date-Added-First': '2024-01-01T00:00:00.000001Z', 'X-TAXII-Date-Added-Last': '2024-01-01T00:00:00.000002Z', 'X-Liaison-View': 'v1' }),
  );
  const c = new TaxiiClient({ baseUrl: s.url, username: 'me', secret: 'k' });
  const page = await c.getObjects('/api/', 'c1', { limit: 5 });
  assert.deepEqual(page, {
    objects: [{ id: 'x' }], more: true, next: 'n1',
    dateAddedFirst: '2024-01-01T00:00:00.000001Z', dateAddedLast: '2024-01-01T00:00:00.000002Z', view: 'v1',
  });
  s.closeAll();
  await s.close();
});
