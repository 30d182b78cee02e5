/**
 * Probes of the rules drawn from the tune half of fresh11 (y1, y3, y5, y7; session 10, second round), one per
 * mechanism read in its errors. Every text is written for the test (invented names and wording); none is taken from
 * an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, kinds, speakers } from './testing/probes.js';

const orgs = (x: ReturnType<typeof extract>) => x.entities.filter((e) => e.kind === 'organization').map((e) => e.name).sort();

test('a rank whose first word is no title head ("Assistant Commissioner", "Senior Superintendent") before a name and "of the" body splits into person and body', () => {
  const x = extract(`Raid
Lusaka, 3 May 2027

Assistant Commissioner Chanda Mwila of the Drug Enforcement Commission said the haul was the largest this year.
Senior Superintendent Moses Banda of the Anti-Fraud Unit said two men had been charged. "We will find the owners," he said.`);
  const k = kinds(x);
  assert.equal(k('Chanda Mwila'), 'person');
  assert.equal(k('Drug Enforcement Commission'), 'organization');
  assert.equal(k('Moses Banda'), 'person');
  assert.equal(k('Anti-Fraud Unit'), 'organization');
  assert.equal(speakers(x)('largest this year'), 'Chanda Mwila');
  assert.equal(speakers(x)('find the owners'), 'Moses Banda');
  assert.ok(!orgs(x).some((n) => /Mwila|Banda/.test(n)), orgs(x).join(', '));
});

test('a collective "known to <people> in <place> as" a name, or the largest of the networks "known in the town as the" name, is a group', () => {
  const x = extract(`Fraud
Mwanza, 3 May 2027

Police said the six belong to a network known to dealers in the south as Nyoka wa Usiku, which sold fake seed.
The fish are moved by networks that pay the boat crews. The biggest of them is known on the lake as the Blue Heron.
Elsewhere a ring known locally as Kamba Nyeusi sells fuel.`);
  const k = kinds(x);
  assert.equal(k('Nyoka wa Usiku'), 'group');
  assert.equal(k('Blue Heron'), 'group');
  assert.equal(k('Kamba Nyeusi'), 'group');
});

test('one the text does not name ("a ferry operator", "a boy") who speaks is the "he" of the quotations after, not the last person named', () => {
  const x = extract(`Lake
Kisumu, 3 May 2027

The fisheries officer, Otieno Wafula, said the catch had fallen. "We counted half of last year," Wafula said.
A ferry operator in Mbita, the town across the gulf, said traders on his side had been buying the fish for years. "Everybody buys it," he said.
One of the crew, a boy who says he is 16, laughs when asked about the police. "They never come," he says.
She found work as a cleaner in a hotel. Achieng Odera, 30, sells fish in the market. "The lake feeds us," she says.`);
  const s = speakers(x);
  assert.equal(s('half of last year'), 'Otieno Wafula');
  assert.equal(s('traders on his side'), null);
  assert.equal(s('Everybody buys it'), null);
  assert.equal(s('They never come'), null);
  assert.equal(s('The lake feeds us'), 'Achieng Odera');
});

test('a kinship noun in apposition ("her husband, X") tells X\'s sex, so "she says" after it passes X by', () => {
  const x = extract(`Harvest
Kitale, 3 May 2027

Grace Wanjiru Kamau, a farmer, lost her farm last year. Her son, Kibet, drowned in the river in March. "They found him by the bridge," she says, outside her house in Kitale.`);
  assert.equal(speakers(x)('found him by the bridge'), 'Grace Wanjiru Kamau');
});

test('the name one gives of oneself ("who would give only her first name, X", "who gave his name only as Y") is a person, and the speaker', () => {
  const x = extract(`Market
Kitale, 3 May 2027

"The price doubled in a week," says a trader in her forties who would give only her first name, Nyokabi. "Nobody can buy."
"The lorries stopped coming," said a driver who gave his name only as Otieno.`);
  const k = kinds(x);
  assert.equal(k('Nyokabi'), 'person');
  assert.equal(k('Otieno'), 'person');
  assert.equal(speakers(x)('doubled in a week'), 'Nyokabi');
  assert.equal(speakers(x)('Nobody can buy'), 'Nyokabi');
  assert.equal(speakers(x)('lorries stopped'), 'Otieno');
});

test('"said late on Tuesday that", "said early yesterday that": a time adverbial opening with "late"/"early" still frames a reported statement', () => {
  const x = extract(`Border
Accra, 3 May 2027

The Ministry of Roads and Highways said late on Tuesday that the bridge would reopen "within days."
The Highway Authority said early yesterday that the ferry would run all night.`);
  assert.equal(speakers(x)('the bridge would reopen'), 'Ministry of Roads and Highways');
  assert.equal(speakers(x)('the ferry would run'), 'Highway Authority');
});

test('under a body\'s letterhead, "the Ministry" with a capital is the issuer, even just after another ministry was named', () => {
  const x = extract(`REPUBLIC OF GHANA
MINISTRY OF FISHERIES AND AQUACULTURE

PRESS RELEASE

Closed season for canoe fishing

Accra, 2 May 2027

The Ministry of Fisheries and Aquaculture informs the public that the closed season will start on 1 July.
A study by the University of Cape Coast recommends that landing sites be inspected by the Ministry of Local Government and Rural Development.
The Ministry of Local Government and Rural Development has sent inspectors to the coast.
The Ministry reminds fishers that light fishing is banned all year.`);
  assert.match(speakers(x)('light fishing is banned') ?? '', /^Ministry of Fisheries and Aquaculture$/i);
});

test('a newspaper named by the usual last words of newspapers ("Observer", "Chronicle", "Courier") is a body, and what it "reported" it says', () => {
  const x = extract(`Gold
Lethem, 3 May 2027

The Rupununi Chronicle reported on Monday that a gang had been paying the drivers. The Essequibo Courier said the road was closed.`);
  const k = kinds(x);
  assert.equal(k('Rupununi Chronicle'), 'organization');
  assert.equal(k('Essequibo Courier'), 'organization');
  assert.equal(speakers(x)('paying the drivers'), 'Rupununi Chronicle');
});

test('a body named by its full name cut before its last "and" ("the Ministry of Lands" for "the Ministry of Lands and Housing") is the one body', () => {
  const x = extract(`Eviction
Harare, 3 May 2027

The Ministry of Lands and Rural Resettlement said 40 families had been moved. Later the Ministry of Lands said the camp would close.`);
  const names = orgs(x);
  assert.ok(names.includes('Ministry of Lands and Rural Resettlement'), names.join(', '));
  assert.ok(!names.includes('Ministry of Lands'), names.join(', '));
  assert.equal(speakers(x)('camp would close'), 'Ministry of Lands and Rural Resettlement');
});

test('every country in the gazetteer has its demonym ("Surinamese", "Seychellois", "Tongan"), which is no place; a force named by its demonym and by its national name is one body', () => {
  const x = extract(`Tongan and Surinamese sailors seize a boat off Paramaribo
Paramaribo, 3 May 2027

Surinamese sailors boarded the boat. Seychellois and Tongan observers watched. A spokesman for the National Army said the Surinamese army would stay.`);
  const k = kinds(x);
  for (const d of ['Tongan', 'Seychellois', 'Surinamese']) assert.equal(k(d), undefined, d);
  assert.equal(k('Surinamese army'), 'organization');
  assert.ok(!orgs(x).includes('Surinamese army'), orgs(x).join(', '));
});

test('a phrase whose word before its own "of" is no place and no kind of land or water ("the Law of the Sea", "the Freedom of the Seas") is no place, whatever its last word', () => {
  const x = extract(`Fish
Apia, 3 May 2027

The case was heard under the United Nations Convention on the Law of the Sea, and the navy spoke of the Freedom of the Seas. Boats from the Republic of the Marshall Islands and the Bay of Islands were seen.`);
  const k = kinds(x);
  assert.equal(k('Law of the Sea'), undefined);
  assert.equal(k('Freedom of the Seas'), undefined);
  assert.equal(k('Bay of Islands'), 'location');
});

test('a country\'s body named in lower case that acts in a relative clause ("the Malawian government, which has asked …") is a body, and its demand has a speaker', () => {
  const x = extract(`Shootings
Blantyre, 3 May 2027

The UN mission has raised the deaths with the Malawian government, which has asked Lusaka to investigate every case.`);
  assert.equal(kinds(x)('Malawian government'), 'organization');
  assert.equal(speakers(x)('investigate every case'), 'Malawian government');
});

test('a name right after a lower-case noun for a kind of body ("the research institute KTIX", "the foundation Meresilm") is a body', () => {
  const x = extract(`Breach
Tallinn, 3 May 2027

The national team is run by the research institute KTIX, which found the flaw. The foundation Meresilm paid for the audit.`);
  const k = kinds(x);
  assert.equal(k('KTIX'), 'organization');
  assert.equal(k('Meresilm'), 'organization');
});

test('a word the text uses as a place ("at Mwami") is the place a body is named after, not the body\'s short name', () => {
  const x = extract(`Border
Chipata, 3 May 2027

Lorries were stopped at the Mwami border post on Monday. Traders at Mwami said the queue was ten kilometres long. The matter will go to the Mwami Cross-Border Traders Association next week.`);
  const k = kinds(x);
  assert.equal(k('Mwami'), 'location');
});

test('a company named by its first word alone ("Brenkor reported") is the one company whose name opens with it and ends in a company word', () => {
  const x = extract(`Incident report
Riga, 3 May 2027

An intruder entered the network of Brenkor Shipping, a ferry operator in Riga. Brenkor reported the incident on 25 September. Brenkor's customers were told on Monday.`);
  const names = orgs(x);
  assert.ok(names.includes('Brenkor Shipping'), names.join(', '));
  assert.ok(!names.includes('Brenkor'), names.join(', '));
});

test('a pause in someone\'s words may be a paragraph of its own ("She pauses, and looks out of the window."): the quotation paragraph after it goes on in her words', () => {
  const x = extract(`Harvest
Kitale, 3 May 2027

Grace Wanjiru Kamau, a farmer, lost her farm last year. "They took the cows first," she says, in her house in Kitale. "Then the land."

She pauses, and looks out of the window.

"He said it was safe. Everybody said so."`);
  assert.equal(speakers(x)('He said it was safe'), 'Grace Wanjiru Kamau');
});

test('"Togo\'s interior ministry has said that": the auxiliary "has" is no plural noun, so the body is the speaker, not a country\'s unnamed officials', () => {
  const x = extract(`Border
Lomé, 3 May 2027

Traders crossed at dawn. Benin's interior ministry has said that its police fire only at armed men. Benin's customs officers say the trade is legal.`);
  assert.equal(speakers(x)('fire only at armed men'), "Benin's interior ministry");
  assert.equal(speakers(x)('the trade is legal'), null);
});

test('a present-tense plural reporting verb ("Its critics reply that", "Residents insist that") opens a reported statement', () => {
  const x = extract(`Dam
Jinja, 3 May 2027

The ministry says the dam is safe. Its critics reply that the spillway has cracked twice since March. Fishermen insist that the water level dropped overnight.`);
  assert.equal(speakers(x)('the spillway has cracked'), null);
  assert.equal(speakers(x)('the water level dropped'), null);
});

test('a label that opens a release\'s signature ("ISSUED BY:", "Media contact:") is part of the signature, whose units are no bodies of the text', () => {
  const x = extract(`MINISTRY OF HEALTH

PRESS RELEASE

Cholera vaccination in Lusaka

Lusaka, 3 May 2027

The Ministry of Health informs the public that vaccination starts on Monday.

ISSUED BY:
Public Information Unit
Ministry of Health
Private Bag 12, Lusaka`);
  assert.ok(!orgs(x).includes('Public Information Unit'), orgs(x).join(', '));
});

test('a town named after a prefix that says "new" or "port" in its own language ("Porto Alegre" … "Alegre") is the same town named alone, even one a gazetteer knows in full', () => {
  const x = extract(`Floods
Pelotas, 3 May 2027

A trader in Porto Alegre, the state capital, said the roads had gone. Traders now sell the grain in Alegre rather than in Pelotas.`);
  const locs = x.entities.filter((e) => e.kind === 'location').map((e) => e.name);
  assert.ok(!locs.includes('Alegre'), locs.join(', '));
  assert.equal(kinds(x)('Alegre'), 'location');
});

test('a name with a lower-case word for a kind of land or water after it ("the Hamrin mountains") is a place, that word included', () => {
  const x = extract(`Porters
Kalar, 3 May 2027

The men carry goods across the Hamrin mountains for a few dollars a load. Boats cross the Sirwan river at night, and in Sirwan town the Sirwan Rights Monitor counts the dead. The Ethiopian highlands are far away.`);
  const k = kinds(x);
  assert.equal(k('Hamrin mountains'), 'location');
  assert.equal(k('Sirwan river'), 'location');
  assert.equal(k('Sirwan Rights Monitor'), 'organization');
  assert.equal(k('Ethiopian highlands'), undefined);
});

test('land named by its kind as last word ("Triangle", "Strip", "Escarpment", "Forest") is a place, and "New" after a lower-case "the" opens its name', () => {
  const x = extract(`Border
Lethem, 3 May 2027

A wedge of forest to the south, the New Coyote Triangle, is claimed by both. Loggers cut trees in the Mau Forest and on the Kerio Escarpment.`);
  const k = kinds(x);
  assert.equal(k('New Coyote Triangle'), 'location');
  assert.equal(k('Mau Forest'), 'location');
  assert.equal(k('Kerio Escarpment'), 'location');
});

test('a radio station named "<Name> FM" is a body, and a programme named in quotation marks is no person', () => {
  const x = extract(`Fishing on the coast: transcript of Sauti FM's "Pwani Kesho" programme
Tanga, 20 February 2027

The following is a transcript of a programme broadcast on Sauti FM on 18 February.

HOST: Good evening and welcome to Pwani Kesho. Tonight we talk about blast fishing.`);
  const k = kinds(x);
  assert.equal(k('Sauti FM'), 'organization');
  assert.equal(k('Pwani Kesho'), undefined);
});

test('a collective\'s possessive inside a name ("Zambara People\'s Defence Forces") stays in it; "Minister of State for X Affairs" names no body', () => {
  const x = extract(`Raids
Moroto, 3 May 2027

The Minister of State for Highland Affairs, Hon. Grace Achan Lokiru, said 600 soldiers of the Zambara People's Defence Forces (ZPDF) had been deployed. The ZPDF said eleven soldiers had been killed.`);
  const k = kinds(x);
  assert.equal(k("Zambara People's Defence Forces"), 'organization');
  assert.equal(k('ZPDF'), 'organization');
  assert.ok(!orgs(x).some((n) => /^(?:Defence Forces|State for)/.test(n)), orgs(x).join(', '));
  assert.equal(speakers(x)('eleven soldiers'), "Zambara People's Defence Forces");
});

test('an acronym drawn from the words of a name with "in <place>" among them (UNFICYP-style) keeps the name whole; a run of demonyms is no place', () => {
  const x = extract(`Buffer zone
Nicosia, 8 September 2027

Shots were fired near Deneia after a quarrel between Greek Cypriot farmers and Turkish Cypriot police, the United Nations Monitoring Mission in Cyprus (UNMOMICYP) said. UNMOMICYP said nobody was hurt.`);
  const k = kinds(x);
  assert.equal(k('United Nations Monitoring Mission in Cyprus'), 'organization');
  assert.equal(k('UNMOMICYP'), 'organization');
  assert.equal(k('Greek Cypriot'), undefined);
  assert.equal(speakers(x)('nobody was hurt'), 'United Nations Monitoring Mission in Cyprus');
});

test('a description inside the speaker\'s appositive ("X, the head of the national unit, told reporters") is not the speaker; a saint\'s name after a word of place is a place', () => {
  const x = extract(`Boat
Lisbon, 2 April 2027

"This is the fifth boat we have found," Rui Tavares Lopes, the head of the national unit, told reporters. The patrol found it drifting 180 miles west of São Jorge.`);
  assert.equal(speakers(x)('fifth boat'), 'Rui Tavares Lopes');
  assert.equal(kinds(x)('São Jorge'), 'location');
});

test('a short lower-case word inside a place\'s name that the gazetteer knows ("Dar es Salaam", "Ciudad del Este") stays in it', () => {
  const x = extract(`Smuggling
Asunción, 14 March 2027

Police in Ciudad del Este said two men were held at the bridge. Their cousins were held in Dar es Salaam.`);
  assert.equal(kinds(x)('Ciudad del Este'), 'location');
  assert.equal(kinds(x)('Dar es Salaam'), 'location');
  assert.equal(kinds(x)('Salaam'), undefined);
});

test('reported speech: "said on Tuesday it would …" is a statement, not a trailing "said on Tuesday"; "Local leaders warned that" names nobody; "the county government" is no national body', () => {
  const x = extract(`Fishing ban
Mombasa, 3 May 2027

The Coast Fisheries Service said on Tuesday it would close the reef for six months.
Local leaders warned that the ban would hurt families.
The county government has said it will appeal.`);
  const s = speakers(x);
  assert.equal(s('close the reef'), 'Coast Fisheries Service');
  assert.equal(s('hurt families'), null);
  assert.equal(s('it will appeal'), null);
});

test('after an indefinite article, a single unknown word before a place noun ("a Wapishana village") is a people\'s name, no place; a known place keeps its vote', () => {
  const x = extract(`Elders
Lethem, 3 May 2027

In Aishalton, a Wapishana village of about 900 people, the elders met. A Lethem community sent food.`);
  const k = kinds(x);
  assert.equal(k('Wapishana'), undefined);
  assert.equal(k('Lethem'), 'location');
});

test('a two-word name inside a sentence that does what people do ("where Thokozani Nkhoma has sold fish") is a person, the "she" of the quotations after', () => {
  const x = extract(`Lake
Kachulu, 3 May 2027

The lake is shrinking. At the landing beach where Thokozani Nkhoma has sold fish for twenty years, the water is far away.

"When I was a girl, the boats came to this wall," she says.`);
  assert.equal(kinds(x)('Thokozani Nkhoma'), 'person');
  assert.equal(speakers(x)('boats came to this wall'), 'Thokozani Nkhoma');
});

test('a forum, summit or conference one goes to ("raised at the Limpopo Trade Forum", "the second panel of the Harare Security Summit") is a meeting, no body', () => {
  const x = extract(`Trade
Beitbridge, 3 May 2027

The minister said the matter would be raised at the Limpopo Corridor Trade Forum in Musina. Delegates spoke on the second panel of the Harare Security Summit. The Southern Africa Trust funded the talks.`);
  const names = orgs(x);
  assert.ok(!names.some((n) => /Forum|Summit/.test(n)), names.join(', '));
  assert.ok(names.includes('Southern Africa Trust'), names.join(', '));
});

test('security forces known by their own-language names (a standard list: Peshmerga, Basij, Jandarma, Kopassus …) are bodies', () => {
  const x = extract(`Border
Dohuk, 3 May 2027

A Peshmerga unit closed the road, while the Jandarma searched lorries on the other side. Officers of Kopassus trained the guards.`);
  const k = kinds(x);
  assert.equal(k('Peshmerga'), 'organization');
  assert.equal(k('Jandarma'), 'organization');
  assert.equal(k('Kopassus'), 'organization');
});

test('in running prose a capitalised "Said" after a given name is a surname ("Judge Mwanaisha Said"), while a title-case headline keeps it a verb', () => {
  const x = extract(`Ferry Owner Said To Seek Bail
Mwanza, 3 May 2027

His lawyer told Judge Mwanaisha Said that her client had a heart condition. The judge said she would rule on Friday.`);
  assert.equal(kinds(x)('Mwanaisha Said'), 'person');
  assert.equal(speakers(x)('rule on Friday'), 'Mwanaisha Said');
  assert.equal(kinds(x)('Ferry Owner Said'), undefined);
});

test('the world\'s major rivers by name (a standard list: Mekong, Zambezi, Irrawaddy, Vistula …) are places', () => {
  const x = extract(`Dams
Vientiane, 3 May 2027

Talks on a new dam on the Mekong stalled, while engineers on the Zambezi and the Vistula watched closely.`);
  const k = kinds(x);
  for (const n of ['Mekong', 'Zambezi', 'Vistula']) assert.equal(k(n), 'location', n);
});

test('a person\'s name, then "of the" and a body\'s name, with no title ("said Rosa Mamani of the Forest Investigation Agency"), is the person and the body; "Friends of the Earth" and "Central Bank of Peru" stay bodies', () => {
  const x = extract(`Gold
Lima, 3 May 2027

"Every gram of that gold cost a tree," said Rosa Mamani of the Forest Investigation Agency (FIA). Friends of the Earth and the Central Bank of Peru said nothing.`);
  const k = kinds(x);
  assert.equal(k('Rosa Mamani'), 'person');
  assert.equal(k('Forest Investigation Agency'), 'organization');
  assert.equal(speakers(x)('cost a tree'), 'Rosa Mamani');
  assert.equal(k('Central Bank of Peru'), 'organization');
});

test('a description that speaks, with a participle clause before its verb ("The report, presented to the Public Accounts Committee on Monday, says"), is the speaker, not the body inside the clause', () => {
  const x = extract(`Audit
Banjul, 3 May 2027

The order follows a report by the National Audit Office which found that three factories had exported too much. The report, presented to the Public Accounts Committee on Monday, says the Fisheries Department failed to check the volumes.`);
  assert.equal(speakers(x)('failed to check the volumes'), 'National Audit Office');
});

test('an unnamed spokesman who speaks for a body goes on speaking for it ("A spokesman for X said … He said …")', () => {
  const x = extract(`Audit
Banjul, 3 May 2027

A spokesman for Silver Anchor Fishmeal, the largest of the factories, said the company had always respected the law. He said it would cooperate with the auditors.`);
  assert.equal(speakers(x)('always respected the law'), 'Silver Anchor Fishmeal');
  assert.equal(speakers(x)('cooperate with the auditors'), 'Silver Anchor Fishmeal');
});

test('a trailing "his office said" after a sentence that names someone in apposition keeps the whole clause as the statement', () => {
  const x = extract(`Audit
Banjul, 3 May 2027

The Minister of Fisheries, Lamin Sowe, has ordered an audit of all export permits issued since 2022, his office said on Thursday.`);
  const q = x.quotes.find((q) => q.text.includes('ordered an audit'));
  assert.ok(q, x.quotes.map((q) => q.text).join(' | '));
});
