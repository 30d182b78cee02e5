/**
 * Prints a pattern AST as canonical STIX pattern text (STIX 2.1 section 9): single spaces, upper-case keywords,
 * `=`/`!=` for `==`/`<>`, no plus signs, lower-case hex, canonical base64, property names quoted only when they
 * must be, and only the parentheses the tree's shape needs. Parsing the output gives back an equal tree.
 *
 * @module
 */
import type { ComparisonExpression, Literal, ObjectPath, ObservationExpression, PatternAst, PathStep, Qualifier } from './ast.js';
import { KEYWORDS } from './tokens.js';
import { encodeBase64, encodeHex, escapeString, plainNumber } from './literals.js';

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function name(key: string): string {
  return PLAIN_NAME.test(key) && !KEYWORDS.has(key) ? key : `'${escapeString(key)}'`;
}

export function printLiteral(lit: Literal): string {
  switch (lit.kind) {
    case 'int':
      return plainNumber(lit.value, false);
    case 'float':
      return plainNumber(lit.value, true);
    case 'string':
      return `'${escapeString(lit.value)}'`;
    case 'bool':
      return lit.value ? 'true' : 'false';
    case 'binary':
      return `b'${encodeBase64(lit.value)}'`;
    case 'hex':
      return `h'${encodeHex(lit.value)}'`;
    case 'timestamp':
      return `t'${lit.value}'`;
  }
}

function step(s: PathStep): string {
  if (s.kind === 'key') return '.' + name(s.name);
  return s.kind === 'index' ? `[${s.index}]` : '[*]';
}

export function printPath(path: ObjectPath): string {
  const [first, ...rest] = path.steps;
  const head = first.kind === 'key' ? name(first.name) : step(first);
  return `${path.objectType}:${head}${rest.map(step).join('')}`;
}

const COMPARISON_RANK = { 'comparison-or': 1, 'comparison-and': 2, comparison: 3, in: 3, exists: 3 } as const;

function comparison(e: ComparisonExpression): string {
  switch (e.kind) {
    case 'comparison':
      return `${printPath(e.path)} ${e.negated ? 'NOT ' : ''}${e.operator} ${printLiteral(e.value)}`;
    case 'in':
      return `${printPath(e.path)} ${e.negated ? 'NOT ' : ''}IN (${e.values.map(printLiteral).join(', ')})`;
    case 'exists':
      return `${e.negated ? 'NOT ' : ''}EXISTS ${printPath(e.path)}`;
    case 'comparison-and':
    case 'comparison-or': {
      const rank = COMPARISON_RANK[e.kind];
      const op = e.kind === 'comparison-and' ? ' AND ' : ' OR ';
      // An operand of the same or lower rank was parenthesised in the source (chains are flat), so parenthesise it.
      return e.operands.map((o) => (COMPARISON_RANK[o.kind] <= rank ? `(${comparison(o)})` : comparison(o))).join(op);
    }
  }
}

function qualifier(q: Qualifier): string {
  switch (q.kind) {
    case 'within':
      return `WITHIN ${q.text} SECONDS`;
    case 'repeats':
      return `REPEATS ${q.times} TIMES`;
    case 'start-stop':
      return q.literal === 'timestamp'
        ? `START t'${q.start}' STOP t'${q.stop}'`
        : `START '${escapeString(q.start)}' STOP '${escapeString(q.stop)}'`;
  }
}

const OBSERVATION_RANK = { 'followed-by': 1, 'observation-or': 2, 'observation-and': 3, qualified: 4, observation: 5 } as const;

function observation(e: ObservationExpression): string {
  switch (e.kind) {
    case 'observation':
      return `[${comparison(e.comparison)}]`;
    case 'qualified': {
      const inner = OBSERVATION_RANK[e.expression.kind] <= OBSERVATION_RANK.qualified ? `(${observation(e.expression)})` : observation(e.expression);
      return `${inner} ${e.qualifiers.map(qualifier).join(' ')}`;
    }
    default: {
      const rank = OBSERVATION_RANK[e.kind];
      const op = e.kind === 'followed-by' ? ' FOLLOWEDBY ' : e.kind === 'observation-or' ? ' OR ' : ' AND ';
      return e.operands.map((o) => (OBSERVATION_RANK[o.kind] <= rank ? `(${observation(o)})` : observation(o))).join(op);
    }
  }
}

/** Canonical text of a pattern AST (or of any observation or comparison expression in it). */
export function printPattern(node: PatternAst | ObservationExpression): string {
  return observation(node.kind === 'pattern' ? node.expression : node);
}

export { comparison as printComparison };
