import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docFromBytes, readSource, MAX_SOURCE_BYTES } from './read.js';
import { LiaisonError } from '../../errors.js';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof LiaisonError, String(e));
    return e.code;
  }
  return 'none';
};

test('empty, whitespace-only, binary and oversized input get stable codes', async () => {
  assert.equal(code(() => docFromBytes('a.txt', Buffer.alloc(0))), 'INGEST_EMPTY');
  assert.equal(code(() => docFromBytes('a.txt', Buffer.from(' \n\t\n'))), 'INGEST_EMPTY');
  assert.equal(code(() => docFromBytes('a.pdf', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]))), 'INGEST_BINARY');
  assert.equal(code(() => docFromBytes('a.bin', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 7) + 1)))), 'INGEST_BINARY');
  assert.equal(code(() => docFromBytes('big.txt', Buffer.alloc(MAX_SOURCE_BYTES + 1, 0x61))), 'TOO_LARGE');
  const dir = mkdtempSync(join(tmpdir(), 'ingest-read-'));
  await assert.rejects(readSource(join(dir, 'missing.txt')), (e: LiaisonError) => e.code === 'FILE_UNREADABLE');
  // a gigantic file is refused from its size, before it is read
  writeFileSync(join(dir, 'huge.txt'), '');
  truncateSync(join(dir, 'huge.txt'), MAX_SOURCE_BYTES + 1);
  await assert.rejects(readSource(join(dir, 'huge.txt')), (e: LiaisonError) => e.code === 'TOO_LARGE');
});

test('broken HTML: text is still read; a page with no readable text is refused', () => {
  const d = docFromBytes('p.html', Buffer.from('<html><body><div><p>Unclosed <b>bold <p>Second para &amp; more</div></span></body>'));
  assert.match(d.text, /Unclosed bold/);
  assert.match(d.text, /Second para & more/);
  assert.equal(code(() => docFromBytes('s.html', Buffer.from('<html><head><title>x</title></head><body><script>var a = 1; /* never closed'))), 'INGEST_BAD_HTML');
  assert.equal(code(() => docFromBytes('n.html', Buffer.from('<html><body><nav>Home News</nav><footer>(c)</footer></body></html>'))), 'INGEST_BAD_HTML');
});

test('a saved page gives its main text, headline, date and author; furniture is dropped', () => {
  const html = `<html><head><title>Talks stall | The Daily</title><meta name="author" content="Jane Roe">
    <meta property="article:published_time" content="2026-03-04T10:00:00Z"></head><body>
    <nav>Home World Sport</nav><div class="cookie-banner">We use cookies</div>
    <article><h1>Talks stall in Geneva</h1><p class="byline">By Jane Roe</p><p>Negotiators left Geneva on Monday.</p></article>
    <aside class="related">Other story</aside><footer>Copyright</footer></body></html>`;
  const d = docFromBytes('page.html', Buffer.from(html));
  assert.equal(d.format, 'html');
  assert.equal(d.title, 'Talks stall in Geneva');
  assert.equal(d.author, 'Jane Roe');
  assert.equal(d.published, '2026-03-04T10:00:00.000Z');
  assert.equal(d.text, 'Talks stall in Geneva\n\nNegotiators left Geneva on Monday.');
});

test('plain text: headline, byline and date from the top; hard-wrapped lines joined without moving offsets', () => {
  const t = 'Ministers meet in Riga\nBy John Doe, 5 May 2026\n\nThe ministers met in Riga on Tuesday to discuss the security of the\nregion and agreed to meet again.\n';
  const d = docFromBytes('a.txt', Buffer.from(t));
  assert.equal(d.title, 'Ministers meet in Riga');
  assert.equal(d.author, 'John Doe');
  assert.equal(d.published, '2026-05-05');
  assert.equal(d.text.length, t.length);
  assert.match(d.text, /of the region/);
  assert.equal(d.meta.length, 1);
});

test('Markdown is reduced to text: headings, emphasis, code, tables and links', () => {
  const md = '# Report on *Harrow*\n\n_Published 2 April 2026_\n\n| Type | Value |\n|---|---|\n| C2 | `1.2.3[.]4` |\n\nSee [the advisory](https://x.test/a) and **bold** text.\n';
  const d = docFromBytes('r.md', Buffer.from(md));
  assert.equal(d.title, 'Report on Harrow');
  assert.equal(d.published, '2026-04-02');
  assert.match(d.text, /C2 {3}1\.2\.3\[\.\]4/);
  assert.match(d.text, /See the advisory and bold text\./);
});

test('readSource reads files and detects the format by extension, then by content', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-read-'));
  writeFileSync(join(dir, 'page'), '<!doctype html><p>Hello from Oslo.</p>');
  const d = await readSource(join(dir, 'page'));
  assert.equal(d.format, 'html');
  assert.equal(d.text, 'Hello from Oslo.');
});

test('Markdown: a block quotation introduced by a colon reads as a quotation; a note in a block quote does not; a publisher line keeps its organisation', () => {
  const md = '# Report on ports\n\n*Harbour Studies Institute, 2 March 2026*\n\nThe director, Ana Lopes, argued that budgets mattered:\n\n> Several boats stayed in port all year. The money\n> went elsewhere.\n\n> Note: figures are provisional.\n';
  const d = docFromBytes('r.md', Buffer.from(md));
  assert.ok(d.text.includes('“Several boats stayed in port all year. The money went elsewhere.”'));
  assert.ok(d.text.includes('\nNote: figures are provisional.'));
  assert.equal(d.published, '2026-03-02');
  const line = d.text.indexOf('Harbour Studies Institute');
  assert.ok(!d.meta.some((m) => m.start <= line && m.end > line), 'the publisher is not page furniture');
});

test('plain text: a list of one entry per line stays a list; a wrapped paragraph after it is still joined', () => {
  const t = 'Radio debate on port fraud\n\nOn the panel:\nMrs Adaeze Okonkwo-Bello, presenter of the evening programme\nSuperintendent Tunde Fashola, Nigeria Police Force (Lagos)\nMs Ngozi Eze-Adeyemi, lawyer and former customs officer\n\nThe debate was recorded in Lagos on Friday evening before an audience of\ntraders from the Apapa and Tin Can Island ports.\n';
  const d = docFromBytes('panel.txt', Buffer.from(t));
  assert.equal(d.text.length, t.length);
  assert.match(d.text, /evening programme\nSuperintendent Tunde Fashola, Nigeria Police Force \(Lagos\)\nMs Ngozi/);
  assert.match(d.text, /an audience of traders/);
});
