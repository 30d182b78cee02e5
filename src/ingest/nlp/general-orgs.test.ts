/**
 * Session 11 probes for general organisation mechanisms: each phenomenon was counted in the first readings of at
 * least two unseen sets, and each probe is written for the test (invented names and wording, taken from no set).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, kinds, speakers as speakersOf } from './testing/probes.js';

const orgs = (text: string) => extract(text).entities.filter((e) => e.kind === 'organization').map((e) => e.name);

test('"Office of X and Y": one word after "and" with no article ends the subject of a body\'s "of", even a word that heads bodies', () => {
  const o = orgs(`Fuel fraud
Goma, 14 March 2027

The Office of Financial Investigation and Prosecution has opened a case against two traders, officials said.

Staff of the Bureau of Coastal Safety and Security inspected the jetty on Monday.`);
  assert.ok(o.includes('Office of Financial Investigation and Prosecution'), o.join(' | '));
  assert.ok(o.includes('Bureau of Coastal Safety and Security'), o.join(' | '));
  assert.ok(!o.includes('Office of Financial Investigation'), o.join(' | '));
});

test('"Ministry of X and NATO", "Ministry of X and Kenya": an acronym or a place after "and" is no part of the name', () => {
  const x = extract(`Drills
Nairobi, 2 May 2027

The exercise was planned by the Ministry of Defence and NATO, a spokesman said. Funding came from the Department of Trade and Kenya.`);
  const o = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  assert.ok(o.includes('Ministry of Defence'), o.join(' | '));
  assert.ok(!o.includes('Department of Trade and Kenya'), o.join(' | '));
});

test('"the Institute of X of the University of Y": a unit named with the body it belongs to is one name (labelling guide, decided in session 13), the body a name of its own where the text names it alone', () => {
  const o = orgs(`Lake study
Bukavu, 5 May 2027

Researchers at the Centre for Great Lakes Studies of the University of Lorvane said fish stocks had halved. A lecturer at the School of Fisheries of the Kivu Polytechnic Institute agreed. The Kivu Polytechnic Institute will publish the survey.`);
  assert.ok(o.includes('Centre for Great Lakes Studies of the University of Lorvane'), o.join(' | '));
  assert.ok(o.includes('School of Fisheries of the Kivu Polytechnic Institute'), o.join(' | '));
  assert.ok(o.includes('Kivu Polytechnic Institute'), o.join(' | '));
});

test('"Ministry of Foreign Affairs of the Republic of X", "Office of the High Commissioner": an owner with no head, or a first "of", keeps the name whole', () => {
  const o = orgs(`Visit
Seoul, 5 May 2027

The Ministry of Foreign Affairs of the Republic of Korea said the visit would go ahead. The Office of the High Commissioner for Human Rights welcomed it.`);
  assert.ok(o.includes('Ministry of Foreign Affairs of the Republic of Korea'), o.join(' | '));
  assert.ok(o.includes('Office of the High Commissioner for Human Rights'), o.join(' | '));
});

test('an acronym the text defines after a body\'s name is that body wherever it is written, even one spelling a place', () => {
  const x = extract(`Ferry inquiry
Dodoma, 20 May 2027

The committee said the Surface and Marine Transport Regulatory Authority (SUMATRA) had failed in its duty. The Director General told members that SUMATRA had only eleven inspectors.`);
  assert.equal(kinds(x)('SUMATRA'), 'organization');
  assert.equal(x.entities.filter((e) => e.kind === 'location' && e.name !== 'Dodoma').length, 0);
});

test('a law named "X Act" is no body, even after a word that ends companies\' names', () => {
  const o = orgs(`Ferry law
Dodoma, 20 May 2027

The Merchant Shipping Act requires a yearly inspection, the committee was told. The Aviation Energy Act does not apply to ferries.`);
  assert.deepEqual(o, []);
});

test('a summit, conference or symposium is a meeting wherever it is named, not only where one goes', () => {
  const o = orgs(`Strike
Mombasa, 11 July 2027

The East Africa Logistics Summit, due to open on Friday, was postponed. The Coastal Shipping Conference said nothing. The Kenya Ports Week and the Lamu Mining Indaba were cancelled. The Ports Authority said it would reopen the gates.`);
  assert.ok(!o.includes('East Africa Logistics Summit'), o.join(' | '));
  assert.ok(!o.includes('Coastal Shipping Conference'), o.join(' | '));
  assert.ok(!o.includes('Kenya Ports Week') && !o.includes('Lamu Mining Indaba'), o.join(' | '));
});

test('a one-word name that does what bodies do is a body: a statement, an advisory, "reported that", a spokesman, "was called in", "employs", "its", shares, "joined X in 2019"', () => {
  const o = orgs(`Tailings spill
Kitwe, 4 September 2027

A tailings dam burst on Saturday, sending acid into the river. Dravello said in a statement that the leak had been contained. Quenmark reported on Monday that fish had died along 40 kilometres of the river.

Pellisar published an advisory on the contaminated wells. Ostrava Holdings owns the mine; Ostrava was called in to manage the clean-up. Venkor's spokesman said the firm had stopped buying copper.

Farrowgate employs 4,000 people at the smelter. Ulmbrook suspended its purchases of ore. Shares in Tarniq fell 12 percent. Joseph Phiri, who joined Castelby in 2019, said the dam had cracks.`);
  for (const n of ['Dravello', 'Quenmark', 'Pellisar', 'Ostrava Holdings', 'Venkor', 'Farrowgate', 'Ulmbrook', 'Tarniq', 'Castelby']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(!o.includes('Ostrava'), o.join(' | '));
});

test('a surname alone, a place left behind and a tool in capitals are no bodies for what they do', () => {
  const x = extract(`Tankers
Kotka, 4 September 2027

Captain Marja Lindroos said in a statement that the crew was safe. Lindroos reported on Monday that the engine had failed.

Forty tankers leaving Kotka in 2026 were older than twenty years. The intruders deployed a loader we call GRAYSPOOL. GRAYSPOOL fetched its second stage from a server.`);
  const o = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  assert.deepEqual(o, []);
  assert.equal(kinds(x)('Lindroos'), 'person');
});

test('a title with its own "of" or "for", then a name: the name is a person, and the body after the title\'s last "of the" is a body', () => {
  const x = extract(`Raid
Mzuzu, 4 May 2027

The lake was polluted last week, officials said. Director of Operations of the Malawi Police Service Thoko Nyirenda said the raid was planned. Principal Secretary for Water Development Chisomo Banda agreed.

Chief of Staff of the Malawi Defence Force Yamikani Phiri said soldiers had helped. Head of Mission Ruth Kachale said the observers had seen the raid.`);
  const k = kinds(x);
  for (const p of ['Thoko Nyirenda', 'Chisomo Banda', 'Yamikani Phiri', 'Ruth Kachale']) assert.equal(k(p), 'person', p);
  assert.equal(k('Malawi Police Service'), 'organization');
  assert.equal(k('Malawi Defence Force'), 'organization');
  const o = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  assert.ok(!o.some((n) => /^Operations|^Staff|Mission/.test(n)), o.join(' | '));
});

test('"The Governor of the Bank of X, Name," is the bank, not the country alone; "X police" is not another country\'s police force', () => {
  const x = extract(`Cash
Lilongwe, 4 May 2027

The Governor of the Bank of Malawi, Wezi Mhango, said the notes were fake. Investigators of the Malawi Police Service said Zambian police had arrested two couriers.`);
  const o = x.entities.filter((e) => e.kind === 'organization');
  assert.ok(o.some((e) => e.name === 'Bank of Malawi'), o.map((e) => e.name).join(' | '));
  assert.ok(!o.some((e) => e.name === 'Malawi Police Service' && e.aliases.includes('Zambian police')), o.map((e) => `${e.name} [${e.aliases.join('; ')}]`).join(' | '));
});

test('a level of government named in lower case with the place it governs is a body and speaks ("the provincial government of X said")', () => {
  const x = extract(`Patrols
Bukavu, 4 May 2027

The provincial government of South Kivu said on Monday it would ask Kinshasa for two patrol boats. According to the municipal council of Uvira, the port was closed.`);
  const k = kinds(x);
  assert.equal(k('provincial government of South Kivu'), 'organization');
  assert.equal(k('municipal council of Uvira'), 'organization');
  assert.equal(speakersOf(x)('it would ask Kinshasa for two patrol boats'), 'provincial government of South Kivu');
});

test('a one-word name told something is an outlet, not a person the text names or "MPs"; "a local NGO" names no body', () => {
  const x = extract(`Cables
Tartu, 4 May 2027

Kaja Rebane, who heads the port, told Vooremaalane that the cable had been cut. Tiit Saarmets told Jaan Kuusik that he had seen it. Her deputy told Lõunaleht on Monday that divers had found an anchor. The minister told MPs that the navy would patrol the bay. Rebane told the committee nothing new.

Baltic Sea Watch, a local NGO, said the anchor belonged to a tanker. Merisilm, the Estonian NGO, agreed.`);
  const o = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  assert.ok(o.includes('Vooremaalane'), o.join(' | '));
  assert.ok(!o.includes('Jaan Kuusik'), o.join(' | '));
  assert.ok(o.includes('Lõunaleht'), o.join(' | '));
  assert.ok(!o.includes('MPs') && !o.includes('NGO') && !o.includes('Estonian NGO'), o.join(' | '));
  assert.equal(kinds(x)('Rebane'), 'person');
});

test('a heading word on the line before is no given name: a short name under "## Recommendations" still does what bodies do', () => {
  const x = extract(`Intrusion report

The terminal was hit on 14 November. Harrowgate was engaged on 16 November.

Recommendations

Harrowgate recommends that operators rotate their passwords.`);
  assert.equal(kinds(x)('Harrowgate'), 'organization');
});

test('a body named in capitals on a line of its own (a letterhead, a report\'s heading) is a body, and "the Committee" under it is the issuer', () => {
  const x = extract(`REPORT OF THE STANDING COMMITTEE ON LAKES AND INLAND WATERWAYS ON THE COLLAPSE OF THE TILAPIA FISHERY

Lilongwe, 3 March 2027

1. The Committee heard the Joint Fisheries Committee (JFC) on 2 February.

2. The Committee recommends that the Ministry publish every licence.`);
  assert.equal(kinds(x)('Standing Committee on Lakes and Inland Waterways'), 'organization');
  assert.equal(speakersOf(x)('the Ministry publish every licence'), 'Standing Committee on Lakes and Inland Waterways');
});

test('"the University of X\'s Institute of Y" is two bodies; a cooperative, a non-profit or a hotline in apposition is a body', () => {
  const o = orgs(`Sugar
Kisumu, 7 April 2027

Researchers at the University of Kisumu's Institute of Cane Science found mercury. Nyando Cane Growers, a cooperative of 4,000 farmers, said prices had collapsed. Sauti Line, a hotline run by volunteers, said it had taken 300 calls.`);
  for (const n of ['University of Kisumu', 'Institute of Cane Science', 'Nyando Cane Growers', 'Sauti Line']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('"X Division and the Ministry of A, B and C": a body before "and the" stays its own when the other\'s subject is a list; "Save the X Trust" is one name', () => {
  const o = orgs(`Horns
Windhoek, 18 May 2027

Officers of the Wildlife Crimes Unit and the Ministry of Lands, Water and Rural Development arrested four men. Save the Pangolin Trust said in a statement that poaching had fallen.`);
  for (const n of ['Wildlife Crimes Unit', 'Ministry of Lands, Water and Rural Development', 'Save the Pangolin Trust']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('"Department of X and Y Services" is one body; "Department of X in the Ministry of Y" is two; "Secretariat of State in the Z Office" stays one', () => {
  const o = orgs(`Border
Lusaka, 4 May 2027

The Department of Immigration and Border Services said the crossing was closed. The Department of Water Affairs in the Ministry of Energy said the pumps were working. The Secretariat of State in the Planning Office said nothing.`);
  for (const n of ['Department of Immigration and Border Services', 'Department of Water Affairs', 'Ministry of Energy', 'Secretariat of State in the Planning Office']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('a country\'s body named in lower case with any common portfolio ("mines", "wildlife department") speaks, also after a relative clause', () => {
  const x = extract(`Carcasses
Gaborone, 4 May 2027

Botswana's wildlife department said rangers had found the carcasses. Namibia's mines ministry, which licenses the dealers, said it was investigating.`);
  const k = kinds(x);
  assert.equal(k("Botswana's wildlife department"), 'organization');
  assert.equal(k("Namibia's mines ministry"), 'organization');
  assert.equal(speakersOf(x)('it was investigating'), "Namibia's mines ministry");
});

test('a producer named with its industry\'s plural last ("Copper Mines", "Sugar Mills") is a company, and its first word alone is its short name', () => {
  const x = extract(`Output
Ndola, 4 May 2027

Chambishi Copper Mines said output fell in March. Chambishi said the dam was safe. Kasama Sugar Mills said cane prices had doubled.`);
  const k = kinds(x);
  assert.equal(k('Chambishi Copper Mines'), 'organization');
  assert.equal(k('Chambishi'), 'organization');
  assert.equal(k('Kasama Sugar Mills'), 'organization');
});

test('a name of two or three words that employs, operates or exports, or has a parent company or a press office, is a body', () => {
  const x = extract(`Port
Walvis Bay, 4 May 2027

Terminais Kavango employs 600 people at the port. Sentinel Okavango Guarding operates 40 guard posts. Tamarind Bridge's parent company said nothing. Grace Phiri employs three people at her stall.`);
  const k = kinds(x);
  for (const n of ['Terminais Kavango', 'Sentinel Okavango Guarding', 'Tamarind Bridge']) assert.equal(k(n), 'organization', n);
  assert.equal(k('Grace Phiri'), 'person');
});

test('a front, army or movement with a word of armed struggle in its name is an armed group, not a body, even after a place\'s name; a state force is not', () => {
  const x = extract(`Ambush
Gao, 4 May 2027

The road was closed last week, officials said. The Gourma Liberation Front said it had killed six soldiers.`);
  assert.equal(kinds(x)('Gourma Liberation Front'), 'group');
  const y = extract(`Patrols
Gao, 4 May 2027

The road was closed last week, officials said. The Tuareg Self-Defence Movement said it would protect the road. The Armed Police Battalion said it had sent two trucks.`);
  assert.equal(kinds(y)('Tuareg Self-Defence Movement'), 'group');
  assert.equal(kinds(y)('Armed Police Battalion'), 'organization');
});

test('a one-word name with a director, a chairman or a founder, with researchers "at" it, or "the country\'s largest" something, is a body', () => {
  const o = orgs(`Copper
Kitwe, 4 May 2027

Drevanta's director, John Banda, said the dam was safe. Mary Phiri, a researcher at Olmaris, said the dam was weak. Tescara, the country's largest miner, said output fell. Jonas Mwale's lawyers said the claim was false.`);
  for (const n of ['Drevanta', 'Olmaris', 'Tescara']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(!o.some((n) => /Mwale/.test(n)), o.join(' | '));
});

test('"the Sejm\'s Energy and Climate Committee": a field word, "and", one word and a head is one body', () => {
  const o = orgs(`Audit
Warsaw, 4 May 2027

The river was polluted last week, officials said. The Sejm's Energy and Climate Committee said the audit was late.`);
  assert.ok(o.includes('Energy and Climate Committee'), o.join(' | '));
});

test('where one writes is an outlet, not a place; a name after "the" that reports is no person', () => {
  const x = extract(`Dam
Lusaka, 4 May 2027

The river was polluted last week, officials said. Mwila Banda wrote in the Kafue Evening Star that the dam had cracked. The Zambian Lookout reported that the dam had cracked.`);
  const k = kinds(x);
  assert.equal(k('Kafue Evening Star'), 'organization');
  assert.equal(k('Zambian Lookout'), 'organization');
});

test('"X Holdings\' mining subsidiary, Y," and "Kestrel\'s parent, Y,": a body described after a possessive is a body', () => {
  const o = orgs(`Audit
Lusaka, 4 May 2027

The river was polluted last week, officials said. Brantor Holdings' mining subsidiary, Brantor Copper, said the audit was late.`);
  assert.ok(o.includes('Brantor Copper'), o.join(' | '));
});

test('an acronym that owns a named unit ("the KRA\'s Investigations Division") is a body too', () => {
  const o = orgs(`Audit
Lusaka, 4 May 2027

The river was polluted last week, officials said. The ZMRA's Investigations Division said the audit was late.`);
  assert.ok(o.includes('ZMRA'), o.join(' | '));
  assert.ok(o.includes('Investigations Division'), o.join(' | '));
});

test('"Member of Parliament for X Name Surname said": the seat is a place and the member a person, not one place', () => {
  const x = extract(`Raid
Lusaka, 4 May 2027

The river was polluted last week, officials said. Member of Parliament for Kafulafuta Mwila Banda said the raid was planned.`);
  const k = kinds(x);
  assert.equal(k('Kafulafuta'), 'location');
  assert.equal(k('Mwila Banda'), 'person');
});

test('"Provincial Commissioner of Police for X Name Surname": a title with a body\'s shape still ends in a person, and "Police for X" is no body', () => {
  const x = extract(`Raid
Lusaka, 4 May 2027

The river was polluted last week, officials said. Provincial Commissioner of Police for Luapula Chanda Mutale said the raid was planned.`);
  assert.equal(kinds(x)('Chanda Mutale'), 'person');
  const o = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  assert.deepEqual(o, []);
});

test('"X, the Ministry of Y\'s chief statistician, said": a person described by a role in a named body is no body', () => {
  const x = extract(`Crime
Port of Spain, 4 May 2027

The port was busy last week. Shivani Ramkissoon, the Ministry of National Security's chief statistician, said the gangs had grown. Kestrel Docks, the company that runs the port's terminal, said in a statement that two of its employees had been suspended.`);
  const k = kinds(x);
  assert.equal(k('Shivani Ramkissoon'), 'person');
  assert.equal(k('Kestrel Docks'), 'organization');
});
