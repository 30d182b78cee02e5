import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERRORS, LiaisonError, type ErrorCode } from './errors.js';

test('every catalogued error fills its template and carries status and exit code', () => {
  for (const code of Object.keys(ERRORS) as ErrorCode[]) {
    const names = [...ERRORS[code].message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const e = new LiaisonError(code, Object.fromEntries(names.map((n) => [n, 'x'])));
    assert.equal(e.code, code);
    assert.ok(!e.message.includes('{'), `${code}: ${e.message}`);
    assert.ok(e.status >= 400 && e.status < 600);
  }
});

test("a client's mistake (exit 2) is a 4xx; only our faults and the network's (exit 3) are 5xx", () => {
  for (const [code, spec] of Object.entries(ERRORS)) {
    if (spec.exit === 2) assert.ok(spec.status < 500, code);
    else assert.ok(spec.status >= 500, code);
  }
});
