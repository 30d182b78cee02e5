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

test('bad input gets a clear error, a stable code and a usage exit code, never a crash', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-ingest-'));
  const gigantic = Buffer.alloc(10 * 1024 * 1024 + 1, 'a ');
  const cases: [string, Buffer | string, string, RegExp][] = [
    ['empty.txt', '', 'INGEST_EMPTY', /holds no text/],
    ['blank.md', ' \n\t\n   \n', 'INGEST_EMPTY', /holds no text/],
    ['blob.bin', Buffer.from([0, 1, 2, 3, 255, 0]), 'INGEST_BINARY', /is not a text, Markdown or HTML document/],
    ['noise.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 31 || 1)), 'INGEST_BINARY', /control bytes/],
    ['image.html', Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(64, 0)]), 'INGEST_BINARY', /NUL bytes/],
    ['huge.txt', gigantic, 'TOO_LARGE', /exceeds the limit of 10485760 bytes/],
    ['broken.html', '<html><script>while(1){}', 'INGEST_BAD_HTML', /unclosed <script>/],
    ['furniture.html', '<html><body><nav>Home News</nav><footer>Contact us</footer></body></html>', 'INGEST_BAD_HTML', /HTML without readable text/],
  ];
  // With --json the stable code is on stdout; the message and the exit code are the same with or without it.
  for (const [name, content, code, msg] of cases) {
    writeFileSync(join(dir, name), content);
    const r = await runCli(['ingest', join(dir, name), '--data', dir, '--json']);
    assert.equal(r.code, 2, `${name}: ${r.stderr}`);
    assert.match(r.stderr, msg, name);
    assert.doesNotMatch(r.stderr, /at .*\.ts:\d+|internal error/, name);
    assert.equal(JSON.parse(r.stdout).error.code, code, name);
  }
  const plain = await runCli(['ingest', join(dir, 'blob.bin'), '--data', dir]);
  assert.equal(plain.code, 2);
  assert.equal(plain.stdout, '');
  assert.match(plain.stderr, /^liaison: blob\.bin is not a text, Markdown or HTML document/);
  const missing = await runCli(['ingest', join(dir, 'nope.txt'), '--data', dir, '--json']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read/);
  assert.equal(JSON.parse(missing.stdout).error.code, 'FILE_UNREADABLE');
  const folder = await runCli(['ingest', dir, '--data', dir]);
  assert.equal(folder.code, 2);
  assert.match(folder.stderr, /not a regular file/);
  // No refused input leaves a draft behind.
  assert.deepEqual(JSON.parse((await runCli(['review', 'list', '--json', '--data', dir])).stdout).drafts, []);
});

test('broken but readable HTML and other encodings are ingested, not refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-ingest-'));
  const cases: [string, Buffer | string, RegExp][] = [
    ['unclosed.html', '<html><body><article><h1>Envoy recalled<p>Vilnius, 3 May 2026<p>Lithuania recalled its ambassador from Minsk, the Ministry of Foreign Affairs said.<div><b>unclosed', /Lithuania/],
    ['mismatched.html', '<p>Rebels of the <i>Kivu Front</b> attacked Goma, officials said.</i></span></div></html>', /Goma/],
    ['latin1.txt', Buffer.from('Attaque à Genève\n\nLa police de Genève a arrêté deux hommes, a déclaré le ministère.\n', 'latin1'), /Genève/],
    ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Talks in Oslo\n\nNorway hosted talks in Oslo on Monday.\n', 'utf16le')]), /Oslo/],
  ];
  for (const [name, content, want] of cases) {
    writeFileSync(join(dir, name), content);
    const r = await runCli(['ingest', join(dir, name), '--data', dir, '--json']);
    assert.equal(r.code, 0, `${name}: ${r.stderr}`);
    assert.match(JSON.stringify(JSON.parse(r.stdout).bundle), want, name);
  }
});
