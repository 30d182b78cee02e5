/** Matcher semantics beyond the OASIS vectors, each tied to the section of STIX 2.1 it follows. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchPattern, PatternMatchError } from './index.js';

let n = 0;
const id = (type: string): string => `${type}--00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

/** One observed-data (2.1) holding the given SCOs; the first SCO is what object_refs lists unless told. */
function observed(time: string, scos: Record<string, unknown>[], opts: { count?: number; last?: string; refs?: string[] } = {}) {
  const withIds = scos.map((s) => ({ id: id(s.type as string), ...s }));
  const od = {
    type: 'observed-data', spec_version: '2.1', id: id('observed-data'),
    first_observed: time, last_observed: opts.last ?? time, number_observed: opts.count ?? 1,
    object_refs: opts.refs ?? withIds.map((s) => s.id),
  };
  return { od, scos: withIds, all: [od, ...withIds] };
}

const t = (s: number): string => new Date(Date.UTC(2024, 0, 1, 0, 0, s)).toISOString().replace('.000Z', 'Z');

test('AND of comparisons must hold on one root SCO (section 9.5)', () => {
  const a = observed(t(0), [{ type: 'network-traffic', src_ref: 'x' }, { type: 'network-traffic', dst_port: 80 }]);
  assert.equal(matchPattern("[network-traffic:dst_port = 80 AND EXISTS network-traffic:src_ref]", a.all).matched, false);
  assert.equal(matchPattern("[network-traffic:dst_port = 80 OR EXISTS network-traffic:src_ref]", a.all).matched, true);
});

test('references are followed only to SCOs listed in object_refs (section 9.7.4)', () => {
  const ip = { type: 'ipv4-addr', id: id('ipv4-addr'), value: '198.51.100.1' };
  const hidden = { type: 'ipv4-addr', id: id('ipv4-addr'), value: '203.0.113.1' };
  const nt = { type: 'network-traffic', id: id('network-traffic'), src_ref: ip.id, dst_ref: hidden.id };
  const od = { ...observed(t(0), []).od, object_refs: [nt.id, ip.id] };
  const data = [od, ip, hidden, nt];
  assert.equal(matchPattern("[network-traffic:src_ref.value = '198.51.100.1']", data).matched, true);
  assert.equal(matchPattern("[network-traffic:dst_ref.value = '203.0.113.1']", data).matched, false);
  assert.equal(matchPattern("[network-traffic:dst_ref.value != '1.1.1.1']", data).matched, false, 'an absent path is false whatever the operator');
});

test('number_observed counts as that many observations for AND and REPEATS (section 9.1)', () => {
  const a = observed(t(0), [{ type: 'domain-name', value: 'a.example' }], { count: 3 });
  assert.equal(matchPattern("[domain-name:value = 'a.example'] REPEATS 3 TIMES", a.all).matched, true);
  assert.equal(matchPattern("[domain-name:value = 'a.example'] REPEATS 4 TIMES", a.all).matched, false);
  const r = matchPattern("[domain-name:value = 'a.example'] AND [domain-name:value = 'a.example']", a.all);
  assert.deepEqual(r.observedDataRefs, [a.od.id], 'one observed-data bound twice is listed once');
});

test('FOLLOWEDBY, WITHIN (ends included) and START/STOP (half-open) use the observation windows', () => {
  const early = observed(t(0), [{ type: 'domain-name', value: 'a.example' }]);
  const late = observed(t(10), [{ type: 'domain-name', value: 'b.example' }]);
  const data = [...late.all, ...early.all];
  const A = "[domain-name:value = 'a.example']";
  const B = "[domain-name:value = 'b.example']";
  assert.equal(matchPattern(`${A} FOLLOWEDBY ${B}`, data).matched, true);
  assert.equal(matchPattern(`${B} FOLLOWEDBY ${A}`, data).matched, false);
  assert.equal(matchPattern(`(${A} AND ${B}) WITHIN 10 SECONDS`, data).matched, true);
  assert.equal(matchPattern(`(${A} AND ${B}) WITHIN 9.999 SECONDS`, data).matched, false);
  assert.equal(matchPattern(`${A} START t'${t(0)}' STOP t'${t(1)}'`, data).matched, true);
  assert.equal(matchPattern(`${B} START t'${t(0)}' STOP t'${t(10)}'`, data).matched, false, 'STOP is exclusive');
  assert.equal(matchPattern(`${A} AND ${B} START t'${t(5)}' STOP t'${t(20)}'`, data).matched, true, 'the qualifier binds to B only');
  assert.equal(matchPattern(`(${A} AND ${B}) START t'${t(5)}' STOP t'${t(20)}'`, data).matched, false);
  const r = matchPattern(`${A} FOLLOWEDBY ${B}`, data);
  assert.deepEqual(r.observedDataRefs, [late.od.id, early.od.id], 'refs in input order');
});

test('repeated sub-patterns with WITHIN inside and outside REPEATS (section 9.5.1)', () => {
  const data = [0, 1, 2, 30, 31, 60].flatMap((s) => observed(t(s), [{ type: 'file', name: 'x.exe' }]).all);
  const X = "[file:name = 'x.exe']";
  assert.equal(matchPattern(`${X} REPEATS 3 TIMES WITHIN 2 SECONDS`, data).matched, true);
  assert.equal(matchPattern(`${X} REPEATS 4 TIMES WITHIN 29 SECONDS`, data).matched, false);
  assert.equal(matchPattern(`(${X} AND ${X}) WITHIN 1 SECONDS REPEATS 2 TIMES`, data).matched, true);
  assert.equal(matchPattern(`(${X} AND ${X}) WITHIN 1 SECONDS REPEATS 3 TIMES`, data).matched, false);
  assert.equal(matchPattern(`(${X} FOLLOWEDBY ${X}) REPEATS 3 TIMES`, data).matched, true);
  assert.equal(matchPattern(`(${X} FOLLOWEDBY ${X}) REPEATS 4 TIMES`, data).matched, false);
});

test('a pattern that needs more observations than exist is refused quickly', () => {
  const data = Array.from({ length: 14 }, (_, i) => observed(t(i), [{ type: 'file', name: 'x' }]).all).flat();
  const pattern = Array.from({ length: 15 }, () => "[file:name = 'x']").join(' AND ');
  const started = Date.now();
  assert.equal(matchPattern(pattern, data).matched, false);
  assert.ok(Date.now() - started < 2000);
});

test('string, binary and number comparisons (sections 9.6.2-9.6.4)', () => {
  const a = observed(t(0), [
    { type: 'x-test', s: 'o\u0300', astral: '\u{1F600}', bmp: '\uFF5E', payload_bin: 'dGhpcyBpcyBhIHRlc3Q=', magic_hex: 'ffd8', n: 12, b: true, ip: '2001:db8::5' },
  ]);
  const m = (p: string): boolean => matchPattern(p, a.all).matched;
  assert.equal(m("[x-test:s = 'ò']"), false, 'no normalisation for =');
  assert.equal(m("[x-test:s LIKE 'ò']"), true, 'NFC for LIKE');
  assert.equal(m("[x-test:s MATCHES '^ò$']"), true, 'NFC for MATCHES');
  assert.equal(m("[x-test:s > 'oz']"), true, "code point order: 'oz' < 'ò' (o + U+0300)");
  assert.equal(m("[x-test:astral > '\uFF5E']"), true, 'U+1F600 sorts above U+FF5E by code point');
  assert.equal(m("[x-test:payload_bin = 'this is a test']"), true);
  assert.equal(m("[x-test:payload_bin = 'dGhpcyBpcyBhIHRlc3Q=']"), false);
  assert.equal(m("[x-test:payload_bin = h'7468697320697320612074657374']"), true);
  assert.equal(m("[x-test:payload_bin MATCHES '^this']"), true);
  assert.equal(m("[x-test:magic_hex = h'FFD8']"), true);
  assert.equal(m("[x-test:magic_hex < h'ffd9']"), true);
  assert.equal(m('[x-test:n = 12.0]'), true);
  assert.equal(m('[x-test:n IN (1, 12)]'), true);
  assert.equal(m('[x-test:b = 1]'), false, 'a boolean is not a number');
  assert.equal(m('[x-test:b != 1]'), true, 'incompatible types: != is true');
  assert.equal(m("[x-test:ip ISSUBSET '2001:db8::/32']"), true);
  assert.equal(m("[x-test:ip ISSUBSET '10.0.0.0/8']"), false);
  assert.equal(m("[x-test:s LIKE '_']"), true, '_ is one character of the NFC form');
  assert.equal(m("[x-test:s LIKE 'o_']"), false, 'o + U+0300 is one character once NFC-normalised');
  assert.equal(m("[x-test:astral LIKE '_']"), true, '_ is one code point, not one UTF-16 unit');
  assert.equal(m("[x-test:s MATCHES '(?i)^\u00D2$']"), true, 'PCRE inline (?i)');
});

test('STIX 2.0 observed-data with embedded objects', () => {
  const od = {
    type: 'observed-data', id: id('observed-data'), first_observed: t(0), last_observed: t(0), number_observed: 1,
    objects: { '0': { type: 'ipv4-addr', value: '10.0.0.1' }, '1': { type: 'network-traffic', dst_ref: '0' } },
  };
  assert.deepEqual(matchPattern("[network-traffic:dst_ref.value = '10.0.0.1']", [od]).observedDataRefs, [od.id]);
});

test('SDOs are never roots; the observed-data that bound the match are returned (OASIS test_matching_sdos)', () => {
  const alice = observed(t(0), [{ type: 'person', name: 'alice' }]);
  const bob = observed(t(5), [{ type: 'person', name: 'bob' }]);
  const carol = observed(t(10), [{ type: 'person', name: 'carol' }, { type: 'identity', name: 'carol' }]);
  const data = [alice.all, bob.all, carol.all].map((objects) => ({ type: 'bundle', id: id('bundle'), objects }));
  assert.deepEqual(matchPattern("[person:name='alice']", data).observedDataRefs, [alice.od.id]);
  assert.deepEqual(matchPattern("[person:name='bob'] AND [person:name='carol']", data).observedDataRefs, [bob.od.id, carol.od.id]);
  assert.deepEqual(matchPattern("[person:name='carol'] OR [person:name>'zelda']", data).observedDataRefs, [carol.od.id]);
  assert.equal(matchPattern("[identity:name = 'carol']", data).matched, false);
  assert.equal(matchPattern("[observed-data:number_observed = 1]", data).matched, false);
});

test('constants that cannot be evaluated make the pattern fail, never match (section 9.4)', () => {
  const a = observed(t(0), [{ type: 'x', s: 'not a time' }]);
  assert.throws(() => matchPattern("[x:s = t'2024-01-01T00:00:00Z']", a.all), PatternMatchError);
  assert.throws(() => matchPattern("[x:s IN ('a', 1)]", a.all), PatternMatchError);
  assert.throws(() => matchPattern("[x:s MATCHES '(']", a.all), PatternMatchError);
  assert.throws(() => matchPattern("[x:s ISSUBSET 'nope']", a.all), PatternMatchError);
  assert.throws(() => matchPattern("[x:s = 'a'] WITHIN 0 SECONDS", a.all), PatternMatchError);
  assert.throws(() => matchPattern("[x:s = t'2023-02-29T00:00:00Z']", a.all), PatternMatchError);
});
