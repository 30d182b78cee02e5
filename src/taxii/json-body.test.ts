import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exceedsDepth, parseJsonBody } from './json-body.js';
import { isLiaisonError } from '../errors.js';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return isLiaisonError(e) ? e.code : 'OTHER';
  }
  return 'NONE';
};

test('depth counts brackets outside strings only', () => {
  assert.equal(exceedsDepth('{"a":[[1]]}', 3), false);
  assert.equal(exceedsDepth('{"a":[[[1]]]}', 3), true);
  assert.equal(exceedsDepth('{"a":"[[[[[[\\"[[[["}', 1), false);
});

test('bodies: invalid UTF-8, deep nesting, truncation, empty', () => {
  assert.equal(code(() => parseJsonBody(Buffer.from([0x7b, 0xff, 0x7d]), 10)), 'BAD_UTF8');
  assert.equal(code(() => parseJsonBody(Buffer.from('['.repeat(100_000) + ']'.repeat(100_000)), 64)), 'TOO_DEEP');
  assert.equal(code(() => parseJsonBody(Buffer.from('{"objects":[{"a":'), 64)), 'BAD_JSON');
  assert.equal(code(() => parseJsonBody(Buffer.from('not json'), 64)), 'BAD_JSON');
  assert.equal(code(() => parseJsonBody(Buffer.from('  '), 64)), 'BAD_JSON');
  assert.deepEqual(parseJsonBody(Buffer.from('{"objects":[]}'), 64), { objects: [] });
});

test('depth: escaped quotes and backslash runs inside strings', () => {
  assert.equal(exceedsDepth('["\\\\", [[1]]]', 2), true, 'an even run of backslashes does not escape the quote');
  assert.equal(exceedsDepth('["\\\\\\"[[[[", 1]', 1), false, 'an odd run does');
  assert.equal(exceedsDepth('["[[[[', 1), false, 'unterminated string');
  assert.equal(exceedsDepth('[[["\\""]]]', 3), false);
  assert.equal(exceedsDepth('[[[["\\""]]]]', 3), true);
});
