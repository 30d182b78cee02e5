/** A statement inside a relative clause: ", which the prefecture said would be repatriated". */
import { unnamed, words } from '../statement-parts.js';
import type { StatementContext } from './context.js';

/** A relative clause whose subject said what it goes on with: ", which the prefecture said would be …", ", who police
 * say was armed": the relative pronoun, a short subject, a verb of saying, and a finite verb. */
const RELATIVE_SAID = /,\s*(?:which|who)\s+((?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:said|says|say|believe|believes|believed|told\s+\w+)\s+(?=(?:would|will|was|were|is|are|had|has|have|could|might|may|must|should|did)\b)/gu;

export function findRelativeClauseStatements(ctx: StatementContext): void {
  const { text, refs, out, sentenceOf, insideQuote, push } = ctx;
  // (1.) A statement inside a relative clause: "… to wait for the bodies, which the prefecture said would be repatriated
  // this week": what the relative clause's own subject said is its statement, whoever speaks in the sentence around it.
  for (const m of text.matchAll(RELATIVE_SAID)) {
    const npAt = m.index + m[0].indexOf(m[1]);
    const verbEnd = m.index + m[0].length;
    if (insideQuote(m.index)) continue;
    const s = sentenceOf(m.index);
    const end = Math.min(s.end, ...[',', ';', '.'].map((c) => text.indexOf(c, verbEnd)).filter((k) => k > verbEnd));
    if (words(text.slice(verbEnd, end)) < 3 || out.some((o) => o.span.start === verbEnd)) continue;
    const ref = refs.find((r) => r.start >= npAt && r.end <= npAt + m[1].length && !(r.kind === 'entity' && r.entityKind === 'location' && !r.country));
    push({ start: verbEnd, end }, 'reported', ref ?? unnamed(npAt, npAt + m[1].length, s.index), { start: npAt, end: verbEnd }, 65);
  }
}
