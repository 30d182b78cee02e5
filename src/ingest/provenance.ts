/**
 * The property extension (STIX 2.1 §7.3, `property-extension`) by which every object of an ingest draft says where
 * in the source it was found and how sure the extractor was. Its definition is published with each draft so the
 * objects stay valid STIX for any consumer.
 */
import { LIAISON_IDENTITY_ID } from '../exchange/liaison-objects.js';
import type { Span } from './types.js';

export const INGEST_EXTENSION_ID = 'extension-definition--3c0a7f4e-8d0b-4d2e-9a51-6b7f0e2c9d14';

const EPOCH = '2026-11-29T00:00:00.000Z';

export const INGEST_EXTENSION = Object.freeze({
  type: 'extension-definition',
  spec_version: '2.1',
  id: INGEST_EXTENSION_ID,
  created: EPOCH,
  modified: EPOCH,
  created_by_ref: LIAISON_IDENTITY_ID,
  name: 'Liaison ingest provenance',
  description: 'Where in an ingested source text an object was found, by which extractor, and how sure it was.',
  schema:
    'Property extension on any STIX object. Properties: extension_type (required, "property-extension"); ' +
    'spans (list of [start, end] character offsets, half-open, in the source text whose SHA-256 is on the report); ' +
    'confidence (integer 0-100: the extractor\'s confidence); extractor (string); review_status ("draft" or ' +
    '"reviewed"); aliases (list of string: other names the source uses); kind (string, for notes: "direct" or ' +
    '"reported"; for identities: "document" when the speaker is a document); attribution_span ([start, end]).',
  version: '1.0.0',
  extension_types: Object.freeze(['property-extension']),
});

export interface Provenance {
  spans: Span[];
  confidence: number;
  extractor: string;
  review_status: 'draft' | 'reviewed';
  aliases?: string[];
  kind?: string;
  attribution_span?: Span;
}

/** The `extensions` value carrying provenance. */
export function provenanceExtension(p: Provenance): Record<string, unknown> {
  const ext: Record<string, unknown> = {
    extension_type: 'property-extension',
    spans: p.spans.map((s) => [s.start, s.end]),
    confidence: Math.max(0, Math.min(100, Math.round(p.confidence))),
    extractor: p.extractor,
    review_status: p.review_status,
  };
  if (p.aliases?.length) ext.aliases = p.aliases;
  if (p.kind) ext.kind = p.kind;
  if (p.attribution_span) ext.attribution_span = [p.attribution_span.start, p.attribution_span.end];
  return { [INGEST_EXTENSION_ID]: ext };
}
