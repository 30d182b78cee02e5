/**
 * Semantic checks of a pattern beyond its grammar (STIX 2.1 section 9): qualifiers (9.5.1: at most one of each
 * type per observation expression, WITHIN positive, REPEATS a positive integer, START before STOP), constants
 * (hash lengths per algorithm, calendar dates, integers in range, homogeneous sets, regular expressions, IP
 * blocks) and object paths against the known SCO properties (unknown types and properties are warnings: custom
 * objects and properties are allowed).
 *
 * @module
 */
import {
  positionOf,
  type ComparisonExpression,
  type Literal,
  type ObjectPath,
  type ObservationExpression,
  type PatternAst,
  type Qualifier,
} from './ast.js';
import { parsePattern, type ParseOptions } from './parser.js';
import { PatternSyntaxError, columnOf } from './syntax-error.js';
import { calendarProblem, timestampMillis } from './literals.js';
import { setProblem } from './values.js';
import { compileMatches } from './regex.js';
import { parseCidr } from './cidr.js';
import { objectPathProblems } from './path-check.js';

export interface PatternFinding {
  message: string;
  /** 1-based column (in code points) where the problem starts. */
  column: number;
}

/** The result of `checkPattern`; the same shape as `liaison pattern validate --json`. */
export interface PatternCheck {
  valid: boolean;
  errors: PatternFinding[];
  warnings: PatternFinding[];
}

/** A group containing a quantifier, itself quantified: the classic shape of catastrophic backtracking. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\d*\})(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/;

/** Largest REPEATS count accepted: beyond it no set of observations could be searched. */
export const MAX_REPEATS = 10_000;

/** Lengths in hex digits by normalised algorithm name (STIX 2.1 section 10.7 and common others). */
const HASH_HEX_LENGTHS: Record<string, number[]> = {
  MD5: [32], SHA1: [40], SHA224: [56], SHA256: [64], SHA384: [96], SHA512: [128],
  SHA3224: [56], SHA3256: [64], SHA3384: [96], SHA3512: [128], RIPEMD160: [40], WHIRLPOOL: [128],
};
const HASH_NAMES: Record<string, string> = {
  MD5: 'MD5', SHA1: 'SHA-1', SHA224: 'SHA-224', SHA256: 'SHA-256', SHA384: 'SHA-384', SHA512: 'SHA-512',
  SHA3224: 'SHA3-224', SHA3256: 'SHA3-256', SHA3384: 'SHA3-384', SHA3512: 'SHA3-512', RIPEMD160: 'RIPEMD-160',
  WHIRLPOOL: 'WHIRLPOOL', SSDEEP: 'SSDEEP', TLSH: 'TLSH',
};

/** Why `value` cannot be a hash of `algorithm`, or undefined (also for algorithms we do not know). */
export function hashProblem(algorithm: string, value: string): string | undefined {
  const key = algorithm.toUpperCase().replace(/[-_]/g, '');
  const name = HASH_NAMES[key];
  if (!name) return undefined;
  if (key === 'SSDEEP') {
    return /^\d+:[A-Za-z0-9/+]+:[A-Za-z0-9/+]+(,.*)?$/.test(value) ? undefined : `'${value}' is not a valid SSDEEP hash: expected blocksize:hash:hash`;
  }
  if (key === 'TLSH') {
    return /^(T1)?[0-9A-Fa-f]{70}$/.test(value) ? undefined : `'${value}' is not a valid TLSH hash: expected 70 hex digits (72 with the T1 prefix)`;
  }
  const lengths = HASH_HEX_LENGTHS[key];
  if (/^[0-9A-Fa-f]+$/.test(value) && lengths.includes(value.length)) return undefined;
  return `'${value}' is not a valid ${name} hash: expected ${lengths.join(' or ')} hex digits`;
}

/** The hash algorithm a path ends in (`...hashes.'SHA-256'`), or undefined. */
function hashAlgorithm(path: ObjectPath): string | undefined {
  const s = path.steps;
  const last = s[s.length - 1];
  const before = s[s.length - 2];
  return last?.kind === 'key' && before?.kind === 'key' && before.name === 'hashes' ? last.name : undefined;
}

class Findings {
  readonly errors: PatternFinding[] = [];
  readonly warnings: PatternFinding[] = [];
  constructor(private readonly text: string) {}
  private column(node: object | undefined): number {
    const at = node ? positionOf(node) : undefined;
    return at === undefined ? 1 : columnOf(this.text, at);
  }
  error(node: object | undefined, message: string): void {
    this.errors.push({ message, column: this.column(node) });
  }
  warn(node: object | undefined, message: string): void {
    this.warnings.push({ message, column: this.column(node) });
  }
}

function checkLiteral(f: Findings, lit: Literal): void {
  if (lit.kind === 'int' && !Number.isSafeInteger(lit.value)) {
    f.error(lit, `${lit.value} is outside the integer range of STIX (-(2^53)+1 to 2^53-1, section 2.10)`);
  }
  if (lit.kind === 'float' && !Number.isFinite(lit.value)) f.error(lit, 'the number is too large to be a float');
  if (lit.kind === 'timestamp') {
    const problem = calendarProblem(lit.value);
    if (problem) f.warn(lit, `t'${lit.value}' is not a calendar date (${problem}): it cannot match any timestamp`);
  }
}

function checkComparison(f: Findings, e: ComparisonExpression): void {
  switch (e.kind) {
    case 'comparison-and':
    case 'comparison-or':
      for (const o of e.operands) checkComparison(f, o);
      return;
    case 'exists':
      for (const p of objectPathProblems(e.path)) f.warn(e.path, p);
      return;
    case 'in': {
      for (const p of objectPathProblems(e.path)) f.warn(e.path, p);
      const problem = setProblem(e.values);
      if (problem) f.error(e, problem);
      const algorithm = hashAlgorithm(e.path);
      for (const v of e.values) {
        checkLiteral(f, v);
        if (algorithm && v.kind === 'string') {
          const h = hashProblem(algorithm, v.value);
          if (h) f.error(v, h);
        }
      }
      return;
    }
    case 'comparison': {
      for (const p of objectPathProblems(e.path)) f.warn(e.path, p);
      checkLiteral(f, e.value);
      const v = e.value;
      const algorithm = hashAlgorithm(e.path);
      if (algorithm && v.kind === 'string' && (e.operator === '=' || e.operator === '!=')) {
        const h = hashProblem(algorithm, v.value);
        if (h) f.error(v, h);
      }
      if (e.operator === 'MATCHES' && v.kind === 'string') {
        try {
          compileMatches(v.value.normalize('NFC'), false);
          if (NESTED_QUANTIFIER.test(v.value)) {
            f.warn(v, `'${v.value}' repeats a group that itself repeats (e.g. (a+)+): matching can take exponential time on some values`);
          }
        } catch (err) {
          f.error(v, `'${v.value}' is not a valid regular expression: ${(err as Error).message}`);
        }
      }
      if ((e.operator === 'ISSUBSET' || e.operator === 'ISSUPERSET') && v.kind === 'string' && !parseCidr(v.value)) {
        f.error(v, `'${v.value}' is not an IPv4 or IPv6 address or CIDR block (e.g. '198.51.100.0/24')`);
      }
      return;
    }
  }
}

const QUALIFIER_NAME = { within: 'WITHIN', repeats: 'REPEATS', 'start-stop': 'START/STOP' } as const;

function checkQualifier(f: Findings, q: Qualifier, version: '2.0' | '2.1'): void {
  switch (q.kind) {
    case 'within':
      if (!(q.seconds > 0)) f.error(q, `WITHIN ${q.text} SECONDS: the window must be a positive number of seconds`);
      else if (!Number.isFinite(q.seconds)) f.error(q, 'the WITHIN window is too large');
      return;
    case 'repeats':
      if (q.times < 1) f.error(q, `REPEATS ${q.times} TIMES: the count must be a positive integer`);
      else if (q.times > MAX_REPEATS) f.error(q, `REPEATS ${q.times} TIMES: the count exceeds the limit of ${MAX_REPEATS}`);
      return;
    case 'start-stop': {
      const start = timestampMillis(q.start);
      const stop = timestampMillis(q.stop);
      if (Number.isNaN(start) || Number.isNaN(stop)) {
        const which = Number.isNaN(start) ? q.start : q.stop;
        const msg = `'${which}' is not a valid timestamp (YYYY-MM-DDTHH:MM:SS[.s]Z)`;
        if (version === '2.0' || calendarProblem(which) === undefined) f.error(q, msg);
        else f.warn(q, `${msg}: it is not a calendar date`);
      } else if (!(start < stop)) f.warn(q, 'START is not before STOP: the qualifier can never hold (section 9.5.1: observations must be >= START and < STOP)');
      return;
    }
  }
}

function checkObservation(f: Findings, e: ObservationExpression, version: '2.0' | '2.1'): void {
  switch (e.kind) {
    case 'observation':
      checkComparison(f, e.comparison);
      return;
    case 'qualified': {
      checkObservation(f, e.expression, version);
      const seen = new Set<string>();
      for (const q of e.qualifiers) {
        checkQualifier(f, q, version);
        if (seen.has(q.kind)) {
          f.error(
            q,
            `a second ${QUALIFIER_NAME[q.kind]} qualifier on the same observation expression: at most one of each type is allowed ` +
              `(section 9.5.1); to apply both, put the expression with its first qualifier in parentheses, e.g. ([a] WITHIN 5 SECONDS) WITHIN 6 SECONDS`,
          );
        }
        seen.add(q.kind);
      }
      return;
    }
    default:
      for (const o of e.operands) checkObservation(f, o, version);
  }
}

/** The semantic findings for a parsed pattern (the text is needed for columns). */
export function checkAst(ast: PatternAst, text: string): PatternCheck {
  const f = new Findings(text);
  checkObservation(f, ast.expression, ast.version);
  return { valid: f.errors.length === 0, errors: f.errors, warnings: f.warnings };
}

/** A pattern's check and, when it parses, its AST (without positions). */
export interface PatternExamination {
  check: PatternCheck;
  ast: PatternAst | undefined;
}

/**
 * `checkPattern` that also returns the AST. Nodes' positions are only needed for the columns of findings, and
 * most patterns have none: the pattern is parsed without them, and parsed again with them only when the checks
 * find something (the checks are pure, so the second pass finds the same things).
 */
export function examinePattern(pattern: string, opts: ParseOptions = {}): PatternExamination {
  let ast: PatternAst;
  try {
    ast = parsePattern(pattern, { ...opts, positions: false });
  } catch (e) {
    if (e instanceof PatternSyntaxError) return { check: { valid: false, errors: [{ message: e.message, column: e.column }], warnings: [] }, ast: undefined };
    return { check: { valid: false, errors: [{ message: `the pattern could not be read: ${(e as Error).message}`, column: 1 }], warnings: [] }, ast: undefined };
  }
  const first = checkAst(ast, pattern);
  if (first.errors.length === 0 && first.warnings.length === 0) return { check: first, ast };
  return { check: checkAst(parsePattern(pattern, { ...opts, positions: true }), pattern), ast };
}

/**
 * Checks a pattern: its syntax (STIXPattern.g4) and the semantic rules above. Never throws for any input.
 * This is the plug-in the STIX validator calls for `indicator.pattern` when `pattern_type` is `stix`.
 */
export function checkPattern(pattern: string, opts: ParseOptions = {}): PatternCheck {
  return examinePattern(pattern, opts).check;
}
