/**
 * The ledger's `shared` counts what the partner got, not what it could have had: a read of ours served to it through
 * the policy, or a push of ours its status resource acknowledged. Both sides' ledgers then agree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeLedger } from '../conversation/node-ledger.js';
import { agree, indicator, pair, startTestNode, type TestNode, nodesOfFile } from './testing/nodes.js';

const nodes = nodesOfFile();

const ledgerOf = async (n: TestNode, partner: string) => {
  const [l] = await nodeLedger(n.node.store, n.node.exchange.outbound, { partner });
  return l;
};

test('shared = read by the partner or acknowledged by it; both ledgers agree', async () => {
  const a = await startTestNode('a', ['outbox', 'inbox']);
  const b = await startTestNode('b', ['outbox', 'inbox']);
  nodes.push(a, b);
  await pair(a, b, { bAtA: 'community', aAtB: 'community' });
  await agree(a, 'b', { share: ['outbox'], maxTlp: 'green', inbound: 'inbox' });
  await agree(b, 'a', { inbound: 'inbox' });
  await a.node.store.addObjects(a.coll.outbox, [indicator('green'), indicator('clear'), indicator('amber')] as never[], { provenance: { kind: 'user', source: 'admin' } });

  assert.equal((await ledgerOf(a, 'b')).objects.shared.total, 0, 'offered but not yet read: nothing shared');
  assert.equal((await b.node.exchange.engine.syncPartner('a')).ok, true);
  const atA = await ledgerOf(a, 'b');
  const atB = await ledgerOf(b, 'a');
  assert.equal(atA.objects.shared.total, 2, 'GREEN and CLEAR read by B; AMBER never served');
  assert.deepEqual(atA.objects.shared, atB.objects.received);

  // Pushes count once the partner acknowledged them.
  await agree(b, 'a', { share: ['outbox'], maxTlp: 'green', pushTo: a.coll.inbox });
  await b.node.store.addObjects(b.coll.outbox, [indicator('green')] as never[], { provenance: { kind: 'user', source: 'admin' } });
  assert.equal((await ledgerOf(b, 'a')).objects.shared.total, 0);
  assert.equal((await b.node.exchange.engine.syncPartner('a')).ok, true);
  const bShared = (await ledgerOf(b, 'a')).objects.shared;
  assert.equal(bShared.total, 1);
  assert.deepEqual(bShared, (await ledgerOf(a, 'b')).objects.received);
});

test('only objects served count: manifests, version lists and the existence check behind a 404 deliver nothing', async () => {
  const a = await startTestNode('a', ['outbox']);
  const b = await startTestNode('b', ['inbox']);
  nodes.push(a, b);
  await pair(a, b, { bAtA: 'community', aAtB: 'community' });
  await agree(a, 'b', { share: ['outbox'], maxTlp: 'green' });
  const green = indicator('green');
  const amber = indicator('amber');
  await a.node.store.addObjects(a.coll.outbox, [green, amber] as never[], { provenance: { kind: 'user', source: 'admin' } });
  const p = (await b.node.store.getPartner('a'))!;
  const { decryptSecret, exchangeSecret } = await import('./secrets.js');
  const key = decryptSecret(await exchangeSecret(b.node.store), p.keyCiphertext, 'a');
  const get = async (path: string) => (await a.node.app.inject({
    method: 'GET', url: `/api/collections/${a.coll.outbox}/${path}`, headers: { authorization: `Bearer ${key}`, accept: 'application/taxii+json;version=2.1' },
  })).statusCode;
  assert.equal(await get('manifest/'), 200);
  assert.equal(await get(`objects/${green.id}/versions/`), 200);
  assert.equal(await get(`objects/${amber.id}/`), 404, 'the AMBER is withheld: 404');
  assert.equal(await get(`objects/${amber.id}/versions/`), 404);
  assert.equal((await ledgerOf(a, 'b')).objects.shared.total, 0, 'nothing served yet');
  assert.equal(await get(`objects/${green.id}/`), 200);
  assert.equal((await ledgerOf(a, 'b')).objects.shared.total, 1, 'the one object served');
  assert.equal(await get('objects/'), 200);
  assert.equal((await ledgerOf(a, 'b')).objects.shared.total, 1, 'served twice, delivered once');
});
