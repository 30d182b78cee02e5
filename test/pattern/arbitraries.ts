/** fast-check arbitraries for pattern ASTs, pattern texts and small observation sets (tests only). */
import fc from 'fast-check';
import type {
  ComparisonExpression, Literal, ObjectPath, ObservationExpression, PathStep, PatternAst, Qualifier,
} from '../../src/pattern/ast.js';
import { KEYWORDS } from '../../src/pattern/tokens.js';
import { plainNumber } from '../../src/pattern/literals.js';

const notKeyword = (s: string): boolean => !KEYWORDS.has(s);

export const objectType = fc
  .tuple(fc.constantFrom('file', 'ipv4-addr', 'x', 'network-traffic', 'x-custom', 'a_b', 'Z9'), fc.constantFrom('', '-ext', '2'))
  .map(([a, b]) => a + b)
  .filter(notKeyword);

const keyName = fc.oneof(
  fc.constantFrom('name', 'value', 'hashes', 'SHA-256', 'src_ref', 'AND', 'true', "it's", 'a.b', 'back\\slash', '', 'ünï'),
  fc.string({ maxLength: 6 }),
);

const step: fc.Arbitrary<PathStep> = fc.oneof(
  keyName.map((name) => ({ kind: 'key' as const, name })),
  fc.integer({ min: -3, max: 20 }).map((index) => ({ kind: 'index' as const, index })),
  fc.constant({ kind: 'any-index' as const }),
);

export const objectPath: fc.Arbitrary<ObjectPath> = fc
  .tuple(objectType, keyName, fc.array(step, { maxLength: 3 }))
  .map(([objectType, first, rest]) => ({ kind: 'object-path', objectType, steps: [{ kind: 'key', name: first }, ...rest] }));

const timestamp = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T23:59:59Z'), noInvalidDate: true })
  .chain((d) => fc.constantFrom('', '.5', '.123456', '.000000001').map((frac) => d.toISOString().slice(0, 19) + frac + 'Z'));

const literalOf = {
  int: fc.maxSafeInteger().map((value): Literal => ({ kind: 'int', value })),
  float: fc.double({ noNaN: true, noDefaultInfinity: true }).map((value): Literal => ({ kind: 'float', value })),
  string: fc.string({ maxLength: 12 }).map((value): Literal => ({ kind: 'string', value })),
  bool: fc.boolean().map((value): Literal => ({ kind: 'bool', value })),
  binary: fc.uint8Array({ minLength: 1, maxLength: 8 }).map((value): Literal => ({ kind: 'binary', value })),
  hex: fc.uint8Array({ maxLength: 8 }).map((value): Literal => ({ kind: 'hex', value })),
  timestamp: timestamp.map((value): Literal => ({ kind: 'timestamp', value })),
};
const anyLiteral = fc.oneof(...Object.values(literalOf));
const orderable = fc.oneof(literalOf.int, literalOf.float, literalOf.string, literalOf.binary, literalOf.hex, literalOf.timestamp);

const comparison: fc.Arbitrary<ComparisonExpression> = fc.oneof(
  fc.record({ kind: fc.constant('comparison' as const), path: objectPath, operator: fc.constantFrom('=' as const, '!=' as const), negated: fc.boolean(), value: anyLiteral }),
  fc.record({ kind: fc.constant('comparison' as const), path: objectPath, operator: fc.constantFrom('<' as const, '<=' as const, '>' as const, '>=' as const), negated: fc.boolean(), value: orderable }),
  fc.record({
    kind: fc.constant('comparison' as const),
    path: objectPath,
    operator: fc.constantFrom('LIKE' as const, 'MATCHES' as const, 'ISSUBSET' as const, 'ISSUPERSET' as const),
    negated: fc.boolean(),
    value: literalOf.string,
  }),
  fc.record({ kind: fc.constant('in' as const), path: objectPath, negated: fc.boolean(), values: fc.array(anyLiteral, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('exists' as const), path: objectPath, negated: fc.boolean() }),
);

const qualifier: fc.Arbitrary<Qualifier> = fc.oneof(
  fc.oneof(
    fc.nat({ max: 100000 }).map((n) => String(n)),
    fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 99999 })).map(([a, b]) => `${a}.${b}`),
  ).map((text) => ({ kind: 'within' as const, seconds: Number(text), text })),
  fc.nat({ max: 50 }).map((times) => ({ kind: 'repeats' as const, times })),
  fc.tuple(timestamp, timestamp).map(([start, stop]) => ({ kind: 'start-stop' as const, start, stop, literal: 'timestamp' as const })),
);

const { observation } = fc.letrec<{ comparisonTree: ComparisonExpression; observation: ObservationExpression }>((tie) => ({
  comparisonTree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparison,
    fc.record({ kind: fc.constantFrom('comparison-and' as const, 'comparison-or' as const), operands: fc.array(tie('comparisonTree'), { minLength: 2, maxLength: 3 }) }),
  ),
  observation: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('observation' as const), comparison: tie('comparisonTree') }),
    fc.record({
      kind: fc.constantFrom('observation-and' as const, 'observation-or' as const, 'followed-by' as const),
      operands: fc.array(tie('observation'), { minLength: 2, maxLength: 3 }),
    }),
    fc.record({ kind: fc.constant('qualified' as const), expression: tie('observation'), qualifiers: fc.array(qualifier, { minLength: 1, maxLength: 2 }) }),
  ),
}));

/** fc.record builds objects without a prototype; the parser builds ordinary ones. */
function plain<T>(x: T): T {
  if (Array.isArray(x)) return x.map(plain) as T;
  if (x instanceof Uint8Array || x === null || typeof x !== 'object') return x;
  return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)])) as T;
}

export const patternAst: fc.Arbitrary<PatternAst> = observation.map((expression) => ({ kind: 'pattern', version: '2.1', expression: plain(expression) }));

/** Within text must be a valid WITHIN number as printed; keep in sync with plainNumber for ints. */
export const _plain = plainNumber;

/** Small worlds for the scan property: few values so that patterns and observations actually meet. */
const IPS = ['10.0.0.1', '10.0.0.2', '10.0.1.7', '192.168.1.1', '2001:db8::1'];
const DOMAINS = ['a.example', 'b.example', 'c.test'];
const NAMES = ['x.exe', 'y.dll', 'Z.EXE'];

export const scanComparison = fc.oneof(
  fc.constantFrom(...IPS).map((v) => `ipv4-addr:value = '${v}'`),
  fc.constantFrom(...IPS).map((v) => `ipv6-addr:value = '${v}'`),
  fc.constantFrom('10.0.0.0/24', '10.0.0.0/8', '192.168.0.0/16', '10.0.1.7', '2001:db8::/32', '0.0.0.0/0').map((v) => `ipv4-addr:value ISSUBSET '${v}'`),
  fc.constantFrom(...DOMAINS).map((v) => `domain-name:value = '${v}'`),
  fc.constantFrom(...DOMAINS).map((v) => `domain-name:value != '${v}'`),
  fc.constantFrom(...NAMES).map((v) => `file:name = '${v}'`),
  fc.constantFrom('%.exe', '_.dll', 'Z%').map((v) => `file:name LIKE '${v}'`),
  fc.constantFrom(...NAMES).map((v) => `file:name NOT = '${v}'`),
  fc.subarray(NAMES, { minLength: 1 }).map((vs) => `file:name IN (${vs.map((v) => `'${v}'`).join(', ')})`),
  fc.constantFrom(1, 2, 3).map((n) => `file:size = ${n}`),
  fc.constantFrom(1, 2, 3).map((n) => `file:size > ${n}`),
  fc.constant('EXISTS file:size'),
  fc.constantFrom(...IPS).map((v) => `network-traffic:dst_ref.value = '${v}'`),
  fc.constantFrom(...DOMAINS).map((v) => `network-traffic:dst_ref.resolves_to_refs[*].value = '${v}'`),
);

const scanObservationExpr = fc
  .array(fc.tuple(scanComparison, fc.constantFrom(' AND ', ' OR ')), { minLength: 1, maxLength: 3 })
  .map((parts) => `[${parts.map(([c], i) => (i ? parts[i - 1][1] : '') + c).join('')}]`);

export const scanPatternText = fc.oneof(
  { weight: 3, arbitrary: scanObservationExpr },
  fc.tuple(scanObservationExpr, fc.constantFrom(' AND ', ' OR ', ' FOLLOWEDBY '), scanObservationExpr).map(([a, op, b]) => a + op + b),
  fc.tuple(scanObservationExpr, fc.constantFrom(' REPEATS 2 TIMES', ' WITHIN 60 SECONDS', " START t'2024-01-01T00:00:00Z' STOP t'2024-01-01T00:05:00Z'")).map(([a, q]) => a + q),
);

/** A bundle of observed-data with ipv4/ipv6/domain/file/network-traffic SCOs. */
export const scanBundle = fc
  .array(
    fc.record({
      minute: fc.nat({ max: 10 }),
      count: fc.integer({ min: 1, max: 3 }),
      ip: fc.constantFrom(...IPS),
      domain: fc.constantFrom(...DOMAINS),
      file: fc.option(fc.record({ name: fc.constantFrom(...NAMES), size: fc.integer({ min: 1, max: 4 }) }), { nil: undefined }),
      traffic: fc.boolean(),
    }),
    { maxLength: 12 },
  )
  .map((rows) => {
    const objects: object[] = [];
    rows.forEach((r, i) => {
      const id = (t: string): string => `${t}--00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const ipType = r.ip.includes(':') ? 'ipv6-addr' : 'ipv4-addr';
      const refs = [id(ipType), id('domain-name')];
      objects.push({ type: ipType, id: id(ipType), value: r.ip });
      objects.push({ type: 'domain-name', id: id('domain-name'), value: r.domain, resolves_to_refs: [id(ipType)] });
      if (r.file) {
        objects.push({ type: 'file', id: id('file'), ...r.file });
        refs.push(id('file'));
      }
      if (r.traffic) {
        objects.push({ type: 'network-traffic', id: id('network-traffic'), dst_ref: id(ipType), protocols: ['tcp'] });
        refs.push(id('network-traffic'));
      }
      const t = `2024-01-01T00:${String(r.minute).padStart(2, '0')}:00Z`;
      objects.push({ type: 'observed-data', id: id('observed-data'), first_observed: t, last_observed: t, number_observed: r.count, object_refs: refs });
    });
    return { type: 'bundle', id: 'bundle--00000000-0000-4000-8000-000000000000', objects };
  });
