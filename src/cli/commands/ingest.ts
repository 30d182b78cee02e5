/**
 * `liaison ingest FILE`: an article, statement or saved page (text, Markdown, HTML) to a draft STIX bundle held for
 * review. Entities the node already stores are reused. Nothing is shared until `liaison review accept`.
 */
import type { Command } from 'commander';
import { emit } from '../output.js';
import { isLiaisonError } from '../../errors.js';
import { ingestFile } from '../../ingest/ingest.js';
import { FileDraftQueue } from '../../ingest/review/queue.js';
import { knownFromStore, openNodeStore } from '../../ingest/review/publish.js';
import type { Extraction } from '../../ingest/types.js';

export const dataDirOption = (): string => process.env.LIAISON_DATA ?? './data';

export function counts(x: Extraction): Record<string, number> {
  const k = (kind: string) => x.entities.filter((e) => e.kind === kind).length;
  return { people: k('person'), organisations: k('organization'), groups: k('group'), places: k('location'), documents: k('document'), statements: x.quotes.length, indicators: x.iocs.length, relationships: x.relations.length };
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('turn an article, statement or saved web page (text, Markdown, HTML) into draft intelligence held for review')
    .argument('<file>', 'the source document (.txt, .md, .html; up to 10 MB)')
    .option('--json', 'print one JSON document (the draft and its bundle)')
    .option('--collection <collection>', 'the collection (id or alias) suggested for the reviewed result')
    .option('--data <dir>', 'data folder (drafts are kept in <dir>/drafts)', dataDirOption())
    .action(async (file: string, o: { json?: boolean; collection?: string; data: string }) => {
      const store = await openNodeStore(o.data).catch(() => undefined);
      let result;
      try {
        const known = store ? await knownFromStore(store) : undefined;
        const node = store ? await store.getNode() : null;
        result = await ingestFile(file, { known, createdBy: node?.identityId });
      } catch (e) {
        // A refused input keeps its stable code for scripts reading --json; the message still goes to stderr.
        if (o.json && isLiaisonError(e)) process.stdout.write(JSON.stringify({ error: { code: e.code, message: e.message } }) + '\n');
        throw e;
      } finally {
        await store?.close();
      }
      const { doc, extraction, bundle } = result;
      const queue = new FileDraftQueue(o.data);
      const draft = await queue.add({
        source: { name: doc.name, format: doc.format, title: doc.title, published: doc.published, sha256: doc.sourceSha256 },
        extractor: 'liaison-rules/1',
        ...(o.collection ? { collection: o.collection } : {}),
        bundle,
      });
      const c = counts(extraction);
      emit(!!o.json, { draft: { id: draft.id, status: draft.status, collection: draft.collection ?? null }, source: draft.source, counts: c, bundle }, () => {
        const lines = [
          `draft ${draft.id}: pending review`,
          `report: ${JSON.stringify(doc.title ?? doc.name)}${doc.published ? ` (published ${doc.published.slice(0, 10)})` : ' (no date found)'}${doc.author ? ` by ${doc.author}` : ''}`,
          `found: ${Object.entries(c).map(([k, v]) => `${v} ${k}`).join(', ')}`,
        ];
        for (const e of extraction.entities) lines.push(`  ${e.kind.padEnd(12)} ${e.name}${e.roles.length ? ` (${e.roles.join('; ')})` : ''}${e.aliases.length ? ` aka ${e.aliases.join(', ')}` : ''}${e.knownId ? ` = ${e.knownId}` : ''}`);
        const byKey = new Map(extraction.entities.map((e) => [e.key, e.name]));
        for (const q of extraction.quotes) lines.push(`  statement    ${q.speaker ? byKey.get(q.speaker) : '(speaker unclear)'}: "${q.text.length > 90 ? q.text.slice(0, 87) + '...' : q.text}"`);
        for (const i of extraction.iocs) lines.push(`  indicator    ${i.type} ${i.value}${i.defanged ? ' (was defanged)' : ''}`);
        lines.push(`next: liaison review show ${draft.id}  |  liaison review accept ${draft.id}${o.collection ? '' : ' --collection <c>'}`);
        return lines.join('\n') + '\n';
      });
    });
}
