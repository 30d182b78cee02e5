/** Helpers of the extractor's probe tests: a text extracted as a plain-text document, and what it found. */
import { RuleExtractor } from '../rule-extractor.js';
import type { Extraction, SourceDoc } from '../../types.js';

const doc = (text: string): SourceDoc => ({ name: 't.txt', format: 'text', text, meta: [], sourceSha256: '0'.repeat(64) });

export const extract = (text: string): Extraction => new RuleExtractor().extract(doc(text));

/** The kind of the entity named (or aliased) `name`. */
export function kinds(x: Extraction): (name: string) => string | undefined {
  return (name) => x.entities.find((e) => e.name === name || e.aliases.includes(name))?.kind;
}

/** The speaker of the shortest statement containing `frag`: its name, null for none, undefined for no statement. */
export function speakers(x: Extraction): (frag: string) => string | null | undefined {
  const byKey = new Map(x.entities.map((e) => [e.key, e.name]));
  return (frag) => {
    const q = x.quotes.filter((q) => q.text.includes(frag)).sort((a, b) => a.text.length - b.text.length)[0];
    if (!q) return undefined;
    return q.speaker ? (byKey.get(q.speaker) ?? null) : null;
  };
}
