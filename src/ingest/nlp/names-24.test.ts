/**
 * Session 15, second round: probes for people and places on unseen text. Each mechanism covers a class of error seen
 * in the texts of at least two writers (fresh24 and fresh22, fresh23 or the older fresh13 … fresh20); every probe is
 * written for the test (invented wording, set in another part of the world than the texts it was learnt from) and
 * failed on the extractor before its change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './testing/probes.js';

const people = (text: string) => extract(text).entities.filter((e) => e.kind === 'person').map((e) => e.name);

test('the chair who signs a committee\'s report, and the capitalised words of the office line under the name, are no one the report is about', () => {
  const signed = people(`Report of the Standing Committee on Fisheries
Suva, 4 March 2027

1. The Committee heard evidence from the Ministry of Fisheries and from Ms Litia Vakaloloma, a boat owner in Labasa.

2. The Committee recommends that the Ministry publish its licences every quarter.

Signed:
Hon. Epeli Tuivanuavou-Ratu, MP
Chairperson, Standing Committee on Fisheries
`);
  assert.ok(signed.includes('Litia Vakaloloma'), signed.join(' | '));
  assert.ok(!signed.some((n) => n.includes('Tuivanuavou')), signed.join(' | '));
  const office = people(`Report on timber exports
Ottawa, 4 March 2027

1. The Committee took evidence from the Canada Border Services Agency and from Mr Daniel Whitehorse, a mill owner.

2. The Committee recommends that the Agency report to it within six months.

Marie-Claude Bergeron-Lavoie
Chair, Natural Resources, Forestry and Energy Committee
`);
  assert.ok(office.includes('Daniel Whitehorse'), office.join(' | '));
  for (const n of ['Natural Resources', 'Marie-Claude Bergeron-Lavoie']) assert.ok(!office.includes(n), office.join(' | '));
});

test('a doctor\'s, a lawyer\'s or a Brunei Malay style before a name ("Dra. Inés Paredes", "Dottoressa Della Valle", "Dayang Siti Aminah") is no name, nor part of one', () => {
  const x = extract(`Timber fraud in two countries
Mendoza, 4 March 2027

4. The Minister of Justice, Dra. Inés Paredes Luján, said: "The invoices were false from the first page."

5. In Lugano, the cantonal prosecutor Chiara Della Valle told reporters the accounts were closed. Asked about the bank, Dottoressa Della Valle said: "We will not name it."

6. QUESTION (Radio Ticino): Dottoressa Della Valle, was the bank told?

"The logs were cut in Sarawak and sold twice," said Dayang Siti Aminah Haji Bujang, an analyst in Kuching.`);
  const names = x.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  for (const n of ['Inés Paredes Luján', 'Chiara Della Valle', 'Siti Aminah Haji Bujang']) assert.ok(names.includes(n), names.join(' | '));
  for (const n of ['Dra', 'Dottoressa Della Valle']) assert.ok(!names.includes(n), names.join(' | '));
  assert.equal(names.length, 3, names.join(' | '));
});

test('a name before a lower-case "lake", "customs post", "border post" or "checkpoint" is a place ("the Chuncara customs post", "above Huaylloma lake")', () => {
  const l = extract(`Coca paste seized
La Paz, 4 March 2027

Officers at the Chuncara customs post found 40 kilograms of coca paste in a bus on Sunday. The driver told them he had loaded it by the road above Huaylloma lake. A second bus was stopped at the Tiquimani checkpoint.`).entities.filter((e) => e.kind === 'location').map((e) => e.name);
  for (const n of ['Chuncara', 'Huaylloma', 'Tiquimani']) assert.ok(l.includes(n), l.join(' | '));
});

test('a name after "at" where a border is crossed or in a yard ("crossed into Zambia at Chilumbe", "the yard at Nakatindi") is a place', () => {
  const l = extract(`Copper thieves charged
Lubumbashi, 4 March 2027

Police said the trucks had crossed into Zambia at Chilumbe in September. Customs officers found the copper after the wagons had stood in the yard at Nakatindi for a week.`).entities.filter((e) => e.kind === 'location').map((e) => e.name);
  for (const n of ['Chilumbe', 'Nakatindi']) assert.ok(l.includes(n), l.join(' | '));
});

test('the places of a plural noun for ports, towns or villages ("the small ports of Quillca and Tamboyo", "the marsh towns of the Rimaco") are places', () => {
  const l = extract(`Fuel smugglers move south
Lima, 4 March 2027

Fishermen say the route from the north to the small ports of Quillca and Tamboyo has replaced the old road. The army said it had sent two more companies around the marsh towns of the Rimaco.`).entities.filter((e) => e.kind === 'location').map((e) => e.name);
  for (const n of ['Quillca', 'Tamboyo', 'Rimaco']) assert.ok(l.includes(n), l.join(' | '));
});

test('a Welsh patronymic particle ("ap", "ab", "ferch") is part of the name, not where it ends', () => {
  const x = extract(`Wool thieves charged
Trelew, 4 March 2027

Sergeant Rhodri ab Owain of the Chubut Police described a ring that had stolen wool from six farms. Ms Nia ferch Dafydd, who farms near Gaiman, said: "They came at night." A shearer, Eluned ap Hywel, said the thieves knew the farms well.`);
  const names = x.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  for (const n of ['Rhodri ab Owain', 'Nia ferch Dafydd', 'Eluned ap Hywel']) assert.ok(names.includes(n), names.join(' | '));
  assert.ok(!x.entities.some((e) => e.kind === 'organization' && e.name.startsWith('Owain')), names.join(' | '));
});

test('"Dayang" and "Awang" before a single word are given names, not styles ("said Dayang Nurfaizah")', () => {
  const names = people(`Boats at night
Kuching, 4 March 2027

Awang Selamat, a fisherman, said the boats came at night. "We saw them," said Dayang Nurfaizah.`);
  for (const n of ['Awang Selamat', 'Dayang Nurfaizah']) assert.ok(names.includes(n), names.join(' | '));
});

test('a short name the text calls a division or a town is a place of its own, not a short form of a longer name ("the province of Laurel" beside "Puerto Laurel", "residents of Tambuli" beside "Tambuli Island")', () => {
  const l = extract(`Fuel smugglers held
Manila, 4 March 2027

Police said the fuel was first found during raids on a gang in the province of Laurel. Nine men were arrested at their homes in Puerto Laurel on Monday.

Residents of Tambuli received false messages telling them to leave. In two villages on Tambuli Island, half of the residents left their homes in the night.`).entities.filter((e) => e.kind === 'location').map((e) => e.name);
  for (const n of ['Laurel', 'Puerto Laurel', 'Tambuli', 'Tambuli Island']) assert.ok(l.includes(n), l.join(' | '));
});

test('the capitalised subjects listed in a portfolio\'s or a committee\'s name ("Minister of Lands, Survey, Mines and Energy", "Chair, Wildlife Crime, Forestry and Infrastructure Committee") are no one\'s name', () => {
  const names = people(`Mining licences suspended
Georgetown, 4 March 2027

The Minister of Lands, Survey, Mines and Energy, Dr Ana Mendes, said nine licences had been suspended.

Mr Ravi Persaud, Chair, Wildlife Crime, Forestry and Infrastructure Committee, told reporters the committee would meet on Friday.`);
  for (const n of ['Ana Mendes', 'Ravi Persaud']) assert.ok(names.includes(n), names.join(' | '));
  for (const n of ['Survey', 'Wildlife Crime']) assert.ok(!names.includes(n), names.join(' | '));
});
