/**
 * Names of Object.prototype's members are valid STIX type and property names. Each consumer of such input keys
 * treats them as plain keys: nothing crashes, nothing is dropped, no prototype changes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeLedger } from './exchange/ledger.js';
import { replaceReferences } from './exchange/policy/anonymize.js';
import { missingRequired } from './exchange/policy/required.js';
import { idContributingObject } from './stix/ids.js';
import { StreamingDocumentValidator } from './stix/stream/document-validator.js';
import { validateStix } from './validation.js';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const SELF = 'identity--aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const PARTNER = 'identity--bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

test('a relationship_type named like an Object member is an unsuggested type, not a crash', () => {
  for (const name of NAMES) {
    const r = validateStix({
      type: 'relationship',
      spec_version: '2.1',
      id: 'relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad',
      created: '2016-04-06T20:06:37.000Z',
      modified: '2016-04-06T20:06:37.000Z',
      source_ref: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
      target_ref: 'malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b',
      relationship_type: name,
    });
    assert.ok(r.warnings.some((w) => w.code === 'relationship-types') || r.errors.length > 0, name);
  }
});

test('the sharing policy and the SCO id rules know no type named like an Object member', () => {
  for (const name of NAMES) {
    assert.equal(missingRequired({ type: name, id: `${name}--1` }, { type: name }), undefined);
    assert.equal(idContributingObject({ type: name, value: 'x' }), undefined);
  }
});

test('anonymising references keeps a "__proto__" property as a property', () => {
  const original = JSON.parse(`{"type":"x-thing","created_by_ref":"${SELF}","__proto__":{"owner_ref":"${SELF}"}}`) as object;
  const copy = replaceReferences(original, SELF, PARTNER) as Record<string, unknown>;
  assert.equal(JSON.stringify(copy), `{"type":"x-thing","created_by_ref":"${PARTNER}","__proto__":{"owner_ref":"${PARTNER}"}}`);
});

test('the streaming validator takes a top-level "__proto__" member as a member', () => {
  const v = new StreamingDocumentValidator();
  v.push(Buffer.from('{"__proto__":{"type":"bundle"},"id":"x-thing--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}'));
  const reports = v.end();
  assert.equal(reports.length, 1);
  assert.ok(reports[0].errors.some((e) => e.path === '/type'), JSON.stringify(reports[0].errors));
});

test('the ledger counts objects of a type named like an Object member', () => {
  const transfers = NAMES.map((type, i) => ({ direction: 'shared' as const, partner: PARTNER, objectId: `${type}--${i}`, type, tlp: 'clear' as const, at: '2026-11-01T00:00:00.000Z' }));
  const [l] = computeLedger({ self: SELF, transfers, objects: [], until: new Date('2026-12-01T00:00:00.000Z') });
  assert.equal(l.objects.shared.total, NAMES.length);
  assert.deepEqual(JSON.parse(JSON.stringify(l.objects.shared.byType)), Object.fromEntries([...NAMES].sort().map((n) => [n, 1])));
});
