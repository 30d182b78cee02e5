/**
 * Session 14 probes for people, organisations, groups and places on unseen text: each mechanism covers a class of
 * error seen in the first reading of fresh16; every probe is written for the test (invented names and wording, set in
 * another part of the world than the text it was learnt from) and failed on the extractor before its change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from './testing/probes.js';
import { RuleExtractor } from './rule-extractor.js';
import { readSource } from '../source/read.js';

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

test('a given name written short ("Md.", "Mohd.") does not end the sentence: the name after it is one person', () => {
  const text = `Port scandal
Karachi, 2 May 2027

Investigators said the former collector, Md. Tariqul Hasan Sheikh, had approved the cargo. The customs officer in Port Klang, Mohd. Azlan Ismail, said the containers were empty.`;
  const people = named(text, 'person');
  assert.ok(people.some((n) => n.endsWith('Tariqul Hasan Sheikh')), people.join(' | '));
  assert.ok(people.some((n) => n.endsWith('Azlan Ismail')), people.join(' | '));
  assert.ok(!people.some((n) => /^(?:Md|Mohd)\.?$/.test(n)), people.join(' | '));
});

test('Amharic styles before a name ("Weyzero", "Woizerit", "Ato" before a full name) are no part of it', () => {
  const text = `Market day in Harar
Harar, 9 June 2027

Weyzero Almaz Tesfaye sells coffee by the old gate. Her niece, Woizerit Selam Bekele, keeps the accounts. Ato Yonas Haile Mariam, who owns the trucks, said prices had doubled since March.`;
  const people = named(text, 'person');
  for (const n of ['Almaz Tesfaye', 'Selam Bekele', 'Yonas Haile Mariam']) assert.ok(people.includes(n), people.join(' | '));
  assert.ok(!extract(text).entities.some((e) => e.kind !== 'person' && /Almaz|Selam|Yonas/.test(e.name)), people.join(' | '));
});

test('a rank ending in "in Charge" ("Special Agent in Charge", "Officer-in-Charge") is a title before the name', () => {
  const text = `Raid on a warehouse
Nairobi, 2 May 2027

Officer-in-Charge Peter Mwangi Otieno said the raid was over. Special Agent in Charge Wanjiku Nyambura-Kiptoo, of the agency's Mombasa office, said six people were held.`;
  const x = extract(text);
  const people = named(text, 'person');
  for (const n of ['Peter Mwangi Otieno', 'Wanjiku Nyambura-Kiptoo']) assert.ok(people.includes(n), people.join(' | '));
  assert.ok(!x.entities.some((e) => /Charge/.test(e.name)), x.entities.map((e) => e.name).join(' | '));
});

test('a company\'s legal form of the Gulf or South Asia ("FZE", "WLL", "SAOG", "Pvt") makes a company, and "of <Place>" after it is its seat', () => {
  const text = `Tankers deregistered
Apia, 4 May 2027

The registry said four of the vessels were managed by Corvina Marine Services FZE of Sharjah, and two by Al Noor Trading WLL. Blue Reef Holdings SAOG and Kaveri Ocean Logistics Pvt did not reply.`;
  const x = extract(text);
  const orgs = named(text, 'organization');
  for (const n of ['Corvina Marine Services FZE', 'Al Noor Trading WLL', 'Blue Reef Holdings SAOG', 'Kaveri Ocean Logistics Pvt']) assert.ok(orgs.includes(n), orgs.join(' | '));
  assert.ok(named(text, 'location').includes('Sharjah'), x.entities.map((e) => `${e.kind}:${e.name}`).join(' | '));
  assert.ok(!x.entities.some((e) => e.kind === 'person'), x.entities.map((e) => `${e.kind}:${e.name}`).join(' | '));
});

test('"Washington, D.C." and "Washington DC" are one place, Washington', () => {
  const text = `Visa talks
Washington, D.C., 4 May 2027

Officials from Manila and Cebu met in Washington DC on Friday.`;
  const places = named(text, 'location');
  assert.ok(places.includes('Washington') && places.includes('Manila'), places.join(' | '));
  assert.ok(!places.some((n) => /^D\.?C\.?$|DC$/.test(n)), places.join(' | '));
});

test('a body named in Spanish, Portuguese or French keeps its own prepositions and articles ("a la", "en", "contra el", "à")', () => {
  const text = `Data breach at a clinic
Lima, 4 May 2027

The clinic notified the Agencia de Acceso a la Información Pública. Prosecutors of the Fiscalía Especializada contra el Crimen Organizado opened a case in Callao, and the Unidad de Investigación en Delitos Informáticos said it was working with the Comissão de Acesso à Informação in Lisbon.`;
  const orgs = named(text, 'organization');
  for (const n of ['Agencia de Acceso a la Información Pública', 'Fiscalía Especializada contra el Crimen Organizado', 'Unidad de Investigación en Delitos Informáticos', 'Comissão de Acesso à Informação']) assert.ok(orgs.includes(n), orgs.join(' | '));
  assert.ok(!orgs.includes('Agencia de Acceso') && !orgs.includes('Delitos Informáticos'), orgs.join(' | '));
});

/** A plain-text file read as a user's file is (its hard-wrapped lines joined), and what the extractor finds in it. */
async function extractFile(text: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'probe-')), 'release.txt');
  writeFileSync(file, text);
  return new RuleExtractor().extract(await readSource(file));
}

const RELEASE = `Fishing licences suspended
Apia, 3 May 2027

1. The Ministry of Agriculture and Fisheries announces that the licences of four longliners have been suspended after observers found shark fins on board.

2. The Ministry of Agriculture and Fisheries will publish the names of the four vessels and of their owners next week.

ENDS

Issued by: Media and Outreach Unit, Ministry of Agriculture and Fisheries
Contact: Sefo Tuilagi-Leota, Principal Media Officer, Apia
`;

test('the fields of a release\'s signature ("Issued by: …", "Contact: …") are lines of their own, not one wrapped sentence', async () => {
  const x = await extractFile(RELEASE);
  const orgs = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  assert.ok(orgs.includes('Ministry of Agriculture and Fisheries'), orgs.join(' | '));
  assert.ok(!orgs.some((n) => /Contact|Unit/.test(n)), orgs.join(' | '));
});

test('the press officer a release names on its contact line is no person the text is about', async () => {
  const x = await extractFile(RELEASE);
  const people = x.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  assert.ok(!people.includes('Sefo Tuilagi-Leota'), people.join(' | '));
  assert.ok(x.entities.some((e) => e.kind === 'location' && e.name === 'Apia'), x.entities.map((e) => e.name).join(' | '));
});

test('a dateline naming a town and its island or province ("Neiafu, Vava\'u, 3 May 2027") names two places', async () => {
  const x = await extractFile(`Tankers removed from the register
Neiafu, Vava'u, 3 May 2027

The ministry said that eleven tankers had been removed from the register and that none had called at a port of Tonga.
`);
  const places = x.entities.filter((e) => e.kind === 'location').map((e) => e.name);
  for (const p of ['Neiafu', "Vava'u"]) assert.ok(places.includes(p), x.entities.map((e) => `${e.kind}:${e.name}`).join(' | '));
});

test('nothing on a release\'s contact line is a person: the town after the officer\'s title stays a place', async () => {
  const x = await extractFile(`Ferry inspections stepped up
Apia, 8 June 2027

1. The Ministry of Works, Transport and Infrastructure announces that every ferry leaving Mulifanua will be inspected before it sails.

2. Passengers with questions may call the ministry's office in Salelologa.

ENDS

Issued by: Public Information Section, Ministry of Works, Transport and Infrastructure
Contact: Lagi Faleolo-Masoe, Senior Information Officer, Salelologa
`);
  const kind = (n: string) => x.entities.find((e) => e.name === n)?.kind;
  assert.equal(kind('Salelologa'), 'location', x.entities.map((e) => `${e.kind}:${e.name}`).join(' | '));
});

test('"for" after a known place opens no name with it ("flats in Nairobi for Ahmed\'s son")', () => {
  const text = `Property abroad
Mombasa, 3 May 2027

The company bought two flats in Nairobi for Ahmed's son and a house in Lisbon for Okello's daughter.`;
  const places = named(text, 'location');
  for (const p of ['Nairobi', 'Lisbon']) assert.ok(places.includes(p), places.join(' | '));
  assert.ok(!places.some((n) => / for /.test(n)), places.join(' | '));
});

test('"the X-Y border" of two known places that are not both countries names the two places ("Sindh-Balochistan boundary")', () => {
  const text = `Smuggling routes
Quetta, 3 May 2027

Fuel moves across the Sindh-Balochistan boundary and the Punjab-Khyber Pakhtunkhwa border at night, and across the Guinea-Bissau border by day.`;
  const places = named(text, 'location');
  for (const p of ['Sindh', 'Balochistan', 'Guinea-Bissau']) assert.ok(places.includes(p), places.join(' | '));
  assert.ok(!places.includes('Sindh-Balochistan'), places.join(' | '));
});

test('"known in <language> as the X" after a body gives the same body\'s name in that language, an alias', () => {
  const text = `Graft inquiry
Jakarta, 3 May 2027

The Corruption Eradication Commission (KPK), known in Indonesian as the Komisi Pemberantasan Korupsi, said it had frozen six accounts.`;
  const orgs = extract(text).entities.filter((e) => e.kind === 'organization');
  assert.equal(orgs.length, 1, orgs.map((e) => e.name).join(' | '));
  assert.ok(orgs[0].aliases.includes('Komisi Pemberantasan Korupsi'), JSON.stringify(orgs));
});

test('where a text names the police of two countries, "<demonym> police" is an alias of that country\'s force', () => {
  const text = `Cattle raid on the border
Busia, 3 May 2027

The Uganda Police Force said on Monday that it had arrested nine people. The Kenya Police Service said its officers had recovered 40 cattle. Kenyan police said the raiders had crossed at night, and Ugandan police said they had been armed.`;
  const orgs = extract(text).entities.filter((e) => e.kind === 'organization');
  const names = orgs.map((e) => e.name);
  assert.ok(!names.includes('Kenyan police') && !names.includes('Ugandan police'), names.join(' | '));
  assert.ok(orgs.find((e) => e.name === 'Kenya Police Service')?.aliases.includes('Kenyan police'), JSON.stringify(orgs.map((e) => [e.name, e.aliases])));
  assert.ok(orgs.find((e) => e.name === 'Uganda Police Force')?.aliases.includes('Ugandan police'), JSON.stringify(orgs.map((e) => [e.name, e.aliases])));
});

test('a chamber named in full and then by its head word alone ("the Senate") is that one body', () => {
  const text = `Chiefs reject fake videos
Port Vila, 3 May 2027

The Malvatumauri Senate said on Monday that no chief had called for a boycott. The minister said the Senate had been right to speak first.`;
  const orgs = extract(text).entities.filter((e) => e.kind === 'organization');
  assert.deepEqual(orgs.map((e) => e.name), ['Malvatumauri Senate'], JSON.stringify(orgs.map((e) => [e.name, e.aliases])));
});

test('names listed after "the provinces of", "the districts of" … are places, a saint\'s or a given name included', () => {
  const text = `Floods
Manila, 3 May 2027

Rain flooded rice fields in the provinces of Isabela, San Mateo and Nueva Vizcaya, and the towns of Santa Rosa and Jose Panganiban were cut off.`;
  const places = named(text, 'location');
  for (const p of ['Isabela', 'San Mateo', 'Nueva Vizcaya', 'Santa Rosa', 'Jose Panganiban']) assert.ok(places.includes(p), places.join(' | '));
  assert.deepEqual(named(text, 'person'), []);
});

test('a title\'s field of work before "for the <body>" is no part of the body\'s name ("Director of Field Operations for the Windsor District Office")', () => {
  const text = `Hearing on border inspections
Ottawa, 3 May 2027

Mr. Liam Thibodeau-Grant, Director of Field Operations for the Windsor District Office, testified that inspections were rare.`;
  const orgs = named(text, 'organization');
  assert.ok(orgs.includes('Windsor District Office'), orgs.join(' | '));
  assert.ok(!orgs.some((n) => n.startsWith('Field Operations')), orgs.join(' | '));
});

test('the United States\' federal border and immigration agencies are known bodies, their "and" inside their names', () => {
  const text = `Guns seized at the border
El Paso, 3 May 2027

U.S. Customs and Border Protection said it had seized 40 rifles at the Ysleta crossing, and U.S. Immigration and Customs Enforcement said six people had been held.`;
  const orgs = named(text, 'organization');
  for (const n of ['U.S. Customs and Border Protection', 'U.S. Immigration and Customs Enforcement']) assert.ok(orgs.includes(n), orgs.join(' | '));
  assert.ok(!orgs.includes('U.S. Customs') && !orgs.includes('Border Protection'), orgs.join(' | '));
});

test('"Subcommittee" heads a body as "Committee" does, also after its parent\'s possessive', () => {
  const text = `Fisheries inquiry
Canberra, 3 May 2027

On 4 May the Joint Committee on Foreign Affairs's Subcommittee on Maritime Security and Fisheries (the Subcommittee) opened an inquiry into illegal fishing near Christmas Island.`;
  const x = extract(text);
  const orgs = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  assert.ok(orgs.includes('Subcommittee on Maritime Security and Fisheries'), orgs.join(' | '));
  assert.ok(!x.entities.some((e) => e.kind === 'person'), x.entities.map((e) => `${e.kind}:${e.name}`).join(' | '));
});

test('a body named in capitals on a letterhead keeps its initials in capitals ("U.S. DEPARTMENT OF AGRICULTURE")', () => {
  const orgs = named(`U.S. DEPARTMENT OF AGRICULTURE
FOREST SERVICE

Wildfire season report

The report covers the fires in Oregon and Idaho. The Department says the season began early.`, 'organization');
  assert.ok(orgs.includes('U.S. Department of Agriculture'), orgs.join(' | '));
  assert.ok(!orgs.some((n) => n.includes('U.s.')), orgs.join(' | '));
});

test('a lower-case ministry of a region or territory with ministries of its own ("Sarawak\'s finance ministry") is a body', () => {
  const text = `Pepper smuggling
Kuching, 3 May 2027

Sarawak's finance ministry says it collects duties on every shipment of pepper. Traders say most of the crop leaves by barge for Pontianak.`;
  const orgs = named(text, 'organization');
  assert.ok(orgs.includes("Sarawak's finance ministry"), orgs.join(' | '));
});

test('a region\'s name said of a person ("She is Afar, married to …") is the people, no place', () => {
  const text = `Salt caravans
Mekele, 3 May 2027

Halima Ahmed drives camels from the salt flats to Mekele. She is Afar, married to a trader from Tigray. He is Amhara by birth and grew up in Gondar.`;
  const places = named(text, 'location');
  for (const p of ['Mekele', 'Tigray', 'Gondar']) assert.ok(places.includes(p), places.join(' | '));
  assert.ok(!places.includes('Afar') && !places.includes('Amhara'), places.join(' | '));
});

test('a town a unit is named after, used as a place at the start of a sentence ("In Kurmuk, … the Kurmuk Station"), stays a place', () => {
  const text = `Gold on the border
Khartoum, 3 May 2027

The Sudan Customs Authority says gold worth millions was seized last year. In Kurmuk, the head of the Authority's Kurmuk Station, Osman Adam Yahya, shows me the scales.`;
  const x = extract(text);
  const place = x.entities.find((e) => e.name === 'Kurmuk');
  assert.equal(place?.kind, 'location', x.entities.map((e) => `${e.kind}:${e.name}:${e.aliases.join('/')}`).join(' | '));
});

test('a port\'s "Custom House" ("the Kolkata Custom House") is a body', () => {
  const text = `Customs fraud
Kolkata, 3 May 2027

Containers declared as printing machinery at the Kolkata Custom House held bales of cloth.`;
  assert.ok(named(text, 'organization').includes('Kolkata Custom House'), extract(text).entities.map((e) => `${e.kind}:${e.name}`).join(' | '));
});

test('Dutch and Flemish names with an elided article ("\'s-Gravenwezel", "Wim \'t Kindt") are one name each', () => {
  const text = `Drug waste in the woods
Antwerp, 3 May 2027

Barrels of drug waste were dumped near 's-Gravenwezel. The local councillor, Wim 't Kindt, said farmers had found them. Police in 's-Herenelderen opened an inquiry.`;
  const x = extract(text);
  const people = named(text, 'person');
  const places = named(text, 'location');
  assert.ok(people.includes("Wim 't Kindt"), x.entities.map((e) => `${e.kind}:${e.name}`).join(' | '));
  assert.ok(!people.includes('Wim'), people.join(' | '));
  for (const p of ["'s-Gravenwezel", "'s-Herenelderen"]) assert.ok(places.includes(p), places.join(' | '));
});

test('a country\'s lower-case ministry that "did not reply" or "could not be reached" is a body, as one that speaks is', () => {
  const text = `Lithium convoy attacked
Potosí, 3 May 2027

Gunmen stopped six lithium trucks near Uyuni on Sunday. The Bolivian interior ministry did not reply to questions, and Chile's defence ministry could not be reached for comment.`;
  const orgs = named(text, 'organization');
  for (const n of ['Bolivian interior ministry', "Chile's defence ministry"]) assert.ok(orgs.includes(n), orgs.join(' | '));
});

test('a lower-case ministry that a demand is made of ("urged the home ministry to …") is a body', () => {
  const text = `Passport fraud at the airport
Kathmandu, 3 May 2027

An opposition lawmaker urged the home ministry to audit every passport issued at the airport office since 2024.`;
  assert.ok(named(text, 'organization').includes('home ministry'), extract(text).entities.map((e) => `${e.kind}:${e.name}`).join(' | '));
});

test('a newspaper titled in a Romance language ("Le Journal de Kribi", "El Diario del Sur") is a body, not a place or a person', () => {
  const text = `Press conference on the port strike
Douala, 3 May 2027

MODERATOR: Next question. Aline Ngo Bassa, Le Journal de Kribi.

NGO BASSA: The strike began on Monday, as El Diario del Sur reported.`;
  const orgs = named(text, 'organization');
  for (const n of ['Le Journal de Kribi', 'El Diario del Sur']) assert.ok(orgs.includes(n), extract(text).entities.map((e) => `${e.kind}:${e.name}`).join(' | '));
});

test('a name given to a cluster or set of operators ("we have named this set of operators X") is a group', () => {
  const text = `Fake accounts before the vote
Port Moresby, 3 May 2027

The agency has identified 200 accounts that amplified the posts. We have named this set of operators Black Lagoon, and researchers call the cluster Grey Heron.`;
  const groups = named(text, 'group');
  for (const n of ['Black Lagoon', 'Grey Heron']) assert.ok(groups.includes(n), extract(text).entities.map((e) => `${e.kind}:${e.name}`).join(' | '));
});

test('"Co-operative" (and "Co-op", "Co-operatives") ends a body\'s name as "Cooperative" does', () => {
  const text = `Ransomware at a tea grower
Kericho, 3 May 2027

On 2 May the payment systems of Chebown Tea Growers Co-operative, a farmer-owned society with 900 members, were encrypted.`;
  assert.ok(named(text, 'organization').includes('Chebown Tea Growers Co-operative'), extract(text).entities.map((e) => `${e.kind}:${e.name}`).join(' | '));
  assert.deepEqual(named(text, 'person'), []);
});
