/**
 * Plain text: the first line is the headline; a short line near the top may carry the byline and the date
 * ("By Helena Varga, 14 October 2026", "Published 3 September 2026", "Washington, 30 April 2026").
 * Hard-wrapped lines are joined (the newline becomes a space, so offsets do not move).
 */
import type { Span } from '../types.js';
import { findDate } from './dates.js';

export interface TextMeta {
  text: string;
  title?: string;
  published?: string;
  author?: string;
  meta: Span[];
}

/** "Issued by: Communications Unit, Ministry of …", "Contact: Sefo Tuilagi, Media Officer", "Tel: +685 …": a line
 * that opens with a short label and a colon is a field of a release's form or signature, never a wrapped sentence. */
const formField = (line: string) => /^\s*(?:issued|released|signed|distributed|authori[sz]ed)\s+by\s*:|^\s*(?:(?:media|press)\s+)?(?:contacts?|enquiries|inquiries|tel|phone|telephone|fax|mobile|e-?mail|website|web)\.?\s*:/i.test(line);

/** Whether the block (lines up to the next blank line) that goes on after offset `i` ends a sentence: a wrapped
 * paragraph does; a list of one entry per line ("Mr Kasonde Banda, Consumer Rights Forum") does not, and is kept. */
function blockEndsSentence(text: string, i: number): boolean {
  const blank = text.slice(i).search(/\n[ \t]*(?:\n|$)/);
  const block = blank === -1 ? text.slice(i) : text.slice(i, i + blank);
  return /[.!?:;"”’)\]]\s*$/.test(block);
}

/** Joins hard-wrapped prose lines in place: same length, same offsets. */
export function unwrap(text: string): string {
  const chars = text.split('');
  let lineStart = 0;
  let firstLine = true;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '\n') continue;
    const line = text.slice(lineStart, i);
    if (firstLine && line.trim()) {
      firstLine = false;
      lineStart = i + 1;
      continue;
    }
    const next = text.slice(i + 1, i + 2);
    const nextLine = text.slice(i + 1, text.indexOf('\n', i + 1) === -1 ? undefined : text.indexOf('\n', i + 1));
    const prose = line.trim().length >= 50 && !/[.!?:"”]\s*$/.test(line) && !/^\s*([-*•+|#>]|\d+[.)])\s/.test(line) && blockEndsSentence(text, i);
    const metaNext = /^\s*(by|published|posted|updated|date)\b/i.test(nextLine) || (nextLine.length < 120 && !!findDate(nextLine) && !/[.!?]\s*$/.test(nextLine));
    if (prose && !metaNext && !formField(line) && !formField(nextLine) && next && next.trim() && !/^\s*([-*•+|#>]|\d+[.)])\s/.test(nextLine)) chars[i] = ' ';
    lineStart = i + 1;
  }
  return chars.join('');
}

const BYLINE = /^\s*(?:by|written by|von|par)\s+([\p{Lu}][\p{L}\p{M}.'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}.'’-]+){0,3})/iu;
const PUBLISHER = /\b(?:Institute|Centre|Center|Agency|Ministry|Office|Department|Council|Committee|Commission|Labs?|Service|Police|Foundation|University|Forum|Directorate|Authority)\b|\b(?:CERT|CSIRT|NCSC)(?:-[A-Z]{2,})?\b|\b[A-Z]{2,}-(?:CERT|CSIRT)\b/;
const PUBLISHED = /^\s*[*_]*\s*(?:published|posted|updated|date|dated)\b/i;

/** Reads the headline, date and byline from the top of a text; the rest is left as it is. */
export function readPlainMeta(raw: string): TextMeta {
  const text = unwrap(raw);
  const meta: Span[] = [];
  let title: string | undefined;
  let published: string | undefined;
  let author: string | undefined;
  let offset = 0;
  let lines = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    lines++;
    if (lines > 4) break;
    if (title === undefined) {
      if (line.trim().length <= 200) title = line.trim().replace(/^#+\s*/, '').replace(/[*_]/g, '');
      continue;
    }
    const d = line.length <= 120 ? findDate(line) : undefined;
    const by = BYLINE.exec(line) ?? /\bby\s+(?:the\s+)?([\p{Lu}][\p{L}\p{M}'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’-]*){0,5})/u.exec(line);
    if (d && !published) published = d.iso;
    if (by && line.length <= 120 && (BYLINE.test(line) || d)) {
      author ??= by[1].trim();
      meta.push({ start, end: start + line.length });
    } else if (d && (PUBLISHED.test(line) || (line.length <= 120 && !/[.!?]$/.test(line.trim())))) {
      // A dateline ("Washington, 30 April 2026") keeps its place name for the extractor; "Published ..." does not.
      const rest = (line.slice(0, d.index) + line.slice(d.index + d.length)).trim();
      // ("Neiafu, Vava'u, 3 May 2027": or the town and its island, province or state.)
      const dateline = /^[\p{Lu}][\p{L}\p{M} .'’-]{0,40}(?:,\s*[\p{Lu}][\p{L}\p{M} .'’-]{0,40})?,?$/u.test(rest) && rest.endsWith(',');
      // "Commentary, Nordic Institute for Maritime Security, 9 December 2026", "CERT-GE Threat Note · 11 November
      // 2026": a publisher line names an organisation; only its date is furniture.
      if (!PUBLISHED.test(line) && !line.includes('|') && !dateline && PUBLISHER.test(rest)) meta.push({ start: start + d.index, end: start + d.index + d.length });
      else if (PUBLISHED.test(line) || line.includes('|') || !dateline) meta.push({ start, end: start + line.length });
    }
    // "Policy brief No. 31, Centre for Strategic Horizons, 2 June 2026. By Mariam Touré.": only the byline
    // sentence at the end of the line is page furniture; the rest may name the publisher.
    const tailBy = !meta.some((m) => m.start === start) ? /(?:^|[.·|,;]\s+)((?:[Bb]y|[Ww]ritten by)\s+([\p{Lu}][\p{L}\p{M}.'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}.'’-]+){0,3}))\s*[.]?\s*$/u.exec(line) : null;
    if (tailBy && line.length <= 200) {
      author ??= tailBy[2].replace(/\.$/, '').trim();
      const at = start + tailBy.index + tailBy[0].indexOf(tailBy[1]);
      meta.push({ start: at, end: start + line.length });
    }
    if (!d && !by && !tailBy) break;
  }
  return { text, title, published, author, meta };
}
