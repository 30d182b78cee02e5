/** A trailing attribution: "…, the ministry said." / "…, said Commissioner Montoro." */
import type { Sentence } from '../text.js';
import { ROLES } from '../mentions/cues-people.js';
import { titleRunOk, unnamed, words } from '../statement-parts.js';
import type { StatementContext } from './context.js';

/** A speaker's role in apposition before the name: "the Minister of Internal Affairs", "its chief executive". */
const ROLE_APPOS = new RegExp(`^\\s*(?:the|a|an|his|her|its|their)\\s+(?:[\\p{L}'’-]+\\s+){0,6}?(?:${ROLES})\\b(?:\\s+(?:of|for|at)\\s+[^,]{1,50})?\\s*$`, 'iu');

/** What may follow a trailing "…, the ministry said" to the sentence's end: when, where and how it was said
 * ("today in a press release", "on Monday", "in a statement", and the Malaysian, Singaporean, Indonesian and Indian
 * press's "when met by reporters at Parliament", "when contacted", "when reached by phone"). */
const TRAILING_ADVERBIALS = /^(?:\s+(?:today|yesterday|tonight|earlier|later|separately))?(?:\s+(?:on|in|at(?!\s+(?:least|most)\b)|during|after|when(?=\s+(?:met|contacted|reached|asked|approached|interviewed|questioned|visited|called)\b))\b(?:(?!\bthat\b|\b(?:it|he|she|they|we|there)\s+(?:would|will|had|has|have|was|were|is|are|could|should|may|might|must|did|does|do|plans?|wants?|hopes?)\b)[^,.]){0,60})?(?:\s+(?:today|yesterday|tonight|earlier|later|separately))?\s*[.!?]?\s*$/;
/** The object of a trailing "told": "reporters", "the committee", "Parliament's Standing Committee on Defence". */
// ("told state television", "told local radio": up to three lower-case words.)
const TOLD_OBJECT = /^\s+(?:(?:the|a|an)\s+)?(?:reporters|journalists|lawmakers|legislators|senators|parliament|(?:[\p{Lu}][\p{L}'’-]*|of|on|for|and|the)(?:\s+(?:[\p{Lu}][\p{L}'’-]*|of|on|for|and|the))*|(?:[a-z]+\s+){0,2}[a-z]+)(?=\s|[.!?]|$)/u;

/** Whether the verb `w`, followed by `rest` to the end of its sentence, ends a trailing attribution. */
export function isTrailingAttribution(w: string, rest: string): boolean {
  // Trailing attribution: "…, the ministry said." / "…, said Commissioner Montoro."
  // ("…, senior officials told Parliament's committee on Monday.": what "told" has as its object, then when.)
  const told = /^(?:told|tells)$/.test(w) ? TOLD_OBJECT.exec(rest) : null;
  // ("said, in a written reply, that …": an aside, then the clause; no trailing attribution.)
  const asideThat = /^\s*,\s*[^,;:"“”]{2,100},\s*that\s+/.test(rest);
  const trailing = !asideThat && (
    TRAILING_ADVERBIALS.test(told ? rest.slice(told[0].length) : rest) ||
    // "Heroin once moved through the south in bulk, he says; now most of it is made in the region."
    /^(?:\s+(?:on|in|at)\s+\w+)?\s*;/.test(rest) ||
    // "…, Kenyan police said, in the first such attack since 2023."
    /^(?:\s+(?:on|in|at)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}\w+)?\s*,\s*(?:in|on|at|after|before|during|as|citing|without|with|for|amid|despite)\b[^"“”]*$/.test(rest) ||
    // "…, his party said, hours before a planned rally", "…, a spokesman said, raising pressure on …": what follows
    // the comma is no clause of its own (no "that", no sentence adverb that would open one).
    /^(?:\s+(?:on|in|at)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}\w+)?\s*,\s*(?!(?:however|though|also|too|moreover|instead|meanwhile|nevertheless|he|she|it|they|we|i)\b)(?![^"“”]*\bthat\b)[^"“”]{3,}$/.test(rest));
  return trailing;
}

/** The statement of a trailing attribution whose verb is token `ti` of sentence `s`: the clause before its speaker. */
export function findTrailingAttribution(ctx: StatementContext, s: Sentence, ti: number): void {
  const { text, tk, refs, quotes, absorbed, speakerRefs, insideQuote, subjectOf, push } = ctx;
  const tok = tk.tokens[ti];
  // "“…,” the report's lead author, Dana Ionescu, said": a direct quotation, framed below.
  if (quotes.some((q) => q.start >= s.start - 1 && q.start <= s.start + 1 && q.end < tok.start && !q.open)) return;
  let subj = subjectOf(s, tok.start);
  // The speaker of a trailing attribution stands after the clause's last comma, not in the clause.
  if (subj && !text.slice(s.start, subj.start).includes(',') && text.slice(subj.end, tok.start).includes(',')) subj = undefined;
  // "…, killing one soldier, officials on both sides said": the speaker follows the clause's last comma.
  const lastComma = s.start + text.slice(s.start, tok.start).lastIndexOf(',');
  if (lastComma > s.start && (!subj || subj.start < lastComma)) {
    const after = speakerRefs.find((r) => r.start > lastComma && r.end <= tok.start && !insideQuote(r.start)) ?? refs.find((r) => r.start > lastComma && r.end <= tok.start && r.kind !== 'entity');
    if (after) subj = after;
  }
  // "…, the provincial governor's office said.": a speaker the text describes but does not name.
  if (!subj) {
    const np =
      /,\s*((?:(?:the|a|an|this|these|one|two|several|some|local|senior|his|her|its|their)\s+|(?=(?:officials|diplomats|witnesses|residents|sources|analysts|police|security sources|aid workers|observers)\b))[\w’'\s-]{1,60}?)\s*$/i.exec(text.slice(s.start, tok.start)) ??
      // "…, state television reported": any short lower-case noun phrase after the last comma.
      /,\s*((?!(?:and|but|or|which|who|whom|that|it|he|she|they|we|i|you|as|so|then|when|while|where|if|because|although|this|these|those)\b)[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){1,3})\s*$/.exec(text.slice(s.start, tok.start));
    // "..., mediators from both countries said": a plural noun with what qualifies it.
    const plural = np ? null : /,\s*((?=[a-z][a-z-]*[a-z]s\b)(?!(?:this|his|its|was|has|is|us|as|does|yes|whereas|thus|perhaps|always|sometimes|nevertheless)\b)[\w’'\s-]{1,60}?)\s*$/.exec(text.slice(s.start, tok.start));
    if (plural && words(plural[1]) <= 6 && !/["“”,]/.test(plural[1])) {
      const at = s.start + plural.index + plural[0].indexOf(plural[1]);
      subj = unnamed(at, at + plural[1].length, s.index);
    }
    if (np && words(np[1]) <= 7 && !/["“”,]/.test(np[1])) {
      const at = s.start + np.index + np[0].indexOf(np[1]);
      subj = unnamed(at, at + np[1].length, s.index);
    }
  }
  // ("BANJUL - The Minister …, X, has ordered an audit …, his office said": a speaker named by a possessive after
  // the last comma ends the statement there, whoever the possessor is.)
  const possTail = lastComma > s.start && subj && subj.start < lastComma && /^,\s*(?:his|her|its|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*$/.test(text.slice(lastComma, tok.start));
  const before = text.slice(s.start, possTail ? lastComma + 1 : subj ? subj.start : tok.start);
  let comma = before.lastIndexOf(',');
  // ("…, the Minister of Internal Affairs, Seule Kaltabang, said": the speaker's role stands between two commas.)
  const roleAt = before.lastIndexOf(',', comma - 1);
  if (subj && roleAt > 0 && ROLE_APPOS.test(before.slice(roleAt + 1, comma)) && titleRunOk(before.slice(roleAt + 1, comma), 9)) comma = roleAt;
  if (subj && comma > 0 && !/["”]\s*$/.test(before.slice(0, comma + 1).trimEnd().slice(-2)) && !quotes.some((q) => q.end >= s.start + comma - 1 && q.end <= s.start + comma + 2)) {
    const clause = { start: s.start, end: s.start + comma };
    if (words(text.slice(clause.start, clause.end)) >= 4) {
      for (const q of quotes) if (q.start >= clause.start && q.end <= clause.end + 1) absorbed.add(q);
      push(clause, 'reported', subj, { start: subj.start, end: tok.end }, 75);
    }
  }
}
