/**
 * The seam between the ingest pipeline and whatever finds things in text. Today a rule extractor (compromise plus
 * our gazetteers and quote rules); a model-based extractor can implement the same interface later.
 */
import type { Extraction, SourceDoc } from '../types.js';
import type { KnownEntities } from '../known.js';

export interface ExtractOptions {
  /** Entities already stored in the node, to reuse rather than duplicate. */
  known?: KnownEntities;
}

export interface Extractor {
  /** A short name recorded in the draft ("rules-v1"). */
  readonly name: string;
  /** Finds entities, statements, indicators and relationships in `doc.text`. Never throws on any text. */
  extract(doc: SourceDoc, options?: ExtractOptions): Extraction;
}
