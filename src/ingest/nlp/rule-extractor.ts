/**
 * The offline rule extractor: compromise for word knowledge, our gazetteers, and our rules for names, quotes and
 * indicators. Deterministic and fast (a 5,000-word article well under a second).
 */
import type { Extraction, SourceDoc, Span } from '../types.js';
import type { Mention } from './mentions/index.js';
import type { ExtractOptions, Extractor } from './extractor.js';
import { tokenise } from './text.js';
import { findMentions } from './mentions/index.js';
import { buildEntities } from './entities.js';
import { buildRefs } from './refs.js';
import { findStatements } from './quotes.js';
import { findIocs } from './iocs.js';
import { findRelations } from './relations.js';
import { summarise } from './summary.js';
import { GOV_HEADS, ORG_HEADS } from './gazetteer/bodies.js';

/**
 * A press release's closing signature ("Ministry of the Interior / Communications Department", "Press Office"): the
 * short lines with no closing punctuation after the last sentence of the body.
 */
export function signatureBlock(text: string): Span | undefined {
  const lines = text.replace(/\s+$/, '').split('\n');
  let start = -1;
  let k = lines.length - 1;
  for (; k >= 0; k--) {
    const l = lines[k].trim();
    if (!l) continue;
    // ("Comfort Mensah (Mrs.)", "Ministry of …, Home Affairs and Police Maseru 100, Lesotho": a name with its style in
    // brackets, or a body's long name with its address run on, is a signature's line too; a sentence is not.)
    const words = l.split(/\s+/).length;
    const styled = /\((?:Mrs?|Ms|Dr|Miss|Prof|Hon)\.?\)$/.test(l) && words <= 6;
    const longName = words <= 16 && !/[.!?:;"”’)\]|]$/.test(l) && !/\s\p{Ll}{3,}\s+(?:\p{Ll}+\s+){2}/u.test(l.replace(/\b(?:of|and|for|the|on|in)\b/g, 'X'));
    if ((!styled && /[.!?:;"”’)\]|]$/.test(l)) || (words > 8 && !longName) || /^[-*#>|]/.test(l)) break;
    start = k;
  }
  // ("ISSUED BY: ¶ Public Relations Unit ¶ Ministry of …", "Media contact: ¶ …": a label that opens the block is
  // part of it.)
  if (start >= 0 && k >= 0 && /^(?:(?:issued|released|distributed|authorised|authorized)\s+by|signed(?:\s+by)?|(?:media|press)\s+contacts?|contacts?|for\s+(?:more|further)\s+information|enquiries|inquiries)\s*:?$/i.test(lines[k].trim())) {
    start = k;
    for (k--; k >= 0 && !lines[k].trim(); k--);
  }
  // A text that is all such lines, or whose last line ends a sentence, has none.
  if (start < 0 || k < 0 || !/[.!?"”]$/.test(lines[k].trim())) return undefined;
  const at = lines.slice(0, start).join('\n').length + (start > 0 ? 1 : 0);
  return { start: at, end: text.length };
}

/** A document's letterhead: the lines in capitals it opens with ("HOUSES OF PARLIAMENT OF …", "MINISTRY OF … ¶ PRESS
 * SERVICE"), six at most, before its first line in running case; or a report's masthead in running case. */
export function letterheadBlock(text: string): Span | undefined {
  let end = 0;
  let n = 0;
  for (const l of text.split('\n')) {
    if (l.trim() && (/\p{Ll}/u.test(l) || !/\p{Lu}{2}/u.test(l) || n >= 6)) break;
    if (l.trim()) n++;
    end += l.length + 1;
  }
  return n ? { start: 0, end } : mastheadBlock(text);
}

/** "The Scottish Parliament ¶ Justice Committee ¶ 4th Report, 2026", "Senedd Cymru / Welsh Parliament ¶ … Committee": a
 * report's masthead in running case, its opening lines up to the first blank one (two to six short lines, none a
 * sentence), the second a unit named by its head word. Like a letterhead in capitals, it names the issuer, which the
 * text is about only where it names it again. */
function mastheadBlock(text: string): Span | undefined {
  const block = /^(?:[^\n]*\S[^\n]*\n){2,6}(?=[ \t]*\n)/.exec(text)?.[0];
  if (!block) return undefined;
  const lines = block.trim().split('\n').map((l) => l.trim());
  const unitHead = lines[1].split(/\s+/).pop() ?? '';
  if (lines.some((l) => l.length > 80 || /[.!?:;"“”]$/.test(l)) || !(GOV_HEADS.has(unitHead) || ORG_HEADS.has(unitHead))) return undefined;
  return { start: 0, end: block.length };
}

/** "STANDING COMMITTEE ON LAKES … ¶ … The Committee heard": a letterhead's body that the text goes on to call by its
 * head word ("the Committee", "the Ministry") is the issuer the text is about ("the Government" says too little: fresh15
 * n3 leaves its letterhead's government unlabelled). */
function issuerReferred(body: string, name: string): boolean {
  const heads = name.split(/\s+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).filter((w) => (GOV_HEADS.has(w) || ORG_HEADS.has(w)) && w !== 'Government');
  return heads.some((h) => new RegExp(`\\b[Tt]he\\s+${h}\\b`).test(body));
}

/** A person's name by its last word, lower case, without a trailing style ("MP", "MS"). */
const surname = (name: string) => (name.replace(/[\s,]+(?:MP|MS|MSP|MLA|TD)$/, '').split(/\s+/).pop() ?? '').toLowerCase();

/** The office of whoever chairs a committee and signs its report. */
const CHAIR_OFFICE = /\b(?:Chair|Chairman|Chairwoman|Chairperson|Convener|Convenor)\b/;

const withoutPerson = <V extends { person?: number }>({ person: _person, ...rest }: V) => rest;

/** The label that opens a release's contact line ("Contact:", "Media enquiries:"). */
const CONTACT_LINE = /^\s*(?:(?:media|press)\s+)?(?:contacts?|enquiries|inquiries)\s*:/i;

/** Longest text the extractor reads; a 10 MB file of prose is far beyond any article. */
export const MAX_EXTRACT_CHARS = 2_000_000;

export class RuleExtractor implements Extractor {
  readonly name = 'liaison-rules/1';

  extract(doc: SourceDoc, options: ExtractOptions = {}): Extraction {
    const text = doc.text.length > MAX_EXTRACT_CHARS ? doc.text.slice(0, MAX_EXTRACT_CHARS) : doc.text;
    const tk = tokenise(text);
    const firstLine = text.indexOf('\n');
    const headline: Span | undefined = doc.title && text.startsWith(doc.title) ? { start: 0, end: firstLine < 0 ? text.length : firstLine } : undefined;
    const found = findMentions({ text, tk, meta: doc.meta, headline });
    // The sender's own units in a plain-text release's signature or letterhead are not what the text is about, unless
    // the text names them again.
    const sig = doc.format === 'html' ? undefined : signatureBlock(text);
    const head = doc.format === 'html' ? undefined : letterheadBlock(text);
    const inSig = (m: { start: number }) => (!!sig && m.start >= sig.start) || (!!head && m.start < head.end);
    const namedOutside = (m: { start: number; text: string }) => found.some((o) => !inSig(o) && o.text.toLowerCase() === m.text.toLowerCase()) || (!!head && m.start < head.end && issuerReferred(text.slice(head.end, sig?.start), m.text));
    // ("Contact: Sefo Tuilagi-Leota, Principal Media Officer, Apia": the press officer a release gives for questions is
    // no one the text is about, nor is anything on that line a person.)
    const contact = (m: { start: number; votes: { person?: number } }) => inSig(m) && !!m.votes.person && CONTACT_LINE.test(text.slice(text.lastIndexOf('\n', m.start) + 1, m.start));
    // ("Dr. Tamar Oyelaran-Pike ¶ Chair of the Committee" under a report's last paragraph: the chair who signs a
    // committee's report is no one it is about, unless its body names them too; nor is a capitalised phrase on the
    // chair's office line. A press release's signing officer is left: older labels keep one, fresh5 s2.)
    const chairSigns = !!sig && CHAIR_OFFICE.test(text.slice(sig.start));
    const signatory = (m: Mention) => chairSigns && m.start >= (sig as Span).start && !!m.votes.person && !namedInBody(m);
    const namedInBody = (m: Mention) => found.some((o) => !inSig(o) && !!o.votes.person && surname(o.text) === surname(m.text));
    const unsigned = sig || head ? found.filter((m) => !signatory(m) && (namedOutside(m) || (!contact(m) && (!inSig(m) || !m.votes.organization || (m.votes.person ?? 0) > (m.votes.organization ?? 0))))) : found;
    const mentions = unsigned.map((m) => (contact(m) ? { ...m, votes: withoutPerson(m.votes) } : m));
    const { entities, mentionEntity, gender } = buildEntities(text, mentions, options.known);
    const refs = buildRefs(text, tk, mentions, mentionEntity, entities, gender);
    // Pronouns and descriptions that resolved are mentions too.
    const byKey = new Map(entities.map((e) => [e.key, e]));
    for (const r of refs) {
      if ((r.kind === 'pronoun' || r.kind === 'nominal') && r.key) {
        const e = byKey.get(r.key);
        if (e && !e.spans.some((s) => s.start === r.start)) e.spans.push({ start: r.start, end: r.end });
      }
    }
    for (const e of entities) e.spans.sort((a, b) => a.start - b.start);
    const quotes = findStatements(text, tk, refs);
    const iocs = findIocs(text);
    const relations = findRelations(text, entities, mentions, mentionEntity);
    // A document entity matters only as a speaker.
    const speakers = new Set(quotes.map((q) => q.speaker));
    const kept = entities.filter((e) => e.kind !== 'document' || speakers.has(e.key));
    const hits = [...kept.flatMap((e) => e.spans), ...iocs.flatMap((i) => i.spans), ...quotes.map((q) => q.span)];
    const summary = summarise(text, tk, headline ? [...doc.meta, headline] : doc.meta, hits);
    return { entities: kept, quotes, iocs, relations: relations.filter((r) => kept.some((e) => e.key === r.source) && kept.some((e) => e.key === r.target)), summary };
  }
}
