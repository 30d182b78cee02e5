import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { classifyVersion, compareVersions, isConflict, latestVersion, orderVersions } from './versions.js';

const id = 'malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b';
const v = (modified: string, extra: Record<string, unknown> = {}) => ({ id, type: 'malware', created: '2020-01-01T00:00:00.000Z', modified, ...extra });

test('versions order by modified, with sub-millisecond precision and mixed precision compared as times', () => {
  const a = v('2020-01-01T00:00:00.000Z'), b = v('2020-01-01T00:00:00.0005Z'), c = v('2020-01-01T00:00:00.001Z');
  assert.deepEqual(orderVersions([c, a, b]), [a, b, c]);
  assert.equal(compareVersions(v('2020-01-01T00:00:00.1Z'), v('2020-01-01T00:00:00.100Z')), 0);
  assert.equal(latestVersion([a, c, b]), c);
  assert.equal(latestVersion([]), undefined);
});

test('revocation is final: the revoked version stays the current state', () => {
  const a = v('2020-01-01T00:00:00.000Z'), r = v('2020-02-01T00:00:00.000Z', { revoked: true }), later = v('2020-03-01T00:00:00.000Z');
  assert.equal(latestVersion([a, later, r]), r);
  assert.equal(classifyVersion([a, r], later), 'after-revocation');
  assert.equal(classifyVersion([a, r], v('2019-01-01T00:00:00.000Z')), 'older');
});

test('same id and modified with different content is a conflict; identical is a duplicate', () => {
  const a = v('2020-01-01T00:00:00.000Z', { name: 'x' });
  assert.equal(isConflict(a, { ...a, name: 'y' }), true);
  assert.equal(isConflict(a, { ...a }), false);
  assert.equal(isConflict(a, { name: 'x', modified: a.modified, created: a.created, type: 'malware', id }), false, 'key order does not matter');
  assert.equal(classifyVersion([a], { ...a, name: 'y' }), 'conflict');
  assert.equal(classifyVersion([a], { ...a }), 'duplicate');
  assert.equal(classifyVersion([], a), 'new');
  assert.equal(classifyVersion([a], v('2021-01-01T00:00:00.000Z')), 'newer');
});

test('property: latestVersion is the maximum of orderVersions when nothing is revoked', () => {
  const stamp = fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
  fc.assert(
    fc.property(fc.array(stamp, { minLength: 1, maxLength: 20 }), (stamps) => {
      const vs = stamps.map((s) => v(s));
      const ordered = orderVersions(vs);
      assert.equal(compareVersions(latestVersion(vs)!, ordered[ordered.length - 1]), 0);
      for (let i = 1; i < ordered.length; i++) assert.ok(compareVersions(ordered[i - 1], ordered[i]) <= 0);
    }),
  );
});
