/**
 * Statements and who made them: direct quotations ("…," Lepik said / said Lepik / Lepik said: "…") and reported
 * speech (Lepik said that …; …, the ministry said; according to X, …). A quotation inside a reported clause
 * belongs to that clause. When the text does not make the speaker clear the statement keeps no speaker.
 */
import type { QuoteFinding, Span } from '../types.js';
import type { Ref } from './refs.js';
import type { Tokenised, Sentence } from './text.js';
import type { RawQuote } from './statement-parts.js';
import { findDemands } from './demands.js';
import type { StatementContext } from './statements/context.js';
import { type SubjectContext, findSubject } from './statements/subject.js';
import { findReportedSpeech } from './statements/reported-speech.js';
import { findRelativeClauseStatements } from './statements/relative-said.js';
import { findTranscriptTurns, findFloorQuestions, findInterviewAnswers } from './statements/transcripts.js';
import { findDirectQuotations } from './statements/direct-quotations.js';
import { continueParagraphSpeakers, findHeadlineSpeakers } from './statements/inherited-speakers.js';
import { QUOTE_MARK_PAIRS } from './gazetteer/quote-marks.js';
import { SPEECH_VERBS } from './gazetteer/words.js';
import { escapeRegExp } from './strings.js';

const OPEN = '“';
const CLOSE = '”';

/** Each pair of the world's quotation marks as a pattern over one line. Guillemets may stand apart from the words they
 * enclose (French spacing); other marks touch them; a pair of one mark must open before a word and close after one. */
const MARK_PATTERNS = [...QUOTE_MARK_PAIRS, { open: '“', close: '”', single: false }].map(({ open, close, single }) => {
  const o = escapeRegExp(open);
  const c = escapeRegExp(close);
  // („…“ and „…” close on either English mark.)
  const not = `[^${o}${c}${open === '„' ? '“”' : ''}\\n]`;
  const spaced = /[«»‹›]/.test(open + close) && open !== close && !(open === '»' || open === '›');
  const re =
    open === close
      ? `(?<=^|[\\s(\\[—–:-])${o}(?=[\\p{L}\\p{N}])${not}{0,600}?[^\\s${o}]${c}(?![\\p{L}\\p{N}])`
      : spaced
        ? `${o}\\s?${not}{0,600}?\\s?${c}`
        : `${o}(?=[^\\s${c}])${not}{0,600}?[^\\s${o}]${open === '„' ? '[“”]' : c}`;
  return { re: new RegExp(re, 'gu'), english: open === '“', single };
});

/** The quotation dash of dialogue in Spanish, Portuguese, Italian, French, Polish, Russian, Ukrainian, Bulgarian and
 * other press, kept in translation: a paragraph opens with a dash and the words, which close at a second dash or a
 * comma before the attribution ("— We will believe it when the trucks move, said Bakyt." / "— They have not been told,
 * — Toktogulov added."). Without an attribution, a sentence so opened goes on the dialogue of the paragraph before. */
const DIALOGUE_DASH = /^([ \t]*)[—–―][ \t\u00a0]?(?=[¿¡]?[\p{Lu}\p{N}])/u;
const SAY_NEXT = new RegExp(`[ \\t\\u00a0]*(?:[\\p{L}'’.-]+[ \\t\\u00a0]+){0,4}?(?:${[...SPEECH_VERBS].join('|')})\\b`, 'uy');
function dialogueDash(line: string, afterDash: boolean): { open: number; close: number } | undefined {
  const m = DIALOGUE_DASH.exec(line);
  if (!m) return undefined;
  const open = m[1].length;
  // (The words run three at least; where the third starts, found once.)
  const third = /^\s*\S+\s+\S+\s+(?=\S)/.exec(line.slice(open + 1, open + 200));
  if (!third) return undefined;
  for (const c of line.slice(open + 1).matchAll(/(?<=[,.!?…][ \t\u00a0]*)[—–―]|(?<=\S)[ \t\u00a0][—–―](?=[ \t\u00a0]?\p{Ll})|,(?=[ \t\u00a0])/gu)) {
    const at = open + 1 + c.index + (c[0].length - 1);
    if (at <= open + 1 + third[0].length) continue;
    SAY_NEXT.lastIndex = at + 1;
    if (SAY_NEXT.test(line)) return { open, close: at };
  }
  // (A spoken sentence ends with its stop; a list's dashed items do not.)
  return afterDash && /[.!?…]\s*$/.test(line) ? { open, close: -1 } : undefined;
}

/** The text with every quotation's marks read as English ones: “…”, and ‘…’ for one inside another (Russian «… „…“ …»,
 * French «… “…” …», Polish „… »…« …”). One character for one, so offsets hold. */
function quoteMarksAsEnglish(text: string): string {
  if (!/[„«»”「﹁〝『‚‹›＂‟‛]|^[ \t]*[—–―]/m.test(text)) return text;
  const out = text.split('');
  let lineStart = 0;
  let afterDash = false;
  for (const line of text.split('\n')) {
    const dash: { open: number; close: number } | undefined = line.trim() ? dialogueDash(line, afterDash) : undefined;
    if (line.trim()) afterDash = !!dash;
    if (dash) {
      out[lineStart + dash.open] = '“';
      if (dash.close >= 0) out[lineStart + dash.close] = '”';
    }
    const spans: { s: number; e: number; english: boolean; single: boolean }[] = [];
    for (const p of MARK_PATTERNS) for (const m of line.matchAll(p.re)) if (/[\p{L}\p{N}]/u.test(m[0])) spans.push({ s: m.index, e: m.index + m[0].length - 1, english: p.english, single: p.single });
    spans.sort((a, b) => a.s - b.s || b.e - a.e);
    const kept: typeof spans = [];
    for (const sp of spans) {
      // (Pairs that cross one another are no quotation; one inside another is a quotation inside a quotation.)
      if (kept.some((k) => sp.s <= k.e && sp.e > k.e) || kept.some((k) => k.s === sp.s || k.e === sp.e)) continue;
      const inside = kept.some((k) => k.s < sp.s && sp.e < k.e);
      kept.push(sp);
      if (sp.english && !inside) continue;
      const single = sp.single || inside;
      // (French spacing, "« Nous … »": the mark moves over its space to touch the words, as English marks do.)
      const s = lineStart + sp.s + (/\s/.test(line[sp.s + 1]) ? 1 : 0);
      const e = lineStart + sp.e - (/\s/.test(line[sp.e - 1]) ? 1 : 0);
      out[lineStart + sp.s] = text[s];
      out[lineStart + sp.e] = text[e];
      out[s] = single ? '‘' : '“';
      out[e] = single ? '’' : '”';
    }
    lineStart += line.length + 1;
  }
  return out.join('');
}

function findQuotes(text: string): RawQuote[] {
  const out: RawQuote[] = [];
  let lineStart = 0;
  // (The world's quotation marks are read as English ones before: quoteMarksAsEnglish.)
  for (const line of text.split('\n')) {
    for (const m of line.matchAll(/“([^”“]*)”/g)) {
      const s = lineStart + m.index;
      out.push({ start: s, end: s + m[0].length, inner: { start: s + 1, end: s + m[0].length - 1 } });
    }
    // A quotation opened and not closed before the end of its paragraph runs to the end of it and, by the
    // convention of multi-paragraph quotations, on into the next paragraph that opens with a quotation mark.
    const straight = [...line.matchAll(/"/g)].map((m) => m.index);
    const lastOpen = line.lastIndexOf('“');
    let openAt = lastOpen >= 0 && !line.includes('”', lastOpen) ? lastOpen : -1;
    if (openAt < 0 && straight.length % 2 === 1) openAt = straight.pop() as number;
    if (openAt >= 0 && /^\s*[\p{L}\p{N}]/u.test(line.slice(openAt + 1))) {
      const s = lineStart + openAt;
      const e = lineStart + line.trimEnd().length;
      out.push({ start: s, end: e, inner: { start: s + 1, end: e }, open: true });
    }
    for (let i = 0; i + 1 < straight.length; i += 2) {
      const s = lineStart + straight[i];
      const e = lineStart + straight[i + 1] + 1;
      out.push({ start: s, end: e, inner: { start: s + 1, end: e - 1 } });
    }
    // British style: ‘…’ and '…' (an apostrophe inside a word, "Iran’s", neither opens nor closes one), outside
    // any double-quoted span (where they are a quotation inside a quotation); at most 600 characters, so that a line
    // full of apostrophes costs linear time.
    const doubled = out.filter((q) => q.start >= lineStart);
    for (const m of line.matchAll(/(?<![\p{L}\p{N}])([‘'])(?=\p{L}|\p{N})((?:(?!\1)[^\n‘’]|[’'](?=\p{L})){0,600}?)([’'])(?![\p{L}\p{N}])/gu)) {
      if ((m[1] === '‘') !== (m[3] === '’') || m[2].trim().split(/\s+/).length < 3) continue;
      const s = lineStart + m.index;
      const e = s + m[0].length;
      if (doubled.some((q) => s < q.end && e > q.start)) continue;
      out.push({ start: s, end: e, inner: { start: s + 1, end: e - 1 } });
    }
    lineStart += line.length + 1;
  }
  void OPEN;
  void CLOSE;
  return out.sort((a, b) => a.start - b.start);
}

/** A story's dateline before its first sentence ("KABUL, Afghanistan - ", "SUVA (Reuters) — "): no part of the subject. */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’-]+(?:,\s*[\p{L}][\p{L}\s.'’-]{1,40})?\s*(?:\([^()]{1,30}\)\s*)?[-–—]\s+/u;

function trimStatement(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s"“”,:]/.test(text[start])) start++;
  // An interview's answer label: "A: Only if …".
  const label = /^(?:A|Answer)\s*:\s*/.exec(text.slice(start, Math.min(end, start + 10)));
  if (label) start += label[0].length;
  while (end > start && /[\s"“”,.;:]/.test(text[end - 1])) end--;
  // Keep a closing mark when the statement opened a quotation inside ("… had "moved from …"").
  const marks = (text.slice(start, end).match(/["“”]/g) ?? []).length;
  if (marks % 2 === 1) {
    let k = end;
    while (k < span.end && /[,.;:\s]/.test(text[k])) k++;
    if (k < span.end && /["”]/.test(text[k])) end = k + 1;
  }
  return { start, end };
}

/** The sentences with a story's dateline left out of the first ("HANOI, Vietnam - According to X, …" opens with
 * "According to"): a sentence's start is where its own words start. */
function withoutDatelines(text: string, tk: Tokenised): Tokenised {
  const sentences = tk.sentences.map((s) => {
    const d = s.lineStart ? DATELINE.exec(text.slice(s.start, s.end)) : null;
    if (!d) return s;
    const start = s.start + d[0].length;
    let tokenStart = s.tokenStart;
    while (tokenStart < s.tokenEnd && tk.tokens[tokenStart].start < start) tokenStart++;
    return { ...s, start, tokenStart };
  });
  return { ...tk, sentences };
}

export function findStatements(source: string, tkWhole: Tokenised, allRefs: Ref[]): QuoteFinding[] {
  // (The finders read the world's quotation marks as English ones; what is found keeps the source's.)
  const text = quoteMarksAsEnglish(source);
  const tk = withoutDatelines(text, tkWhole);
  // Object pronouns ("according to her") speak only through "according to"; never the subject of a verb.
  const objectRefs = allRefs.filter((r) => r.object);
  const refs = objectRefs.length ? allRefs.filter((r) => !r.object) : allRefs;
  // ("a study titled “Eyes in the Sky”": a title in quotation marks is a name, not a statement.)
  const quotes = findQuotes(text).filter((q) => !/\b(?:titled|entitled)\s*$/.test(text.slice(Math.max(0, q.start - 12), q.start)));
  const out: QuoteFinding[] = [];
  const absorbed = new Set<RawQuote>();
  const sentenceOf = (pos: number): Sentence => {
    let lo = 0;
    let hi = tk.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tk.sentences[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return tk.sentences[lo];
  };
  const quoteMask = new Uint8Array(text.length + 1);
  for (const q of quotes) quoteMask.fill(1, q.start + 1, q.end);
  const insideQuote = (pos: number) => quoteMask[pos] === 1;
  const speakerRefs = refs.filter((r) => !insideQuote(r.start) && (r.kind !== 'entity' || r.entityKind !== 'location'));

  /** The subject of the verb at `vStart` in sentence `s`. */
  const subjectParts: SubjectContext = { text, refs, quotes, speakerRefs, insideQuote };
  const subjectOf = (s: Sentence, vStart: number): Ref | undefined => findSubject(subjectParts, s, vStart);

  const push = (span: Span, kind: 'direct' | 'reported', ref: Ref | undefined, attribution: Span | undefined, confidence: number) => {
    // "… on Friday (she declined to give a time).": the reporter's aside in parentheses is not the statement.
    const aside = kind === 'reported' ? /\s*\((?:he|she|they|it|the\s+\w+)\s+[^()]*\)[\s.]*$/.exec(text.slice(span.start, span.end)) : null;
    if (aside) span = { start: span.start, end: span.start + aside.index };
    const t = trimStatement(text, span);
    if (t.end - t.start < 3) return;
    out.push({ text: source.slice(t.start, t.end), span: t, kind, speaker: ref?.key ?? null, attributionSpan: attribution, confidence: ref?.key ? confidence : Math.min(confidence, 60) });
  };
  const ctx: StatementContext = { text, tk, refs, objectRefs, quotes, absorbed, out, speakerRefs, sentenceOf, insideQuote, subjectOf, push };

  // The passes, in this order: the order in which statements are pushed, and what each absorbs, matters to the next.
  findReportedSpeech(ctx);

  findRelativeClauseStatements(ctx);

  // 1a. Reported demands and questions (as in the PARC attribution corpus): "X called on the ministry to release the
  // detainees", "X urged Y to …", "X asked him whether …" are statements of X whose content is the clause after
  // "to" or the question word. A bare "called for calm" (no clause) is no statement.
  findDemands(ctx);

  findTranscriptTurns(ctx);

  findFloorQuestions(ctx);

  const { interviewee, headlineEnd } = findInterviewAnswers(ctx);

  findDirectQuotations(ctx, interviewee, headlineEnd);
  continueParagraphSpeakers(ctx);
  findHeadlineSpeakers(ctx);
  return out.sort((a, b) => a.span.start - b.span.start);
}
