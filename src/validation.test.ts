import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateStix, validateDocument } from './validation.js';

const indicator = {
  type: 'indicator',
  spec_version: '2.1',
  id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
  created: '2016-04-06T20:03:48.000Z',
  modified: '2016-04-06T20:03:48.000Z',
  name: 'Poison Ivy Malware',
  description: 'This file is part of Poison Ivy',
  indicator_types: ['malicious-activity'],
  pattern: "[file:hashes.'SHA-256' = 'ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c']",
  pattern_type: 'stix',
  valid_from: '2016-01-01T00:00:00Z',
};

test('a well-formed 2.1 indicator is valid with no findings', () => {
  const r = validateStix(indicator);
  assert.deepEqual(r, { id: indicator.id, type: 'indicator', valid: true, errors: [], warnings: [] });
});

test('findings carry a stable code and a JSON pointer from opts.path', () => {
  const r = validateStix({ ...indicator, valid_until: '2015-01-01T00:00:00Z' }, { path: '/objects/3' });
  assert.equal(r.valid, false);
  assert.deepEqual(r.errors.map((e) => [e.code, e.path]), [['timestamp-order', '/objects/3/valid_until']]);
});

test('SHOULD findings are warnings, errors under strict, and can be disabled', () => {
  const o = { ...indicator, indicator_types: ['not-in-vocab'] };
  assert.deepEqual(validateStix(o).warnings.map((w) => w.code), ['indicator-types']);
  assert.equal(validateStix(o).valid, true);
  assert.equal(validateStix(o, { strict: true }).valid, false);
  assert.equal(validateStix(o, { strict: true, disabled: ['indicator-types'] }).valid, true);
});

test('the pattern check plug-in reports pattern-invalid with the column', () => {
  const r = validateStix(indicator, { checkPattern: () => ({ errors: [{ message: 'boom', column: 4 }], warnings: [] }) });
  assert.deepEqual(r.errors.map((e) => [e.code, e.path]), [['pattern-invalid', '/pattern']]);
  assert.match(r.errors[0].message, /column 4/);
});

test('non-objects are findings, not crashes', () => {
  for (const v of [null, 1, 'x', [], true]) assert.equal(validateStix(v).errors[0].code, 'not-an-object');
});

test('a document: bundle objects in order with their paths; bundle findings first', () => {
  const doc = { type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d', objects: [indicator, { type: 'indicator' }] };
  const r = validateDocument(doc);
  assert.equal(r.valid, false);
  assert.equal(r.objects.length, 2);
  assert.equal(r.objects[0].valid, true);
  assert.ok(r.objects[1].errors.every((e) => e.path.startsWith('/objects/1')));
});

test('values that cannot become strings (an object whose toString is false) are reported, not thrown', () => {
  const evil = { toString: false, valueOf: false };
  const r = validateDocument({ type: 'bundle', id: evil, objects: [{ type: 'indicator', id: evil, name: evil }] });
  assert.equal(r.valid, false);
  assert.ok(r.objects.some((o) => o.errors.some((e) => e.code === 'id-invalid')));
});
