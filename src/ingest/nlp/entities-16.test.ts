/**
 * Session 14 probes for people, organisations, groups and places on unseen text: each mechanism covers a class of
 * error seen in the first reading of fresh16; every probe is written for the test (invented names and wording, set in
 * another part of the world than the text it was learnt from) and failed on the extractor before its change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './testing/probes.js';

const named = (text: string, kind: string) => extract(text).entities.filter((e) => e.kind === kind).map((e) => e.name);

test('a report\'s section numbers in Roman numerals heading their lines ("II. EVIDENCE") are no places', () => {
  const text = `Interim report of the Select Committee on Fisheries
Suva, 12 April 2027

I. SUMMARY

The committee heard fishermen from Labasa and Savusavu.

II. EVIDENCE

Witnesses from Levuka described the landings.

III. FINDINGS

IV. RECOMMENDATIONS

XII. ANNEXES
`;
  const all = extract(text).entities.map((e) => e.name);
  const places = named(text, 'location');
  for (const p of ['Labasa', 'Savusavu', 'Levuka']) assert.ok(places.includes(p), places.join(' | '));
  assert.ok(!all.some((n) => /^[IVX]+$/.test(n)), all.join(' | '));
});
