/**
 * Review of a partner's objects through the JSON API, on three real nodes: A sends to B, whose agreement with A
 * holds A's objects for review; B shares its inbound collection with C (a community peer). What is held reaches
 * no one (C neither syncs nor reads it) until an analyst accepts it; accepted objects keep A as their source (never
 * echoed back to A) and then go on as their marking allows; rejected ones are gone and the refusal is on record.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StixObject } from '../../store/store.js';
import { TaxiiClient } from '../../taxii/client.js';
import { decryptSecret, exchangeSecret } from '../sync/secrets.js';
import { agree, indicator, objectsOf, pair, startTestNode, type TestNode, nodesOfFile } from '../sync/testing/nodes.js';
import { reviewAlias } from './held.js';

const nodes = nodesOfFile();

/** C's own TAXII client at B (the credentials C holds for B), to read B's collections as C does. */
async function clientOfCAtB(c: TestNode): Promise<TaxiiClient> {
  const p = (await c.node.store.getPartner('b'))!;
  const secret = decryptSecret(await exchangeSecret(c.node.store), p.keyCiphertext, 'b');
  return new TaxiiClient({ baseUrl: p.url, username: p.username, secret, attempts: 1 });
}

test('held objects: listed, invisible to other partners until accepted, accepted with provenance kept, rejected on record', async () => {
  const a = await startTestNode('a', ['outbox', 'inbox']);
  const b = await startTestNode('b', ['inbox']);
  const c = await startTestNode('c', ['inbox']);
  nodes.push(a, b, c);
  await pair(a, b, { bAtA: 'client', aAtB: 'organization' });
  await pair(b, c, { bAtA: 'community', aAtB: 'community' });
  await agree(a, 'b', { share: ['outbox'], maxTlp: 'amber' });
  await agree(a, 'b', { inbound: 'inbox' });
  await agree(b, 'a', { inbound: 'inbox', review: true, share: ['inbox'], maxTlp: 'amber' });
  await agree(b, 'c', { share: ['inbox'], maxTlp: 'amber' });
  await agree(c, 'b', { inbound: 'inbox' });

  const keep = indicator('green', { name: 'keep me' });
  const drop = indicator('green', { name: 'drop me' });
  const wait = indicator('clear', { name: 'later' });
  const unmarked = indicator(null);
  await a.node.store.addObjects(a.coll.outbox, [keep, drop, wait, unmarked] as StixObject[], { provenance: { kind: 'user', source: 'admin' } });
  assert.equal((await b.node.exchange.engine.syncPartner('a')).ok, true);
  assert.deepEqual(await objectsOf(b, 'inbox'), [], 'with --review nothing lands in the inbound collection');

  const headers = { accept: 'application/json', authorization: `Bearer ${b.node.created!.adminKey}` };
  const api = async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const r = await b.node.app.inject({ method, url, headers: { ...headers, ...(payload !== undefined && { 'content-type': 'application/json' }) }, ...(payload !== undefined && { payload: JSON.stringify(payload) }) });
    assert.match(String(r.headers['content-type']), /^application\/json/);
    return { status: r.statusCode, body: JSON.parse(r.body) as Record<string, any> };
  };
  const held = await api('GET', '/liaison/v1/partners/a/held');
  assert.equal(held.status, 200, JSON.stringify(held.body));
  assert.deepEqual(held.body.held.map((h: { id: string }) => h.id).sort(), [keep.id, drop.id, wait.id, unmarked.id].sort());
  const h = held.body.held.find((x: { id: string }) => x.id === keep.id);
  assert.equal(h.type, 'indicator');
  assert.equal(h.name, 'keep me');
  assert.equal(h.marking, 'green');
  assert.equal(h.marking_source, 'object');
  assert.match(h.received, /^\d{4}-\d\d-\d\dT/);
  const u = held.body.held.find((x: { id: string }) => x.id === unmarked.id);
  assert.deepEqual([u.marking, u.marking_source], ['amber', 'default'], "an unmarked object shows the agreement's default marking");

  // Held: not shared on. C syncs from B and gets nothing; C cannot even see the held collection.
  assert.equal((await c.node.exchange.engine.syncPartner('b')).ok, true);
  assert.deepEqual(await objectsOf(c, 'inbox'), [], 'nothing held reaches another partner');
  const asC = await clientOfCAtB(c);
  const root = await asC.resolveApiRoot(null);
  const visible = (await asC.collections(root)).map((x) => x.id);
  const reviewId = (await b.node.store.getCollection(reviewAlias('a')))!.id;
  assert.ok(!visible.includes(reviewId), 'the held collection is not listed to a partner');
  await assert.rejects(asC.getObjects(root, reviewId, {}), (e: { params?: { httpStatus?: number } }) => e.params?.httpStatus === 404);

  // Accept one: it lands in the inbound collection, A stays its source, and it leaves the held list.
  const acc = await api('POST', '/liaison/v1/partners/a/held/accept', { ids: [keep.id] });
  assert.equal(acc.status, 200, JSON.stringify(acc.body));
  assert.equal(acc.body.accepted.length, 1);
  assert.equal(acc.body.by, 'admin');
  assert.deepEqual((await objectsOf(b, 'inbox')).map((o) => o.id), [keep.id]);
  const prov = await b.node.store.getProvenance([{ id: keep.id as string, version: keep.modified as string }]);
  assert.deepEqual(prov.map((p) => [p.kind, p.source]), [['partner', 'a']], 'the partner stays the source');

  // Reject one with a reason: gone, and the refusal is on record for sync status.
  const rej = await api('POST', '/liaison/v1/partners/a/held/reject', { ids: [drop.id], reason: 'duplicate of our own report' });
  assert.equal(rej.status, 200, JSON.stringify(rej.body));
  const refusals = await b.node.store.listRefusals({ partner: 'a', side: 'inbound' });
  const r = refusals.find((x) => x.objectId === drop.id);
  assert.equal(r?.code, 'REVIEW_REJECTED');
  assert.match(r?.message ?? '', /admin: duplicate of our own report/);
  const left = (await api('GET', '/liaison/v1/partners/a/held')).body.held.map((x: { id: string }) => x.id).sort();
  assert.deepEqual(left, [wait.id, unmarked.id].sort());
  const reviewed = await api('GET', '/liaison/v1/partners/a/reviewed');
  assert.deepEqual(reviewed.body.decisions.map((d: { id: string; decision: string; by: string }) => [d.id, d.decision, d.by]), [[keep.id, 'accepted', 'admin'], [drop.id, 'rejected', 'admin']]);

  // The ledger: everything A sent counts as received (held, accepted and rejected alike), as A counts it shared.
  const ledgerB = (await api('GET', '/liaison/v1/ledger?partner=a')).body.ledgers[0];
  assert.deepEqual(ledgerB.review, { held: 2, accepted: 1, rejected: 1 });
  const ledgerA = await a.node.app.inject({ method: 'GET', url: '/liaison/v1/ledger?partner=b', headers: { authorization: `Bearer ${a.node.created!.adminKey}` } });
  assert.equal(JSON.parse(ledgerA.body).ledgers[0].objects.shared.total, 4);
  assert.equal(ledgerB.objects.received.total, 4, "both ledgers agree on what went from A to B");

  // What was accepted now goes on as its marking allows; what is still held or was rejected does not.
  assert.equal((await c.node.exchange.engine.syncPartner('b')).ok, true);
  assert.deepEqual((await objectsOf(c, 'inbox')).map((o) => o.id), [keep.id], "A's accepted GREEN reaches B's community peer, nothing else");
  // And never back to A, its source.
  assert.equal((await a.node.exchange.engine.syncPartner('b')).ok, true);
  assert.ok((await b.node.store.listRefusals({ partner: 'a', side: 'ours' })).some((x) => x.objectId === keep.id && x.code === 'ECHO'));
  assert.ok(!(await objectsOf(a, 'inbox')).some((o) => o.id === keep.id));

  // --all takes the rest; mistakes get the CLI's codes.
  const bad = await api('POST', '/liaison/v1/partners/a/held/accept', { ids: [drop.id] });
  assert.deepEqual([bad.status, bad.body.error_code], [404, 'NOT_FOUND'], 'a rejected object is no longer held');
  const neither = await api('POST', '/liaison/v1/partners/a/held/accept', {});
  assert.deepEqual([neither.status, neither.body.error_code], [400, 'USAGE']);
  const notId = await api('POST', '/liaison/v1/partners/a/held/reject', { ids: ['not an id'] });
  assert.deepEqual([notId.status, notId.body.error_code], [400, 'USAGE']);
  const typo = await api('POST', '/liaison/v1/partners/a/held/accept', { all: true, idz: [] });
  assert.deepEqual([typo.status, typo.body.error_code], [400, 'USAGE']);
  const nobody = await api('GET', '/liaison/v1/partners/zz/held');
  assert.deepEqual([nobody.status, nobody.body.error_code], [404, 'NOT_FOUND']);
  const share = await api('POST', '/liaison/v1/partners/c/agreement', { share: [reviewAlias('a')] });
  assert.deepEqual([share.status, share.body.error_code], [400, 'AGREEMENT_INVALID'], 'a held collection cannot be shared');
  const all = await api('POST', '/liaison/v1/partners/a/held/accept', { all: true });
  assert.equal(all.status, 200, JSON.stringify(all.body));
  assert.equal(all.body.accepted.length, 2);
  assert.deepEqual((await api('GET', '/liaison/v1/partners/a/held')).body.held, []);

  // A changes what it shares with B, so B reads A's collection again from the start: what B's analysts decided
  // (accepted or rejected) stays decided and is not held a second time.
  await agree(a, 'b', { share: ['outbox'], maxTlp: 'amber+strict' });
  await new Promise((r) => setTimeout(r, 1100)); // past A's agreement cache
  const again = await b.node.exchange.engine.syncPartner('a');
  assert.equal(again.ok, true);
  assert.equal(again.pulled.reduce((n, p) => n + p.received, 0), 4, 'B read everything again');
  assert.deepEqual((await api('GET', '/liaison/v1/partners/a/held')).body.held, [], 'decided versions are not held again');
});
