import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatMicros, nowMicros, parseMicros, versionKey } from './time.js';

test('microsecond timestamps format and parse back exactly', () => {
  assert.equal(formatMicros(0), '1970-01-01T00:00:00.000000Z');
  assert.equal(formatMicros(1_700_000_000_123_456), '2023-11-14T22:13:20.123456Z');
  fc.assert(fc.property(fc.integer({ min: 0, max: 8_000_000_000_000_000 }), (us) => parseMicros(formatMicros(us)) === us));
  assert.equal(parseMicros('2016-01-01T01:01:01Z'), Date.UTC(2016, 0, 1, 1, 1, 1) * 1000);
  assert.equal(parseMicros('2016-01-01T01:01:01.1234567Z'), Date.UTC(2016, 0, 1, 1, 1, 1) * 1000 + 123456);
});

test('anything that is not a UTC timestamp is refused', () => {
  for (const bad of ['', '2016-01-01', '2016-01-01T01:01:01', '2016-01-01T01:01:01+00:00', '2016-02-30T00:00:00Z', '2016-13-01T00:00:00Z',
    '2016-01-01T24:00:00Z', "2016-01-01T00:00:00Z' OR 1=1", '２０１６-01-01T00:00:00Z']) {
    assert.equal(parseMicros(bad), undefined, bad);
    assert.equal(versionKey(bad), undefined, bad);
  }
});

test('version keys compare as instants: equal for equal instants, ordered as time', () => {
  assert.equal(versionKey('2016-01-01T01:01:01Z'), versionKey('2016-01-01T01:01:01.000Z'));
  assert.equal(versionKey('2016-01-01T01:01:01.5Z'), '2016-01-01T01:01:01.500000000Z');
  fc.assert(fc.property(fc.integer({ min: 0, max: 4_000_000_000_000_000 }), fc.integer({ min: 0, max: 4_000_000_000_000_000 }), (a, b) => {
    const ka = versionKey(formatMicros(a))!;
    const kb = versionKey(formatMicros(b))!;
    return Math.sign(a - b) === (ka < kb ? -1 : ka > kb ? 1 : 0);
  }));
  const a = nowMicros();
  assert.ok(Math.abs(a / 1000 - Date.now()) < 1000);
});
