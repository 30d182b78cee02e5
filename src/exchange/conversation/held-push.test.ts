/**
 * A partner's PUSH under `agreement set … --review`, from the user's side on three real nodes: A pushes into B's
 * inbound collection over TAXII; B's agreement with A holds A's objects for review; B shares its inbound collection
 * with C. What A pushes is held (review.a), exactly like what B pulls: nothing is in B's inbound collection and
 * nothing reaches C until an analyst accepts it; A's TAXII status reports each held object as a success that says
 * it is held; accepted ones keep A as their source; decided ones are not held again when A pushes them anew.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StixObject } from '../../store/store.js';
import { agree, indicator, objectsOf, pair, startTestNode, type TestNode, nodesOfFile } from '../sync/testing/nodes.js';
import { reviewAlias } from './held.js';

const nodes = nodesOfFile();

test("a partner's push is held for review like a pull: not in the inbound collection, not shared on, until accepted", async () => {
  const a = await startTestNode('a', ['outbox']);
  const b = await startTestNode('b', ['inbox']);
  const c = await startTestNode('c', ['inbox']);
  nodes.push(a, b, c);
  await pair(a, b, { bAtA: 'client', aAtB: 'organization' });
  await pair(b, c, { bAtA: 'community', aAtB: 'community' });
  await agree(b, 'a', { inbound: 'inbox', review: true });
  await agree(b, 'c', { share: ['inbox'], maxTlp: 'amber' });
  await agree(c, 'b', { inbound: 'inbox' });
  await agree(a, 'b', { share: ['outbox'], maxTlp: 'amber', pushTo: b.coll.inbox });

  const keep = indicator('green', { name: 'keep me' });
  const drop = indicator('green', { name: 'drop me' });
  const wait = indicator('clear', { name: 'later' });
  await a.node.store.addObjects(a.coll.outbox, [keep, drop, wait] as StixObject[], { provenance: { kind: 'user', source: 'admin' } });

  // A pushes: B accepts the post (a success for each object, saying it is held) but stores it apart.
  const push = await a.node.exchange.engine.syncPartner('b');
  assert.equal(push.ok, true, JSON.stringify(push.error));
  assert.deepEqual(push.pushed.map((p) => [p.sent, p.accepted, p.refusedTheirs]), [[3, 3, 0]]);
  assert.deepEqual(await objectsOf(b, 'inbox'), [], 'with --review nothing pushed lands in the inbound collection');
  const heldId = (await b.node.store.getCollection(reviewAlias('a')))!.id;
  assert.deepEqual((await objectsOf(b, heldId)).map((o) => o.id).sort(), [keep.id, drop.id, wait.id].sort());
  const prov = await b.node.store.getProvenance([{ id: keep.id as string, version: keep.modified as string }]);
  assert.deepEqual(prov.map((p) => [p.kind, p.source, p.defaultMarking]), [['partner', 'a', 'amber']], "held with the partner's provenance, as a pulled object is");

  // The status A got says what became of each object.
  const raw = await b.node.app.inject({
    method: 'POST', url: `/api/collections/${b.coll.inbox}/objects/`,
    headers: {
      authorization: `Bearer ${await keyOfAAtB(a)}`, accept: 'application/taxii+json;version=2.1', 'content-type': 'application/taxii+json;version=2.1',
    },
    payload: JSON.stringify({ objects: [keep, indicator('amber', { name: 'direct' })] }),
  });
  assert.equal(raw.statusCode, 202, raw.body);
  const status = JSON.parse(raw.body) as { status: string; success_count: number; successes: { id: string; message?: string }[]; failure_count: number };
  assert.deepEqual([status.status, status.success_count, status.failure_count], ['complete', 2, 0]);
  for (const s of status.successes) assert.match(s.message ?? '', /HELD_FOR_REVIEW|already/, JSON.stringify(s));
  assert.deepEqual(await objectsOf(b, 'inbox'), [], 'a direct POST by the partner is held too');

  // The same review as for pulled objects: the CLI's and the API's held list shows them all.
  const api = async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const r = await b.node.app.inject({
      method, url,
      headers: { accept: 'application/json', authorization: `Bearer ${b.node.created!.adminKey}`, ...(payload !== undefined && { 'content-type': 'application/json' }) },
      ...(payload !== undefined && { payload: JSON.stringify(payload) }),
    });
    return { status: r.statusCode, body: JSON.parse(r.body) as Record<string, any> };
  };
  const held = (await api('GET', '/liaison/v1/partners/a/held')).body.held as { id: string }[];
  assert.equal(held.length, 4);

  // Held objects never reach a third partner.
  assert.equal((await c.node.exchange.engine.syncPartner('b')).ok, true);
  assert.deepEqual(await objectsOf(c, 'inbox'), [], 'nothing held reaches C');

  // Accept one, reject one: the accepted one lands in the inbound collection with A as its source and goes on to C.
  assert.equal((await api('POST', '/liaison/v1/partners/a/held/accept', { ids: [keep.id] })).status, 200);
  assert.equal((await api('POST', '/liaison/v1/partners/a/held/reject', { ids: [drop.id], reason: 'no' })).status, 200);
  assert.deepEqual((await objectsOf(b, 'inbox')).map((o) => o.id), [keep.id]);
  assert.deepEqual((await b.node.store.getProvenance([{ id: keep.id as string, version: keep.modified as string }])).map((p) => p.source), ['a']);
  assert.equal((await c.node.exchange.engine.syncPartner('b')).ok, true);
  assert.deepEqual((await objectsOf(c, 'inbox')).map((o) => o.id), [keep.id], 'accepted GREEN reaches the community peer');

  // A changes its agreement and pushes everything again: decided versions are not held a second time.
  await agree(a, 'b', { share: ['outbox'], maxTlp: 'amber+strict', pushTo: b.coll.inbox });
  const again = await a.node.exchange.engine.syncPartner('b');
  assert.equal(again.ok, true);
  assert.deepEqual(again.pushed.map((p) => p.accepted), [3], 'B answers every object with a success');
  const left = ((await api('GET', '/liaison/v1/partners/a/held')).body.held as { id: string }[]).map((h) => h.id);
  assert.ok(!left.includes(String(keep.id)) && !left.includes(String(drop.id)), 'accepted and rejected versions are not held again');
  assert.ok(left.includes(String(wait.id)));
});

/** A's key at B (the one A's partner record holds), for a direct TAXII POST as A. */
async function keyOfAAtB(a: TestNode): Promise<string> {
  const { decryptSecret, exchangeSecret } = await import('../sync/secrets.js');
  const p = (await a.node.store.getPartner('b'))!;
  return decryptSecret(await exchangeSecret(a.node.store), p.keyCiphertext, 'b');
}
