/** Types of the mentions extractor: a mention and its votes, a piece of a sentence, the context of one text. */
import type { EntityKind, Span } from '../../types.js';
import type { Token, Tokenised } from '../text.js';

export type Vote = Partial<Record<EntityKind, number>>;

export interface Mention extends Span {
  text: string;
  sentence: number;
  /** Evidence for each kind, summed over cues. */
  votes: Vote;
  /** A title given with the name ("Estonian Foreign Minister"), and where it is. */
  title?: string;
  titleSpan?: Span;
  /** Mr/Ms: the person's gender where an honorific tells it. */
  gender?: 'm' | 'f';
  /** The honorific written before the name ("Sheikh", "Dr"). */
  honorific?: string;
  /** Set when a gazetteer fixed the canonical name ("TALLINN" → "Tallinn"). */
  canonical?: string;
  country?: string;
  isCountry?: boolean;
  government?: boolean;
  groupKind?: 'threat-actor' | 'intrusion-set';
  groupDescription?: string;
  /** Named as a group by the text itself ("an intrusion set we track as X", "a gang her office calls X"). */
  namedGroup?: boolean;
  /** Named in quotation marks as a programme, show or other work ("the “Bahari Leo” programme"): no person. */
  namedWork?: boolean;
  /** A title with no name: "the Director of the FBI", "Minister of the Interior". */
  titleOnly?: boolean;
  /** In the headline. */
  headline?: boolean;
  /** First word of its sentence (so its capital says nothing). */
  initial?: boolean;
}

export interface Piece {
  words: Token[];
  /** Already known to be one name: not to be split at its connectors. */
  whole?: boolean;
}

export interface MentionContext {
  text: string;
  tk: Tokenised;
  /** Spans (bylines) where nothing is a mention. */
  meta: Span[];
  headline?: Span;
  /** Names the text gives vessels (found once per text). */
  vessels?: Set<string>;
  /** One-word names the text calls "the airline", "the lender" (see companyHints). */
  companies?: Set<string>;
  /** Line labels ("Rusu:") and how many lines each opens. */
  labels?: Map<string, number>;
}
