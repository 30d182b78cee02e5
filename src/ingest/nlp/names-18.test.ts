/**
 * Session 14 (second round) probes for people and places on unseen text: each mechanism covers a class of error seen
 * in the first readings of at least two writers' texts (fresh18, fresh19, fresh15, fresh16); every probe is written for
 * the test (invented wording, set in another part of the world than the texts it was learnt from) and failed on the
 * extractor before its change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './testing/probes.js';

const places = (text: string) => extract(text).entities.filter((e) => e.kind === 'location');

test('a place named with a lower-case word for land or water after it ("the Tumen river") is named by its bare name, the longer form an alias', () => {
  const l = places(`Smugglers cross at night
Yanji, 4 March 2027

Border guards said the smugglers had crossed the Tumen river near Hunchun and hidden in the Paektu foothills until dawn. Patrols in the Rason estuary were doubled.`);
  for (const [bare, long] of [['Tumen', 'Tumen river'], ['Paektu', 'Paektu foothills'], ['Rason', 'Rason estuary']]) {
    const e = l.find((x) => x.name === bare);
    assert.ok(e && e.aliases.includes(long), l.map((x) => `${x.name} (${x.aliases.join('; ')})`).join(' | '));
  }
});

test('a name joined by "and" to a place, before or after it, is a place; after a preposition of place even one that looks like a person\'s name', () => {
  const x = extract(`Ferry fraud
Manila, 4 March 2027

The operator runs ferries that link Mindanao with Caluya and Cebu. Its boats also call between Puerto Princesa and Port Rosales, and at Davao and Mina Marcos.`);
  const l = x.entities.filter((e) => e.kind === 'location').map((e) => e.name);
  const p = x.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  for (const n of ['Caluya', 'Port Rosales', 'Mina Marcos']) assert.ok(l.includes(n), `${l.join(' | ')} / ${p.join(' | ')}`);
  assert.ok(!p.includes('Port Rosales') && !p.includes('Mina Marcos'), p.join(' | '));
});

test('a name placed by what follows it, a compass point "of" a name or a larger known place ("at Kalametiya, south of Hambantota", "signed at Kirribilli, Sydney") is a place', () => {
  const l = places(`Boat stopped
Colombo, 4 March 2027

On Friday night a trawler with 40 people left the beach at Kalametiya, south of Hambantota. The navy said the route was agreed under an accord signed at Kirribilli, Sydney, in 2014.`).map((e) => e.name);
  for (const n of ['Kalametiya', 'Kirribilli']) assert.ok(l.includes(n), l.join(' | '));
});

test('a South Slavic style of address, in the vocative ("Gospođo Novak, …", "Gospodine Ilić") is no part of the name', () => {
  const x = extract(`Radio Dunav: the river port and the smugglers
Novi Sad, 4 March 2027

HOST: With me are Dr. Mirela Novak, a criminologist, and Dragan Ilić, a customs officer.

NOVAK: The port is a door. Nobody asks who holds the key.

HOST: Gospodine Ilić, is she right?

ILIĆ: Partly. We check what we can.

HOST: Gospođo Novak, the last word.

NOVAK: Give the inspectors scanners and the door will close.`);
  const p = x.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  assert.ok(p.includes('Mirela Novak') && p.includes('Dragan Ilić'), p.join(' | '));
  assert.ok(!p.some((n) => /^Gospo/.test(n)), p.join(' | '));
});

test('a word the gazetteer does not know, after "in", "from" or "into" in a sentence that speaks of languages, is a language and no place ("Translated from Mambai and Tetun")', () => {
  const l = places(`Radio Maubere: fishing licences
Dili, 4 March 2027

A discussion programme broadcast from Dili. Translated from Mambai and Tetun and edited for length.

HOST: The minister says it in Portuguese and in every language of the islands: a bribe in Makasae is still a bribe. Boats from Atauro were stopped on Monday.`).map((e) => e.name);
  assert.ok(l.includes('Dili') && l.includes('Atauro'), l.join(' | '));
  for (const n of ['Mambai', 'Tetun', 'Makasae']) assert.ok(!l.includes(n), l.join(' | '));
});

test('an island or a sea named in full and by its name alone ("Coiba Island … Coiba", "the Banda Sea … the Banda") is one place', () => {
  const l = places(`Coast guard seizes skiff
Panama City, 4 March 2027

The coast guard seized a skiff near Coiba Island on Tuesday. Patrols around Coiba have doubled since May.

In a separate case, Indonesian officers stopped a trawler in the Banda Sea. Fishermen say the boats cross the Banda at night.`);
  const coiba = l.filter((e) => /Coiba/.test(e.name));
  const banda = l.filter((e) => /Banda/.test(e.name));
  assert.equal(coiba.length, 1, l.map((x) => `${x.name} (${x.aliases.join('; ')})`).join(' | '));
  assert.equal(banda.length, 1, l.map((x) => `${x.name} (${x.aliases.join('; ')})`).join(' | '));
});

test('the place a local office serves ("Mayor of Nyamasheke", "the parish priest of Gikongoro") is a place, known or not', () => {
  const l = places(`Lake patrols
Kigali, 4 March 2027

Mrs. Odette Uwase, Mayor of Nyamasheke, told the committee that boats cross the lake at night. Father Emmanuel Habimana, the parish priest of Gikongoro, said families had asked for help.`).map((e) => e.name);
  for (const n of ['Nyamasheke', 'Gikongoro']) assert.ok(l.includes(n), l.join(' | '));
});

test('the end of a movement or a stretch that began "from" somewhere ("from Mtwara to Mikindani", "the trucks left for Nangurukuru") is a place', () => {
  const l = places(`Fish trade
Lindi, 4 March 2027

The navy had radar on the coast from Mtwara to Mikindani. A driver said he was paid to take the truck from a warehouse near the port to Mchinga, and by six the trucks had left for Nangurukuru.`).map((e) => e.name);
  for (const n of ['Mikindani', 'Mchinga', 'Nangurukuru']) assert.ok(l.includes(n), l.join(' | '));
});

test('a name ending in the word for a port or a berth ("Rashid Bin Saeed Port", "Princess Margaret Wharf") is a place, not a person', () => {
  const x = extract(`Fuel smuggling
Muscat, 4 March 2027

Customs officers said the dhow had been calling at Rashid Bin Saeed Port every week, and that two guards posted at the Princess Margaret Wharf were paid to look away.`);
  const l = x.entities.filter((e) => e.kind === 'location').map((e) => e.name);
  const p = x.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  for (const n of ['Rashid Bin Saeed Port', 'Princess Margaret Wharf']) assert.ok(l.includes(n), `${l.join(' | ')} / ${p.join(' | ')}`);
  assert.ok(!p.some((n) => /Rashid|Margaret/.test(n)), p.join(' | '));
});

test('a surname with an elided particle ("O\'Driscoll", "D\'Cruz") has a name\'s shape as any other', () => {
  const p = extract(`Fuel fraud
Cork, 4 March 2027

The inspectors said a harbour clerk, Declan O'Driscoll, had signed the papers. In Goa, police said a broker, Anil D'Cruz, had paid the crews.`).entities.filter((e) => e.kind === 'person').map((e) => e.name);
  for (const n of ["Declan O'Driscoll", "Anil D'Cruz"]) assert.ok(p.includes(n), p.join(' | '));
});
