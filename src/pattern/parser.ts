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
      return setPosition({ kind: 'int', value: p }, tok.startOffset);
    case T.FloatPos:
    case T.FloatNeg:
      return setPosition({ kind: 'float', value: p }, tok.startOffset);
    case T.StringLiteral:
      return setPosition({ kind: 'string', value: p }, tok.startOffset);
    case T.BoolLiteral:
      return setPosition({ kind: 'bool', value: p }, tok.startOffset);
    case T.BinaryLiteral:
      return setPosition({ kind: 'binary', value: p }, tok.startOffset);
    case T.HexLiteral:
      return setPosition({ kind: 'hex', value: p }, tok.startOffset);
    default:
      return setPosition({ kind: 'timestamp', value: p }, tok.startOffset);
  }
}

/** Flattens a chain `a OP b OP c` into one node; a single operand stands for itself. */
function chain<K extends string, N>(kind: K, operands: N[]): N | { kind: K; operands: N[] } {
  return operands.length === 1 ? operands[0] : { kind, operands };
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

class PatternParser extends EmbeddedActionsParser {
  /** Set per parse: which version's START/STOP syntax to accept. */
  version: '2.0' | '2.1' = '2.1';
  /** A version-specific problem found while parsing (reported after the parse). */
  versionProblem: { message: string; offset: number } | undefined;

  constructor() {
    super(T.ALL_TOKENS, { recoveryEnabled: false, maxLookahead: 2, skipValidations: true, errorMessageProvider: EXPECTED_AS_MESSAGE });
    this.performSelfAnalysis();
  }

  private literal(tok: IToken): Literal {
    return this.RECORDING_PHASE ? (RECORDING as never) : literalOf(tok);
  }

  pattern = this.RULE('pattern', (): ObservationExpression => this.SUBRULE(this.followedBy));

  followedBy = this.RULE('followedBy', (): ObservationExpression => {
    const operands: ObservationExpression[] = [this.SUBRULE(this.observationOr)];
    this.MANY(() => {
      this.CONSUME(T.FollowedBy);
      operands.push(this.SUBRULE2(this.observationOr));
    });
    return chain('followed-by', operands) as ObservationExpression;
  });

  observationOr = this.RULE('observationOr', (): ObservationExpression => {
    const operands: ObservationExpression[] = [this.SUBRULE(this.observationAnd)];
    this.MANY(() => {
      this.CONSUME(T.Or);
      operands.push(this.SUBRULE2(this.observationAnd));
    });
    return chain('observation-or', operands) as ObservationExpression;
  });

  observationAnd = this.RULE('observationAnd', (): ObservationExpression => {
    const operands: ObservationExpression[] = [this.SUBRULE(this.qualified)];
    this.MANY(() => {
      this.CONSUME(T.And);
      operands.push(this.SUBRULE2(this.qualified));
    });
    return chain('observation-and', operands) as ObservationExpression;
  });

  qualified = this.RULE('qualified', (): ObservationExpression => {
    const expression = this.SUBRULE(this.primary);
    const qualifiers: Qualifier[] = [];
    this.MANY(() => {
      qualifiers.push(this.SUBRULE(this.qualifier));
    });
    return qualifiers.length === 0 ? expression : { kind: 'qualified', expression, qualifiers };
  });

  primary = this.RULE('primary', (): ObservationExpression =>
    this.OR([
      {
        ALT: () => {
          const open = this.CONSUME(T.LBracket);
          const comparison = this.SUBRULE(this.comparisonOr);
          this.CONSUME(T.RBracket);
          return setPosition({ kind: 'observation' as const, comparison }, open.startOffset);
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
    ]),
  );

  qualifier = this.RULE('qualifier', (): Qualifier =>
    this.OR([
      {
        ALT: () => {
          const kw = this.CONSUME(T.Within);
          const num = this.OR2([{ ALT: () => this.CONSUME(T.IntPos) }, { ALT: () => this.CONSUME(T.FloatPos) }]);
          this.CONSUME(T.Seconds);
          if (this.RECORDING_PHASE) return RECORDING as never;
          const text = num.image.startsWith('+') ? num.image.slice(1) : num.image;
          return setPosition({ kind: 'within' as const, seconds: num.payload as number, text }, kw.startOffset);
        },
      },
      {
        ALT: () => {
          const kw = this.CONSUME(T.Repeats);
          const num = this.CONSUME2(T.IntPos);
          this.CONSUME(T.Times);
          return setPosition({ kind: 'repeats' as const, times: num.payload as number }, kw.startOffset);
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
          return setPosition(
            { kind: 'start-stop' as const, start: start.payload as string, stop: stop.payload as string, literal },
            kw.startOffset,
          );
        },
      },
    ]),
  );

  startStopValue = this.RULE('startStopValue', (): IToken => {
    const tok = this.OR([{ ALT: () => this.CONSUME(T.TimestampLiteral) }, { ALT: () => this.CONSUME(T.StringLiteral) }]);
    if (!this.RECORDING_PHASE) {
      if (tok.tokenType === T.StringLiteral && this.version === '2.1' && !this.versionProblem) {
        this.versionProblem = {
          message: `START and STOP take timestamp constants in STIX 2.1: write t${tok.image}`,
          offset: tok.startOffset,
        };
      }
    }
    return tok;
  });

  comparisonOr = this.RULE('comparisonOr', (): ComparisonExpression => {
    const operands: ComparisonExpression[] = [this.SUBRULE(this.comparisonAnd)];
    this.MANY(() => {
      this.CONSUME(T.Or);
      operands.push(this.SUBRULE2(this.comparisonAnd));
    });
    return chain('comparison-or', operands) as ComparisonExpression;
  });

  comparisonAnd = this.RULE('comparisonAnd', (): ComparisonExpression => {
    const operands: ComparisonExpression[] = [this.SUBRULE(this.propTest)];
    this.MANY(() => {
      this.CONSUME(T.And);
      operands.push(this.SUBRULE2(this.propTest));
    });
    return chain('comparison-and', operands) as ComparisonExpression;
  });

  propTest = this.RULE('propTest', (): ComparisonExpression =>
    this.OR([
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
          const not = this.OPTION(() => this.CONSUME(T.Not));
          const kw = this.CONSUME(T.Exists);
          const path = this.SUBRULE(this.objectPath);
          return setPosition({ kind: 'exists' as const, path, negated: not !== undefined }, (not ?? kw).startOffset);
        },
      },
      { ALT: () => this.SUBRULE(this.comparison) },
    ]),
  );

  comparison = this.RULE('comparison', (): ComparisonExpression => {
    const path = this.SUBRULE(this.objectPath);
    const negated = this.OPTION(() => this.CONSUME(T.Not)) !== undefined;
    const at = this.LA(1).startOffset;
    return this.OR([
      {
        ALT: (): ComparisonExpression => {
          const op = this.OR2([{ ALT: () => this.CONSUME(T.Eq) }, { ALT: () => this.CONSUME(T.Neq) }]);
          const value = this.SUBRULE(this.primitiveLiteral);
          if (this.RECORDING_PHASE) return RECORDING as never;
          return setPosition({ kind: 'comparison', path, operator: OPERATOR_OF[op.tokenType.name], negated, value }, at);
        },
      },
      {
        ALT: (): ComparisonExpression => {
          const op = this.OR3([
            { ALT: () => this.CONSUME(T.Lt) },
            { ALT: () => this.CONSUME(T.Le) },
            { ALT: () => this.CONSUME(T.Gt) },
            { ALT: () => this.CONSUME(T.Ge) },
          ]);
          const value = this.SUBRULE(this.orderableLiteral);
          if (this.RECORDING_PHASE) return RECORDING as never;
          return setPosition({ kind: 'comparison', path, operator: OPERATOR_OF[op.tokenType.name], negated, value }, at);
        },
      },
      {
        ALT: (): ComparisonExpression => {
          this.CONSUME(T.In);
          const values = this.SUBRULE(this.setLiteral);
          return setPosition({ kind: 'in', path, negated, values }, at);
        },
      },
      {
        ALT: (): ComparisonExpression => {
          const op = this.OR4([
            { ALT: () => this.CONSUME(T.Like) },
            { ALT: () => this.CONSUME(T.Matches) },
            { ALT: () => this.CONSUME(T.IsSubset) },
            { ALT: () => this.CONSUME(T.IsSuperset) },
          ]);
          const tok = this.CONSUME(T.StringLiteral);
          if (this.RECORDING_PHASE) return RECORDING as never;
          const value = literalOf(tok);
          return setPosition({ kind: 'comparison', path, operator: OPERATOR_OF[op.tokenType.name], negated, value }, at);
        },
      },
    ]);
  });

  setLiteral = this.RULE('setLiteral', (): Literal[] => {
    const values: Literal[] = [];
    this.CONSUME(T.LParen);
    this.OPTION(() => {
      values.push(this.SUBRULE(this.primitiveLiteral));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        values.push(this.SUBRULE2(this.primitiveLiteral));
      });
    });
    this.CONSUME(T.RParen);
    return values;
  });

  primitiveLiteral = this.RULE('primitiveLiteral', (): Literal =>
    this.OR([{ ALT: () => this.SUBRULE(this.orderableLiteral) }, { ALT: () => this.literal(this.CONSUME(T.BoolLiteral)) }]),
  );

  orderableLiteral = this.RULE('orderableLiteral', (): Literal =>
    this.literal(
      this.OR([
        { ALT: () => this.CONSUME(T.IntPos) },
        { ALT: () => this.CONSUME(T.IntNeg) },
        { ALT: () => this.CONSUME(T.FloatPos) },
        { ALT: () => this.CONSUME(T.FloatNeg) },
        { ALT: () => this.CONSUME(T.StringLiteral) },
        { ALT: () => this.CONSUME(T.BinaryLiteral) },
        { ALT: () => this.CONSUME(T.HexLiteral) },
        { ALT: () => this.CONSUME(T.TimestampLiteral) },
      ]),
    ),
  );

  objectPath = this.RULE('objectPath', (): ObjectPath => {
    const type = this.OR([{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.HyphenIdentifier) }]);
    this.CONSUME(T.Colon);
    const steps: PathStep[] = [this.SUBRULE(this.keyName)];
    this.MANY(() => {
      this.OR2([
        {
          ALT: () => {
            this.CONSUME(T.Dot);
            steps.push(this.SUBRULE2(this.keyName));
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LBracket);
            steps.push(
              this.OR3([
                { ALT: (): PathStep => ({ kind: 'index', index: this.CONSUME(T.IntPos).payload as number }) },
                { ALT: (): PathStep => ({ kind: 'index', index: this.CONSUME(T.IntNeg).payload as number }) },
                { ALT: (): PathStep => (this.CONSUME(T.Asterisk), { kind: 'any-index' }) },
              ]),
            );
            this.CONSUME(T.RBracket);
          },
        },
      ]);
    });
    if (this.RECORDING_PHASE) return RECORDING as never;
    return setPosition({ kind: 'object-path', objectType: type.image, steps }, type.startOffset);
  });

  keyName = this.RULE('keyName', (): PathStep =>
    this.OR([
      { ALT: (): PathStep => ({ kind: 'key', name: this.CONSUME(T.Identifier).image }) },
      { ALT: (): PathStep => ({ kind: 'key', name: this.CONSUME(T.StringLiteral).payload as string }) },
    ]),
  );
}

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
