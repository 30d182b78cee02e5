import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compareTimestamps, timestampKey, timestampProblem } from './primitives.js';

const timestamp = fc
  .tuple(
    fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true }),
    fc.constantFrom('', '.', '.0', '.5', '.50', '.123', '.120', '.123456789', '.1234567890', '.123456789000', '.000000001'),
  )
  .map(([d, frac]) => d.toISOString().slice(0, 19) + frac + 'Z')
  .filter((s) => timestampProblem(s) === undefined);

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

test('compareTimestamps orders valid timestamps exactly as their keys do', () => {
  fc.assert(
    fc.property(timestamp, timestamp, (a, b) => {
      const ka = timestampKey(a), kb = timestampKey(b);
      assert.equal(sign(compareTimestamps(a, b)), ka < kb ? -1 : ka > kb ? 1 : 0, `${a} vs ${b}`);
    }),
    { numRuns: 2000 },
  );
  // The same second with fractions of different lengths, the case the keys' padding exists for.
  assert.equal(compareTimestamps('2020-01-01T00:00:00.5Z', '2020-01-01T00:00:00.500Z'), 0);
  assert.ok(compareTimestamps('2020-01-01T00:00:00Z', '2020-01-01T00:00:00.001Z') < 0);
  assert.ok(compareTimestamps('2020-01-01T00:00:00.123456789Z', '2020-01-01T00:00:00.1234567890Z') < 0);
});
