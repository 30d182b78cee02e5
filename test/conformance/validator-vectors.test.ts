/**
 * The 533 OASIS stix2-validator vectors (test/fixtures/conformance/validator-cases-v21.json) with their options
 * mapped onto ours (oasis-options.ts). Every disagreement must be listed in
 * src/stix/validate/known-differences.json with the reason and the specification text; this test asserts that
 * list exactly, and the agreement rate.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateDocument } from '../../src/validation.js';
import { mapOptions, type OasisOptions } from './oasis-options.js';

interface Vector {
  file: string;
  test: string;
  expected_valid: boolean;
  options: OasisOptions;
  instance: unknown;
}
interface KnownDifference {
  index: number;
  test: string;
  expected_valid: boolean;
  category: string;
  reason: string;
  specification: string;
}

const vectors = JSON.parse(readFileSync(new URL('../fixtures/conformance/validator-cases-v21.json', import.meta.url), 'utf8')) as Vector[];
const known = JSON.parse(readFileSync(new URL('../../src/stix/validate/known-differences.json', import.meta.url), 'utf8')) as KnownDifference[];

/** Our verdict for a vector; `false` when the OASIS validator itself refuses the options (no mapping). */
function verdict(v: Vector): boolean {
  const opts = mapOptions(v.options);
  return opts ? validateDocument(v.instance, opts).valid : false;
}

test('OASIS validator vectors: every disagreement is a documented known difference, and nothing else', () => {
  assert.equal(vectors.length, 533);
  const disagreements = vectors
    .map((v, index) => ({ index, test: `${v.file}::${v.test}`, expected: v.expected_valid, ours: verdict(v) }))
    .filter((r) => r.expected !== r.ours);
  assert.deepEqual(
    disagreements.map((d) => `${d.index} ${d.test}`),
    known.map((k) => `${k.index} ${k.test}`),
  );
  for (const k of known) {
    assert.ok(k.reason.length > 20 && k.specification.includes('§'), `known difference ${k.index} cites the specification`);
    assert.equal(k.expected_valid, vectors[k.index].expected_valid);
  }
  const agree = vectors.length - disagreements.length;
  console.log(`OASIS validator vectors: ${agree}/${vectors.length} agree (${((100 * agree) / vectors.length).toFixed(1)}%)`);
  // 97% of 533 is 517.01: at most 15 vectors may disagree.
  assert.ok(agree >= 518, `agreement ${agree}/${vectors.length} is below 97%`);
});
