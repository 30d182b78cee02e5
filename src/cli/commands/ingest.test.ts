import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../test/helpers/cli.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';

const fixture = fileURLToPath(new URL('../../../test/fixtures/ingest/dev/06-cert-advisory.txt', import.meta.url));

test('liaison ingest --json makes a pending draft; review list/show/reject work on it', async () => {
  const data = mkdtempSync(join(tmpdir(), 'cli-ingest-'));
  const r = await runCli(['ingest', fixture, '--json', '--data', data, '--collection', 'intel']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.draft.status, 'pending');
  assert.equal(out.draft.collection, 'intel');
  assert.equal(out.bundle.type, 'bundle');
  assert.equal(out.counts.indicators, 9);
  const list = await runCli(['review', 'list', '--json', '--data', data]);
  assert.deepEqual(JSON.parse(list.stdout).drafts.map((d: { id: string }) => d.id), [out.draft.id]);
  const show = await runCli(['review', 'show', out.draft.id, '--data', data]);
  assert.equal(show.code, 0);
  assert.match(show.stdout, /Velvet Tide/);
  const rej = await runCli(['review', 'reject', out.draft.id, '--reason', 'test', '--data', data]);
  assert.equal(rej.code, 0);
  const again = await runCli(['review', 'reject', out.draft.id, '--data', data]);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /already rejected/);
});

test('liaison review accept stores the reviewed draft into a collection of the node', async () => {
  const data = mkdtempSync(join(tmpdir(), 'cli-ingest-'));
  const store = await openSqliteStore({ path: join(data, 'liaison.db') });
  await store.createApiRoot({ name: 'api', title: 'api', versions: ['application/taxii+json;version=2.1'], maxContentLength: 1e6 });
  const c = await store.createCollection({ apiRoot: 'api', title: 'Intel', alias: 'intel' });
  await store.close();
  const r = await runCli(['ingest', fixture, '--json', '--data', data]);
  const id = JSON.parse(r.stdout).draft.id;
  const acc = await runCli(['review', 'accept', id, '--collection', 'intel', '--data', data]);
  assert.equal(acc.code, 0, acc.stderr);
  assert.match(acc.stdout, /accepted: \d+ objects stored in intel/);
  const s2 = await openSqliteStore({ path: join(data, 'liaison.db') });
  try {
    assert.ok((await s2.countEntries(c.id)) > 20);
  } finally {
    await s2.close();
  }
});

test('bad input gets a clear error and a usage exit code, never a crash', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-ingest-'));
  const cases: [string, Buffer | string, RegExp][] = [
    ['empty.txt', '', /holds no text/],
    ['blob.bin', Buffer.from([0, 1, 2, 3, 255, 0]), /is not a text, Markdown or HTML document/],
    ['broken.html', '<html><script>while(1){}', /HTML without readable text/],
  ];
  for (const [name, content, msg] of cases) {
    writeFileSync(join(dir, name), content);
    const r = await runCli(['ingest', join(dir, name), '--data', dir]);
    assert.equal(r.code, 2, `${name}: ${r.stderr}`);
    assert.match(r.stderr, msg);
    assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/);
  }
  const missing = await runCli(['ingest', join(dir, 'nope.txt'), '--data', dir]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read/);
});
