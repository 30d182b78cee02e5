/** The indexed scan against the plain definition: each pattern matched against all observations. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { matchPattern, ObservationSet, PatternIndex, scanPatterns } from './index.js';
import { scanBundle, scanPatternText } from '../../test/pattern/arbitraries.js';

const RUNS = Number(process.env.LIAISON_FUZZ_RUNS ?? 400);

function pairwise(patterns: string[], set: ObservationSet): { hits: Map<string, string[]>; errors: Set<string> } {
  const hits = new Map<string, string[]>();
  const errors = new Set<string>();
  patterns.forEach((p, i) => {
    try {
      const r = matchPattern(p, set);
      if (r.matched) hits.set(String(i), r.observedDataRefs);
    } catch {
      errors.add(String(i));
    }
  });
  return { hits, errors };
}

test('the indexed scan returns exactly what matching every pattern against every observation returns', () => {
  let matched = 0;
  fc.assert(
    fc.property(fc.array(scanPatternText, { minLength: 1, maxLength: 25 }), scanBundle, (patterns, bundle) => {
      const set = new ObservationSet(bundle);
      const expected = pairwise(patterns, set);
      const got = scanPatterns(patterns.map((pattern, i) => ({ id: String(i), pattern })), set);
      assert.deepEqual(new Map(got.hits.map((h) => [h.id, h.observedDataRefs])), expected.hits);
      assert.deepEqual(new Set(got.errors.map((e) => e.id)), expected.errors);
      matched += got.hits.length;
    }),
    { numRuns: RUNS },
  );
  assert.ok(matched > RUNS, `the generated worlds should produce hits (got ${matched})`);
});

test('an index is reusable across observation sets and reports unparsable patterns', () => {
  const index = new PatternIndex();
  index.add({ id: 'a', pattern: "[ipv4-addr:value ISSUBSET '10.0.0.0/8']" });
  index.add({ id: 'b', pattern: '[oops' });
  const od = (ip: string): object[] => [
    { type: 'ipv4-addr', id: `ipv4-addr--${ip}`, value: ip },
    { type: 'observed-data', id: `observed-data--${ip}`, first_observed: '2024-01-01T00:00:00Z', last_observed: '2024-01-01T00:00:00Z', number_observed: 1, object_refs: [`ipv4-addr--${ip}`] },
  ];
  const first = index.scan(od('10.1.2.3'));
  assert.deepEqual(first.hits.map((h) => [h.id, h.observedDataRefs]), [['a', ['observed-data--10.1.2.3']]]);
  assert.deepEqual(first.errors.map((e) => e.id), ['b']);
  assert.deepEqual(index.scan(od('11.1.2.3')).hits, []);
});
