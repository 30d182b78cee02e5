/**
 * The STIX pattern AST (STIX 2.1 section 9). Every node is a plain read-only object tagged by `kind`, so trees
 * compare with deep equality and print back to canonical text. Parentheses are not nodes: they are implied by the
 * tree's shape (the printer puts back those the structure needs). Source positions live beside the tree
 * (`positionOf`), so that two parses of equivalent text give equal trees.
 *
 * @module
 */

/** A constant in a comparison (section 9.2). Bytes of `b'..'` and `h'..'` literals are decoded. */
export type Literal =
  | { readonly kind: 'int'; readonly value: number }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'binary'; readonly value: Uint8Array }
  | { readonly kind: 'hex'; readonly value: Uint8Array }
  /** `value` is the text between the quotes, e.g. `2014-01-13T07:03:17Z`. */
  | { readonly kind: 'timestamp'; readonly value: string };

export type LiteralKind = Literal['kind'];

/** One step of an object path after the object type (section 9.7). */
export type PathStep =
  | { readonly kind: 'key'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'any-index' };

export interface ObjectPath {
  readonly kind: 'object-path';
  readonly objectType: string;
  /** Never empty: the first step is always a key (the property of the SCO). */
  readonly steps: readonly PathStep[];
}

export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE' | 'MATCHES' | 'ISSUBSET' | 'ISSUPERSET';

/** `path [NOT] op literal` (section 9.6.1). */
export interface Comparison {
  readonly kind: 'comparison';
  readonly path: ObjectPath;
  readonly operator: ComparisonOperator;
  readonly negated: boolean;
  readonly value: Literal;
}

/** `path [NOT] IN (a, b, ...)`. */
export interface SetComparison {
  readonly kind: 'in';
  readonly path: ObjectPath;
  readonly negated: boolean;
  readonly values: readonly Literal[];
}

/** `[NOT] EXISTS path`. */
export interface Exists {
  readonly kind: 'exists';
  readonly path: ObjectPath;
  readonly negated: boolean;
}

/** Boolean operators inside an observation expression; operands of one chain are kept flat, in order. */
export interface ComparisonAnd {
  readonly kind: 'comparison-and';
  readonly operands: readonly ComparisonExpression[];
}
export interface ComparisonOr {
  readonly kind: 'comparison-or';
  readonly operands: readonly ComparisonExpression[];
}

export type ComparisonExpression = Comparison | SetComparison | Exists | ComparisonAnd | ComparisonOr;

/** `[ ... ]`: matched against one observation (section 9.5). */
export interface Observation {
  readonly kind: 'observation';
  readonly comparison: ComparisonExpression;
}

export interface ObservationAnd {
  readonly kind: 'observation-and';
  readonly operands: readonly ObservationExpression[];
}
export interface ObservationOr {
  readonly kind: 'observation-or';
  readonly operands: readonly ObservationExpression[];
}
export interface FollowedBy {
  readonly kind: 'followed-by';
  readonly operands: readonly ObservationExpression[];
}

export type Qualifier =
  /** `WITHIN x SECONDS`; `text` keeps the number as written so that printing loses nothing. */
  | { readonly kind: 'within'; readonly seconds: number; readonly text: string }
  | { readonly kind: 'repeats'; readonly times: number }
  /** START/STOP; `literal` is 'timestamp' (t'...', STIX 2.1) or 'string' (STIX 2.0). */
  | { readonly kind: 'start-stop'; readonly start: string; readonly stop: string; readonly literal: 'timestamp' | 'string' };

/**
 * An observation expression followed by one or more qualifiers, applied left to right (section 9.5.1).
 * `([a] WITHIN 5 SECONDS) WITHIN 6 SECONDS` nests two of these; `[a] WITHIN 5 SECONDS WITHIN 6 SECONDS` is one
 * with two qualifiers (which the checker refuses).
 */
export interface Qualified {
  readonly kind: 'qualified';
  readonly expression: ObservationExpression;
  readonly qualifiers: readonly Qualifier[];
}

export type ObservationExpression = Observation | ObservationAnd | ObservationOr | FollowedBy | Qualified;

/** A parsed pattern: the root observation expression and the STIX version whose grammar was used. */
export interface PatternAst {
  readonly kind: 'pattern';
  readonly version: '2.0' | '2.1';
  readonly expression: ObservationExpression;
}

export type PatternNode = PatternAst | ObservationExpression | ComparisonExpression | ObjectPath | Literal | Qualifier;

const positions = new WeakMap<object, number>();

/** Records where a node starts in its source text (a UTF-16 offset). */
export function setPosition<T extends object>(node: T, offset: number): T {
  positions.set(node, offset);
  return node;
}

/** The UTF-16 offset where a parsed node starts, when it came from the parser. */
export function positionOf(node: object): number | undefined {
  return positions.get(node);
}
