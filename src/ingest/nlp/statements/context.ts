/** What the statement finders of findStatements share: the text, its sentences, references and quotations, the
 * findings so far, and the helpers that read a verb's subject and record a finding. */
import type { QuoteFinding } from '../../types.js';
import type { Ref } from '../refs.js';
import type { Tokenised, Sentence } from '../text.js';
import type { RawQuote } from '../statement-parts.js';
import type { Span } from '../../types.js';

export interface StatementContext {
  text: string;
  /** The text's tokens and sentences, datelines left out. */
  tk: Tokenised;
  /** References that may be the subject of a verb (object pronouns left out when there are any). */
  refs: Ref[];
  /** Object pronouns ("according to her"), which speak only through "according to". */
  objectRefs: Ref[];
  quotes: RawQuote[];
  /** Quotations inside a reported clause, which belong to that clause. */
  absorbed: Set<RawQuote>;
  /** The statements found so far, in the order they were pushed. */
  out: QuoteFinding[];
  /** References outside quotations that are not places. */
  speakerRefs: Ref[];
  sentenceOf: (pos: number) => Sentence;
  insideQuote: (pos: number) => boolean;
  subjectOf: SubjectOf;
  push: Push;
}

/** The subject of the verb at `vStart` in sentence `s`. */
export type SubjectOf = (s: Sentence, vStart: number) => Ref | undefined;
/** Records a statement (its span trimmed, a reporter's aside in parentheses left out). */
export type Push = (span: Span, kind: 'direct' | 'reported', ref: Ref | undefined, attribution: Span | undefined, confidence: number) => void;
