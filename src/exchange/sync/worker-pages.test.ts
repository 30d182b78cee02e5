/** A long pull read on the pull worker: the same pages and checkpoint as on the event loop, its failures as ours. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultValidator } from '../../taxii/validate.js';
import { TaxiiClient, type TaxiiClientOptions } from '../../taxii/client.js';
import { isLiaisonError } from '../../errors.js';
import { SyncEngine } from './engine.js';
import { pagesOnWorker } from './worker-pages.js';
import { agree, indicator, objectsOf, pair, startTestNode, type TestNode, nodesOfFile } from './testing/nodes.js';
import type { StixObject } from '../../store/store.js';
import { prepareVersion } from '../../store/record.js';

const nodes = nodesOfFile();

async function twoNodes(objects: number): Promise<{ a: TestNode; b: TestNode; sent: string[] }> {
  const a = await startTestNode('a', ['outbox']);
  const b = await startTestNode('b', ['inbox', 'other']);
  nodes.push(a, b);
  await pair(a, b, { bAtA: 'community', aAtB: 'community' });
  await agree(a, 'b', { share: ['outbox'], maxTlp: 'green' });
  await agree(b, 'a', { inbound: 'inbox' });
  const batch = Array.from({ length: objects }, () => indicator('clear') as StixObject);
  await a.node.store.addObjects(a.coll.outbox, batch, { provenance: { kind: 'user', source: 'admin' } });
  return { a, b, sent: batch.map((o) => o.id) };
}

test('pages after the first are read on the worker: every object once, the checkpoint at the end, the next run reads nothing', async () => {
  const { a, b, sent } = await twoNodes(9);
  const pages: number[] = [];
  const engine = new SyncEngine(b.node.store, b.node.exchange.outbound, {
    validate: defaultValidator, pageLimit: 2, aheadObjects: 4, onPage: (e) => pages.push(e.count),
  });
  const r = await engine.syncPartner('a');
  assert.equal(r.ok, true, JSON.stringify(r.error));
  assert.deepEqual(pages, [2, 2, 2, 2, 1]);
  assert.equal(r.pulled[0].received, 9);
  assert.equal(r.pulled[0].added, 9);
  const got = (await objectsOf(b, 'inbox')).map((o) => o.id as string);
  assert.deepEqual(got.sort(), [...sent].sort());
  // Whole objects stored, as A holds them (the worker derived what the store wrote).
  const byId = (list: Record<string, unknown>[]) => [...list].sort((x, y) => String(x.id).localeCompare(String(y.id)));
  assert.deepEqual(byId(await objectsOf(b, 'inbox')), byId(await objectsOf(a, 'outbox')));
  const again = await engine.syncPartner('a');
  assert.equal(again.pulled[0].received, 0, 'the checkpoint was moved to the last page');
  // The same with the worker off: the same objects into another collection.
  await agree(b, 'a', { inbound: 'other' });
  const inPlace = new SyncEngine(b.node.store, b.node.exchange.outbound, { validate: defaultValidator, pageLimit: 2, pullWorker: false });
  assert.equal((await inPlace.syncPartner('a')).pulled[0].added, 9);
  assert.deepEqual((await objectsOf(b, 'other')).map((o) => o.id as string).sort(), [...sent].sort());
  assert.ok(a.url);
});

test("the worker's failure is the caller's (a stable code), and a worker that cannot start leaves the reading in place", async () => {
  const { a } = await twoNodes(3);
  const key = (await import('../../auth/service.js')).addUser(a.node.store, 'reader');
  await a.node.store.setGrant({ user: 'reader', collectionId: a.coll.outbox, read: true, write: false });
  const options: TaxiiClientOptions = { baseUrl: a.url, username: 'reader', secret: (await key).token, attempts: 1 };
  const client = new TaxiiClient(options);
  const target = { partner: 'a', root: '/api/', collection: 'no-such-collection', limit: 2, inTag: 't' };
  await assert.rejects(
    async () => {
      for await (const page of pagesOnWorker(options, client, target, { restarts: 0 }, 2)) assert.fail(`a page ${JSON.stringify(page)}`);
    },
    (e) => isLiaisonError(e) && e.code === 'TAXII_REMOTE_ERROR',
  );
  // Options that cannot be sent to a thread (a function): the pages are read here instead.
  const unsendable = { ...options, extra: () => undefined } as TaxiiClientOptions;
  const got: number[] = [];
  for await (const page of pagesOnWorker(unsendable, client, { ...target, collection: a.coll.outbox }, { restarts: 0 }, 2)) got.push(page.objects.length);
  assert.deepEqual(got, [2, 1]);
});

test('with check, the worker sends each page with the validator’s verdicts and the store’s derivation of its objects', async () => {
  const { a } = await twoNodes(3);
  const key = (await import('../../auth/service.js')).addUser(a.node.store, 'checker');
  await a.node.store.setGrant({ user: 'checker', collectionId: a.coll.outbox, read: true, write: false });
  const options: TaxiiClientOptions = { baseUrl: a.url, username: 'checker', secret: (await key).token, attempts: 1 };
  const target = { partner: 'a', root: '/api/', collection: a.coll.outbox, limit: 2, inTag: 't' };
  let seen = 0;
  for await (const page of pagesOnWorker(options, new TaxiiClient(options), target, { restarts: 0 }, 2, true)) {
    assert.equal(page.check?.verdicts.length, page.objects.length);
    page.objects.forEach((o, i) => {
      assert.equal(page.check!.verdicts[i], null, 'valid');
      assert.deepEqual(page.check!.prepared[i], prepareVersion(o as StixObject));
    });
    seen += page.objects.length;
  }
  assert.equal(seen, 3);
});
