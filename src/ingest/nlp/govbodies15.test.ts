/**
 * Session 15, govbodies15: public bodies named in their own language, covered by the world's conventions (the head
 * words that open or close a body's name, language by language), not by any set's errors. Every sentence is invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './testing/probes.js';

const orgs = (text: string) => extract(text).entities.filter((e) => e.kind === 'organization').map((e) => e.name);

test('a police force, a customs service, a prosecution or a court opening its own-language name is a body (Dutch, Finnish, Polish, Portuguese, Spanish, Malay, Indonesian)', () => {
  const names = orgs(`Harbour checks tightened
Rotterdam, 4 March 2027

Officers of the Politie Zeeland said they had stopped the barge. The Poliisi Lappi joined the search, and the Prokuratura Krajowa opened a case. The Alfândega do Porto held the cargo and the Aduana Nacional seized the fuel. In Kuala Lumpur the Jabatan Kastam Diraja agreed, while in Jakarta the Badan Narkotika Nasional and the Kejaksaan Agung said they would help.`);
  for (const n of ['Politie Zeeland', 'Poliisi Lappi', 'Prokuratura Krajowa', 'Alfândega do Porto', 'Aduana Nacional', 'Jabatan Kastam Diraja', 'Badan Narkotika Nasional', 'Kejaksaan Agung']) assert.ok(names.includes(n), names.join(' | '));
});

test('a Turkish or Azerbaijani body closes its name with a possessive head ("Bakanlığı", "Mahkemesi", "Komutanlığı", "Nazirliyi")', () => {
  const names = orgs(`Fuel seized at sea
Izmir, 4 March 2027

The Ticaret Bakanlığı said the tanker had been stopped. The Sahil Güvenlik Komutanlığı helped, and the Izmir Cumhuriyet Başsavcılığı opened a case. The Danıştay Dava Daireleri did not comment, but the Anayasa Mahkemesi will hear the appeal. In Baku the Daxili İşlər Nazirliyi said it had been told.`);
  for (const n of ['Ticaret Bakanlığı', 'Sahil Güvenlik Komutanlığı', 'Izmir Cumhuriyet Başsavcılığı', 'Anayasa Mahkemesi', 'Daxili İşlər Nazirliyi']) assert.ok(names.includes(n), names.join(' | '));
});

test('a German, Dutch, Nordic or Finnish body written as one compound ("Kystverket", "Finanstilsynet", "Poliisihallitus") is a body', () => {
  const names = orgs(`Fishing fleet fined
Bergen, 4 March 2027

Fiskeridirektoratet said the trawler had been fined, and Kystverket sent a tug. Søfartsstyrelsen and Finansinspektionen were told. The Belastingdienst in Utrecht agreed, and Poliisihallitus said it would help. Maahanmuuttovirasto said nothing. In Hamburg the Generalstaatsanwaltschaft opened a case.`);
  for (const n of ['Fiskeridirektoratet', 'Kystverket', 'Søfartsstyrelsen', 'Finansinspektionen', 'Belastingdienst', 'Poliisihallitus', 'Maahanmuuttovirasto', 'Generalstaatsanwaltschaft']) assert.ok(names.includes(n), names.join(' | '));
});

test('Swahili, Polish and Brazilian openers of a body ("Wizara", "Mahakama", "Jeshi", "Straż", "Komenda", "Marinha") make a body', () => {
  const names = orgs(`Smuggling ring broken
Mombasa, 4 March 2027

The Wizara ya Mambo ya Ndani said the dhow had been seized, and the Mahakama Kuu will hear the case. The Jeshi la Polisi Tanzania helped. In Gdańsk the Straż Graniczna and the Komenda Główna Policji stopped a lorry, and the Służba Celna held its cargo. Off Santos the Marinha do Brasil searched a second boat.`);
  for (const n of ['Wizara ya Mambo ya Ndani', 'Mahakama Kuu', 'Jeshi la Polisi Tanzania', 'Straż Graniczna', 'Komenda Główna Policji', 'Służba Celna', 'Marinha do Brasil']) assert.ok(names.includes(n), names.join(' | '));
});

test('an ombudsperson\'s office or an anti-corruption establishment closes a body\'s name', () => {
  const names = orgs(`Tender inquiry widens
Lahore, 4 March 2027

The Punjab Anti-Corruption Establishment arrested two officials on Monday. In Lilongwe the Malawi Ombudsperson said a second tender was under review.`);
  for (const n of ['Punjab Anti-Corruption Establishment', 'Malawi Ombudsperson']) assert.ok(names.includes(n), names.join(' | '));
});

test('a treasury, a revenue service, a national security police or an audit office in its own language is a body ("Receita Federal", "Sûreté nationale", "Riksrevisionen", "Algemene Rekenkamer")', () => {
  const names = orgs(`Audit of the port tender
Brussels, 4 March 2027

The Receita Federal and the Tesouro Nacional said the tender in Santos was flawed. In Niamey the Sûreté nationale opened a case. Riksrevisionen in Stockholm and Rigsrevisionen in Copenhagen audited the shipping line, and the Algemene Rekenkamer and the Bundesrechnungshof said they would follow.`);
  for (const n of ['Receita Federal', 'Tesouro Nacional', 'Sûreté nationale', 'Riksrevisionen', 'Rigsrevisionen', 'Algemene Rekenkamer', 'Bundesrechnungshof']) assert.ok(names.includes(n), names.join(' | '));
});

test('a parliament or a council opened by its own-language name ("Skupština", "Majlis", "Sangguniang", "Landtag", "Sejm") or standing alone ("Senát", "Bürgerschaft") is a body', () => {
  const names = orgs(`Vote on the port law
Podgorica, 4 March 2027

The Skupština Crne Gore passed the bill, and in Prague the Senát agreed. The Majlis Ash-Shura in Muscat debated a similar law. The Sangguniang Panlalawigan of Cebu and the Assembleia Nacional in Luanda voted for it. In Germany the Landtag Brandenburg and the Bürgerschaft in Bremen agreed, while the Sejm Śląski in Katowice put off its vote.`);
  for (const n of ['Skupština Crne Gore', 'Senát', 'Majlis Ash-Shura', 'Sangguniang Panlalawigan of Cebu', 'Assembleia Nacional', 'Landtag Brandenburg', 'Bürgerschaft', 'Sejm Śląski']) assert.ok(names.includes(n), names.join(' | '));
});

test('a security or intelligence service or a central bank in its own language is a body ("Suojelupoliisi", "Kaitsepolitseiamet", "Sluzhba Bezpeky Ukrainy", "Mukhabarat", "Sveriges Riksbank")', () => {
  const names = orgs(`Spy case
Tallinn, 4 March 2027

Kaitsepolitseiamet arrested the man on Monday, and Suojelupoliisi in Helsinki said it had been told. The Sluzhba Bezpeky Ukrainy and the Verfassungsschutz agreed. In Amman the Mukhabarat said nothing. The Sveriges Riksbank and the Suomen Pankki froze his accounts.`);
  for (const n of ['Kaitsepolitseiamet', 'Suojelupoliisi', 'Sluzhba Bezpeky Ukrainy', 'Verfassungsschutz', 'Mukhabarat', 'Sveriges Riksbank', 'Suomen Pankki']) assert.ok(names.includes(n), names.join(' | '));
});
