/**
 * Probes of the rules drawn from fresh8 (session 8, second round), one per phenomenon read in its errors. Every text
 * is written for the test (invented names and wording); none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, kinds, speakers } from './testing/probes.js';

test('an interview in "Q:" / "A:" lines: the answers are the words of the person the introduction presents', () => {
  const x = extract(`"We rebuild the wells every spring": a Nigerien engineer on the dry season
Niamey, 2 March 2027

Ousmane Issoufou Garba, an engineer, has dug wells in Tillabéri for fifteen years. We spoke to him in Niamey.

Q: How many wells were lost?
A: Nineteen in the last season. The sand fills them within weeks.

Q: Who pays for the repairs?
A: The villages, mostly. Sometimes a charity sends pumps.`);
  const said = speakers(x);
  assert.equal(said('Nineteen in the last season'), 'Ousmane Issoufou Garba');
  assert.equal(said('The villages, mostly'), 'Ousmane Issoufou Garba');
  assert.equal(said('We rebuild the wells every spring'), 'Ousmane Issoufou Garba');
  assert.equal(said('How many wells were lost'), undefined);
});

test('a body whose name opens with "General"; a minister whose portfolio is a list joined by "and"', () => {
  const x = extract(`Raid on a warehouse
Tashkent, 3 March 2027

The Ministry of Energy and Natural Resources of Uzbekistan announces that officers of the General Investigation Department (GID) and the General Authority for Food Safety (GAFS) searched a warehouse in Chirchiq.

Minister of Energy and Natural Resources Rustamova Dilnoza said the warehouse held 40 tonnes of smuggled sugar.

"We will close every such depot," the Minister said.`);
  const k = kinds(x);
  const said = speakers(x);
  assert.equal(k('General Investigation Department'), 'organization');
  assert.equal(k('General Authority for Food Safety'), 'organization');
  assert.equal(k('Ministry of Energy and Natural Resources of Uzbekistan'), 'organization');
  assert.equal(k('Rustamova Dilnoza'), 'person');
  assert.equal(k('Energy and Natural Resources'), undefined);
  assert.equal(k('Natural Resources of Uzbekistan'), undefined);
  assert.equal(x.entities.filter((e) => e.kind === 'person').length, 1);
  assert.equal(said('40 tonnes of smuggled sugar'), 'Rustamova Dilnoza');
  assert.equal(said('close every such depot'), 'Rustamova Dilnoza');
});

test('a group the text names in so many words: "we track as", "another vendor calls", "her office calls the X group"', () => {
  const x = extract(`Threat note: Amber Lynx activity in Cebu
Manila, 4 April 2027

An intrusion set we track as Amber Lynx broke into a shipping firm in Cebu in March. "Amber Lynx wanted the manifests," said Rosa Villanueva, who led the response for Kestrel Labs. Its tools overlap with those of an intrusion set another vendor calls Velvet Marten.

A lorry driver was shot on the road to Punta Verde in May. A prosecutor said the killing was ordered by a gang her office calls the Punta Verde group.`);
  const k = kinds(x);
  assert.equal(k('Amber Lynx'), 'group');
  assert.equal(k('Velvet Marten'), 'group');
  assert.equal(k('Punta Verde group'), 'group');
  assert.equal(k('Punta Verde'), 'location');
  assert.equal(speakers(x)('Amber Lynx wanted the manifests'), 'Rosa Villanueva');
});

test('an unnamed head speaks for the body; "a spokesperson for X" makes X a body; a title a verb of publishing puts before "a report"', () => {
  const x = extract(`Floods in the delta
Dhaka, 3 August 2027

At least 40 people died after floods hit the Khulna division, the International Federation of Red Cross and Red Crescent Societies (IFRC) said on Monday. A spokesperson for Brisa Sombra said the boats had reached two villages.

The IFRC also released Rising Water: Delta Communities and the Monsoon 2027, a report drawn from its field surveys. The report finds that 1.2 million people lost their homes this year. It warns that embankments are failing faster than they are repaired.

The IFRC's Secretary General said in a video message that the federation was "deeply worried".`);
  const said = speakers(x);
  assert.equal(kinds(x)('Brisa Sombra'), 'organization');
  assert.equal(said('the boats had reached two villages'), 'Brisa Sombra');
  assert.equal(said('1.2 million people lost their homes'), 'Rising Water: Delta Communities and the Monsoon 2027');
  assert.equal(said('embankments are failing'), 'Rising Water: Delta Communities and the Monsoon 2027');
  assert.equal(said('deeply worried'), 'International Federation of Red Cross and Red Crescent Societies');
});

test('demands of people described by a clause, "by asking X to", "pressed her on how"; the one who asked is not "he"', () => {
  const x = extract(`Harbour thefts
Wellington, 5 May 2027

Inspector Aroha Tane told the council's safety panel that thefts at the harbour had doubled. Councillor Peter Lindqvist pressed her on how many of the thieves had been caught. She said four had been charged.

The panel's chair, Tom Hale, said he wanted figures. Asked by Hale whether boat owners should hire guards, harbour master Sefo Tuilagi said no. He urged anyone who sees a stranger on a pier to call the harbour office at once.

Hale closed the meeting by asking the police to report back in June with arrest figures.`);
  const said = speakers(x);
  assert.equal(said('how many of the thieves had been caught'), 'Peter Lindqvist');
  assert.equal(said('call the harbour office at once'), 'Sefo Tuilagi');
  assert.equal(said('report back in June with arrest figures'), 'Tom Hale');
});

test('a constituency after "the member for"; a department named by portfolio and country; a body whose name opens with its head', () => {
  const x = extract(`Hearing on wildfires
Ottawa, 6 May 2027

Aileen Brodeur, the member for Kelowna West, asked about the fire season. A brief submitted by Natural Resources Canada said the season had started early. She founded the Association of Fishermen of the Great Lake, which trains volunteers.`);
  const k = kinds(x);
  assert.equal(k('Kelowna West'), 'location');
  assert.equal(k('Natural Resources Canada'), 'organization');
  assert.equal(k('Association of Fishermen of the Great Lake'), 'organization');
});

test("beliefs reported without 'that' ('prosecutors believe …', 'she thinks …'), unless inside another's statement", () => {
  const x = extract(`Port killings
Mombasa, 7 May 2027

Detectives believe the driver was shot because he had refused to move a container. Halima Odhiambo, a union organiser, thinks the port authority should vet every agent.

The commander said 12 people had been arrested. Investigators believe some of the guns came by dhow from Somalia, she added.`);
  const said = speakers(x);
  assert.equal(said('the driver was shot because'), null);
  assert.equal(said('the port authority should vet every agent'), 'Halima Odhiambo');
  assert.ok(x.quotes.some((q) => q.text.startsWith('Investigators believe some of the guns')));
});

test('a one-word company starting a sentence with "said … at its …"; a numbered unit of an army', () => {
  const x = extract(`Pipeline blast
Villavicencio, 8 May 2027

Halvora said output at its wells near Acacías was not affected. Major Ana Lucía Peralta, who commands the army's 7th Mountain Battalion, said two men were detained.`);
  const k = kinds(x);
  assert.equal(k('Halvora'), 'organization');
  assert.equal(k('7th Mountain Battalion'), 'organization');
  assert.equal(k('Mountain Battalion'), undefined);
  assert.equal(speakers(x)('output at its wells'), 'Halvora');
});

test('a people or a faith named in the plural after "from" is no place', () => {
  const x = extract(`Market tax
Maiduguri, 9 May 2027

The commander said his men "take no money from Christians or from Kanuris" at the market in Monguno.`);
  const k = kinds(x);
  assert.equal(k('Christians'), undefined);
  assert.equal(k('Monguno'), 'location');
});

test('a minister\'s list of portfolios after a comma is part of the title, no body', () => {
  const x = extract(`Prison riot
Port Vila, 10 May 2027

"Order has been restored," the Minister of Justice, Internal Security and Correctional Services, Marie Kalsakau, told reporters.`);
  const k = kinds(x);
  assert.equal(k('Internal Security and Correctional Services'), undefined);
  assert.equal(k('Marie Kalsakau'), 'person');
  assert.equal(speakers(x)('Order has been restored'), 'Marie Kalsakau');
});

test('a capitalised sentence adverb is no part of a name; a body that "said its fighters …" is an armed group', () => {
  const x = extract(`Raids on the river
Mopti, 11 May 2027

Q: Who attacked the boats?
A: Mostly Katiba Ansar al-Nahr. They came at dawn.

In a recorded message, Ansar al-Nahr said its fighters "harm no fishermen".`);
  const k = kinds(x);
  assert.ok(!x.entities.some((e) => e.name.startsWith('Mostly')));
  assert.equal(k('Ansar al-Nahr'), 'group');
});
