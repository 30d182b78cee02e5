/** What the statement finders share: a quotation as found, a transcript turn's label, a count of words. */
import type { Span } from '../types.js';

export interface RawQuote extends Span {
  inner: Span;
  /** Opens a paragraph and is not closed in it: a quotation that may run on into the next paragraph. */
  open?: boolean;
}

/** A transcript turn's label at the start of a line: "D'ARVIEU: ", "QUESTION (a journalist): ". */
export const TURN_LABEL = /^[ \t]*[\p{Lu}][\p{Lu}.'’ -]{1,40}[ \t]*(?:\([^()\n]{0,160}\))?[ \t]*:[ \t]+/u;

export const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
