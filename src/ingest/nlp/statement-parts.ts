/** What the statement finders share: a quotation as found, a transcript turn's label, a count of words, a speaker the
 * text does not name, and the test of a run of title words. */
import type { Span } from '../types.js';
import type { Ref } from './refs.js';
import { SPEECH_VERBS } from './gazetteer/words.js';

export interface RawQuote extends Span {
  inner: Span;
  /** Opens a paragraph and is not closed in it: a quotation that may run on into the next paragraph. */
  open?: boolean;
}

/** A transcript turn's label at the start of a line: "D'ARVIEU: ", "QUESTION (a journalist): ", "OKELLO [in Luganda]: ". */
export const TURN_LABEL = /^[ \t]*[\p{Lu}][\p{Lu}.'’ -]{1,40}[ \t]*(?:\([^()\n]{0,160}\)|\[[^[\]\n]{0,160}\])?[ \t]*:[ \t]+/u;

export const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** A speaker the text describes without naming ("the two ministers", "fishermen in Tangalle"), over [start, end). */
export const unnamed = (start: number, end: number, sentence: number): Ref => ({ start, end, kind: 'unnamed', sentence, key: null });

/** The words between a quotation and its speaker: a title ("the office's director,", "the report's lead author,"). */
const TITLE_RUN_WORDS = new RegExp(`^(?:${[...SPEECH_VERBS, 'who', 'whom', 'which', 'that', 'when', 'while', 'as', 'but', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'also', 'then', 'later'].join('|')})$`, 'i');
/** Up to ten words of a title or description, none a verb or a clause opener. */
export function titleRunOk(gap: string, most = 10): boolean {
  const words = gap.trim().split(/\s+/).filter(Boolean);
  if (words.length > most) return false;
  // ("head of the anti-drug directorate of the National Police of Peru (PNP)": an acronym in parentheses too.)
  // ("commander of the UPDF's 3rd Division": an ordinal too.)
  return words.every((w) => (/^[\p{L}][\p{L}.’'-]*,?$/u.test(w) || /^\([\p{Lu}\p{N}-]{2,10}\),?$/u.test(w) || /^\d{1,3}(?:st|nd|rd|th),?$/.test(w)) && !TITLE_RUN_WORDS.test(w.replace(/,$/, '')));
}
