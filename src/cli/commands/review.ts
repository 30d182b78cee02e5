/** `liaison review list|show|accept|reject`: the analyst's side of the ingest review queue. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { LiaisonError } from '../../errors.js';
import { emit } from '../output.js';
import { FileDraftQueue, type Draft, type DraftStatus } from '../../ingest/review/queue.js';
import { acceptDraft, rejectDraft, type AcceptEdits } from '../../ingest/review/decide.js';
import { openNodeStore, storePublisher } from '../../ingest/review/publish.js';
import { INGEST_EXTENSION_ID } from '../../ingest/provenance.js';
import { dataDirOption } from './ingest.js';
import { keyedRecord } from '../../own-keys.js';

const STATUSES: DraftStatus[] = ['pending', 'accepted', 'rejected'];

function summary(d: Draft): Record<string, unknown> {
  const types = keyedRecord<number>();
  for (const o of d.bundle.objects) types[String(o.type)] = (types[String(o.type)] ?? 0) + 1;
  return { id: d.id, status: d.status, createdAt: d.createdAt, title: d.source.title ?? d.source.name, collection: d.collection ?? null, objects: types };
}

function describe(o: Record<string, unknown>): string {
  const ext = (o.extensions as Record<string, Record<string, unknown>> | undefined)?.[INGEST_EXTENSION_ID];
  const spans = Array.isArray(ext?.spans) ? ` @${(ext.spans as number[][]).slice(0, 3).map((s) => s.join('-')).join(',')}` : '';
  const conf = typeof ext?.confidence === 'number' ? ` [${ext.confidence}]` : '';
  const label = (o.name ?? o.content ?? o.value ?? o.relationship_type ?? (o.hashes ? JSON.stringify(o.hashes) : '')) as string;
  return `  ${String(o.type).padEnd(14)} ${String(o.id).slice(0, 48).padEnd(48)} ${String(label).slice(0, 80)}${conf}${spans}`;
}

export function registerReview(program: Command): void {
  const review = program.command('review').description('review drafts made by `liaison ingest`: list, show, accept into a collection, reject');
  const data = (cmd: Command) => String(cmd.optsWithGlobals().data ?? dataDirOption());
  review.option('--data <dir>', 'data folder (drafts are kept in <dir>/drafts)', dataDirOption());

  review
    .command('list')
    .description('list drafts, oldest first')
    .option('--status <status>', `only drafts in this state (${STATUSES.join(', ')})`)
    .option('--json', 'print one JSON document')
    .action(async (o: { status?: string; json?: boolean }, cmd: Command) => {
      if (o.status && !STATUSES.includes(o.status as DraftStatus)) throw new LiaisonError('USAGE', { detail: `--status must be one of ${STATUSES.join(', ')}` });
      const drafts = await new FileDraftQueue(data(cmd)).list(o.status as DraftStatus | undefined);
      emit(!!o.json, { drafts: drafts.map(summary) }, () =>
        drafts.length ? drafts.map((d) => `${d.id}  ${d.status.padEnd(8)}  ${d.createdAt.slice(0, 19)}  ${d.source.title ?? d.source.name}\n`).join('') : 'no drafts\n',
      );
    });

  review
    .command('show')
    .description('show a draft: its source and every object with its spans and confidence')
    .argument('<id>', 'draft id')
    .option('--json', 'print the whole draft as JSON')
    .action(async (id: string, o: { json?: boolean }, cmd: Command) => {
      const d = await new FileDraftQueue(data(cmd)).get(id);
      if (!d) throw new LiaisonError('NOT_FOUND', { what: `draft ${id}` });
      emit(!!o.json, d, () => [`draft ${d.id}: ${d.status}${d.storedIn ? ` (stored in ${d.storedIn})` : ''}${d.reason ? ` (${d.reason})` : ''}`, `source: ${d.source.name} (${d.source.format}, sha256 ${d.source.sha256.slice(0, 16)}…)`, `title: ${d.source.title ?? '-'}`, ...d.bundle.objects.filter((x) => x.type !== 'extension-definition').map(describe)].join('\n') + '\n');
    });

  review
    .command('accept')
    .description('accept a draft (with edits) and store it into a collection')
    .argument('<id>', 'draft id')
    .option('--collection <collection>', 'collection id or alias (defaults to the one suggested at ingest)')
    .option('--drop <ids...>', 'ids of objects to leave out (references to them are removed)')
    .option('--bundle <file>', 'a whole edited bundle (JSON) replacing the draft')
    .option('--json', 'print one JSON document')
    .action(async (id: string, o: { collection?: string; drop?: string[]; bundle?: string; json?: boolean }, cmd: Command) => {
      const edits: AcceptEdits = { drop: o.drop };
      if (o.bundle) {
        let raw: string;
        try {
          raw = await readFile(o.bundle, 'utf8');
        } catch (e) {
          throw new LiaisonError('FILE_UNREADABLE', { file: o.bundle, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
        }
        try {
          edits.bundle = JSON.parse(raw);
        } catch (e) {
          throw new LiaisonError('NOT_JSON', { file: o.bundle, reason: (e as Error).message });
        }
        if (!edits.bundle || edits.bundle.type !== 'bundle' || !Array.isArray(edits.bundle.objects)) throw new LiaisonError('NOT_STIX', { file: o.bundle, reason: 'not a bundle' });
      }
      const dir = data(cmd);
      const store = await openNodeStore(dir);
      if (!store) throw new LiaisonError('STORE_UNAVAILABLE', { what: o.collection ?? 'the suggested collection', reason: `there is no node store in ${dir} (create the node there first, or pass --data)` });
      try {
        const d = await acceptDraft(new FileDraftQueue(dir), id, { collection: o.collection, edits, publish: store ? storePublisher(store) : undefined });
        emit(!!o.json, { draft: summary(d), storedIn: d.storedIn }, () => `draft ${d.id} accepted: ${d.bundle.objects.length} objects stored in ${d.storedIn}\n`);
      } finally {
        await store?.close();
      }
    });

  review
    .command('reject')
    .description('reject a draft; it is kept, marked rejected, and never stored')
    .argument('<id>', 'draft id')
    .option('--reason <text>', 'why')
    .option('--json', 'print one JSON document')
    .action(async (id: string, o: { reason?: string; json?: boolean }, cmd: Command) => {
      const d = await rejectDraft(new FileDraftQueue(data(cmd)), id, o.reason);
      emit(!!o.json, { draft: summary(d) }, () => `draft ${d.id} rejected\n`);
    });
}
