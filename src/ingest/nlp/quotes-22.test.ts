/**
 * General mechanisms of quotation attribution (session 15, helper quotes22), each written from a class of errors seen
 * in the texts of at least two different writers (fresh22, fresh23 and the older sets named with each), not from their
 * strings. Probe texts written for the test: invented names and wording, set in other parts of the world than the
 * texts the errors came from.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, speakers } from './testing/probes.js';

test('a transcript turn whose label carries the journalist\'s outlet in parentheses is the journalist\'s ("LINDQVIST (Radio Nord):", "LARS ERIKSSON (Nordlys):")', () => {
  const x = extract(`Tromsø border police brief the press
Tromsø, 4 March 2027

Transcript of a press briefing. Participants: Inspector Ragnhild Solberg, head of the border unit; Lars Eriksson, a reporter for Nordlys; other journalists.

SOLBERG: Good morning. We stopped eleven vans at the crossing last week.

LINDQVIST (Radio Nord): Marta Lindqvist, Radio Nord. Were the drivers arrested?

SOLBERG: Three of them were.

LARS ERIKSSON (Nordlys): Is the route still open?

SOLBERG: It is watched day and night.`);
  const said = speakers(x);
  assert.equal(said('Were the drivers arrested?'), 'Marta Lindqvist');
  assert.equal(said('Is the route still open?'), 'Lars Eriksson');
  assert.equal(said('Three of them were'), 'Ragnhild Solberg');
});

test('a feature\'s person named only as an owner ("at the end of Leila Mansour\'s jetty") is the "she" of the sentences after, when no one else fits', () => {
  const x = extract(`The boats that never sail: Tyre's harbour after the storm
Tyre, 3 March 2027

The boat at the end of Leila Mansour's jetty has no engine and no name on its hull. It rocks all night. In winter, she says, the waves reach the kitchen door.

"We all know who sank it. Nobody says it," she tells me in the shed where she mends nets. "Three boats in one night, and the sea was calm."`);
  const said = speakers(x);
  assert.equal(said('the waves reach the kitchen door'), 'Leila Mansour');
  assert.equal(said('We all know who sank it'), 'Leila Mansour');
  assert.equal(said('Three boats in one night'), 'Leila Mansour');
  // (Guards: one whose lawyer or mother is the subject is not the "she" who speaks after them.)
  const y = extract(`Trial in Sidon
Sidon, 4 March 2027

A trial opened on Monday. Nadia Karam's lawyer told the court the charges were invented. "There is no evidence," she said.

A crowd gathered. Rania Saade's mother waited outside the court. It was raining. "I want my daughter home," she said.`);
  assert.equal(speakers(y)('There is no evidence'), null);
  assert.equal(speakers(y)('I want my daughter home'), null);
});

test('"the newspaper" / "the paper" is the outlet the text introduced by its kind ("The daily Suara Borneo reported", "told Bintang Timur newspaper"), whatever its name ends in', () => {
  const x = extract(`Timber bribes in West Kalimantan
Pontianak, 2 April 2027

PONTIANAK, Indonesia - The daily Suara Borneo reported on Tuesday that two customs officers had been paid to release the timber. The newspaper said its photographer had been followed after the story appeared.

The widow of one of the drivers, Siti Rahmawati, told Bintang Timur newspaper that her husband had been warned not to talk. The newspaper reported that the family had received no compensation.

The weekly Kabar Minggu reported that the logs came from a national park. The paper said one of the buyers had left for Malaysia.`);
  const said = speakers(x);
  assert.equal(said('its photographer had been followed'), 'Suara Borneo');
  assert.equal(said('the family had received no compensation'), 'Bintang Timur');
  assert.equal(said('one of the buyers had left for Malaysia'), 'Kabar Minggu');
});

test('a dated report speaks under its own title: "The Comptroller\'s Report 2026 states", "Its Report on Container Inspections 2025 says"', () => {
  const x = extract(`Ferry subsidies in southern Chile
Puerto Montt, 9 May 2027

The Comptroller's Report 2026 states that the ferry subsidy "cannot be traced beyond the first payment." The regional government says it will answer in June.

The Maritime Authority of Los Lagos says that inspections rose this year. Its Report on Container Inspections 2025 says that "one box in forty is opened at the quay".`);
  const said = speakers(x);
  assert.equal(said('cannot be traced beyond the first payment'), "Comptroller's Report 2026");
  assert.equal(said('one box in forty is opened at the quay'), 'Report on Container Inspections 2025');
});

test('a document whose kind is followed by "against" and its subject is named so and speaks ("The National Plan against Wildlife Trafficking 2025-2029 … states")', () => {
  const x = extract(`Pangolin scales seized in Hai Phong
Hanoi, 2 June 2027

The National Plan against Wildlife Trafficking 2025-2029, adopted by the Government in May, states that "no shipment leaves a port without a paper that someone signed". Customs officers at the port say the scales were declared as fish meal.`);
  assert.equal(speakers(x)('no shipment leaves a port without a paper'), 'National Plan against Wildlife Trafficking 2025-2029');
});

test('a body called later by its head word alone, "The Section", "The Prosecution", is that body ("Section against Illegal Logging", "Public Prosecution"), also in a transcript turn', () => {
  const x = extract(`Illegal logging in Mindanao
Davao, 4 July 2027

According to the police Section against Illegal Logging and Timber Smuggling, the logs were cut in a protected forest. The Section believes that the trucks crossed two checkpoints without being stopped.

Transcript of a press briefing. Participants: Dolores Baguio, spokesperson; Ramon Dacanay, prosecutor.

BAGUIO: The Public Prosecution has charged nine people so far.

DACANAY: The Prosecution has asked the court to freeze the accounts of the sawmill owners. We expect a ruling next month.`);
  const said = speakers(x);
  assert.equal(said('the trucks crossed two checkpoints'), 'Section against Illegal Logging and Timber Smuggling');
  assert.equal(said('freeze the accounts of the sawmill owners'), 'Public Prosecution');
});

test('"The Corporation" is the corporation named before ("the Jamaica Sugar Marketing Corporation (JSMC) … The Corporation believes")', () => {
  const x = extract(`Sugar smuggling in Jamaica
Kingston, 5 August 2027

The Ministry recalls that all raw sugar must be sold to the Jamaica Sugar Marketing Corporation (JSMC), which pays a fixed price. The JSMC has informed the Ministry that its purchases fell by a fifth this year. The Corporation believes that at least 900 tonnes left the island by boat.`);
  assert.equal(speakers(x)('at least 900 tonnes left the island by boat'), 'Jamaica Sugar Marketing Corporation');
});
