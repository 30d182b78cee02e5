/**
 * Requests over sync between real nodes: a request reaches exactly the partner it names (not another partner that
 * reads the same exchange collection), its answer comes back, and the JSON API shows the same thread and ledger.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agree, objectsOf, pair, startTestNode, nodesOfFile } from '../sync/testing/nodes.js';
import { ensureConversation, openRequest, respond, showThread } from './node-conversation.js';

const nodes = nodesOfFile();

test('a request reaches only the partner named, is answered by sync, and the API shows the thread and ledger', async () => {
  const a = await startTestNode('a', ['inbox']);
  const b = await startTestNode('b', ['inbox']);
  const c = await startTestNode('c', ['inbox']);
  nodes.push(a, b, c);
  await pair(a, b, { bAtA: 'client', aAtB: 'community' });
  await pair(a, c, { bAtA: 'client', aAtB: 'community' });
  for (const [n, p] of [[a, 'b'], [a, 'c'], [b, 'a'], [c, 'a']] as const) {
    await agree(n, p, { inbound: 'inbox', maxTlp: 'amber' });
    await ensureConversation(n.node.store, p);
  }
  const about = 'threat-actor--11111111-2222-4333-8444-555555555555';
  const req = await openRequest(a.node.store, { to: 'b', kind: 'action', about: [about], text: 'Tell us and we will act.' });
  for (const n of [b, c]) assert.equal((await n.node.exchange.engine.syncPartner('a')).ok, true);
  assert.ok((await objectsOf(b, 'inbox')).some((o) => o.id === req.id), 'B, the party asked, has the request');
  assert.ok(!(await objectsOf(c, 'inbox')).some((o) => o.id === req.id), 'C, another partner, never gets it');
  assert.ok((await a.node.store.listRefusals({ partner: 'c' })).some((r) => r.objectId === req.id && r.code === 'RED_NOT_NAMED'), 'why it did not go to C is recorded');

  await respond(b.node.store, { request: req.id, status: 'declined', text: 'Out of our remit.' });
  assert.equal((await a.node.exchange.engine.syncPartner('b')).ok, true);
  const atA = await showThread(a.node.store, req.id);
  const atB = await showThread(b.node.store, req.id);
  assert.equal(atA.thread.status, 'declined');
  assert.deepEqual(atA.thread, atB.thread);

  const key = a.node.created?.adminKey;
  assert.ok(key);
  const headers = { accept: 'application/taxii+json;version=2.1', authorization: `Bearer ${key}` };
  const shown = await a.node.app.inject({ method: 'GET', url: `/liaison/v1/requests/${req.id}`, headers });
  assert.equal(shown.statusCode, 200, shown.body);
  assert.equal(JSON.parse(shown.body).thread.status, 'declined');
  const ledger = await a.node.app.inject({ method: 'GET', url: '/liaison/v1/ledger?partner=b', headers });
  assert.equal(ledger.statusCode, 200, ledger.body);
  assert.equal(JSON.parse(ledger.body).ledgers[0].requests.made.declined, 1);
  const anon = await a.node.app.inject({ method: 'GET', url: '/liaison/v1/requests', headers: { accept: headers.accept } });
  assert.equal(anon.statusCode, 401);
  const posted = await b.node.app.inject({
    method: 'POST', url: '/liaison/v1/opinions', headers: { ...headers, authorization: `Bearer ${b.node.created?.adminKey}`, 'content-type': 'application/taxii+json;version=2.1' },
    payload: JSON.stringify({ about: [req.id], opinion: 'disagree', text: 'We asked for more time.' }),
  });
  assert.equal(posted.statusCode, 201, posted.body);
  assert.equal((await a.node.exchange.engine.syncPartner('b')).ok, true);
  assert.ok((await objectsOf(a, 'inbox')).some((o) => o.id === JSON.parse(posted.body).id), "the opinion on A's request travelled back to A");
});
