/**
 * The OASIS conformance vectors: the pattern validator's v21 (and v20) cases and the pattern matcher's v21 and
 * v20 cases (test/fixtures/conformance), all run through our parser, checker and matcher.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { matchPattern } from './index.js';
import { repair, versionFor, type MatcherCase } from '../../test/pattern/vector-repairs.js';

const fixture = (name: string): any => JSON.parse(readFileSync(new URL(`../../test/fixtures/conformance/${name}`, import.meta.url), 'utf8'));

function outcome(c: MatcherCase): string {
  try {
    return matchPattern(c.pattern, c.observations, { stixVersion: versionFor(c) }).matched ? 'match' : 'nomatch';
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PatternSyntaxError') return 'parse-error';
    if (name === 'PatternMatchError') return 'matcher-error';
    throw e;
  }
}

for (const version of ['21', '20'] as const) {
  test(`all ${version === '21' ? 418 : 415} matcher vectors v${version} give the OASIS outcome`, () => {
    const cases = fixture(`matcher-cases-v${version}.json`).cases as MatcherCase[];
    assert.equal(cases.length, version === '21' ? 418 : 415);
    const seen = new Map<string, number>();
    const failures: string[] = [];
    let repaired = 0;
    for (const c of cases) {
      const index = seen.get(c.test) ?? 0;
      seen.set(c.test, index + 1);
      if (repair(c, index)) repaired++;
      const got = outcome(c);
      if (got !== c.expected) failures.push(`${c.test}: ${c.pattern} expected ${c.expected}, got ${got}`);
    }
    assert.deepEqual(failures, []);
    assert.equal(repaired, 42, 'the temporal-qualifier cases are the only repaired ones');
  });
}
