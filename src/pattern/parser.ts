/**
 * The STIX patterning parser (STIX 2.1 section 9; the normative grammar is STIXPattern.g4), built with chevrotain
 * over the tokens of lexer.ts, producing the AST of ast.ts directly (no concrete syntax tree). The chevrotain
 * parser is built once and reused for every pattern.
 *
 * Precedence, highest first (section 9.5.3): qualifiers bind to the expression just before them, then AND, OR,
 * FOLLOWEDBY; inside brackets AND binds tighter than OR. All operators associate left to right.
 *
 * @module
 */
import { EmbeddedActionsParser, EOF, type IToken, type IRecognitionException, type IParserErrorMessageProvider, type TokenType } from 'chevrotain';
import * as T from './tokens.js';
import { tokenize } from './lexer.js';
import { PatternSyntaxError } from './syntax-error.js';
import {
  setPosition,
  type ComparisonExpression,
  type ComparisonOperator,
  type Literal,
  type ObjectPath,
  type ObservationExpression,
  type PathStep,
  type PatternAst,
  type Qualifier,
} from './ast.js';

const OPERATOR_OF: Record<string, ComparisonOperator> = {
  Eq: '=',
  Neq: '!=',
  Lt: '<',
  Le: '<=',
  Gt: '>',
  Ge: '>=',
  Like: 'LIKE',
  Matches: 'MATCHES',
  IsSubset: 'ISSUBSET',
  IsSuperset: 'ISSUPERSET',
};

function literalOf(tok: IToken): Literal {
  const p = tok.payload as never;
  switch (tok.tokenType) {
    case T.IntPos:
    case T.IntNeg:
      return { kind: 'int', value: p };
    case T.FloatPos:
    case T.FloatNeg:
      return { kind: 'float', value: p };
    case T.StringLiteral:
      return { kind: 'string', value: p };
    case T.BoolLiteral:
      return { kind: 'bool', value: p };
    case T.BinaryLiteral:
      return { kind: 'binary', value: p };
    case T.HexLiteral:
      return { kind: 'hex', value: p };
    default:
      return { kind: 'timestamp', value: p };
  }
}

const TOKEN_BY_NAME = new Map(T.ALL_TOKENS.map((t) => [t.name, t]));

/**
 * Chevrotain's error "message" carries the expected token names (as JSON) to explain(), which writes the real
 * message with the context it has.
 */
const EXPECTED_AS_MESSAGE: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected }) => JSON.stringify([expected.name]),
  buildNotAllInputParsedMessage: () => '[]',
  buildNoViableAltMessage: ({ expectedPathsPerAlt }) =>
    JSON.stringify(expectedPathsPerAlt.flatMap((alt) => alt.map((path) => path[0]?.name ?? ''))),
  buildEarlyExitMessage: ({ expectedIterationPaths }) => JSON.stringify(expectedIterationPaths.map((path) => path[0]?.name ?? '')),
};

function expectedOf(err: IRecognitionException): TokenType[] {
  try {
    return (JSON.parse(err.message) as string[]).map((n) => TOKEN_BY_NAME.get(n)).filter((t): t is TokenType => !!t);
  } catch {
    return [];
  }
}

/** What rules return while chevrotain records the grammar (their results are discarded then). */
const RECORDING = Object.freeze({ kind: 'recording' });

type Alts<T> = { ALT: () => T }[];

/**
 * The grammar. For speed, no rule allocates per call: alternatives and loop bodies are built once and cached
 * (they refer to the parser only), and operands collect on one shared stack.
 */
class PatternParser extends EmbeddedActionsParser {
  /** Set per parse: which version's START/STOP syntax to accept. */
  version: '2.0' | '2.1' = '2.1';
  /** Set per parse: record node positions (for the checker's columns). */
  positions = false;
  /** A version-specific problem found while parsing (reported after the parse). */
  versionProblem: { message: string; offset: number } | undefined;
  /** Operands and steps being collected by the rules in progress. */
  stack: unknown[] = [];

  constructor() {
    super(T.ALL_TOKENS, { recoveryEnabled: false, maxLookahead: 2, skipValidations: true, errorMessageProvider: EXPECTED_AS_MESSAGE });
    this.performSelfAnalysis();
  }

  private at<N extends object>(node: N, offset: number): N {
    return this.positions ? setPosition(node, offset) : node;
  }

  private literal(tok: IToken): Literal {
    if (this.RECORDING_PHASE) return RECORDING as never;
    const lit = literalOf(tok);
    return this.positions ? setPosition(lit, tok.startOffset) : lit;
  }

  /** Pops what a rule pushed since `base`: one item stands for itself, more make a flat chain node. */
  private chain<N>(base: number, kind: string): N {
    const s = this.stack;
    if (s.length - base === 1) return s.pop() as N;
    const operands = s.splice(base);
    return { kind, operands } as N;
  }

  pattern = this.RULE('pattern', (): ObservationExpression => this.SUBRULE(this.followedBy));

  private followedByTail = (): void => {
    this.CONSUME(T.FollowedBy);
    this.stack.push(this.SUBRULE2(this.observationOr));
  };
  followedBy = this.RULE('followedBy', (): ObservationExpression => {
    const base = this.stack.length;
    this.stack.push(this.SUBRULE(this.observationOr));
    this.MANY(this.followedByTail);
    return this.chain(base, 'followed-by');
  });

  private orTail = (): void => {
    this.CONSUME(T.Or);
    this.stack.push(this.SUBRULE2(this.observationAnd));
  };
  observationOr = this.RULE('observationOr', (): ObservationExpression => {
    const base = this.stack.length;
    this.stack.push(this.SUBRULE(this.observationAnd));
    this.MANY(this.orTail);
    return this.chain(base, 'observation-or');
  });

  private andTail = (): void => {
    this.CONSUME(T.And);
    this.stack.push(this.SUBRULE2(this.qualified));
  };
  observationAnd = this.RULE('observationAnd', (): ObservationExpression => {
    const base = this.stack.length;
    this.stack.push(this.SUBRULE(this.qualified));
    this.MANY(this.andTail);
    return this.chain(base, 'observation-and');
  });

  private qualifierLoop = (): void => {
    this.stack.push(this.SUBRULE(this.qualifier));
  };
  qualified = this.RULE('qualified', (): ObservationExpression => {
    const expression = this.SUBRULE(this.primary);
    const base = this.stack.length;
    this.MANY(this.qualifierLoop);
    if (this.stack.length === base) return expression;
    return { kind: 'qualified', expression, qualifiers: this.stack.splice(base) as Qualifier[] };
  });

  private primaryAlts: Alts<ObservationExpression> = [
    {
      ALT: () => {
        const open = this.CONSUME(T.LBracket);
        const comparison = this.SUBRULE(this.comparisonOr);
        this.CONSUME(T.RBracket);
        return this.at({ kind: 'observation' as const, comparison }, open.startOffset);
      },
    },
    {
      ALT: () => {
        this.CONSUME(T.LParen);
        const inner = this.SUBRULE(this.followedBy);
        this.CONSUME(T.RParen);
        return inner;
      },
    },
  ];
  primary = this.RULE('primary', (): ObservationExpression => this.OR(this.primaryAlts));

  private withinNumber: Alts<IToken> = [{ ALT: () => this.CONSUME(T.IntPos) }, { ALT: () => this.CONSUME(T.FloatPos) }];
  private qualifierAlts: Alts<Qualifier> = [
    {
      ALT: () => {
        const kw = this.CONSUME(T.Within);
        const num = this.OR2(this.withinNumber);
        this.CONSUME(T.Seconds);
        if (this.RECORDING_PHASE) return RECORDING as never;
        const text = num.image.startsWith('+') ? num.image.slice(1) : num.image;
        return this.at({ kind: 'within' as const, seconds: num.payload as number, text }, kw.startOffset);
      },
    },
    {
      ALT: () => {
        const kw = this.CONSUME(T.Repeats);
        const num = this.CONSUME2(T.IntPos);
        this.CONSUME(T.Times);
        return this.at({ kind: 'repeats' as const, times: num.payload as number }, kw.startOffset);
      },
    },
    {
      ALT: () => {
        const kw = this.CONSUME(T.Start);
        const start = this.SUBRULE(this.startStopValue);
        this.CONSUME(T.Stop);
        const stop = this.SUBRULE2(this.startStopValue);
        if (this.RECORDING_PHASE) return RECORDING as never;
        const literal = start.tokenType === T.TimestampLiteral && stop.tokenType === T.TimestampLiteral ? 'timestamp' : 'string';
        return this.at(
          { kind: 'start-stop' as const, start: start.payload as string, stop: stop.payload as string, literal },
          kw.startOffset,
        );
      },
    },
  ];
  qualifier = this.RULE('qualifier', (): Qualifier => this.OR(this.qualifierAlts));

  private startStopAlts: Alts<IToken> = [{ ALT: () => this.CONSUME(T.TimestampLiteral) }, { ALT: () => this.CONSUME(T.StringLiteral) }];
  startStopValue = this.RULE('startStopValue', (): IToken => {
    const tok = this.OR(this.startStopAlts);
    if (!this.RECORDING_PHASE && tok.tokenType === T.StringLiteral && this.version === '2.1' && !this.versionProblem) {
      this.versionProblem = {
        message: `START and STOP take timestamp constants in STIX 2.1: write t${tok.image}`,
        offset: tok.startOffset,
      };
    }
    return tok;
  });

  private comparisonOrTail = (): void => {
    this.CONSUME(T.Or);
    this.stack.push(this.SUBRULE2(this.comparisonAnd));
  };
  comparisonOr = this.RULE('comparisonOr', (): ComparisonExpression => {
    const base = this.stack.length;
    this.stack.push(this.SUBRULE(this.comparisonAnd));
    this.MANY(this.comparisonOrTail);
    return this.chain(base, 'comparison-or');
  });

  private comparisonAndTail = (): void => {
    this.CONSUME(T.And);
    this.stack.push(this.SUBRULE2(this.propTest));
  };
  comparisonAnd = this.RULE('comparisonAnd', (): ComparisonExpression => {
    const base = this.stack.length;
    this.stack.push(this.SUBRULE(this.propTest));
    this.MANY(this.comparisonAndTail);
    return this.chain(base, 'comparison-and');
  });

  private consumeNot = (): IToken => this.CONSUME(T.Not);
  private propTestAlts: Alts<ComparisonExpression> = [
    {
      ALT: () => {
        this.CONSUME(T.LParen);
        const inner = this.SUBRULE(this.comparisonOr);
        this.CONSUME(T.RParen);
        return inner;
      },
    },
    {
      ALT: () => {
        const not = this.OPTION(this.consumeNot);
        const kw = this.CONSUME(T.Exists);
        const path = this.SUBRULE(this.objectPath);
        return this.at({ kind: 'exists' as const, path, negated: not !== undefined }, (not ?? kw).startOffset);
      },
    },
    { ALT: () => this.SUBRULE(this.comparison) },
  ];
  propTest = this.RULE('propTest', (): ComparisonExpression => this.OR(this.propTestAlts));

  comparison = this.RULE('comparison', (): ComparisonExpression => {
    const path = this.SUBRULE(this.objectPath);
    const negated = this.OPTION2(this.consumeNot) !== undefined;
    const at = this.LA(1).startOffset;
    const op = this.SUBRULE(this.operation);
    if (this.RECORDING_PHASE) return RECORDING as never;
    if (op.operator === 'IN') return this.at({ kind: 'in', path, negated, values: op.values! }, at);
    return this.at({ kind: 'comparison', path, operator: op.operator, negated, value: op.value! }, at);
  });

  private equalityOp: Alts<IToken> = [{ ALT: () => this.CONSUME(T.Eq) }, { ALT: () => this.CONSUME(T.Neq) }];
  private orderOp: Alts<IToken> = [
    { ALT: () => this.CONSUME(T.Lt) },
    { ALT: () => this.CONSUME(T.Le) },
    { ALT: () => this.CONSUME(T.Gt) },
    { ALT: () => this.CONSUME(T.Ge) },
  ];
  private stringOp: Alts<IToken> = [
    { ALT: () => this.CONSUME(T.Like) },
    { ALT: () => this.CONSUME(T.Matches) },
    { ALT: () => this.CONSUME(T.IsSubset) },
    { ALT: () => this.CONSUME(T.IsSuperset) },
  ];
  private operationAlts: Alts<Operation> = [
    {
      ALT: () => {
        const op = this.OR2(this.equalityOp);
        const value = this.SUBRULE(this.primitiveLiteral);
        return this.RECORDING_PHASE ? (RECORDING as never) : { operator: OPERATOR_OF[op.tokenType.name], value };
      },
    },
    {
      ALT: () => {
        const op = this.OR3(this.orderOp);
        const value = this.SUBRULE(this.orderableLiteral);
        return this.RECORDING_PHASE ? (RECORDING as never) : { operator: OPERATOR_OF[op.tokenType.name], value };
      },
    },
    {
      ALT: () => {
        this.CONSUME(T.In);
        const values = this.SUBRULE(this.setLiteral);
        return { operator: 'IN', values };
      },
    },
    {
      ALT: () => {
        const op = this.OR4(this.stringOp);
        const value = this.literal(this.CONSUME(T.StringLiteral));
        return this.RECORDING_PHASE ? (RECORDING as never) : { operator: OPERATOR_OF[op.tokenType.name], value };
      },
    },
  ];
  operation = this.RULE('operation', (): Operation => this.OR(this.operationAlts));

  private setTail = (): void => {
    this.CONSUME(T.Comma);
    this.stack.push(this.SUBRULE2(this.primitiveLiteral));
  };
  private setBody = (): void => {
    this.stack.push(this.SUBRULE(this.primitiveLiteral));
    this.MANY(this.setTail);
  };
  setLiteral = this.RULE('setLiteral', (): Literal[] => {
    const base = this.stack.length;
    this.CONSUME(T.LParen);
    this.OPTION(this.setBody);
    this.CONSUME(T.RParen);
    return this.stack.splice(base) as Literal[];
  });

  private primitiveAlts: Alts<Literal> = [
    { ALT: () => this.SUBRULE(this.orderableLiteral) },
    { ALT: () => this.literal(this.CONSUME(T.BoolLiteral)) },
  ];
  primitiveLiteral = this.RULE('primitiveLiteral', (): Literal => this.OR(this.primitiveAlts));

  private orderableAlts: Alts<IToken> = [
    { ALT: () => this.CONSUME(T.IntPos) },
    { ALT: () => this.CONSUME(T.IntNeg) },
    { ALT: () => this.CONSUME(T.FloatPos) },
    { ALT: () => this.CONSUME(T.FloatNeg) },
    { ALT: () => this.CONSUME(T.StringLiteral) },
    { ALT: () => this.CONSUME(T.BinaryLiteral) },
    { ALT: () => this.CONSUME(T.HexLiteral) },
    { ALT: () => this.CONSUME(T.TimestampLiteral) },
  ];
  orderableLiteral = this.RULE('orderableLiteral', (): Literal => this.literal(this.OR(this.orderableAlts)));

  private typeAlts: Alts<IToken> = [{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.HyphenIdentifier) }];
  private indexAlts: Alts<PathStep> = [
    { ALT: () => ({ kind: 'index', index: this.CONSUME(T.IntPos).payload as number }) },
    { ALT: () => ({ kind: 'index', index: this.CONSUME(T.IntNeg).payload as number }) },
    { ALT: () => (this.CONSUME(T.Asterisk), ANY_INDEX) },
  ];
  private stepAlts: Alts<void> = [
    {
      ALT: () => {
        this.CONSUME(T.Dot);
        this.stack.push(this.SUBRULE2(this.keyName));
      },
    },
    {
      ALT: () => {
        this.CONSUME(T.LBracket);
        this.stack.push(this.OR3(this.indexAlts));
        this.CONSUME(T.RBracket);
      },
    },
  ];
  private stepLoop = (): void => this.OR2(this.stepAlts);
  objectPath = this.RULE('objectPath', (): ObjectPath => {
    const type = this.OR(this.typeAlts);
    this.CONSUME(T.Colon);
    const base = this.stack.length;
    this.stack.push(this.SUBRULE(this.keyName));
    this.MANY(this.stepLoop);
    const steps = this.stack.splice(base) as PathStep[];
    if (this.RECORDING_PHASE) return RECORDING as never;
    return this.at({ kind: 'object-path', objectType: type.image, steps }, type.startOffset);
  });

  private keyAlts: Alts<PathStep> = [
    { ALT: () => ({ kind: 'key', name: this.CONSUME(T.Identifier).image }) },
    { ALT: () => ({ kind: 'key', name: this.CONSUME(T.StringLiteral).payload as string }) },
  ];
  keyName = this.RULE('keyName', (): PathStep => this.OR(this.keyAlts));
}

interface Operation {
  operator: ComparisonOperator | 'IN';
  value?: Literal;
  values?: Literal[];
}

/** `[*]` carries no data: one shared node (the AST is read-only). */
const ANY_INDEX: PathStep = Object.freeze({ kind: 'any-index' });

let parser: PatternParser | undefined;


const LOWER_KEYWORDS = new Set([...T.KEYWORDS.keys()].filter((k) => k !== 'true' && k !== 'false').map((k) => k.toLowerCase()));

function describe(tok: IToken): string {
  if (tok.tokenType === EOF) return 'the end of the pattern';
  const image = tok.image.length > 40 ? tok.image.slice(0, 37) + '...' : tok.image;
  return `'${image}'`;
}

function expectedList(types: TokenType[]): string {
  const labels = [...new Set(types.map((t) => t.LABEL ?? t.name))];
  return labels.length <= 1 ? (labels[0] ?? 'something else') : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
}

const LITERAL_TYPES = new Set<TokenType>([
  T.IntPos, T.IntNeg, T.FloatPos, T.FloatNeg, T.StringLiteral, T.BinaryLiteral, T.HexLiteral, T.TimestampLiteral, T.BoolLiteral,
]);

/** A message a person can act on, from chevrotain's first recognition error. */
function explain(err: IRecognitionException, tokens: IToken[]): string {
  const tok = err.token;
  const rule = err.context.ruleStack[err.context.ruleStack.length - 1];
  const expected = expectedOf(err);
  const found = describe(tok);
  const isName = tok.tokenType === T.Identifier || tok.tokenType === T.HyphenIdentifier;
  if (tokens.length > 0 && tok === tokens[0] && tok.tokenType !== T.LBracket && tok.tokenType !== T.LParen) {
    return `a pattern starts with '[': put each observation in square brackets, e.g. [file:size = 1280]; found ${found}`;
  }
  if (tok.tokenType === T.Identifier && LOWER_KEYWORDS.has(tok.image.toLowerCase()) && tok.image !== tok.image.toUpperCase()) {
    return `keywords are upper-case: write ${tok.image.toUpperCase()} instead of ${found}`;
  }
  if (tok.tokenType === T.HyphenIdentifier && (rule === 'keyName' || rule === 'objectPath')) {
    return `a property name with '-' must be quoted: write '${tok.image}'`;
  }
  if (rule === 'objectPath' && expected.includes(T.Colon)) {
    return `expected ':' between the object type and its property (e.g. file:size), found ${found}`;
  }
  if (isName && expected.some((t) => LITERAL_TYPES.has(t))) {
    return `expected a constant (a quoted string, a number, true/false, h'..', b'..' or t'..'), found ${found}: quote strings, e.g. '${tok.image}'`;
  }
  if (expected.length > 2 && expected.every((t) => LITERAL_TYPES.has(t))) {
    return `expected a constant (a quoted string, a number, true/false, h'..', b'..' or t'..'), found ${found}`;
  }
  if (rule === 'qualifier' && expected.includes(T.Seconds)) return `WITHIN takes a number of SECONDS, e.g. WITHIN 300 SECONDS; found ${found}`;
  if (rule === 'qualifier' && (expected.includes(T.IntPos) || expected.includes(T.FloatPos))) {
    return `expected a positive number after ${tokens[tokens.indexOf(tok) - 1]?.image ?? 'the qualifier'}, found ${found}`;
  }
  if (err.name === 'NotAllInputParsedException') {
    return `unexpected ${found} after a complete pattern: join observation expressions with AND, OR or FOLLOWEDBY`;
  }
  if (expected.length > 0) return `expected ${expectedList(expected)}, found ${found}`;
  return `unexpected ${found}`;
}

export interface ParseOptions {
  /** Which grammar to use: '2.1' (default) takes t'...' after START/STOP; '2.0' also takes quoted strings. */
  stixVersion?: '2.0' | '2.1';
  /** Record where each node starts (see `positionOf`), as the checker needs for columns. Off by default. */
  positions?: boolean;
}

/**
 * Parses STIX pattern text into an AST (STIX 2.1 section 9). Throws PatternSyntaxError, with the column and a
 * message saying what to change, on the first syntax error. Semantic checks are in check.ts.
 */
export function parsePattern(text: string, opts: ParseOptions = {}): PatternAst {
  if (typeof text !== 'string') throw new PatternSyntaxError('a pattern must be a string', '', 0);
  const tokens = tokenize(text);
  if (tokens.length === 0) throw new PatternSyntaxError('the pattern is empty: write e.g. [file:size = 1280]', text, 0);
  parser ??= new PatternParser();
  const p = parser;
  p.version = opts.stixVersion ?? '2.1';
  p.versionProblem = undefined;
  p.positions = opts.positions ?? false;
  p.stack.length = 0;
  p.input = tokens;
  let expression: ObservationExpression | undefined;
  try {
    expression = p.pattern();
  } catch (e) {
    // Chevrotain only throws for its own bugs or a stack overflow; report as a syntax error at the start.
    throw new PatternSyntaxError(`the pattern could not be parsed: ${(e as Error).message}`, text, 0);
  }
  const errors = p.errors;
  if (errors.length > 0) {
    const err = errors[0];
    const offset = Number.isFinite(err.token.startOffset) ? err.token.startOffset : text.length;
    throw new PatternSyntaxError(explain(err, tokens), text, offset);
  }
  const problem = p.versionProblem as { message: string; offset: number } | undefined;
  if (problem) throw new PatternSyntaxError(problem.message, text, problem.offset);
  return { kind: 'pattern', version: p.version, expression: expression! };
}
