/** Two nodes in this process on real sockets: pull and push under agreements, checkpoints, idempotence, status. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agree, indicator, objectsOf, pair, startTestNode, nodesOfFile } from './testing/nodes.js';

const nodes = nodesOfFile();

test('pull and push between two nodes: TLP above the agreement never moves, stripped properties gone, incremental, idempotent', async () => {
  const a = await startTestNode('a', ['outbox', 'inbox']);
  const b = await startTestNode('b', ['outbox', 'inbox']);
  nodes.push(a, b);
  await pair(a, b, { bAtA: 'client', aAtB: 'organization' });
  // A lets B read its outbox up to GREEN, without x_ properties; B keeps what A sends in its inbox.
  await agree(a, 'b', { share: ['outbox'], maxTlp: 'green', strip: ['x_*'], inbound: 'inbox' });
  await agree(b, 'a', { share: ['outbox'], maxTlp: 'amber', inbound: 'inbox', pushTo: a.coll.inbox });

  const green = indicator('green', { x_internal: 'secret' });
  const clear = indicator('clear');
  const amber = indicator('amber');
  const red = indicator('red');
  await a.node.store.addObjects(a.coll.outbox, [green, clear, amber, red] as never[], { provenance: { kind: 'user', source: 'admin' } });
  const bAmber = indicator('amber');
  await b.node.store.addObjects(b.coll.outbox, [bAmber, indicator('red')] as never[], { provenance: { kind: 'user', source: 'admin' } });

  const r1 = await b.node.exchange.engine.syncPartner('a');
  assert.equal(r1.ok, true, JSON.stringify(r1.error));
  const got = await objectsOf(b, 'inbox');
  const ids = new Set(got.map((o) => o.id));
  assert.ok(ids.has(green.id) && ids.has(clear.id), 'GREEN and CLEAR arrive');
  assert.ok(!ids.has(amber.id) && !ids.has(red.id), 'AMBER and RED never reach B');
  assert.equal(got.find((o) => o.id === green.id)?.x_internal, undefined, 'x_ stripped');
  // B pushed its AMBER into A's inbox (A is B's organisation), never its RED.
  const atA = await objectsOf(a, 'inbox');
  assert.deepEqual(atA.map((o) => o.id), [bAmber.id]);

  // Refusals are recorded on A (ours, read by B) and visible.
  const refusedAtA = await a.node.store.listRefusals({ partner: 'b' });
  assert.ok(refusedAtA.some((r) => r.objectId === amber.id && r.code === 'ABOVE_MAX_TLP'));
  assert.ok(refusedAtA.some((r) => r.objectId === red.id));

  // Incremental and idempotent: a second run moves nothing new; new objects move once.
  const more = indicator('green');
  await a.node.store.addObjects(a.coll.outbox, [more] as never[]);
  const r2 = await b.node.exchange.engine.syncPartner('a');
  assert.equal(r2.pulled.reduce((n, c) => n + c.added, 0), 1);
  const r3 = await b.node.exchange.engine.syncPartner('a');
  assert.equal(r3.pulled.reduce((n, c) => n + c.received, 0), 0);
  assert.equal((await objectsOf(b, 'inbox')).length, 3);

  // Once B shares its inbox too, what it received from A is still never pushed back to A (ECHO).
  await agree(b, 'a', { share: ['outbox', 'inbox'] });
  const r4 = await b.node.exchange.engine.syncPartner('a');
  assert.equal(r4.ok, true);
  assert.deepEqual((await objectsOf(a, 'inbox')).map((o) => o.id).sort(), [bAmber.id].sort());
  assert.ok((await b.node.store.listRefusals({ partner: 'a', side: 'ours' })).some((r) => r.code === 'ECHO'));
});
