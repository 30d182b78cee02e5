import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StixType, Indicator, File, Bundle } from './index.js';
import { SCO_TYPES } from '../sco-properties.js';
import { SDO_TYPES, SRO_TYPES } from '../object-properties.js';
import { validateStix } from '../../validation.js';

// Compile-time: every type the tables know is a StixType, and back.
const ALL: Record<StixType, true> = Object.fromEntries(
  [...SDO_TYPES, ...SRO_TYPES, ...SCO_TYPES, 'marking-definition', 'language-content', 'extension-definition'].map((t) => [t, true]),
) as Record<StixType, true>;

test('the types cover 19 SDOs, 2 SROs, 18 SCOs and the 3 meta objects, as the property tables do', () => {
  assert.equal(SDO_TYPES.length, 19);
  assert.equal(SRO_TYPES.length, 2);
  assert.equal(SCO_TYPES.length, 18);
  assert.equal(Object.keys(ALL).length, 42);
});

test('typed objects built from the types validate', () => {
  const indicator: Indicator = {
    type: 'indicator',
    spec_version: '2.1',
    id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
    created: '2016-04-06T20:03:48.000Z',
    modified: '2016-04-06T20:03:48.000Z',
    name: 'n',
    description: 'd',
    pattern: "[file:name = 'x']",
    pattern_type: 'stix',
    valid_from: '2016-01-01T00:00:00Z',
  };
  const file: File = {
    type: 'file',
    id: 'file--949eb97a-da1e-5292-8959-03c4249dc9f3',
    name: 'foo.dll',
    hashes: { 'SHA-256': 'fe90a7e910cb3a4739bed9180e807e93fa70c90f25a8915476f5e4bfbac681db' },
    extensions: { 'windows-pebinary-ext': { pe_type: 'dll', sections: [{ name: '.text', entropy: 7.2 }] } },
  };
  const bundle: Bundle = { type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d', objects: [indicator, file] };
  for (const o of bundle.objects!) assert.deepEqual(validateStix(o).errors, []);
});
