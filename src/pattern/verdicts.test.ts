import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAst, checkPattern, examinePattern, parsePattern } from './index.js';
import { comparedProperties, patternVerdict, VERDICT_CACHE_ENTRIES } from './verdicts.js';

const samples = [
  "[ipv4-addr:value = '198.51.100.1']",
  "[file:hashes.'SHA-256' = 'abc']", // a finding: the hash has the wrong length
  "[x-custom:prop = 1] AND [file:nmae = 'a'] WITHIN 5 SECONDS", // warnings: custom type, misspelt property
  "[network-traffic:src_ref.value ISSUBSET '10.0.0.0/8'] FOLLOWEDBY ([process:name MATCHES '(a+)+'] REPEATS 2 TIMES)",
  "[file:name = 'a'",
  '',
  "[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]",
];

test('examinePattern finds what a check of the positioned AST finds, with the same columns', () => {
  for (const p of samples) {
    const { check, ast } = examinePattern(p);
    assert.deepEqual(check, checkPattern(p));
    if (ast) assert.deepEqual(check, checkAst(parsePattern(p, { positions: true }), p));
    else assert.equal(check.valid, false);
  }
});

test('a verdict is checkPattern and the compared properties of one parse', () => {
  for (const p of samples) {
    const v = patternVerdict(p);
    assert.deepEqual(v.check, checkPattern(p));
    let ast;
    try {
      ast = parsePattern(p);
    } catch {
      ast = undefined;
    }
    assert.deepEqual(v.paths, ast && comparedProperties(ast));
  }
  assert.deepEqual(patternVerdict(samples[3]).paths, [
    { objectType: 'network-traffic', property: 'src_ref' },
    { objectType: 'process', property: 'name' },
  ]);
});

test('verdicts are cached, and the cache forgets the oldest beyond its size', () => {
  const first = patternVerdict("[domain-name:value = 'cached.example']");
  patternVerdict(samples[0]);
  assert.equal(patternVerdict("[domain-name:value = 'cached.example']"), first);
  for (let i = 0; i < VERDICT_CACHE_ENTRIES; i++) patternVerdict(`[domain-name:value = 'n${i}.example']`);
  const again = patternVerdict("[domain-name:value = 'cached.example']");
  assert.notEqual(again, first);
  assert.deepEqual(again, first);
});
