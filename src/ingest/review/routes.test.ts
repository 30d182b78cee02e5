/**
 * The review queue over the node's HTTP API, on a real node (startNode: TAXII media types, API keys, grants):
 * submit with POST /liaison/v1/ingest, list, show, accept into a collection with edits, reject; who may do what.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNode, type RunningNode } from '../../node/node.js';
import { addUser } from '../../auth/service.js';
import { DEFAULT_API_ROOT } from '../../node/setup.js';
import { DRAFTS_PATH, INGEST_PATH } from './routes.js';

const TAXII = 'application/taxii+json;version=2.1';
const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const TEXT = 'Hackers hit port\nRotterdam, 9 June 2026\n\nThe ransomware gang Dark Tern, also known as DT4, hit the port of Rotterdam, the Dutch police said. "We restored the systems overnight," said port spokesperson Anouk Visser. The gang used 91.215.85[.]77.\n';
const HTML = '<!doctype html><html><head><title>Ministry warns of phishing | Gov</title></head><body><nav><a>Home</a><a>News</a></nav><article><h1>Ministry warns of phishing</h1><p>Tallinn, 2 March 2026</p><p>The Estonian Information System Authority said on Monday that the criminal group Grey Wren had sent fake tax e-mails from refunds@emta-tagastus[.]com.</p></article><footer>Contact</footer></body></html>';

interface Keys {
  admin: string;
  writer: string;
  reader: string;
  other: string;
}

async function setup(): Promise<{ node: RunningNode; dir: string; keys: Keys; intel: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-review-api-'));
  dirs.push(dir);
  const node = await startNode({ kind: 'sqlite', path: join(dir, 'liaison.db') }, { create: true, rateLimit: 0 });
  const store = node.store;
  const intel = await store.createCollection({ apiRoot: DEFAULT_API_ROOT, title: 'Intel', alias: 'intel' });
  const other = await store.createCollection({ apiRoot: DEFAULT_API_ROOT, title: 'Other', alias: 'other' });
  const writer = await addUser(store, 'writer');
  const reader = await addUser(store, 'reader');
  const someone = await addUser(store, 'someone');
  await store.setGrant({ user: 'writer', collectionId: intel.id, read: true, write: true });
  await store.setGrant({ user: 'reader', collectionId: intel.id, read: true, write: false });
  await store.setGrant({ user: 'someone', collectionId: other.id, read: true, write: true });
  return { node, dir, keys: { admin: node.created!.adminKey, writer: writer.token, reader: reader.token, other: someone.token }, intel: intel.id };
}

function call(node: RunningNode, method: 'GET' | 'POST', url: string, key?: string, body?: unknown) {
  const headers: Record<string, string> = { accept: TAXII };
  if (key) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers['content-type'] = TAXII;
  return node.app.inject({ method, url, headers, ...(body !== undefined && { payload: typeof body === 'string' ? body : JSON.stringify(body) }) });
}

test('POST /liaison/v1/ingest makes a draft; list, show, accept with edits into a collection; nothing stored before', async () => {
  const { node, dir, keys, intel } = await setup();
  try {
    assert.equal((await call(node, 'POST', INGEST_PATH, undefined, { content: TEXT })).statusCode, 401);
    const sub = await call(node, 'POST', INGEST_PATH, keys.writer, { name: 'port.txt', content: TEXT, collection: 'intel' });
    assert.equal(sub.statusCode, 201, sub.body);
    assert.match(String(sub.headers['content-type']), /^application\/json/);
    const { id, status, submitted_by, found } = sub.json();
    assert.equal(status, 'pending');
    assert.equal(submitted_by, 'writer');
    assert.ok(found.entities >= 3 && found.indicators >= 1, JSON.stringify(found));
    assert.ok(existsSync(join(dir, 'drafts', `${id}.json`)), 'drafts are kept in <data>/drafts/');
    assert.equal(await node.store.countEntries(intel), 0, 'nothing is stored before review');

    const list = await call(node, 'GET', `${DRAFTS_PATH}?status=pending`, keys.writer);
    assert.equal(list.statusCode, 200, list.body);
    assert.deepEqual(list.json().drafts.map((d: { id: string }) => d.id), [id]);
    assert.equal((await call(node, 'GET', `${DRAFTS_PATH}?status=maybe`, keys.writer)).statusCode, 400);
    const show = await call(node, 'GET', `${DRAFTS_PATH}/${id}`, keys.writer);
    assert.equal(show.statusCode, 200);
    const objects = show.json().bundle.objects as { id: string; type: string; name?: string }[];
    assert.ok(objects.some((o) => o.type === 'intrusion-set' && o.name === 'Dark Tern'));

    // The analyst drops the port spokesperson before accepting.
    const person = objects.find((o) => o.type === 'identity' && o.name === 'Anouk Visser');
    assert.ok(person);
    const ok = await call(node, 'POST', `${DRAFTS_PATH}/${id}/accept`, keys.writer, { drop: [person.id] });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().status, 'accepted');
    assert.equal(ok.json().stored_in, 'intel');
    const stored = await node.store.countEntries(intel);
    assert.ok(stored > 5 && stored < objects.length, `${stored} of ${objects.length} stored`);
    const page = await node.store.listObjects(intel, { ids: [person.id] }, { limit: 5 });
    assert.equal(page.items.length, 0, 'a dropped object is not stored');

    const twice = await call(node, 'POST', `${DRAFTS_PATH}/${id}/reject`, keys.writer, {});
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().error_code, 'DRAFT_STATE');
  } finally {
    await node.close();
  }
});

test('an HTML page and a whole edited bundle; reject with a reason', async () => {
  const { node, keys, intel } = await setup();
  try {
    const sub = await call(node, 'POST', INGEST_PATH, keys.admin, { name: 'page.html', content: HTML });
    assert.equal(sub.statusCode, 201, sub.body);
    assert.equal(sub.json().title, 'Ministry warns of phishing');
    assert.equal(sub.json().collection, null);
    const d = (await call(node, 'GET', `${DRAFTS_PATH}/${sub.json().id}`, keys.admin)).json();
    assert.ok(!JSON.stringify(d.bundle).includes('Contact'), 'page furniture is dropped');
    assert.ok(d.bundle.objects.some((o: { type: string; value?: string }) => o.type === 'email-addr' && o.value === 'refunds@emta-tagastus.com'));

    // Accept needs a collection when the draft names none; then a whole edited bundle replaces the draft's.
    const none = await call(node, 'POST', `${DRAFTS_PATH}/${d.id}/accept`, keys.admin, {});
    assert.equal(none.statusCode, 400);
    type O = { id: string; type: string; name?: string; object_refs?: string[] };
    const all = d.bundle.objects as O[];
    const report = all.find((o) => o.type === 'report') as O;
    const kept = all.filter((o) => o.type !== 'report' && o.type !== 'note' && o.type !== 'relationship');
    const edited = { type: 'bundle', id: d.bundle.id, objects: [...kept, { ...report, name: 'Phishing with tax refunds (edited)', object_refs: kept.map((o) => o.id) }] };
    const ok = await call(node, 'POST', `${DRAFTS_PATH}/${d.id}/accept`, keys.admin, { collection: 'intel', bundle: edited });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(await node.store.countEntries(intel), edited.objects.length);
    const got = await node.store.listObjects(intel, { ids: [report.id] }, { limit: 5 });
    assert.equal(JSON.parse(got.items[0].json).name, 'Phishing with tax refunds (edited)');

    const bad = await call(node, 'POST', `${DRAFTS_PATH}/${d.id}/accept`, keys.admin, { collection: 'intel', bundle: { type: 'nope' } });
    assert.equal(bad.statusCode, 400);

    const sub2 = await call(node, 'POST', INGEST_PATH, keys.writer, { content: TEXT, collection: 'intel' });
    const rej = await call(node, 'POST', `${DRAFTS_PATH}/${sub2.json().id}/reject`, keys.writer, { reason: 'duplicate of an earlier report' });
    assert.equal(rej.statusCode, 200, rej.body);
    assert.equal(rej.json().status, 'rejected');
    assert.equal(rej.json().reason, 'duplicate of an earlier report');
  } finally {
    await node.close();
  }
});

test('only callers with write access to the target collection see and decide a draft', async () => {
  const { node, keys } = await setup();
  try {
    // A reader of intel cannot submit a draft for it; a user of another collection cannot either.
    assert.equal((await call(node, 'POST', INGEST_PATH, keys.reader, { content: TEXT, collection: 'intel' })).statusCode, 403);
    assert.equal((await call(node, 'POST', INGEST_PATH, keys.other, { content: TEXT, collection: 'intel' })).statusCode, 403);
    assert.equal((await call(node, 'POST', INGEST_PATH, keys.writer, { content: TEXT, collection: 'nowhere' })).statusCode, 404);
    const id = (await call(node, 'POST', INGEST_PATH, keys.writer, { content: TEXT, collection: 'intel' })).json().id;

    // Not visible to a reader or to another collection's writer: 404, as if absent.
    for (const k of [keys.reader, keys.other]) {
      assert.deepEqual((await call(node, 'GET', DRAFTS_PATH, k)).json().drafts, []);
      assert.equal((await call(node, 'GET', `${DRAFTS_PATH}/${id}`, k)).statusCode, 404);
      assert.equal((await call(node, 'POST', `${DRAFTS_PATH}/${id}/accept`, k, {})).statusCode, 404);
      assert.equal((await call(node, 'POST', `${DRAFTS_PATH}/${id}/reject`, k, {})).statusCode, 404);
    }
    // The admin sees it; the writer cannot accept it into a collection they cannot write to.
    assert.equal((await call(node, 'GET', DRAFTS_PATH, keys.admin)).json().drafts.length, 1);
    const elsewhere = await call(node, 'POST', `${DRAFTS_PATH}/${id}/accept`, keys.writer, { collection: 'other' });
    assert.equal(elsewhere.statusCode, 403);
    assert.equal(elsewhere.json().error_code, 'FORBIDDEN');

    // A draft submitted without a target is its submitter's (and the admins'); accepting it needs a writable collection.
    const mine = (await call(node, 'POST', INGEST_PATH, keys.other, { content: TEXT })).json().id;
    assert.equal((await call(node, 'GET', `${DRAFTS_PATH}/${mine}`, keys.other)).statusCode, 200);
    assert.equal((await call(node, 'GET', `${DRAFTS_PATH}/${mine}`, keys.writer)).statusCode, 404);
    assert.equal((await call(node, 'POST', `${DRAFTS_PATH}/${mine}/accept`, keys.other, { collection: 'intel' })).statusCode, 403);
    assert.equal((await call(node, 'POST', `${DRAFTS_PATH}/${mine}/accept`, keys.other, { collection: 'other' })).statusCode, 200);
  } finally {
    await node.close();
  }
});

test('bad submissions get a stable code and never leave a draft behind', async () => {
  const { node, dir, keys } = await setup();
  try {
    const cases: [unknown, number, string][] = [
      [{ content: '   \n ' }, 400, 'INGEST_EMPTY'],
      [{ content_base64: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 0]).toString('base64'), name: 'a.out' }, 415, 'INGEST_BINARY'],
      [{ content: '<html><body><script>var a = 1;', format: 'html' }, 422, 'INGEST_BAD_HTML'],
      [{ name: 'x.txt' }, 400, 'BAD_REQUEST'],
      [{ content: 'text', format: 'pdf' }, 400, 'BAD_REQUEST'],
      [{ content_base64: '!!!' }, 400, 'BAD_REQUEST'],
      ['[1,2]', 400, 'BAD_REQUEST'],
      ['{"content": ', 400, 'BAD_JSON'],
    ];
    for (const [body, status, code] of cases) {
      const r = await call(node, 'POST', INGEST_PATH, keys.admin, body);
      assert.equal(r.statusCode, status, `${JSON.stringify(body).slice(0, 60)}: ${r.body}`);
      assert.equal(r.json().error_code, code, r.body);
    }
    // A raw text/html body is refused with 415 (the API takes the document inside a JSON body).
    const raw = await node.app.inject({ method: 'POST', url: INGEST_PATH, headers: { accept: TAXII, authorization: `Bearer ${keys.admin}`, 'content-type': 'text/html' }, payload: HTML });
    assert.equal(raw.statusCode, 415);
    assert.equal(raw.json().error_code, 'API_UNSUPPORTED_MEDIA_TYPE');
    assert.equal((await call(node, 'GET', `${DRAFTS_PATH}/not-a-uuid`, keys.admin)).statusCode, 404);
    assert.equal((await call(node, 'GET', `${DRAFTS_PATH}/../../etc/passwd`, keys.admin)).statusCode, 404);
    assert.ok(!existsSync(join(dir, 'drafts')) || readdirSync(join(dir, 'drafts')).length === 0);
  } finally {
    await node.close();
  }
});
