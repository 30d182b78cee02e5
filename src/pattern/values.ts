/**
 * Comparison of an observed value with a pattern constant (STIX 2.1 sections 9.6.1-9.6.4), compiled once per
 * comparison into a predicate over one value. Values come from SCO JSON: strings, numbers, booleans, null,
 * objects, arrays, and bytes (Uint8Array) for properties ending in _bin or _hex.
 *
 * Incompatible types compare false, so `!=` is then true (9.6.1); NOT is applied by the caller after this.
 * Strings compare by code point without normalisation (9.6.2); bytes as unsigned octets (9.6.3); a string
 * constant against bytes is converted to bytes when all its code points are below U+0100, otherwise the
 * comparison is false (9.6.4). LIKE and MATCHES NFC-normalise both sides (9.6.2).
 *
 * @module
 */
import type { ComparisonOperator, Literal } from './ast.js';
import { timestampMillis } from './literals.js';
import { cidrWithin, parseCidr } from './cidr.js';
import { bytesToLatin1, compileLike, compileMatches, isLatin1 } from './regex.js';
import { PatternMatchError } from './match-error.js';

export type ValuePredicate = (value: unknown) => boolean;

/** Code point order of two strings (JavaScript's `<` compares UTF-16 units, which differs above U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      // Surrogates (U+D800-DFFF) encode code points above U+FFFF: move them above U+E000-FFFF.
      if (x >= 0xd800) x += x >= 0xe000 ? -0x800 : 0x2000;
      if (y >= 0xd800) y += y >= 0xe000 ? -0x800 : 0x2000;
      return x - y;
    }
  }
  return a.length - b.length;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** A string as bytes (section 9.6.4), or undefined when a code point is U+0100 or above. */
function latin1Bytes(text: string): Uint8Array | undefined {
  return isLatin1(text) ? new Uint8Array(Buffer.from(text, 'latin1')) : undefined;
}

/** An observed string compared with a timestamp constant must itself be a timestamp. */
function observedMillis(value: string): number {
  const ms = timestampMillis(value);
  if (Number.isNaN(ms)) throw new PatternMatchError(`'${value.length > 60 ? value.slice(0, 57) + '...' : value}' in the observed data is not a valid timestamp`);
  return ms;
}

/** The three-way order of value against the constant, or undefined when they cannot be ordered. */
function orderer(lit: Literal): (v: unknown) => number | undefined {
  switch (lit.kind) {
    case 'int':
    case 'float': {
      const c = lit.value;
      return (v) => (typeof v === 'number' ? (v < c ? -1 : v > c ? 1 : 0) : undefined);
    }
    case 'string': {
      const c = lit.value;
      const asBytes = latin1Bytes(c);
      return (v) =>
        typeof v === 'string' ? compareCodePoints(v, c) : v instanceof Uint8Array && asBytes ? compareBytes(v, asBytes) : undefined;
    }
    case 'binary':
    case 'hex': {
      const c = lit.value;
      return (v) => {
        if (v instanceof Uint8Array) return compareBytes(v, c);
        if (typeof v === 'string') {
          const b = latin1Bytes(v);
          return b ? compareBytes(b, c) : undefined;
        }
        return undefined;
      };
    }
    case 'timestamp': {
      const c = timestampMillis(lit.value);
      if (Number.isNaN(c)) throw new PatternMatchError(`t'${lit.value}' is not a real date and time`);
      return (v) => {
        if (typeof v !== 'string') return undefined;
        const ms = observedMillis(v);
        return ms < c ? -1 : ms > c ? 1 : 0;
      };
    }
    case 'bool': {
      const c = lit.value;
      return (v) => (typeof v === 'boolean' ? (v === c ? 0 : v ? 1 : -1) : undefined);
    }
  }
}

/** Equality of value and constant, false when their types cannot be compared. */
export function equality(lit: Literal): ValuePredicate {
  switch (lit.kind) {
    case 'int':
    case 'float':
    case 'bool': {
      const c = lit.value;
      return (v) => v === c;
    }
    case 'string': {
      const c = lit.value;
      const asBytes = latin1Bytes(c);
      return (v) => (typeof v === 'string' ? v === c : v instanceof Uint8Array && asBytes !== undefined && compareBytes(v, asBytes) === 0);
    }
    default: {
      const order = orderer(lit);
      return (v) => order(v) === 0;
    }
  }
}

/** Checks that the members of a set constant share one type (integers and floats mix), per section 9.6.1. */
export function setProblem(values: readonly Literal[]): string | undefined {
  const kinds = new Set(values.map((v) => (v.kind === 'float' ? 'int' : v.kind === 'hex' ? 'binary' : v.kind)));
  return kinds.size > 1 ? `the values of a set must all be of one type (found ${[...kinds].join(', ')})` : undefined;
}

function setMembership(values: readonly Literal[]): ValuePredicate {
  const problem = setProblem(values);
  if (problem) throw new PatternMatchError(problem);
  if (values.length === 0) return () => false;
  const kind = values[0].kind;
  if (kind === 'string' || kind === 'int' || kind === 'float' || kind === 'bool') {
    const set = new Set<unknown>(values.map((v) => v.value));
    if (kind !== 'string') return (v) => set.has(v);
    const preds = values.map(equality);
    return (v) => (typeof v === 'string' ? set.has(v) : v instanceof Uint8Array && preds.some((p) => p(v)));
  }
  const preds = values.map(equality);
  return (v) => {
    for (const p of preds) if (p(v)) return true;
    return false;
  };
}

function likeOrMatches(op: 'LIKE' | 'MATCHES', pattern: string): ValuePredicate {
  const nfc = pattern.normalize('NFC');
  let text: RegExp;
  let bin: RegExp | undefined;
  try {
    text = op === 'LIKE' ? compileLike(nfc, false) : compileMatches(nfc, false);
    bin = isLatin1(nfc) ? (op === 'LIKE' ? compileLike(nfc, true) : compileMatches(nfc, true)) : undefined;
  } catch (e) {
    throw new PatternMatchError(`'${pattern}' is not a valid regular expression: ${(e as Error).message}`);
  }
  return (v) => {
    if (typeof v === 'string') return text.test(v.normalize('NFC'));
    if (v instanceof Uint8Array && bin) return bin.test(bytesToLatin1(v));
    return false;
  };
}

function ipSet(op: 'ISSUBSET' | 'ISSUPERSET', constant: string): ValuePredicate {
  const block = parseCidr(constant);
  if (!block) throw new PatternMatchError(`'${constant}' is not an IPv4 or IPv6 address or CIDR block`);
  return (v) => {
    if (typeof v !== 'string') return false;
    const observed = parseCidr(v);
    if (!observed) return false;
    return op === 'ISSUBSET' ? cidrWithin(observed, block) : cidrWithin(block, observed);
  };
}

/** The predicate for `value OP constant`, before NOT. Throws PatternMatchError for an unusable constant. */
export function comparisonPredicate(op: ComparisonOperator | 'IN', value: Literal | readonly Literal[]): ValuePredicate {
  if (op === 'IN') return setMembership(value as readonly Literal[]);
  const lit = value as Literal;
  switch (op) {
    case '=':
      return equality(lit);
    case '!=': {
      const eq = equality(lit);
      return (v) => !eq(v);
    }
    case 'LIKE':
    case 'MATCHES':
      return likeOrMatches(op, (lit as { value: string }).value);
    case 'ISSUBSET':
    case 'ISSUPERSET':
      return ipSet(op, (lit as { value: string }).value);
    default: {
      const order = orderer(lit);
      const test = op === '<' ? (c: number) => c < 0 : op === '<=' ? (c: number) => c <= 0 : op === '>' ? (c: number) => c > 0 : (c: number) => c >= 0;
      return (v) => {
        const c = order(v);
        return c !== undefined && test(c);
      };
    }
  }
}
