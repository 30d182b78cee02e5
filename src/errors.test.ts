import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERRORS, LiaisonError } from './errors.js';

test('every catalogued error fills its template and carries status and exit code', () => {
  for (const code of Object.keys(ERRORS) as (keyof typeof ERRORS)[]) {
    const e = new LiaisonError(code, { detail: 'd', file: 'f', reason: 'r', what: 'w', limit: 1 });
    assert.equal(e.code, code);
    assert.ok(!e.message.includes('{'), `${code}: ${e.message}`);
    assert.ok(e.status >= 400 && e.status < 600);
  }
});

test('client mistakes are 4xx, only internal errors are 5xx', () => {
  for (const [code, spec] of Object.entries(ERRORS)) {
    if (code === 'INTERNAL') assert.equal(spec.status, 500);
    else assert.ok(spec.status < 500, code);
  }
});
