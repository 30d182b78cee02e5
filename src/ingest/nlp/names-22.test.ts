/**
 * Session 15 probes for people and places on unseen text: each mechanism covers a class of error seen in the first
 * readings of at least two writers' texts (fresh22, fresh23 and the older fresh15 … fresh20); every probe is written
 * for the test (invented wording, set in another part of the world than the texts it was learnt from) and failed on
 * the extractor before its change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './testing/probes.js';

const places = (text: string) => extract(text).entities.filter((e) => e.kind === 'location');

test('a capitalised place noun standing alone ("from the Bay", "left the Islands", "shops in the State") is no place of its own', () => {
  const l = places(`Lobster boats seized
Halifax, 4 March 2027

Fisheries officers seized six boats in the Bay of Fundy on Friday. The department said gangs had hired young men from the Bay to land the catch at night. Inspectors believe that 90 tonnes left the Islands without a licence, and that 40 shops in the State sold it.`).map((e) => `${e.name} (${e.aliases.join('; ')})`);
  assert.ok(l.some((n) => n.startsWith('Bay of Fundy')), l.join(' | '));
  for (const n of ['Bay', 'Islands', 'State']) assert.ok(!l.some((x) => x.startsWith(`${n} (`)), l.join(' | '));
});

test('a name before a lower-case word for a part of a town ("the Pomarelo district of Lima", "Quito\'s Carcelén neighbourhood") is a place', () => {
  const l = places(`Customs officers charged
Lima, 4 March 2027

Prosecutors said two of the officers had bought flats in the Pomarelo district of Lima this year. A third rented a house in Quito's Carcelén neighbourhood, the weekly Hoja Libre reported.`).map((e) => e.name);
  for (const n of ['Pomarelo', 'Carcelén']) assert.ok(l.includes(n), l.join(' | '));
});
