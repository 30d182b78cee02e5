import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timestampMillis, plainNumber, decodeBase64, decodeHex } from './literals.js';

test('timestamps: real dates only, leap seconds, microsecond precision', () => {
  assert.equal(timestampMillis('2024-01-15T12:30:45Z'), Date.UTC(2024, 0, 15, 12, 30, 45));
  assert.equal(timestampMillis('2024-02-29T00:00:00Z'), Date.UTC(2024, 1, 29));
  assert.ok(Number.isNaN(timestampMillis('2023-02-29T00:00:00Z')));
  assert.ok(Number.isNaN(timestampMillis('2024-04-31T00:00:00Z')));
  assert.ok(Number.isNaN(timestampMillis('2024-01-15t12:30:45Z')));
  assert.ok(Number.isNaN(timestampMillis('2024-01-15T12:30:45')));
  assert.equal(timestampMillis('2016-12-31T23:59:60Z'), Date.UTC(2017, 0, 1));
  assert.ok(Math.abs(timestampMillis('2024-01-01T00:00:00.1234567Z') - Date.UTC(2024, 0, 1) - 123.456) < 1e-3);
  assert.ok(timestampMillis('2024-01-01T00:00:00.000001Z') > timestampMillis('2024-01-01T00:00:00Z'), 'microseconds still order');
  assert.equal(timestampMillis('2010-05-21T13:21:43.123456789Z'), timestampMillis('2010-05-21T13:21:43.123456Z'));
  assert.equal(new Date(timestampMillis('0050-01-01T00:00:00Z')).getUTCFullYear(), 50);
});

test('numbers print without exponents and round-trip', () => {
  for (const [n, float, text] of [
    [1e21, true, '1000000000000000000000.0'],
    [1e-7, true, '0.0000001'],
    [-2.5e-8, true, '-0.000000025'],
    [7, true, '7.0'],
    [-0, false, '-0'],
    [123, false, '123'],
  ] as [number, boolean, string][]) {
    assert.equal(plainNumber(n, float), text);
    assert.equal(Number(text), n);
  }
});

test('binary and hex constants', () => {
  assert.deepEqual(decodeHex('ffD8'), new Uint8Array([0xff, 0xd8]));
  assert.equal(typeof decodeHex('abc'), 'string');
  assert.equal(typeof decodeHex('zz'), 'string');
  assert.deepEqual(decodeBase64('AQID\nBA=='), new Uint8Array([1, 2, 3, 4]), 'line feeds are ignored (section 9.2)');
  assert.equal(typeof decodeBase64('===='), 'string');
  assert.equal(typeof decodeBase64(''), 'string');
});
