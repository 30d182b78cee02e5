/**
 * Property tests (fast-check): printing then parsing gives the same AST; no byte sequence and no mutation of a
 * valid pattern makes the parser, checker or matcher fail other than with their own errors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { checkPattern, matchPattern, parsePattern, printPattern, PatternMatchError, PatternSyntaxError } from './index.js';
import { patternAst } from '../../test/pattern/arbitraries.js';

const RUNS = Number(process.env.LIAISON_FUZZ_RUNS ?? 400);

test('print then parse gives the same AST', () => {
  fc.assert(
    fc.property(patternAst, (ast) => {
      const text = printPattern(ast);
      assert.deepStrictEqual(parsePattern(text), ast, text);
      assert.equal(printPattern(parsePattern(text)), text);
    }),
    { numRuns: RUNS * 2 },
  );
});

const vectors: string[] = JSON.parse(readFileSync(new URL('../../test/fixtures/conformance/pattern-validator-cases.json', import.meta.url), 'utf8'))
  .cases.v21.map((c: { pattern: string }) => c.pattern);
const matcher = JSON.parse(readFileSync(new URL('../../test/fixtures/conformance/matcher-cases-v21.json', import.meta.url), 'utf8')).cases as {
  pattern: string;
  observations: unknown;
}[];
const observations = [...new Set(matcher.map((c) => JSON.stringify(c.observations)))].map((s) => JSON.parse(s));
const seeds = [...vectors, ...matcher.map((c) => c.pattern)];

const ALPHABET = "[]()':.,*=!<>-+_ abcdefhtxyzANDORNOTWITHINSECONDSREPEATSTIMESSTARTSTOPFOLLOWEDBYINLIKEMATCHESEXISTS0123456789\\%/\n\u0301\u{1F600}";

/** A valid pattern with a few random edits: insertions, deletions, replacements, duplicated slices. */
const mutated = fc
  .tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.nat(), fc.nat({ max: 8 })), { minLength: 1, maxLength: 4 }))
  .map(([text, edits]) => {
    let s = text;
    for (const [pos, op, pick, len] of edits) {
      const i = s.length ? pos % s.length : 0;
      const c = [...ALPHABET][pick % [...ALPHABET].length];
      if (op === 0) s = s.slice(0, i) + c + s.slice(i);
      else if (op === 1) s = s.slice(0, i) + s.slice(i + 1 + len);
      else if (op === 2) s = s.slice(0, i) + c + s.slice(i + 1);
      else s = s.slice(0, i) + s.slice(i, i + len) + s.slice(i);
    }
    return s;
  });

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.uint8Array({ maxLength: 80 }).map((b) => Buffer.from(b).toString('latin1')),
  fc.uint8Array({ maxLength: 80 }).map((b) => Buffer.from(b).toString('utf8')),
  fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 60 }),
  mutated,
);

function exercise(text: string, obs: unknown): void {
  const check = checkPattern(text);
  assert.equal(typeof check.valid, 'boolean');
  for (const e of check.errors) assert.ok(Number.isInteger(e.column) && e.column >= 1 && e.column <= [...text].length + 1, JSON.stringify(e));
  let ast;
  try {
    ast = parsePattern(text);
  } catch (e) {
    if (e instanceof PatternSyntaxError) {
      assert.equal(check.valid, false);
      return;
    }
    throw e;
  }
  printPattern(ast);
  try {
    matchPattern(ast, obs);
  } catch (e) {
    if (!(e instanceof PatternMatchError)) throw e;
  }
}

test('random text and mutated valid patterns never crash the parser, checker or matcher', () => {
  fc.assert(
    fc.property(anyText, fc.constantFrom(...observations), (text, obs) => exercise(text, obs)),
    { numRuns: RUNS * 5 },
  );
});

test('deep nesting and huge input are refused with a syntax error, not a stack overflow', () => {
  for (const text of ['('.repeat(5000) + '[a:b = 1]' + ')'.repeat(5000), '[a:b = ' + '('.repeat(10000), 'x'.repeat(200_000)]) {
    assert.throws(() => parsePattern(text), PatternSyntaxError);
    assert.equal(checkPattern(text).valid, false);
  }
  const long = Array.from({ length: 3000 }, (_, i) => `[a:b = ${i}]`).join(' AND ');
  assert.equal(checkPattern(long).valid, true);
});
