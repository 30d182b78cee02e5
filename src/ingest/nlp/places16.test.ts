/**
 * Session 16, places16: the world's administrative divisions, main cities and the kind words that make a name a
 * place, covered from what is publicly known of each country and language, not from any set's errors. Every probe is
 * invented and failed before its family's change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './testing/probes.js';

const places = (text: string) => new Map(extract(text).entities.filter((e) => e.kind === 'location').map((e) => [e.name, e.country]));

test('first-level divisions and main cities of many countries are places with their country, with no cue around them', () => {
  const found = places(`Harvest report
4 March 2027

Kayseri reported a poor wheat crop. Tarapacá had no rain for a year. Ninh Bình sent rice north. Mpumalanga exported coal. Kakheti sold its wine early. Zachodniopomorskie counted its storks. Sétif opened a new market. Ucayali lost forest to fires. Nakhon Ratchasima built a dam. Shinyanga mined more gold. Trøndelag caught less cod. Chhattisgarh planted more maize.`);
  const want: Record<string, string> = { Kayseri: 'TR', Tarapacá: 'CL', 'Ninh Bình': 'VN', Mpumalanga: 'ZA', Kakheti: 'GE', Zachodniopomorskie: 'PL', Sétif: 'DZ', Ucayali: 'PE', 'Nakhon Ratchasima': 'TH', Shinyanga: 'TZ', Trøndelag: 'NO', Chhattisgarh: 'IN' };
  for (const [name, code] of Object.entries(want)) assert.equal(found.get(name), code, `${name}: ${[...found.keys()].join(' | ')}`);
});

test('a kind word of a division or a feature before or after the name, in the place\'s own language, makes it a place', () => {
  const found = places(`Storm report
4 March 2027

Kabupaten Bogor counted the damage. Changwat Songkhla closed its schools. Provincia de Buenos Aires asked for help. Krasnodar Krai reported storms. Landkreis Ebersberg sent trucks. Barangay San Isidro lost power. Comune di Prato opened a shelter. Upazila Ukhia reported landslides. Gunung Merapi erupted again. Jebel Marra saw fighting. Concelho de Sintra cleared the roads. Gyeonggi-do and Saitama-ken sent aid. Raion Cahul stayed dry.`);
  for (const name of ['Kabupaten Bogor', 'Changwat Songkhla', 'Provincia de Buenos Aires', 'Krasnodar Krai', 'Landkreis Ebersberg', 'Barangay San Isidro', 'Comune di Prato', 'Upazila Ukhia', 'Gunung Merapi', 'Jebel Marra', 'Concelho de Sintra', 'Gyeonggi-do', 'Saitama-ken', 'Raion Cahul']) assert.ok(found.has(name), `${name}: ${[...found.keys()].join(' | ')}`);
});

test('a division\'s kind word in lower case before "of" or after the name ("the wilaya of", "upazila", "raion", "tehsil") makes it a place', () => {
  const found = places(`Storm report
4 March 2027

Officials said the wilaya of Aïn Kercha was calm. Dumri upazila reported floods. Soldanesti raion stayed dry. The Kharian tehsil was flooded. Officials said the voivodeship of Ruthenia was calm.`);
  for (const name of ['Aïn Kercha', 'Dumri', 'Soldanesti', 'Kharian', 'Ruthenia']) assert.ok(found.has(name), `${name}: ${[...found.keys()].join(' | ')}`);
});

test('the islands and towns of small states (Malta, the Bahamas, the Grenadines, Equatorial Guinea) are places with their country', () => {
  const found = places(`Ferry report
4 March 2027

Gozo waited for the ferry. Eleuthera lost power. Carriacou ran out of fuel. Bioko closed its port. Bequia welcomed the yachts. Barbuda rebuilt its school.`);
  const want: Record<string, string> = { Gozo: 'MT', Eleuthera: 'BS', Carriacou: 'GD', Bioko: 'GQ', Bequia: 'VC', Barbuda: 'AG' };
  for (const [name, code] of Object.entries(want)) assert.equal(found.get(name), code, `${name}: ${[...found.keys()].join(' | ')}`);
});

test('the best-known districts of the largest cities (Nairobi, Baghdad, Seoul, Lagos, Mumbai, Berlin) are places', () => {
  const found = places(`City report
4 March 2027

Kibera flooded again. Sadr City held a march. Gangnam raised its rents. Ajegunle lost power. Dharavi reopened its workshops. Neukölln opened a new school.`);
  const want: Record<string, string> = { Kibera: 'KE', 'Sadr City': 'IQ', Gangnam: 'KR', Ajegunle: 'NG', Dharavi: 'IN', Neukölln: 'DE' };
  for (const [name, code] of Object.entries(want)) assert.equal(found.get(name), code, `${name}: ${[...found.keys()].join(' | ')}`);
});

test('the regional cities of the United States, Canada and Australia are places with their country', () => {
  const found = places(`Freight report
4 March 2027

Chattanooga shipped more steel. Lethbridge sold its grain early. Wagga Wagga waited for rain. Shreveport built a new bridge. Kamloops lost a mill. Mount Isa mined more copper.`);
  const want: Record<string, string> = { Chattanooga: 'US', Lethbridge: 'CA', 'Wagga Wagga': 'AU', Shreveport: 'US', Kamloops: 'CA', 'Mount Isa': 'AU' };
  for (const [name, code] of Object.entries(want)) assert.equal(found.get(name), code, `${name}: ${[...found.keys()].join(' | ')}`);
});

test("a town's or region's name the text gives a person as surname is that person where it stands alone", () => {
  const x = extract(`Ferry inspections begin
4 March 2027

Esther Kigoma, the electoral commission chair, opened the inspections on Monday. "Every ferry will be weighed," Kigoma said. "Two vessels are held in port," Kigoma told reporters. Inspectors will travel to Tabora next week.`);
  const person = x.entities.find((e) => e.name === 'Esther Kigoma');
  assert.ok(person && person.kind === 'person', x.entities.map((e) => `${e.kind}:${e.name}`).join(' | '));
  const byKey = new Map(x.entities.map((e) => [e.key, e.name]));
  for (const frag of ['Every ferry will be weighed', 'Two vessels are held']) {
    const q = x.quotes.find((s) => s.text.includes(frag));
    assert.equal(q?.speaker ? byKey.get(q.speaker) : null, 'Esther Kigoma', frag);
  }
  assert.ok(x.entities.some((e) => e.kind === 'location' && e.name === 'Tabora'));
  assert.ok(!x.entities.some((e) => e.kind === 'location' && e.name === 'Kigoma'));
});
