/** "According to X, …" / "…, according to X": the clause X is said to have said. */
import type { Span } from '../../types.js';
import type { Ref } from '../refs.js';
import type { Sentence } from '../text.js';
import { words } from '../statement-parts.js';
import type { StatementContext } from './context.js';

/** The statement of "according to" at token `ti` ("according") of sentence `s`; or of the same phrase in other words,
 * whose last token is `lastTi` ("as per", "per"), which report only when they name who said it. */
export function findAccordingTo(ctx: StatementContext, s: Sentence, ti: number, lastTi = ti + 1): void {
  const { text, tk, refs, objectRefs, quotes, absorbed, push } = ctx;
  const tok = tk.tokens[ti];
  const after = text.slice(tk.tokens[lastTi].end, s.end);
  const toEnd = tk.tokens[lastTi].end;
  const named = lastTi !== ti + 1 || tk.tokens[ti].text.toLowerCase() !== 'according';
  const notPlace = (r: Ref) => !(r.kind === 'entity' && r.entityKind === 'location');
  let who = refs.find((r) => r.start >= toEnd && r.start <= toEnd + 24 && r.end <= s.end && notPlace(r)) ?? objectRefs.find((r) => r.start >= toEnd && r.start <= toEnd + 2);
  // "according to PCG spokesman Jay Tarriela": the person the body's role noun names.
  if (who && who.entityKind !== 'person') {
    const w0 = who;
    const named = refs.find((r) => r.entityKind === 'person' && r.start > w0.end && r.start <= w0.end + 40 && /^\s+(?:[a-z-]+\s+){1,3}$/.test(text.slice(w0.end, r.start)));
    if (named) who = named;
  }
  // "according to a report released on Monday by the Institute", "according to figures compiled by X".
  const by = /^\s+(?:(?:an?|the|its|their|new|latest)\s+)*(?:[\w’'-]+\s+){0,7}?(?:by|from|of)\s+/.exec(after);
  if (by && (!who || who.key === null)) {
    const at = toEnd + by[0].length;
    const far = refs.find((r) => r.start >= at && r.start <= at + 4 && notPlace(r) && r.key);
    if (far) who = far;
  }
  // ("according to the police's Anti-Human Trafficking Bureau": the unit the possessive names.)
  const w1 = who;
  const unit = w1 && /^['’]s?\s+$/.test(text.slice(w1.end, w1.end + 3)) ? refs.find((r) => r.kind === 'entity' && (r.entityKind === 'organization' || r.entityKind === 'group') && r.start > w1.end && r.start <= w1.end + 3) : undefined;
  if (unit) who = unit;
  // ("…, and, according to Sunita, one of them …": after a coordinating conjunction it leads its own clause.)
  const coordLead = /(?:,\s*(?:and|but|yet|while|whereas)\s*,?|;)\s*$/.exec(text.slice(s.start, tok.start));
  const leading = tok.start - s.start <= 2 || !!coordLead;
  let clause: Span | undefined;
  let speaker = who;
  if (leading) {
    const comma = after.indexOf(',');
    if (comma >= 0) clause = { start: toEnd + comma + 1, end: s.end };
    if (speaker && clause && speaker.start >= clause.start) speaker = undefined;
  } else {
    const before = text.slice(s.start, tok.start);
    if (/,\s*$/.test(before)) clause = { start: s.start, end: tok.start };
    else if (speaker?.key) {
      // "…, where 17 million people depend on aid according to the WFP": the clause before it.
      const comma = before.lastIndexOf(',');
      clause = { start: comma >= 0 ? s.start + comma + 1 : s.start, end: tok.start };
    }
  }
  // "according to a draft seen by the agency": a source the text describes but does not name.
  // (Or a name the extractor did not recognise: the statement is kept, with no speaker rather than a guess.)
  const described = /^\s+(?:an?|the|its|their|his|her|one|two|several|some|internal|leaked|official|preliminary|unpublished|new|recent)\s/i.test(after) || /^\s+\p{Lu}/u.test(after);
  if (clause && (speaker || ((leading || described) && !named)) && (!named || speaker?.key) && words(text.slice(clause.start, clause.end)) >= 3) {
    for (const q of quotes) if (q.start >= clause.start && q.end <= clause.end + 1) absorbed.add(q);
    push(clause, 'reported', speaker, { start: tok.start, end: speaker ? speaker.end : tok.end + 3 }, 70);
  }
}
