/**
 * Session 14, second round (helper orgs18) probes for organisation and group mechanisms backed by errors in the texts
 * of at least two writers (fresh15, fresh16, fresh18, fresh19). Each probe is written for the test (invented wording,
 * places from another part of the world than the sets it was learnt from) and failed before its mechanism.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './testing/probes.js';

const orgs = (text: string) => extract(text).entities.filter((e) => e.kind === 'organization').map((e) => e.name);

test('a body named in French or Italian runs on through lower-case words of its own language to a capitalised word after "de", "du", "delle" …', () => {
  const o = orgs(`Port checks
Dakar, 4 June 2027

The Société de transport public du Sénégal said two buses had burned. The Direction maritime de l'Afrique de l'Ouest says it has sent a second boat, and the Office de protection civile du Mali said so too. The Maritime Section of the Service de protection de la Ville de Dakar (SPVD) told reporters that the beach would stay closed. In Lugano, the Servizio cantonale e delle Acque said the lake was clean, and the Garante per la tutela dei minori stranieri said it had been told of the case.`);
  for (const n of ['Société de transport public du Sénégal', "Direction maritime de l'Afrique de l'Ouest", 'Office de protection civile du Mali', 'Maritime Section', 'Service de protection de la Ville de Dakar', 'Servizio cantonale e delle Acque', 'Garante per la tutela dei minori stranieri']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('a country\'s body named by a possessive and lower-case words: a service with its portfolio, an "anti-" force, "transportation", and police that "say"', () => {
  const o = orgs(`Border checks
Kathmandu, 4 June 2027

Nepal's anti-trafficking police said on Monday that they had stopped a bus at Birgunj. India's immigration service has informed Nepal that two agents were held. Bhutan's police say they have found no trace of the group. Bangladesh's transportation ministry wrote to the bus companies that checks would be tightened.`);
  for (const n of ["Nepal's anti-trafficking police", "India's immigration service", "Bhutan's police", "Bangladesh's transportation ministry"]) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(!o.includes('trafficking police'), o.join(' | '));
});

test('a unit named after a body\'s possessive: a legislature\'s committee with its own subject is a second body, and capitalised words after "the police\'s", "the army\'s" name a unit', () => {
  const o = orgs(`Poaching
Ulaanbaatar, 4 June 2027

Batbayar Dorj, who chairs Parliament's Committee on Environment and Tourism, urged the government to act. The army's Gobi Border Wing crossed the pass on Tuesday, and the police's Steppe Patrol escorted the trucks to the border.`);
  for (const n of ['Parliament', 'Committee on Environment and Tourism', 'Gobi Border Wing', 'Steppe Patrol']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(!o.includes("Parliament's Committee on Environment and Tourism"), o.join(' | '));
  // (Not a person or a plan after the possessive.)
  const x = orgs(`Roads
Ulaanbaatar, 4 June 2027

The police's Michael Ganbaatar said the road was closed. The ministry's Vision 2050 plan was launched.`);
  for (const n of ['Michael Ganbaatar', 'Vision']) assert.ok(!x.includes(n), x.join(' | '));
});

test('a company named in apposition after what it is to the story: "one of the brokers, X,", "the trawler\'s manager, X,"', () => {
  const o = orgs(`Fuel smuggling
Port Louis, 4 June 2027

Customs said one of the brokers, Tavaro, had filed 30 declarations. The trawler's manager, Hannah Tideway, a company registered in Réunion, did not answer calls.`);
  for (const n of ['Tavaro', 'Hannah Tideway']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  // (A person so placed stays a person: "The ship's owner, Grace Wanjiru, said she had sold it.")
  const p = extract(`Fuel smuggling
Port Louis, 4 June 2027

One of the operators, Peter Kamau, said the boats were late. The ship's owner, Grace Wanjiru, said she had sold it.`).entities.filter((e) => e.kind === 'person').map((e) => e.name);
  for (const n of ['Peter Kamau', 'Grace Wanjiru']) assert.ok(p.includes(n), `${n}: ${p.join(' | ')}`);
});

const groups = (text: string) => extract(text).entities.filter((e) => e.kind === 'group').map((e) => e.name);

test('a group named by what others call "them" after a network is spoken of, and "the largest of which investigators know as X"', () => {
  const g = groups(`Cattle raids
Juba, 4 June 2027

HOST: Is there a name for this network of raiders?

OKELLO: The herders call them the Nile Shadows, because they move at night. They are armed with rifles.

The inspector said that police had mapped six smuggling networks along the border, the largest of which detectives know as Red Acacia.`);
  for (const n of ['Nile Shadows', 'Red Acacia']) assert.ok(g.includes(n), `${n}: ${g.join(' | ')}`);
});

test('a messaging or social platform named as the channel used, a "channel" on it or after a possessive and an adjective, is a product, no organisation', () => {
  const o = orgs(`Recruitment
Manila, 4 June 2027

Recruiters posted the offers on a TikTok channel run from Cebu. Families were told to write to the agency's official WeChat account, and some used an encrypted Facebook chat.`);
  for (const n of ['TikTok', 'Facebook']) assert.ok(!o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('an acronym after a unit "of the" its body that spells the body names the body beside its unit', () => {
  const o = orgs(`Poaching flights
Gaborone, 4 June 2027

Major Kagiso Molefe of the Air Support Command of the Botswana Defence Force (BDF) said that the Command had flown 40 patrols. The ministry will buy two helicopters for the BDF.`);
  for (const n of ['Air Support Command', 'Botswana Defence Force']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('a ministry\'s list of portfolios with commas and "and" is one name; a list of bodies with their own articles is not', () => {
  const o = orgs(`Border posts
Maseru, 4 June 2027

The Ministry of Immigration, Customs and Border Services said on Monday that two posts would close. The Ministry of Health, the Red Cross and UNICEF said the clinics stay open.`);
  assert.ok(o.includes('Ministry of Immigration, Customs and Border Services'), o.join(' | '));
  for (const n of ['Ministry of Health', 'Red Cross']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('a body named only on the letterhead in capitals is the sender\'s page furniture, no body the text is about; one named again in the text stays', () => {
  const o = orgs(`NATIONAL ASSEMBLY OF ZAMBIA
SELECT COMMITTEE ON FISHERIES

Report on the Inquiry into Fish Smuggling on Lake Kariba
Lusaka, 4 June 2027

1. The Select Committee on Fisheries heard that boats from the south crossed the lake at night.
2. The Department of Fisheries told the Committee that it had seized 30 nets.`);
  assert.ok(!o.includes('National Assembly of Zambia'), o.join(' | '));
  for (const n of ['Select Committee on Fisheries', 'Department of Fisheries']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});
