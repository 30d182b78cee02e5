/**
 * From bytes to a `SourceDoc`: size limit, binary detection, format detection (by extension, then by content) and
 * the format's reader. Every refusal is a `LiaisonError` with a stable code; nothing here throws anything else.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { LiaisonError } from '../../errors.js';
import type { SourceDoc, SourceFormat, Span } from '../types.js';
import { htmlToDoc } from './html.js';
import { markdownToText } from './markdown.js';
import { readPlainMeta } from './plain.js';

/** Largest file we ingest: a long report is a few hundred kilobytes; 10 MB leaves room for saved pages. */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

export function detectFormat(name: string, text: string): SourceFormat {
  const ext = extname(name).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt' || ext === '.text') return 'text';
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(body|article|p|div)[\s>]/.test(head)) return 'html';
  if (/^#{1,6}\s/m.test(text.slice(0, 4096)) || /\]\([^)]+\)/.test(text.slice(0, 4096))) return 'markdown';
  return 'text';
}

/** Text from bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252. Binary is refused. */
export function decodeText(name: string, bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  }
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) throw new LiaisonError('INGEST_BINARY', { file: name, reason: 'it contains NUL bytes' });
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.02) {
    throw new LiaisonError('INGEST_BINARY', { file: name, reason: `${control} control bytes in the first ${sample.length}` });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** Builds the document from bytes already in memory (`name` picks the format by extension). */
export function docFromBytes(name: string, bytes: Uint8Array, format?: SourceFormat): SourceDoc {
  if (bytes.length > MAX_SOURCE_BYTES) throw new LiaisonError('TOO_LARGE', { what: `${name} (${bytes.length} bytes)`, limit: `${MAX_SOURCE_BYTES} bytes` });
  if (bytes.length === 0) throw new LiaisonError('INGEST_EMPTY', { file: name });
  const raw = decodeText(name, bytes).replace(/\r\n?/g, '\n');
  if (!raw.trim()) throw new LiaisonError('INGEST_EMPTY', { file: name });
  const fmt = format ?? detectFormat(name, raw);
  const sourceSha256 = sha256(bytes);
  if (fmt === 'html') {
    const h = htmlToDoc(raw);
    if (!h.text.trim()) {
      const reason = /<script\b(?![^]*<\/script>)/i.test(raw) ? 'an unclosed <script> swallows the page' : 'no text outside markup, scripts and page furniture';
      throw new LiaisonError('INGEST_BAD_HTML', { file: name, reason });
    }
    const p = readPlainMeta(h.text);
    const meta: Span[] = p.meta;
    return { name, format: fmt, text: p.text, title: h.title ?? p.title, published: h.published ?? p.published, author: h.author ?? p.author, url: h.url, meta, sourceSha256 };
  }
  const body = fmt === 'markdown' ? markdownToText(raw) : raw;
  const p = readPlainMeta(body);
  if (!p.text.trim()) throw new LiaisonError('INGEST_EMPTY', { file: name });
  return { name, format: fmt, text: p.text, title: p.title, published: p.published, author: p.author, meta: p.meta, sourceSha256 };
}

/** Reads a file into a document; the size limit is checked before reading. */
export async function readSource(path: string, format?: SourceFormat): Promise<SourceDoc> {
  const name = basename(path);
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new LiaisonError('FILE_UNREADABLE', { file: path, reason: 'not a regular file' });
    size = st.size;
  } catch (e) {
    if (e instanceof LiaisonError) throw e;
    throw new LiaisonError('FILE_UNREADABLE', { file: path, reason: (e as NodeJS.ErrnoException).code ?? String(e) }, { cause: e });
  }
  if (size > MAX_SOURCE_BYTES) throw new LiaisonError('TOO_LARGE', { what: `${name} (${size} bytes)`, limit: `${MAX_SOURCE_BYTES} bytes` });
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new LiaisonError('FILE_UNREADABLE', { file: path, reason: (e as NodeJS.ErrnoException).code ?? String(e) }, { cause: e });
  }
  return docFromBytes(name, bytes, format);
}
