/**
 * Demands and reported questions ("X urged Y to …", "X asked him whether …"): statements whose text is the clause
 * after "to" or the question word (decided in session 7; see the labelling guide).
 */
import type { Ref } from './refs.js';
import { TURN_LABEL, words } from './statement-parts.js';
import type { StatementContext } from './statements/context.js';

// A demand: the verb, its object (one to eight words, no clause of its own, perhaps the short name it is given in
// parentheses: "asked the Standing Committee on Fisheries (the Committee) to …"), "to" and a verb in the infinitive.
// ("calls on the Minister for Fisheries to …": "for" inside a title, before a capital, is part of the object.)
// (Up to twelve words for a list of those asked with where they are: "calls on all owners, masters and agents with
// boats on the lake to …"; see demandsIn.)
const DEMAND = /\b(?:(?:called|calls|calling)\s+(?:on|upon)|urged|urges|urging|asked|asks|asking|told|tells|advised|advises|appealed\s+to|appeals\s+to|appealing\s+to|implored|implores|pleaded\s+with|pleads\s+with|begged|begs)\s+(?!(?:not|for|about|to|that|whether|if|on|in|at|by|after|during|him\s+about|her\s+about)\b)((?:(?!(?:that|which|who|for(?!\s+\p{Lu})|if|whether|or|but|not|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)[\p{L}\p{N}’'-]+,?\s+){1,12}?)(?:\([^()]{1,40}\)\s+)?(not\s+)?to\s+(?=\p{Ll})/giu;
/** A demand's object that is a list of those asked ("chiefs, district officers and landowners", "Chile and Peru", "the
 * Ministry of Trade and Industry"), not two clauses ("urged calm and told residents"): "and" only after a comma-list's
 * first item or before a capitalised word, with no verb of demand after it; a comma only in such a list. */
function listObject(object: string): boolean {
  // ("asked their hosting provider, a company registered in Peru, to …": an appositive of the one asked, not a list.)
  const obj = object.replace(CLOSING_APPOSITIVE, ' ');
  const and = /\band\s+/.exec(obj);
  if (!and) return !obj.includes(',');
  const after = obj.slice(and.index + and[0].length);
  if (/\b(?:called|calls|calling|urged|urges|urging|asked|asks|asking|told|tells|advised|advises|appealed|appeals|implored|implores|pleaded|pleads|begged|begs|said|says)\b/.test(after)) return false;
  return /,/.test(obj.slice(0, and.index)) || /^\p{Lu}/u.test(after) || pluralPair(obj.slice(0, and.index), after);
}

// An appositive closing the object of a demand, between commas just before "to": ", a company registered in Peru,".
const CLOSING_APPOSITIVE = /,\s+(?:a|an|the|its|their|his|her)\s+[^,]+,\s*$/iu;
// The phrases that follow the head noun of those asked: "in the Bay", "with large followings", "of social media pages".
const PREPOSITION = String.raw`(?:of|in|on|at|with|from|across|along|near|around|throughout)`;

/** Two plural nouns joined by "and" ("shippers and freight forwarders", "parents and teachers", "boathouses and
 * garages in the Bay": the second noun before the phrases that place it): one list of those asked, where "urged calm
 * and promised to …" is two clauses. */
function pluralPair(before: string, after: string): boolean {
  const last = (s: string) => s.trim().split(/\s+/).pop() ?? '';
  const noun = last(after.replace(new RegExp(String.raw`\s+${PREPOSITION}\s[\s\S]*$`, 'iu'), ' '));
  return /^\p{Ll}[\p{Ll}-]{2,}s$/u.test(last(before)) && /^\p{Ll}[\p{Ll}-]{2,}s$/u.test(noun) && !/ss$/.test(last(before)) && !/ss$/.test(noun);
}

// Those asked named by a head and the phrases that describe them, up to twelve words ("the owners of social media
// pages with large followings in Peru"): a noun phrase of up to five words, then phrases of one to three words each
// opened by a preposition, with no verb of a clause of its own in them.
const DESCRIBED_OBJECT = new RegExp(String.raw`^(?:[\p{L}\p{N}’'-]+\s+){1,5}(?:${PREPOSITION}\s+(?:[\p{L}\p{N}’'-]+\s+){1,3})+$`, 'iu');
const describedObject = (obj: string): boolean =>
  words(obj) <= 12 && DESCRIBED_OBJECT.test(obj) && !/\b(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must|said|says)\b/i.test(obj);

/** The demands of a sentence whose object is one noun phrase or a list; past one that is not, the search goes on from
 * its object ("urged calm and told its members to …": the demand is "told its members to"). */
function demandsIn(sText: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const re = new RegExp(DEMAND.source, DEMAND.flags);
  for (let m = re.exec(sText); m; m = re.exec(sText)) {
    // (Past eight words only a comma-list of those asked: "all owners, masters and agents with boats on the lake".)
    // (Or a head described by phrases that place it: "the owners of social media pages with large followings in Peru";
    // an appositive between commas is not counted: "their hosting provider, a company registered in the Netherlands,".)
    const asked = m[1].replace(CLOSING_APPOSITIVE, ' ');
    if (listObject(m[1]) && (words(asked) <= 8 || /,[^,]*\band\s/.test(asked) || describedObject(asked))) out.push(m);
    else re.lastIndex = m.index + m[0].indexOf(m[1]);
  }
  return out;
}
// A reported question: "asked (him / the minister) whether …", "Asked by X whether …".
const QUESTION = /\b(?:asked|asks|asking)\s+((?:(?!(?:that|which|for|to|not|about)\b)[\p{L}\p{N}’'-]+\s+){0,5}?)(?=(?:whether|if|why|how|what|when|where|who)\s)/giu;

// A demand made of people described by a relative clause: "urged anyone who receives a threat to call the police".
const DEMAND_WHO = /\b(?:(?:called|calls|calling)\s+(?:on|upon)|urged|urges|urging|asked|asks|asking|appealed\s+to|appeals\s+to)\s+((?:anyone|anybody|everyone|everybody|those|people|residents|citizens|customers|users|businesses|parents|drivers|owners|victims|companies|families|travellers|travelers|shopkeepers|traders|farmers|witnesses)\s+(?:who|that)\s+(?:[\p{L}\p{N}’'-]+\s+){1,8}?)(not\s+)?to\s+(?=\p{Ll})/giu;
// A request in the passive infinitive, with no object: "asked to be given …", "asks to be briefed on …".
const ASKED_TO_BE = /\b(asked|asks)\s+to\s+(?=be\s+\p{Ll}+(?:ed|en)\b)/gu;
// A question put by pressing someone: "pressed her on how many …", "quizzed the minister about whether …".
const QUESTION_PRESSED = /\b(?:pressed|presses|pressing|quizzed|quizzes|questioned|questions|challenged|challenges)\s+((?:(?!(?:that|which|for|to|not)\b)[\p{L}\p{N}’'-]+\s+){1,5}?)(?:on|about|over|as\s+to)\s+(?=(?:whether|if|why|how|what|when|where|who)\s)/giu;

export function findDemands(ctx: StatementContext): void {
  const { text, tk, quotes, absorbed, out, subjectOf, speakerRefs, insideQuote, push } = ctx;
  for (const s of tk.sentences) {
    const sText = text.slice(s.start, s.end);
    if (!/\b(?:call|urg|ask|appeal|implor|plead|beg|press|quizz|question|challeng|told|tells|advis)/i.test(sText)) continue;
    const hits: { at: number; verbEnd: number; content: number; question: boolean }[] = [];
    // ("asked journalists not to speculate": the negation is part of what was asked.)
    const demand = (m: RegExpExecArray) => ({ at: s.start + m.index, verbEnd: s.start + m.index + m[0].indexOf(m[1]), content: s.start + m.index + (m[2] ? m[0].lastIndexOf(m[2]) : m[0].length), question: false });
    // ("asked me to …" only in a transcript's turn, where a body's demand of the one speaking is relayed: "D'ARVIEU: The
    // Congress has asked me to report to its members"; elsewhere the one asked is the narrator or a quoted speaker.)
    const inTurn = TURN_LABEL.test(text.slice(text.lastIndexOf('\n', s.start) + 1, s.start + 1));
    for (const m of demandsIn(sText)) if (inTurn || !/^(?:me|us)\s+$/i.test(m[1])) hits.push(demand(m));
    for (const m of sText.matchAll(DEMAND_WHO)) if (!hits.some((h) => h.at === s.start + m.index)) hits.push(demand(m));
    // ("KWS asked to be given the same vehicles as the police": a request with no one named as asked.)
    for (const m of sText.matchAll(ASKED_TO_BE)) hits.push({ at: s.start + m.index, verbEnd: s.start + m.index + m[1].length, content: s.start + m.index + m[0].length, question: false });
    for (const m of sText.matchAll(QUESTION_PRESSED)) hits.push({ at: s.start + m.index, verbEnd: s.start + m.index + m[0].indexOf(m[1]), content: s.start + m.index + m[0].length, question: true });
    for (const m of sText.matchAll(QUESTION)) hits.push({ at: s.start + m.index, verbEnd: s.start + m.index + m[0].length - m[1].length, content: s.start + m.index + m[0].length, question: true });
    // "Asked by Kelvin Ong, the member for Tawau, whether …, she paused": the one after "by" asks.
    // (A report's paragraph may open with its number: "3.6 Asked by the Chairperson, …, why …".)
    const askedBy = /^\W*(?:\d+(?:\.\d+)*\.?\s+)?Asked\s+by\s+[^"“”]{2,120}?,?\s+(?=(?:whether|if|why|how|what|when|where|who)\s)/.exec(sText);
    if (askedBy) hits.push({ at: s.start + askedBy.index, verbEnd: s.start + askedBy[0].indexOf('by') + 2, content: s.start + askedBy[0].length, question: true });
    for (const h of hits.sort((a, b) => a.at - b.at)) {
      if (insideQuote(h.at)) continue;
      const head = text.slice(s.start, h.at);
      // ("Hartigan, when asked whether he would resign, smiled": the reporter's question, in the passive.)
      if (/\b(?:when|if|after|before|once|while|being|was|were|is|are|been)\s+$/i.test(head)) continue;
      // "Asked whether the road would reopen, he said …": the reporter's question, no statement of anyone named.
      let who: Ref | undefined;
      let end = s.end;
      const opener = /^\W*(?:\d+(?:\.\d+)*\.?\s+)?$/.test(head);
      if (opener) {
        if (!h.question || !/^\W*(?:\d+(?:\.\d+)*\.?\s+)?Asked\s+by\s/.test(text.slice(h.at, h.content))) continue;
        who = speakerRefs.find((r) => r.start >= h.verbEnd && r.end <= h.content && r.entityKind === 'person');
        const main = /,\s+(?:he|she|they|it|i|we|the\s+\p{Ll}+|[\p{Lu}][\p{L}’'-]+)\s/u.exec(text.slice(h.content, s.end));
        if (main) end = h.content + main.index;
      } else who = subjectOf(s, h.at);
      if (!who) continue;
      // Inside a statement already found: a coordinated demand ("said … and urged customers to …") ends that
      // statement and is one of its own; a demand with its own subject there ("said it had asked X to …") is part of
      // what was said.
      const outer = out.find((o) => o.span.start < h.at && o.span.end > h.at);
      if (outer) {
        const coord = /(?:,\s*|\s+)and\s+(?:(?:also|later|then)\s+)?$/.exec(text.slice(outer.span.start, h.at));
        if (!coord || !outer.speaker) continue;
        const cut = outer.span.start + coord.index;
        outer.span = { start: outer.span.start, end: cut };
        outer.text = text.slice(outer.span.start, cut);
        if (outer.speaker !== who.key) who = speakerRefs.find((r) => r.key === outer.speaker) ?? who;
      } else {
        // ("asked whether the curfew hurt the villages, many of whom say …": the question ends where another statement
        // is framed.)
        const inner = out.find((o) => o.span.start >= h.content && o.span.start < end);
        if (inner && (inner.attributionSpan?.start ?? inner.span.start) < h.content) {
          // ("X urged the council to act and said that …": the same subject's coordinated verb of saying ends the
          // demand; the statement after it is one of its own.)
          const coord = /(?:,\s*|\s+)and\s+(?:(?:also|later|then)\s+)?\p{Ll}+(?:\s+[^\s,;"“”]+){0,6}?[\s,:]*["“]?\s*$/u.exec(text.slice(h.content, inner.span.start));
          if (coord) end = h.content + coord.index;
        } else if (inner) {
          const stop = Math.min(inner.span.start, inner.attributionSpan?.start ?? inner.span.start);
          const comma = text.lastIndexOf(",", stop);
          end = comma > h.content ? comma : stop;
        }
      }
      // ("… asked me to report to its members, and I will": the first person coordinated after it is the speaker's own.)
      const own = /,\s+(?:and|but)\s+(?:I|we)\s/.exec(text.slice(h.content, end));
      if (own) end = h.content + own.index;
      if (words(text.slice(h.content, end)) < 1) continue;
      for (const q of quotes) if (q.start >= h.content - 1 && q.start < end) absorbed.add(q);
      push({ start: h.content, end }, 'reported', who, { start: who.start, end: h.verbEnd }, 70);
    }
  }
}
