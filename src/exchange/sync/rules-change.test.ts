/**
 * A refusal is never permanent: when an agreement changes to allow what it withheld, the next sync carries it,
 * whichever side moved its position past the object meanwhile (the puller's checkpoint, through the partner's
 * X-Liaison-View tag; our push checkpoint, through the tag of our own rules), even when the change lands in the
 * middle of a run or within the server's agreement cache.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultValidator } from '../../taxii/validate.js';
import { SyncEngine } from './engine.js';
import { agree, indicator, objectsOf, pair, startTestNode, type TestNode, nodesOfFile } from './testing/nodes.js';

const nodes = nodesOfFile();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const idsOf = async (n: TestNode, alias: string) => new Set((await objectsOf(n, alias)).map((o) => o.id));

test('pull: once the partner allows what it withheld, the puller reads the collection again and gets it', async () => {
  const a = await startTestNode('a', ['outbox']);
  const b = await startTestNode('b', ['inbox', 'other']);
  nodes.push(a, b);
  await pair(a, b, { bAtA: 'client', aAtB: 'organization' });
  await agree(a, 'b', { share: ['outbox'], maxTlp: 'green' });
  await agree(b, 'a', { inbound: 'inbox' });
  const green = indicator('green');
  const amber = indicator('amber');
  await a.node.store.addObjects(a.coll.outbox, [green, amber] as never[], { provenance: { kind: 'user', source: 'admin' } });

  assert.equal((await b.node.exchange.engine.syncPartner('a')).ok, true);
  assert.deepEqual([...(await idsOf(b, 'inbox'))], [green.id], 'AMBER withheld under the first agreement');

  // A allows AMBER. B syncs at once (A's 1 s agreement cache may still filter with the old rules), then again later.
  await agree(a, 'b', { maxTlp: 'amber' });
  assert.equal((await b.node.exchange.engine.syncPartner('a')).ok, true);
  await sleep(1100);
  const r = await b.node.exchange.engine.syncPartner('a');
  assert.equal(r.ok, true, JSON.stringify(r.error));
  assert.ok((await idsOf(b, 'inbox')).has(amber.id), 'AMBER arrives once allowed');
  assert.equal((await objectsOf(b, 'inbox')).length, 2, 'nothing duplicated by reading again');

  // A later run with unchanged rules reads nothing again.
  const quiet = await b.node.exchange.engine.syncPartner('a');
  assert.equal(quiet.pulled.reduce((n, c) => n + c.received, 0), 0);

  // Our own inbound rules changed (another inbound collection): the partner's collection is read again into it.
  await agree(b, 'a', { inbound: 'other' });
  assert.equal((await b.node.exchange.engine.syncPartner('a')).ok, true);
  assert.deepEqual([...(await idsOf(b, 'other'))].sort(), [green.id, amber.id].sort());
});

test('push: an agreement changed in the middle of a push run still lets what it now allows go', async () => {
  const a = await startTestNode('a', ['inbox']);
  const b = await startTestNode('b', ['outbox']);
  nodes.push(a, b);
  await pair(a, b, { bAtA: 'client', aAtB: 'organization' });
  await agree(a, 'b', { inbound: 'inbox' });
  await agree(b, 'a', { share: ['outbox'], maxTlp: 'green', pushTo: a.coll.inbox });
  // Three pages of two: the AMBER one is on the first page.
  const amber = indicator('amber');
  const rest = Array.from({ length: 5 }, () => indicator('green'));
  await b.node.store.addObjects(b.coll.outbox, [amber, ...rest] as never[], { provenance: { kind: 'user', source: 'admin' } });

  let changed = false;
  const engine = new SyncEngine(b.node.store, b.node.exchange.outbound, {
    validate: defaultValidator,
    pageLimit: 2,
    onPage: (e) => {
      if (e.direction !== 'push' || changed) return;
      changed = true;
      // After the first page was pushed without AMBER: the agreement now allows it (the run goes on with the old one).
      void agree(b, 'a', { maxTlp: 'amber' });
    },
  });
  const r1 = await engine.syncPartner('a');
  assert.equal(r1.ok, true, JSON.stringify(r1.error));
  assert.equal(changed, true);
  assert.ok(!(await idsOf(a, 'inbox')).has(amber.id), 'the run that started under the old agreement withheld AMBER');
  await sleep(50);
  const r2 = await engine.syncPartner('a');
  assert.equal(r2.ok, true, JSON.stringify(r2.error));
  const atA = await objectsOf(a, 'inbox');
  assert.ok(atA.some((o) => o.id === amber.id), 'AMBER pushed by the next run');
  assert.equal(new Set(atA.map((o) => o.id)).size, 6);
  assert.equal(atA.length, 6, 'every object once at the partner');
});
