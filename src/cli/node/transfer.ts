/**
 * `liaison import FILE... --collection C` and `liaison export --collection C`: bulk loading of bundles (plain or
 * gzip) through the same validation as TAXII POST, and a bundle of a collection's every version on stdout.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import { LiaisonError } from '../../errors.js';
import type { StixObject, Store } from '../../store/store.js';
import { parseJsonBody } from '../../taxii/json-body.js';
import { defaultValidator } from '../../taxii/validate.js';
import { EXIT, emit, progress } from '../output.js';
import { collectionArg, withNode, type DataOptions } from './open.js';

const BATCH = 1000;
const MAX_DEPTH = 256;

interface Refusal {
  index: number;
  id: string;
  version: string;
  message: string;
}

interface FileReport {
  file: string;
  total: number;
  added: number;
  present: number;
  refused: Refusal[];
}

/** The objects of a file: a bundle, a TAXII envelope, a list of objects or one object (gzip detected by magic). */
async function readObjects(file: string): Promise<unknown[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new LiaisonError('FILE_UNREADABLE', { file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (e) {
      throw new LiaisonError('FILE_UNREADABLE', { file, reason: `broken gzip: ${(e as Error).message}` });
    }
  }
  let doc: unknown;
  try {
    doc = parseJsonBody(bytes, MAX_DEPTH);
  } catch (e) {
    if (e instanceof LiaisonError) {
      const reason = e.code === 'BAD_JSON' ? String(e.params.reason) : e.code === 'BAD_UTF8' ? 'not valid UTF-8' : e.message;
      throw new LiaisonError('NOT_JSON', { file, reason });
    }
    throw e;
  }
  if (Array.isArray(doc)) return doc;
  if (doc && typeof doc === 'object') {
    const o = doc as Record<string, unknown>;
    if (Array.isArray(o.objects)) return o.objects;
    if (typeof o.type === 'string' && o.type !== 'bundle') return [o];
  }
  throw new LiaisonError('NOT_STIX', { file, reason: 'expected a bundle, an envelope, a list of objects or one object' });
}

const versionOf = (o: Record<string, unknown>) => (typeof o.modified === 'string' ? o.modified : typeof o.created === 'string' ? o.created : '');

async function importFile(store: Store, collectionId: string, file: string): Promise<FileReport> {
  const list = await readObjects(file);
  const report: FileReport = { file, total: list.length, added: 0, present: 0, refused: [] };
  const bar = progress(list.length, 'objects');
  // One batch is stored (on the store's writer thread, where it has one) while the next is validated.
  let storing: Promise<void> = Promise.resolve();
  try {
    for (let start = 0; start < list.length; start += BATCH) {
      const end = Math.min(start + BATCH, list.length);
      const batch: StixObject[] = [];
      const indexOf: number[] = [];
      for (let i = start; i < end; i++) {
        const o = list[i];
        if (!o || typeof o !== 'object' || Array.isArray(o)) {
          report.refused.push({ index: i, id: '', version: '', message: 'NOT_AN_OBJECT: not a JSON object' });
          continue;
        }
        const obj = o as Record<string, unknown>;
        const verdict = defaultValidator(obj);
        if (!verdict.valid) {
          report.refused.push({
            index: i,
            id: typeof obj.id === 'string' ? obj.id : '',
            version: versionOf(obj),
            message: verdict.errors.slice(0, 5).map((e) => `${e.code}: ${e.message}${e.path ? ` (${e.path})` : ''}`).join('; '),
          });
          continue;
        }
        batch.push(obj as StixObject);
        indexOf.push(i);
      }
      await storing;
      if (!batch.length) {
        bar.update(end);
        continue;
      }
      storing = store.addObjects(collectionId, batch).then((r) => {
        r.outcomes.forEach((out, k) => {
          if (out.status === 'added') report.added++;
          else if (out.status === 'present') report.present++;
          else {
            report.refused.push({
              index: indexOf[k],
              id: out.id,
              version: out.version,
              message: `VERSION_CONFLICT: the node holds ${out.id} version ${out.version} with different content (conflict ${out.conflictId})`,
            });
          }
        });
        bar.update(end);
      });
    }
    await storing;
  } finally {
    bar.stop();
  }
  report.refused.sort((a, b) => a.index - b.index);
  return report;
}

export async function importCommand(files: string[], opts: DataOptions & { collection: string }): Promise<void> {
  await withNode(opts, async (store) => {
    const c = await collectionArg(store, opts.collection);
    const reports: FileReport[] = [];
    for (const file of files) reports.push(await importFile(store, c.id, file));
    const refused = reports.reduce((n, r) => n + r.refused.length, 0);
    emit(Boolean(opts.json), { collection: c.id, files: reports }, () =>
      reports
        .map(
          (r) =>
            `${r.file}: ${r.total} objects, ${r.added} added, ${r.present} already present, ${r.refused.length} refused\n` +
            r.refused.map((f) => `  refused #${f.index} ${f.id || '(no id)'}${f.version ? ` ${f.version}` : ''}: ${f.message}\n`).join(''),
        )
        .join(''),
    );
    if (refused > 0) process.exitCode = EXIT.NEGATIVE;
  });
}

class ReaderGone extends Error {}

/** Writes to stdout, waiting for it to drain; a reader that went away (`| head`) ends the export quietly. */
function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (err) => {
      if (!err) resolve();
      else reject((err as NodeJS.ErrnoException).code === 'EPIPE' ? new ReaderGone() : err);
    });
  });
}

/** Writes every version of every object of the collection as one STIX bundle, in date_added order. */
export async function exportCommand(opts: DataOptions & { collection: string }): Promise<void> {
  process.stdout.on('error', () => {}); // EPIPE is reported through the write callbacks
  await withNode(opts, async (store) => {
    const c = await collectionArg(store, opts.collection);
    await write(`{"type":"bundle","id":"bundle--${randomUUID()}","objects":[`);
    let after: { dateAdded: number; id: string } | undefined;
    let first = true;
    for (;;) {
      const page = await store.listObjects(c.id, { versions: { all: true }, specVersions: undefined }, { after, limit: BATCH });
      if (page.items.length) {
        await write((first ? '\n' : ',\n') + page.items.map((o) => o.json).join(',\n'));
        first = false;
        const last = page.items[page.items.length - 1];
        after = { dateAdded: last.dateAdded, id: last.id };
      }
      if (!page.more) break;
    }
    await write('\n]}\n');
  }).catch((e) => {
    if (!(e instanceof ReaderGone)) throw e;
  });
}
