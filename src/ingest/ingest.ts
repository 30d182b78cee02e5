/** The ingest pipeline: a file to a source document, findings, and a draft bundle. */
import type { KnownEntities } from './known.js';
import type { Extractor } from './nlp/extractor.js';
import { RuleExtractor } from './nlp/rule-extractor.js';
import { readSource } from './source/read.js';
import { buildDraftBundle } from './bundle.js';
import type { Extraction, SourceDoc } from './types.js';

export interface IngestOptions {
  extractor?: Extractor;
  known?: KnownEntities;
  createdBy?: string;
  now?: Date;
}

export interface IngestResult {
  doc: SourceDoc;
  extraction: Extraction;
  bundle: { type: 'bundle'; id: string; objects: (Record<string, unknown> & { id: string; type: string })[] };
}

export function ingestDoc(doc: SourceDoc, opts: IngestOptions = {}): IngestResult {
  const extractor = opts.extractor ?? new RuleExtractor();
  const extraction = extractor.extract(doc, { known: opts.known });
  const bundle = buildDraftBundle(doc, extraction, { extractor: extractor.name, createdBy: opts.createdBy, now: opts.now });
  return { doc, extraction, bundle };
}

export async function ingestFile(path: string, opts: IngestOptions = {}): Promise<IngestResult> {
  return ingestDoc(await readSource(path), opts);
}
