import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileDraftQueue, LOCK_STALE_MS } from './queue.js';
import { acceptDraft, rejectDraft, type Publisher } from './decide.js';
import { storePublisher, knownFromStore } from './publish.js';
import { ingestDoc } from '../ingest.js';
import { INGEST_EXTENSION_ID } from '../provenance.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { LiaisonError } from '../../errors.js';
import type { SourceDoc } from '../types.js';

const TEXT = 'Police raid gang\nOslo, 2 May 2026\n\nThe criminal gang known as Frost Ring ran the network from Bergen, Norwegian police said. "We found the servers at 185.220.101.9," said Inspector Kari Holm.\n';
const doc: SourceDoc = { name: 'raid.txt', format: 'text', text: TEXT, meta: [], sourceSha256: '1'.repeat(64), title: 'Police raid gang', published: '2026-05-02' };

async function fresh() {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-review-'));
  const q = new FileDraftQueue(dir);
  const { bundle } = ingestDoc(doc);
  const d = await q.add({ source: { name: doc.name, format: doc.format, sha256: doc.sourceSha256 }, extractor: 'liaison-rules/1', bundle });
  return { dir, q, d };
}

const code = async (p: Promise<unknown>) => p.then(() => 'none', (e) => (e instanceof LiaisonError ? e.code : String(e)));

test('drafts are JSON files written by rename; list, get, and no temporary files left behind', async () => {
  const { dir, q, d } = await fresh();
  assert.equal((await q.get(d.id))?.status, 'pending');
  assert.deepEqual((await q.list()).map((x) => x.id), [d.id]);
  assert.deepEqual((await q.list('accepted')).length, 0);
  assert.deepEqual(readdirSync(join(dir, 'drafts')), [`${d.id}.json`]);
  assert.equal(await q.get('../../etc/passwd'), null);
});

test('accept applies edits, marks objects reviewed, validates and publishes; a decided draft cannot be decided again', async () => {
  const { q, d } = await fresh();
  let published: Record<string, unknown>[] = [];
  const publish: Publisher = async (c, objects) => {
    published = objects;
    return { stored: c, added: objects.length, present: 0, conflicts: 0 };
  };
  const ind = d.bundle.objects.find((o) => o.type === 'indicator')!;
  assert.equal(await code(acceptDraft(q, d.id, { edits: {}, publish })), 'USAGE'); // no collection named
  const done = await acceptDraft(q, d.id, { collection: 'intel', edits: { drop: [ind.id as string] }, publish });
  assert.equal(done.status, 'accepted');
  assert.equal(done.storedIn, 'intel');
  assert.ok(!published.some((o) => o.id === ind.id));
  const report = published.find((o) => o.type === 'report')!;
  assert.ok(!(report.object_refs as string[]).includes(ind.id as string));
  for (const o of published) {
    const ext = (o.extensions as Record<string, { review_status?: string }> | undefined)?.[INGEST_EXTENSION_ID];
    if (ext) assert.equal(ext.review_status, 'reviewed');
  }
  assert.equal(await code(acceptDraft(q, d.id, { collection: 'intel', publish })), 'DRAFT_STATE');
  assert.equal(await code(rejectDraft(q, d.id)), 'DRAFT_STATE');
  assert.equal(await code(rejectDraft(q, '00000000-0000-4000-8000-000000000000')), 'NOT_FOUND');
});

test('an edited bundle that is not valid STIX is refused; reject keeps the draft, marked', async () => {
  const { q, d } = await fresh();
  const broken = { ...d.bundle, objects: [{ type: 'indicator', id: 'indicator--x', spec_version: '2.1' }] };
  assert.equal(await code(acceptDraft(q, d.id, { collection: 'c', edits: { bundle: broken as never }, publish: async () => ({ stored: 'c', added: 0, present: 0, conflicts: 0 }) })), 'DRAFT_INVALID');
  assert.equal(await code(acceptDraft(q, d.id, { collection: 'c' })), 'STORE_UNAVAILABLE');
  const r = await rejectDraft(q, d.id, 'duplicate of an earlier report');
  assert.equal(r.status, 'rejected');
  assert.equal((await q.get(d.id))?.reason, 'duplicate of an earlier report');
});

test('accepted drafts land in a collection of the SQLite store, and ingest then reuses the stored entities', async () => {
  const { dir, q, d } = await fresh();
  const store = await openSqliteStore({ path: join(dir, 'liaison.db') });
  try {
    await store.createApiRoot({ name: 'api', title: 'api', versions: ['application/taxii+json;version=2.1'], maxContentLength: 1e6 });
    const c = await store.createCollection({ apiRoot: 'api', title: 'Intel', alias: 'intel' });
    const done = await acceptDraft(q, d.id, { collection: 'intel', publish: storePublisher(store) });
    assert.equal(done.storedIn, 'intel');
    assert.equal(await store.countEntries(c.id), done.bundle.objects.length);
    const known = await knownFromStore(store);
    const again = ingestDoc(doc, { known });
    const ta = d.bundle.objects.find((o) => o.type === 'threat-actor')!;
    assert.ok(!again.bundle.objects.some((o) => o.type === 'threat-actor'), 'Frost Ring is reused, not duplicated');
    const report = again.bundle.objects.find((o) => o.type === 'report')!;
    assert.ok((report.object_refs as string[]).includes(ta.id as string));
  } finally {
    await store.close();
  }
});

test('two simultaneous accepts of one draft: exactly one publishes, the other fails with DRAFT_STATE; the lock is released and a stale one taken over', async () => {
  const { dir, q, d } = await fresh();
  let calls = 0;
  const publish: Publisher = async (c, objects) => {
    calls++;
    await new Promise((r) => setTimeout(r, 50)); // the first decision is still running when the second starts
    return { stored: c, added: objects.length, present: 0, conflicts: 0 };
  };
  const results = await Promise.allSettled([acceptDraft(q, d.id, { collection: 'c1', publish }), acceptDraft(new FileDraftQueue(dir), d.id, { collection: 'c2', publish })]);
  assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
  const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
  assert.ok(failed.reason instanceof LiaisonError && failed.reason.code === 'DRAFT_STATE', String(failed.reason));
  assert.equal(calls, 1);
  assert.equal((await q.get(d.id))?.status, 'accepted');
  assert.deepEqual(readdirSync(join(dir, 'drafts')), [`${d.id}.json`], 'no lock file left behind');
  // A lock left by a process that died long ago does not block a decision for ever.
  const d2 = await q.add({ source: d.source, extractor: d.extractor, bundle: d.bundle });
  const lock = join(dir, 'drafts', `${d2.id}.json.lock`);
  writeFileSync(lock, '{}');
  assert.equal(await code(rejectDraft(q, d2.id, 'duplicate')), 'DRAFT_STATE');
  const old = new Date(Date.now() - LOCK_STALE_MS - 1000);
  utimesSync(lock, old, old);
  assert.equal((await rejectDraft(q, d2.id, 'duplicate')).status, 'rejected');
});
