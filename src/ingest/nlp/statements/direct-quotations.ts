/** Direct quotations not inside a reported clause, and their speakers: after the quotation ("…," Lepik said / said
 * Lepik), before it (Lepik said: "…"), a transcript line's label, a signature below it, or the paragraph around it. */
import type { QuoteFinding, Span } from '../../types.js';
import type { Ref } from '../refs.js';
import { SPEECH_VERBS } from '../gazetteer/words.js';
import { type RawQuote, titleRunOk, unnamed, words } from '../statement-parts.js';
import type { Sentence } from '../text.js';
import type { StatementContext } from './context.js';

const FRAMING_VERBS = new Set([...SPEECH_VERBS, 'rejected', 'dismissed', 'denounced', 'branded', 'termed', 'labelled', 'labeled', 'condemned', 'welcomed', 'accused', 'criticised', 'criticized', 'calling', 'saying', 'describing', 'branding', 'adding', 'warning', 'insisting', 'asked', 'asks', 'wondered', 'quipped', 'joked', 'shouted', 'recalled', 'conceded']);
/** Before the verb of saying after a quotation's speaker: an adverb or an auxiliary of the perfect or of the past's
 * future ("has said", "had told", "would later recall", "once wrote"), of habit ("has been saying", "kept saying",
 * "likes to say", "is fond of saying", "used to say", "never tires of saying"), and the passive frames of press reports ("was
 * quoted as saying", "was quoted by the state broadcaster as saying", "was cited by TASS as saying", "was quoted in
 * Kommersant as saying", "is reported to have said"). */
const VERB_AUX = '(?:(?:also|then|later|again|simply|quietly|flatly|once|famously|reportedly|often|always|has|have|had|would|will|been|kept|keeps|(?:likes|liked|loves|loved|used)\\s+to|(?:is|was)\\s+fond\\s+of|(?:never\\s+)?(?:tires|tired)\\s+of)\\s+){0,3}(?:(?:was|were|is|are|has\\s+been|had\\s+been)\\s+(?:(?:also|later|widely|reportedly)\\s+)?(?:quoted|cited|reported|said|heard|recorded|understood)(?:\\s+(?:by|in|on)\\s+[^,.;:"“”]{1,50}?)?\\s+(?:as|to\\s+have)\\s+)?';

/** Between a speaker after a quotation and the verb: ", who heads the unit," / ", a lawyer for the families," / ", head
 * of the unit," (a relative clause, or a description with an article, or a title of words that are no verb). */
const APPOSITIVE_GAP = /^\s*,\s*([^,;:"“”]{1,110}),(?=\s*(?:(?:also|then|later|again)\s+)?[a-z])/;

/** An age in apposition after a name: "54", "aged 54". */
const AGE = /^\s*(?:aged\s+)?\d{1,3}\s*$/;
/** An unnamed speaker after a verb, then their name in apposition: " one, who would only give his first name, ",
 * " a fisherman, ", " another of the men, who asked that his surname not be used, ". */
const UNNAMED_THEN_NAME = /^\s+(?:one|another|an?\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)(?:\s+of\s+(?:the|them)\b[^,"“”]{0,30})?\s*,\s*(?:(?:who|whose)\s[^,"“”]{0,80},\s*)?$/u;

/** A description of one who speaks for a body by their role ("MINDEF's spokesman", "a Hawks spokesperson"). */
const ROLE_HEAD = /\b(?:spokes(?:man|woman|person))$/i;

/** A reporter's question that opens a sentence before the one asked ("When I ask whether the town is ashamed, "). */
const REPORTER_ASKED = /^\W*(?:When|As|After|Once)\s+(?:I|we)\s+(?:ask|asked|put|press|pressed|mention|mentioned|raise|raised)\b[^.!?"“”]*,\s*$/;

const TITLE_RUN = { test: (gap: string) => gap.trim() === '' || titleRunOk(gap) };

/** What follows a short reply quoted on its own: its speaker, a pronoun or a name, and a verb of saying, then the
 * sentence's end or the next quotation (" he said.", " she says, and then says nothing more."). */
const SHORT_REPLY_SAID = /^\s*(?:(?:he|she)\s+(?:said|says|replied|replies|answered|answers)|(?:said|says|replied|replies)\s+(?:he|she))\b/;

/** A quotation that is a sentence of its own: it opens its paragraph or follows a sentence's end, and its words run from
 * a capital to a full stop, question or exclamation mark ("“Which police?”"; not "“Kontabilisti” is his name"). */
function wholeSentence(text: string, q: RawQuote): boolean {
  const inner = text.slice(q.inner.start, q.inner.end).trim();
  // ("“Nobody came,” he said.", "“That one,” she says": a short reply closed by its comma and its speaker's verb.)
  const ends = /[.!?]$/.test(inner) || (/,$/.test(inner) && SHORT_REPLY_SAID.test(text.slice(q.end, q.end + 60)));
  return /^\p{Lu}/u.test(inner) && ends && /(?:^|\n[ \t]*|[.!?]["”’]?[ \t]+)$/.test(text.slice(Math.max(0, q.start - 4), q.start));
}

/** A quotation's speaker and the words that name them, as far as one construction finds them. */
interface Attributed {
  ref: Ref | undefined;
  attribution: Span | undefined;
}

/** The speaker named after a quotation, before or after the verb: ", Lepik said" / ", said Lepik". */
function speakerAfterQuotation(ctx: StatementContext, q: RawQuote, afterEnd: number): Attributed {
  const { text, refs } = ctx;
  let ref: Ref | undefined;
  let attribution: Span | undefined;
  // After the quotation: ", Lepik said" / ", said Deputy Secretary General Bellandi" / ", the official said".
  const after = text.slice(q.end, afterEnd);
  // ("“…” — Hasina Wajed, the relief minister, said": a dash may stand between the quotation and its speaker.)
  const lead = /^[\s,.!?]*(?:[—–][\s,]*)?/.exec(after)?.[0].length ?? 0;
  const notLoc = (r: Ref) => !(r.kind === 'entity' && r.entityKind === 'location') || (!!r.country && /^\s*(?:said|says|added|warned|insisted|stated|replied)\b/.test(text.slice(r.end, r.end + 12)));
  // The words between a quotation and its speaker: a title ("the office's director,", "its chief executive").
  const titleRun = TITLE_RUN;
  const verbRe = new RegExp(`^\\s*,?\\s*${VERB_AUX}(${[...FRAMING_VERBS].join('|')})\\b`);
  // (a) subject then verb
  const subjCands = refs.filter((r) => notLoc(r) && r.start >= q.end + lead && r.start <= q.end + lead + 100 && titleRun.test(text.slice(q.end + lead, r.start)));
  // ("“…,” Inspector Jane Roe, who leads the unit, told reporters": an appositive or relative clause between the
  // speaker and the verb is skipped; the verb is the speaker's.)
  // ("“…,” Rahima Akter, 54, said", "Karim, 61, a fisherman, told AFP": the age of British, Commonwealth and tabloid
  // style, alone or before a description.)
  const past = (r: Ref) => {
    let rest = text.slice(r.end, afterEnd);
    for (let i = 0; i < 2; i++) {
      const gap = APPOSITIVE_GAP.exec(rest);
      if (!gap || !(/^(?:who|whose|which|a|an|the|its|his|her|their)\s/.test(gap[1]) || titleRunOk(gap[1], 12) || AGE.test(gap[1]))) break;
      rest = rest.slice(gap[0].length - 1);
    }
    return rest.replace(/^,/, '');
  };
  const subj = subjCands.find((r) => verbRe.test(past(r)));
  const svRest = subj ? past(subj) : '';
  const sv = subj ? verbRe.exec(svRest) : null;
  if (subj && sv) {
    // ("“…,” MINDEF's spokesman, Colonel X, told reporters", "a Hawks spokesperson, Colonel Y, said": a role the text
    // names in apposition is the person named, not the body the role speaks for.)
    const named = subj.kind !== 'entity' && ROLE_HEAD.test(text.slice(subj.start, subj.end)) ? subjCands.find((r) => r.kind === 'entity' && r.entityKind === 'person' && r.start > subj.end && /^\s*,\s*(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(text.slice(subj.end, r.start)) && /^\s*,/.test(text.slice(r.end, r.end + 2))) : undefined;
    ref = named ?? subj;
    attribution = { start: subj.start, end: afterEnd - svRest.length + sv[0].length };
  } else {
    // (b) verb then subject
    // (Not a participle that goes on describing the quoted words: "“share every name” found in the trucks".)
    const vb = verbRe.exec(after.slice(lead));
    if (vb && !/^\s+(?:in|on|at|by|from|into|inside|under|across|near|during)\b/.test(after.slice(lead + vb[0].length))) {
      const vEnd = q.end + lead + vb[0].length;
      const cands = refs.filter((r) => notLoc(r) && r.start >= vEnd && r.start <= vEnd + 80 && titleRun.test(text.slice(vEnd, r.start).replace(/^\s+/, '') + (text.slice(vEnd, r.start).trim() ? ' ' : '')));
      // ("“…,” said one, who would only give his first name, Kwame.": one the text first leaves unnamed, then names
      // in apposition, perhaps after a relative clause.)
      const namedAfter = refs.find((r) => r.kind === 'entity' && r.entityKind === 'person' && r.start >= vEnd && r.start <= vEnd + 110 && UNNAMED_THEN_NAME.test(text.slice(vEnd, r.start)));
      const person = cands.find((r) => r.entityKind === 'person') ?? namedAfter;
      ref = person ?? cands[0];
      attribution = { start: q.end + lead, end: ref ? ref.end : vEnd };
    }
  }
  return { ref, attribution };
}

/** The speaker whose verb of saying frames the quotation before it: "Baltrūnė said: “…”". */
function speakerBeforeQuotation(ctx: StatementContext, q: RawQuote, s: Sentence): Attributed {
  const { text, subjectOf } = ctx;
  let ref: Ref | undefined;
  let attribution: Span | undefined;
  // Before the quotation: "Baltrūnė said: "…"", "Tsiklauri called the arrests "…"".
  const before = text.slice(s.start, q.start);
  const verbs = [...before.matchAll(new RegExp(`\\b(${[...FRAMING_VERBS].join('|')})\\b`, 'g'))];
  const v = verbs[verbs.length - 1];
  if (v && before.length - (v.index + v[0].length) <= 60) {
    ref = subjectOf(s, s.start + v.index);
    if (ref) attribution = { start: ref.start, end: s.start + v.index + v[0].length };
  }
  return { ref, attribution };
}

/** The frames that name a quotation's speaker without a verb of their own: "as X put it", "in the words of X", "to quote
 * X", after the quotation ("“…,” as the minister put it") or before it ("In the words of one farmer, “…”"). */
const AS_PUT_IT = '[Aa]s\\s+([^,.;:"“”]{2,80}?)\\s+(?:(?:once|later|memorably|famously|aptly|so\\s+aptly|has|had|would\\s+later)\\s+)?(?:put|puts|phrased|phrases|described|describes)\\s+it\\b';
const IN_WORDS_OF = '(?:[Ii]n\\s+the\\s+(?:words|phrase)\\s+of|[Tt]o\\s+quote|[Qq]uoting)\\s+([^,.;:"“”]{2,80}?)';
/** After a quotation only: "“…,” according to Akter." */
const ACCORDING_TO_AFTER = 'according\\s+to\\s+([^,.;:"“”]{2,80}?)';
const FRAME_AFTER = new RegExp(`^[\\s,]*(?:${AS_PUT_IT}|(?:${IN_WORDS_OF}|${ACCORDING_TO_AFTER})\\s*(?=[,.;!?]|$))`);
const FRAME_BEFORE = new RegExp(`(?:^|[,;]\\s*|\\b(?:and|but)\\s+)(?:${AS_PUT_IT}|${IN_WORDS_OF})\\s*[,:—–-]?\\s*$`);

function speakerOfFrame(ctx: StatementContext, q: RawQuote, s: Sentence, afterEnd: number): Attributed {
  const { text, refs } = ctx;
  const before = text.slice(s.start, q.start);
  const after = FRAME_AFTER.exec(text.slice(q.end, afterEnd));
  const pre = after ? null : FRAME_BEFORE.exec(before);
  const m = after ?? pre;
  if (!m) return { ref: undefined, attribution: undefined };
  const from = after ? q.end : s.start;
  const group = m[1] ?? m[2] ?? m[3];
  const at = from + m.index + m[0].indexOf(group);
  const who = refs.find((r) => r.start >= at && r.end <= at + group.length && !(r.kind === 'entity' && r.entityKind === 'location'));
  // ("as one farmer put it": one the text does not name, who keeps no speaker.)
  return { ref: who ?? unnamed(at, at + group.length, s.index), attribution: { start: from + m.index + (m[0].length - m[0].trimStart().length), end: from + m.index + m[0].trimEnd().length } };
}

/** The subject of any verb before a colon that introduces the quotation: "Delgado interrupted her: “…”". */
function speakerBeforeColon(ctx: StatementContext, q: RawQuote, s: Sentence): Attributed {
  const { text, subjectOf } = ctx;
  let ref: Ref | undefined;
  let attribution: Span | undefined;
  // A colon after any verb introduces the subject's words: "Delgado interrupted her: “Then why …?”".
  const before = text.slice(s.start, q.start);
  const colon = /:\s*$/.exec(before);
  if (colon && colon.index > 0) {
    const who = subjectOf(s, s.start + colon.index);
    if (who && (who.kind === 'entity' || who.key) && (who.entityKind === 'person' || who.entityKind === 'organization' || who.entityKind === 'document')) {
      ref = who;
      attribution = { start: who.start, end: s.start + colon.index + 1 };
    }
  }
  return { ref, attribution };
}

/** The name labelling a transcript or interview line that the quotation follows: "Rusu: “…”". */
function speakerOfLabelledLine(ctx: StatementContext, q: RawQuote): Attributed {
  const { text, refs } = ctx;
  let ref: Ref | undefined;
  let attribution: Span | undefined;
  // A transcript or interview line: "Rusu: “…”" — the speaker's name, a colon, the words.
  const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
  const label = /^\s*([^\s:"“”][^:"“”]{0,40}?)\s*:\s*$/.exec(text.slice(lineStart, q.start));
  if (label) {
    const who = refs.find((r) => r.kind === 'entity' && r.start >= lineStart && r.end <= q.start && (r.entityKind === 'person' || r.entityKind === 'organization'));
    if (who) {
      ref = who;
      attribution = { start: who.start, end: who.end };
    }
  }
  return { ref, attribution };
}

/** The signature on the line below an epigraph or block quotation: "— Estonian Cyber Security Strategy". */
function signatureBelow(ctx: StatementContext, q: RawQuote): Attributed {
  const { text, refs } = ctx;
  let ref: Ref | undefined;
  let attribution: Span | undefined;
  // An epigraph or block quotation signed on the line below: "“…”" then "— Estonian Cyber Security Strategy".
  const lineEnd = text.indexOf('\n', q.end);
  const own = text.slice(text.lastIndexOf('\n', q.start - 1) + 1, lineEnd < 0 ? text.length : lineEnd);
  const next = lineEnd < 0 ? null : /^\n*[ \t]*[—–-][ \t]*/.exec(text.slice(lineEnd));
  if (next && own.trim().length <= q.end - q.start + 2) {
    const at = lineEnd + next[0].length;
    const who = refs.find((r) => r.start >= at && r.start <= at + 2 && r.kind === 'entity' && r.entityKind !== 'location');
    if (who) {
      ref = who;
      attribution = { start: lineEnd + next[0].indexOf(next[0].trim()[0]), end: who.end };
    }
  }
  return { ref, attribution };
}

/** Whether the text from `from` to `to` quotes someone: a quotation mark that opens no mere word or two ("nephew"). */
function quotesSomeone(ctx: StatementContext, from: number, to: number): boolean {
  const { text, quotes } = ctx;
  const scare = quotes.filter((q) => q.start >= from && q.end <= to && words(text.slice(q.inner.start, q.inner.end)) < 3);
  const marks = (text.slice(from, to).match(/["“”]/g) ?? []).length;
  return marks > 2 * scare.length;
}

/** The last direct quotation found, and its speaker. */
interface LastDirect {
  start: number;
  end: number;
  open: boolean;
  ref: Ref | undefined;
}

/** The speaker of a quotation that opens a paragraph and names none, from the paragraph before (`lastDirect` is the
 * last direct quotation before it), with the confidence that gives. */
function speakerFromPreviousParagraph(ctx: StatementContext, q: RawQuote, paraStart: number, leadIn: boolean, lastDirect: LastDirect | undefined, confidenceSoFar: number): { ref: Ref | undefined; confidence: number } {
  const { text, tk, refs, sentenceOf, subjectOf } = ctx;
  let ref: Ref | undefined;
  let confidence = confidenceSoFar;
  // A paragraph that opens with a quotation and names no speaker: the quotation goes on from an unclosed one
  // that ended the previous paragraph, or the previous paragraph's last sentence introduces it
  // ("Before leaving, she described the first time her unit reached Cabaret.").
  const prevEnd = text.slice(0, paraStart).trimEnd().length;
  const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
  const ps0 = prevEnd > 0 ? sentenceOf(prevEnd - 1) : undefined;
  // ("“…,” she says. ¶ She pauses, and looks at the photograph. ¶ “He knew …”": the pause may be a paragraph of its
  // own, with no quotation in it, after the paragraph of her words.)
  const prev2End = text.slice(0, prevStart).trimEnd().length;
  const pauseAlone = prevStart > 0 && /^(?:He|She)\s/.test(text.slice(prevStart, prevEnd)) && !/["“”]/.test(text.slice(prevStart, prevEnd)) && tk.sentences.filter((x) => x.start >= prevStart && x.end <= prevEnd).length === 1;
  const fromPara = pauseAlone ? text.lastIndexOf('\n', prev2End - 1) + 1 : prevStart;
  const paused = ps0 && lastDirect?.ref?.key && lastDirect.start >= fromPara && !/["“”]/.test(text.slice(ps0.start, ps0.end)) ? refs.find((r) => r.start >= ps0.start && r.end <= ps0.end) : undefined;
  if (lastDirect && lastDirect.open && lastDirect.end >= prevEnd - 1 && lastDirect.start >= prevStart) {
    ref = lastDirect.ref;
    confidence = 70;
  } else if (leadIn) {
    // (The lead-in goes on from the speaker of the paragraph before, whose words it ended with.)
    if (lastDirect?.ref?.key && lastDirect.start >= prevStart) {
      ref = lastDirect.ref;
      confidence = 60;
    }
  } else if (paused && lastDirect?.ref && paused.key === lastDirect.ref.key && /^\W*$/.test(text.slice(ps0!.start, paused.start))) {
    // "“…,” the colonel said. He paused and looked at the photographs. ¶ “The men who run …”": the paragraph
    // after a pause in someone's words, whose last sentence is about them, goes on in their words.
    ref = lastDirect.ref;
    confidence = 60;
  } else if (prevEnd > 0) {
    const ps = sentenceOf(prevEnd - 1);
    const pText = text.slice(ps.start, ps.end);
    const verbs = [...pText.matchAll(new RegExp(`\\b(${[...FRAMING_VERBS, 'recalled', 'described', 'remembered', 'explained'].join('|')})\\b`, 'g'))];
    const v = verbs[verbs.length - 1];
    if (v && !/["“”]/.test(pText)) {
      const who = subjectOf(ps, ps.start + v.index);
      if (who?.key && who.entityKind === 'person') {
        ref = who;
        confidence = 65;
      }
    }
    // "Rauf Aliyev does not believe it. … He pours the tea. ¶ “The fish are gone …”": a feature's portrait
    // paragraph, quoting nobody, whose last sentence opens with the person it is about, hands over to their words.
    // ("She is seventy-one, and she calls every man under fifty “nephew”. She turns a fish …": a word or two in
    // quotation marks quotes nobody.)
    const opener = refs.find((r) => r.start >= ps.start && r.end <= ps.end);
    if (!ref && opener?.key && opener.entityKind === 'person' && !opener.object && /^\W*$/.test(text.slice(ps.start, opener.start)) && !quotesSomeone(ctx, prevStart, prevEnd)) {
      ref = opener;
      confidence = 55;
    }
    // "When I ask whether the town is ashamed, he thinks for a while. ¶ “Ashamed, no. …”": the one the reporter
    // asked, the subject of the last sentence's main clause, answers in the paragraph after it.
    const asked = !ref && !/["“”]/.test(pText) ? refs.find((r) => r.start >= ps.start && r.end <= ps.end && r.key && r.entityKind === 'person' && !r.object && REPORTER_ASKED.test(text.slice(ps.start, r.start))) : undefined;
    if (asked) {
      ref = asked;
      confidence = 55;
    }
  }
  return { ref, confidence };
}

/** The rest of the sentence after a quotation's attribution, when it goes on in the speaker's words. */
function findSpeechAfterAttribution(ctx: StatementContext, q: RawQuote, ref: Ref | undefined, attribution: Span | undefined, afterEnd: number): void {
  const { text, push } = ctx;
  // "“…,” she said, and the remaining delays were caused by ...": the sentence goes on in the speaker's words.
  if (ref && attribution && attribution.start >= q.end) {
    const tail = text.slice(attribution.end, afterEnd);
    const cont = /^(?:\s+(?:in|on|at|during|after|before|from)\b[^,.;"“”]{0,40})?\s*,\s*(?:and|but)\s+(?:that\s+)?/.exec(tail);
    const rest = cont ? tail.slice(cont[0].length) : '';
    if (cont && words(rest) >= 4 && !/["“”]/.test(rest)) {
      const at = attribution.end + cont[0].length;
      push({ start: at, end: afterEnd }, 'reported', ref, attribution, 70);
    }
  }
}

/** A sentence's introductory clause up to its comma, before a "he" or "she" who is its subject ("Asked about …, he"). */
const INTRO_CLAUSE_BEFORE_PRONOUN = /^[\p{Lu}][^,;:"“”\n]{2,90},\s+(?=(?:he|she)\s)/u;

/** The one person a sentence of the same paragraph before the quotation is about, if it quotes nobody. */
function personOfSentenceBefore(ctx: StatementContext, s: Sentence): Ref | undefined {
  const { text, tk, refs, speakerRefs } = ctx;
  const ps = tk.sentences[s.index - 1];
  const sameLine = !text.slice(ps.end, s.start).includes('\n');
  // ("Asked about the boats that never came back, he looks away. “…”": the person is the "he" or "she" after an
  // introductory clause and its comma.)
  const intro = INTRO_CLAUSE_BEFORE_PRONOUN.exec(text.slice(ps.start, ps.end));
  const from = ps.start + (intro ? intro[0].length : 0);
  const people = speakerRefs.filter((r) => r.start >= from && r.end <= ps.end && r.entityKind === 'person' && r.key);
  if (sameLine && people.length && people.every((r) => r.key === people[0].key) && !/["“”‘’]/.test(text.slice(ps.start, ps.end)) && refs.find((r) => r.start >= from && r.end <= ps.end)?.key === people[0].key && /^(?:(?:The|A|An)\s+[\p{Ll}\s-]{1,40})?[\s,]*$/u.test(text.slice(from, people[0].start))) {
    return people[0];
  }
  return undefined;
}

/** The direct quotations of the text that no reported clause has absorbed, in order, each with its speaker. */
export function findDirectQuotations(ctx: StatementContext, interviewee: Ref | undefined, headlineEnd: number): void {
  const { text, refs, quotes, absorbed, out, sentenceOf, push } = ctx;
  /** "Then, more quietly:" before a quotation: a capitalised word and one to five lower-case words, no name or pronoun,
   * then a colon; a lead-in with no subject of its own. */
  const leadInOnly = (from: number, to: number) => /^[ \t]*\p{Lu}\p{Ll}*(?:[ \t]*,?[ \t]+\p{Ll}+){1,5}[ \t]*:[ \t]*$/u.test(text.slice(from, to)) && !refs.some((r) => r.start >= from && r.start < to);

  // 2. Direct quotations not inside a reported clause.
  let prevSpeaker: { ref: Ref; line: number } | undefined;
  let lastDirect: LastDirect | undefined;
  let pendingOpen: { finding: QuoteFinding; end: number } | undefined;
  for (const q of quotes) {
    if (absorbed.has(q)) continue;
    const inner = text.slice(q.inner.start, q.inner.end);
    // (One or two words are scare quotes, unless a verb of demand or promise frames them: "urged “maximum restraint”".)
    // (Nor when a verb of saying gives them as the speaker's verdict: "called the findings “alarming”", "described the
    // plan as “reckless”".)
    // (Nor a quotation that is a whole sentence of its own, capital to full stop: "“Which police?”", "“Everyone
    // knows.”" after "he says.")
    if (words(inner) < 3 && !wholeSentence(text, q) && !/\b(?:urged|urges|urging|demanded|demands|called for|calls for|appealed for|pleaded for|promised|pledged|vowed)\s+[“"]$/.test(text.slice(Math.max(0, q.start - 30), q.start + 1)) && !/(?<![\w-])(?:called|calls|calling|described|describes|describing|branded|brands|termed|terms|labelled|labeled|dismissed|dismisses)\s+(?:(?:the|a|an|this|that|these|those|his|her|its|their|our|it|them|him)\s+)?(?:[\p{Ll}\p{N}'’-]+\s+){0,3}?(?:as\s+)?[“"]$/u.test(text.slice(Math.max(0, q.start - 60), q.start + 1))) continue;
    const s = sentenceOf(q.start);
    const sEnd = sentenceOf(Math.max(q.start, q.end - 1));
    const lineNo = text.slice(0, q.start).split('\n').length;
    let ref: Ref | undefined;
    let attribution: Span | undefined;
    const afterEnd = Math.max(sEnd.end, q.end);
    ({ ref, attribution } = speakerAfterQuotation(ctx, q, afterEnd));
    if (!ref && !attribution) ({ ref, attribution } = speakerOfFrame(ctx, q, s, afterEnd));
    if (!ref && !attribution) ({ ref, attribution } = speakerBeforeQuotation(ctx, q, s));
    if (!ref && !attribution) ({ ref, attribution } = speakerBeforeColon(ctx, q, s));
    if (!ref && !attribution) ({ ref, attribution } = speakerOfLabelledLine(ctx, q));
    if (!ref && !attribution) ({ ref, attribution } = signatureBelow(ctx, q));
    let confidence = ref?.key ? 85 : 50;
    if (!ref && !attribution && interviewee && q.end <= headlineEnd) {
      ref = interviewee;
      confidence = 60;
    }
    // "Kravets was blunt. “Where would I go?”": a quotation that is a sentence of its own after a sentence about one
    // person, in the same paragraph, is that person's.
    // ("Marta laughs at this. Then, more seriously: “…”": after a subjectless lead-in too.)
    if (!ref && !attribution && !(prevSpeaker && prevSpeaker.line === lineNo) && s.index > 0 && (/^\s*$/.test(text.slice(s.start, q.start)) || leadInOnly(s.start, q.start))) {
      const person = personOfSentenceBefore(ctx, s);
      if (person) {
        ref = person;
        confidence = 55;
      }
    }
    if (!ref && !attribution && prevSpeaker && prevSpeaker.line === lineNo) {
      ref = prevSpeaker.ref; // a quotation continuing the same speaker's paragraph
      confidence = 55;
    }
    const paraStart = text.lastIndexOf('\n', q.start - 1) + 1;
    // "Then, more quietly: “…”": a lead-in of a few words with no subject and a colon opens the paragraph.
    const leadIn = leadInOnly(paraStart, q.start);
    // ("“…,” he says. ¶ Then, after a while: ¶ “…”": the lead-in may be a paragraph of its own, between the two.)
    const prevEnd = text.slice(0, paraStart).trimEnd().length;
    const leadInStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    const leadInAlone = /^\s*$/.test(text.slice(paraStart, q.start)) && leadInStart > 0 && leadInOnly(leadInStart, prevEnd);
    if (!ref && !attribution && (/^\s*$/.test(text.slice(paraStart, q.start)) || leadIn) && paraStart > 0) {
      ({ ref, confidence } = speakerFromPreviousParagraph(ctx, q, leadInAlone ? leadInStart : paraStart, leadIn || leadInAlone, lastDirect, confidence));
    }
    const before = out.length;
    push(q.inner, 'direct', ref, attribution, confidence);
    // A quotation left open at the end of its paragraph with no speaker goes on in the next paragraph (the convention
    // of multi-paragraph quotations): the speaker named at the end of the continuation speaks both.
    if (pendingOpen && ref?.key && paraStart > 0 && /^\s*$/.test(text.slice(paraStart, q.start)) && pendingOpen.end >= text.slice(0, paraStart).trimEnd().length - 1) pendingOpen.finding.speaker = ref.key;
    pendingOpen = q.open && !ref && out.length > before ? { finding: out[out.length - 1], end: q.end } : undefined;
    findSpeechAfterAttribution(ctx, q, ref, attribution, afterEnd);
    lastDirect = { start: q.start, end: q.end, open: !!q.open, ref };
    if (ref?.key) prevSpeaker = { ref, line: lineNo };
  }
}
