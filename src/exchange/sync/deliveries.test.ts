/**
 * The ledger's `shared` counts what the partner got, not what it could have had: a read of ours served to it through
 * the policy, or a push of ours its status resource acknowledged. Both sides' ledgers then agree.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { nodeLedger } from '../conversation/node-ledger.js';
import { agree, indicator, pair, removeDir, startTestNode, type TestNode } from './testing/nodes.js';

const nodes: TestNode[] = [];
after(async () => {
  for (const n of nodes) {
    await n.close();
    removeDir(n.dir);
  }
});

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
