/**
 * Session 15 probes for people and places on unseen text: each mechanism covers a class of error seen in the first
 * readings of at least two writers' texts (fresh22, fresh23 and the older fresh15 … fresh20); every probe is written
 * for the test (invented wording, set in another part of the world than the texts it was learnt from) and failed on
 * the extractor before its change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, speakers } from './testing/probes.js';

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

test('a chair\'s or presenter\'s style of address ("Madam Rampersad", "Senhora Albuquerque", "Dr.ª Vasconcelos") is no part of the name: the person named in full', () => {
  const x = extract(`Port crime on air
Recife, 4 March 2027

Panel: Dr.ª Beatriz Vasconcelos, prosecutor; Lúcia Albuquerque, Jornal do Porto; Anjali Rampersad, lawyer.

HOST: Dr.ª Vasconcelos, how many cases are open?

VASCONCELOS: Forty-two, most of them in the container terminal.

HOST: Senhora Albuquerque.

ALBUQUERQUE: The dockers told me that the scanners were switched off for weeks.

HOST: Madam Rampersad, a last word.

RAMPERSAD: The law is clear. Nobody enforces it.`);
  const people = x.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  for (const n of ['Beatriz Vasconcelos', 'Lúcia Albuquerque', 'Anjali Rampersad']) assert.ok(people.includes(n), people.join(' | '));
  assert.ok(!people.some((n) => /^(?:Madam|Senhora|Dr\.ª) /.test(n)), people.join(' | '));
});

test('a name runs on through a patronymic connector ("Suresh s/o Pillai", "Kavitha a/p Ramasamy") and a surname with its particle written solid in lower case ("Renata deSouza-Lima")', () => {
  const x = extract(`Shipping fraud trial
Manchester, 4 March 2027

A marine engineer, Mr Suresh s/o Pillai, told the court that "the tanks were fitted at night". His former colleague, Ms Kavitha a/p Ramasamy, said that 14 invoices had been altered. Councillor Renata deSouza-Lima asked why the port had not been warned.`);
  const people = x.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  for (const n of ['Suresh s/o Pillai', 'Kavitha a/p Ramasamy', 'Renata deSouza-Lima']) assert.ok(people.includes(n), people.join(' | '));
});

test('a compass point and a continent\'s demonym before a common noun ("South American ports", "East Asian front companies") is neither a person nor a place', () => {
  const x = extract(`Precursor chemicals seized
Valparaíso, 4 March 2027

Customs said the chemicals had been shipped through East Asian front companies and that the same network had used two South American ports since 2025.`);
  const names = x.entities.filter((e) => e.kind === 'person' || e.kind === 'location').map((e) => e.name);
  for (const n of ['East Asian', 'South American']) assert.ok(!names.includes(n), names.join(' | '));
});

test('a name joined by "and" to a name the text places with a single weak cue ("from Pichari" … "the brokers of Pichari and Kimbiri") is a place', () => {
  const l = places(`Coca brokers charged
Cusco, 4 March 2027

One of the growers, a man of 40 from Pichari, said he had sold leaf for six years. Prosecutors said the brokers of Pichari and Kimbiri had paid officers at the checkpoint every month.`).map((e) => e.name);
  for (const n of ['Pichari', 'Kimbiri']) assert.ok(l.includes(n), l.join(' | '));
});

test('a name opening with the word for a kind of place in its own language ("Ponta Vermelha", "Praia Lunga", "Lagoa Seca") is a place', () => {
  const l = places(`Fishing licences sold twice
Luanda, 4 March 2027

The inspectors made a site visit to Ponta Vermelha and Praia Lunga in October. In Lagoa Seca, a small town whose fishing co-operatives own most of the boats, the licences were sold twice.`).map((e) => e.name);
  for (const n of ['Ponta Vermelha', 'Praia Lunga', 'Lagoa Seca']) assert.ok(l.includes(n), l.join(' | '));
});

test('where people or goods are flown, shipped or smuggled to ("flown home to Villa Tunari", "across the border to Chuy Caliente") is a place', () => {
  const l = places(`Migrants sent home
La Paz, 4 March 2027

The eleven men were flown home to Villa Tunari on Friday. Police said the fuel they had guarded was smuggled across the border to Chuy Caliente, where it sells for twice the price.`).map((e) => e.name);
  for (const n of ['Villa Tunari', 'Chuy Caliente']) assert.ok(l.includes(n), l.join(' | '));
});

test('a full name whose last word ends as surnames do in the Balkans, Greece, the Caucasus or Central Asia ("Lefteris Manolakis", "Tihana Jovanović") is a person', () => {
  const x = extract(`Cigarette boats on the Aegean
Thessaloniki, 4 March 2027

In a shed near the harbour, Lefteris Manolakis pulls a tarpaulin off a boat that was seized in June. The ring was led by Tihana Jovanović, a 41-year-old resident of the port, prosecutors said.`);
  const people = x.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  for (const n of ['Lefteris Manolakis', 'Tihana Jovanović']) assert.ok(people.includes(n), people.join(' | '));
});

test('a month cut short in a dateline ("QUITO, Oct. 3 -"), a reference label ("Ref. 4/2027") and a closing greeting ("Goodbye, Quito.") are no places', () => {
  const dated = places(`Shrimp exporter fined
QUITO, Oct. 3 - Ecuador's customs service fined a shrimp exporter on Friday for false invoices.`).map((e) => e.name);
  assert.ok(!dated.includes('Oct.'), dated.join(' | '));
  const bare = places(`Trawler held off Salinas
GUAYAQUIL, Ecuador, Nov 2 - The navy stopped a trawler off Salinas on Sunday.`).map((e) => e.name);
  assert.ok(!bare.includes('Oct') && !bare.includes('Nov'), bare.join(' | '));
  const letter = places(`MINISTRY OF PRODUCTION
Guayaquil, 3 October 2027
Ref. 4/2027

The Ministry informs exporters that the new rules apply from Monday.`).map((e) => e.name);
  assert.ok(!letter.includes('Ref'), letter.join(' | '));
  const show = places(`Fishing on air
Quito, 3 October 2027

HOST: Thank you both. That was Mar Abierto on Radio Pichincha. Goodbye, Quito.`).map((e) => e.name);
  assert.ok(!show.includes('Goodbye'), show.join(' | '));
});

test('a style before an office alone ("Madam Speaker", "Mr Chairman", "Senhor Presidente") addresses its holder and names no one', () => {
  const x = extract(`Debate on the fishing licences
Port Moresby, 4 March 2027

Madam Speaker, I rise to ask why the boats were released. Mr Chairman, the committee has not met since June. Senhor Presidente, the vote is open.`);
  const people = x.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  assert.deepEqual(people, []);
});

test('a full name, particles aside, that the next sentence goes on about as "she" or "he" or quotes ("… behind Albertina dos Anjos Kapinga\'s stall. “…,” she says.") is a person, and the words quoted after "he says" are his', () => {
  const x = extract(`The fuel sellers of Benguela
Feature, 4 March 2027

BENGUELA, Angola - The bottles are lined up behind Albertina dos Anjos Kapinga's stall, green ones for petrol and brown ones for diesel.

"The pumps close at noon and we never do," she says.

Domingos de Almeida Tchivinda runs the drivers' association in the lower town. "Nobody here chose this work," he says.`);
  const people = x.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  for (const n of ['Albertina dos Anjos Kapinga', 'Domingos de Almeida Tchivinda']) assert.ok(people.includes(n), people.join(' | '));
  assert.equal(speakers(x)('Nobody here chose this work'), 'Domingos de Almeida Tchivinda');
});
