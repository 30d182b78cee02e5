/**
 * General mechanisms of quotation attribution (session 14, second round, helper quotes18), each written from a class
 * of errors seen in the texts of at least two different writers (fresh18, fresh19, fresh16, fresh15), not from their
 * strings. Probe texts written for the test: invented names and wording, set in other parts of the world than the
 * texts the errors came from.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, speakers } from './testing/probes.js';

test('a body\'s own document ("NamPol\'s Action Plan on Cattle Theft 2026-2029 states that") is named with its span of years after its subject, and speaks', () => {
  const x = extract(`WINDHOEK, Namibia - The Namibian Police Force (NamPol) told the committee that 3,100 cattle were stolen last year. NamPol added that most were moved across the border at night.

NamPol's Action Plan on Cattle Theft 2026-2029 states that "no single farm can guard a border." It sets no target for patrols.`);
  const said = speakers(x);
  assert.equal(said('no single farm can guard a border'), 'Action Plan on Cattle Theft 2026-2029');
});

test('a named study or audit ("The Andean Water Study, published by …, found that"; "the study recommends", "the audit says") is a document that speaks', () => {
  const x = extract(`LA PAZ, Bolivia - The Andean Water Study, published by the Universidad Mayor de San Andrés in 2024, found that glacier melt had halved in a decade. The study recommends that towns store rain in the wet season. The Altiplano Mining Audit was presented on Monday. The audit says that four mines pump water from protected wells.`);
  const said = speakers(x);
  assert.equal(said('glacier melt had halved in a decade'), 'Andean Water Study');
  assert.equal(said('towns store rain in the wet season'), 'Andean Water Study');
  assert.equal(said('four mines pump water from protected wells'), 'Altiplano Mining Audit');
});

test('a document\'s title in apposition after its kind and what it is about ("its yearly report on the Sahel, Open Roads 2027, says that") is a document that speaks', () => {
  const x = extract(`NIAMEY, Niger - The Sahel Mobility Observatory says 40 people died on the desert route last year. Its yearly report on the Sahel, Open Roads 2027, says that "the crossings have moved east."`);
  const said = speakers(x);
  assert.equal(said('the crossings have moved east'), 'Open Roads 2027');
});

test('"the Ministry" before a verb and a bare legislature ("The Ministry told Parliament in May that") is still the ministry named before', () => {
  const x = extract(`SUVA, Fiji - The Ministry of Fisheries said on Monday that it would open two new patrol bases on Vanua Levu. Will that help? It will help if there are boats. The Ministry told Parliament in May that the Division needs 90 more officers in the north.`);
  const said = speakers(x);
  assert.equal(said('the Division needs 90 more officers in the north'), 'Ministry of Fisheries');
});

test('"the ministry" is the last body named as a ministry, not one that a description in between was taken for ("the psychiatric hospital")', () => {
  const x = extract(`Thailand's interior ministry said on Monday that it had received no request about the traders.

The Ministry of Health said that admissions to the psychiatric hospital at Pakse had fallen by half since May. The ministry said, however, that most of the new clinics still had no doctors.`);
  const said = speakers(x);
  assert.equal(said('most of the new clinics still had no doctors'), 'Ministry of Health');
});

test('a body called by the short form of its name ("Chilean Customs … Customs recalls that", "the Armed Police Force of Nepal … According to the Armed Police Force,") is that body', () => {
  const x = extract(`1. Chilean Customs informs the public that it has seized 2,000 litres of undeclared fuel at the port of Arica.

2. The fuel was hidden in tanks welded under the trailers. Customs recalls that undeclared imports of fuel are a customs offence under the Ordinance.

3. Customs urges transport companies to inspect their trailers before every crossing.

KATHMANDU - Soldiers and the Armed Police Force of Nepal detained nine men near the border on Monday. According to the Armed Police Force, the men had crossed the river at least four times since June.`);
  const said = speakers(x);
  assert.equal(said('undeclared imports of fuel are a customs offence'), 'Chilean Customs');
  assert.equal(said('inspect their trailers before every crossing'), 'Chilean Customs');
  assert.equal(said('the men had crossed the river at least four times since June'), 'Armed Police Force of Nepal');
});

test('one the text first leaves unnamed, then names in apposition ("said one, who would give only his first name, Tevita"; "A lawyer for two of the men, Dr. Kofi Mensah-Bonsu, said … He said …"), is the one named', () => {
  const x = extract(`NUKU'ALOFA, Tonga - Divers in Vava'u said the boat had come in without lights. "We saw the wake, then nothing," said one, who would give only his first name, Tevita. "In the morning the nets were cut."

Chief Inspector Sione Fifita said the police had found fuel on the beach. He asked the ministry to "send a patrol boat, not a letter."

A lawyer for two of the men, Dr. Kofi Mensah-Bonsu, said his clients would plead not guilty. He said the men had bought the fuel "at the market, like everybody else."`);
  const said = speakers(x);
  assert.equal(said('We saw the wake, then nothing'), 'Tevita');
  assert.equal(said('In the morning the nets were cut'), 'Tevita');
  assert.equal(said('the men had bought the fuel'), 'Kofi Mensah-Bonsu');
});

test('a relative clause between a body and an auxiliary before its verb ("the Philippine embassy in Kuala Lumpur, which covers Brunei, has said that") is skipped: the body speaks, not the country inside the clause', () => {
  const x = extract(`HOST: Dr. Santos, the Philippine embassy in Kuala Lumpur, which covers Brunei, has said that it is working with the local authorities "to bring our workers home." Is that enough?`);
  const said = speakers(x);
  assert.equal(said('it is working with the local authorities'), 'Philippine embassy');
});

test('a body\'s acronym in parentheses may stand among the words between a verb and its "that" ("said in a statement carried by the Oman News Agency (ONA) that")', () => {
  const x = extract(`MUSCAT, Oman - The Royal Oman Police said in a statement carried by the Oman News Agency (ONA) that the dhow was stopped 12 nautical miles off Sur.`);
  const said = speakers(x);
  assert.equal(said('the dhow was stopped 12 nautical miles off Sur'), 'Royal Oman Police');
});

test('after a quotation, a body\'s spokesperson named in apposition ("MINDEF\'s spokesman, Colonel X, told", "a Hawks spokesperson, Colonel Y, said") is the person named, not the body', () => {
  const x = extract(`HANOI, Vietnam - Smugglers struck a border post in Lang Son on Monday, the Border Guard Command (BGC) said in a statement.

"This was planned by men who know the hills," the BGC's spokesman, Colonel Tran Van Hieu, told reporters in Hanoi. "They will not turn the forest into a hiding place."

"We are following the trucks, not the porters," a Border Guard spokeswoman, Major Le Thi Mai, said.`);
  const said = speakers(x);
  assert.equal(said('This was planned by men who know the hills'), 'Tran Van Hieu');
  assert.equal(said('They will not turn the forest into a hiding place'), 'Tran Van Hieu');
  assert.equal(said('We are following the trucks, not the porters'), 'Le Thi Mai');
});

test('a lede\'s trailing "the interior ministry said" / "the migration agency said" is the body the next sentence names in full ("The Ministry of the Interior said …")', () => {
  const x = extract(`SANTIAGO, Chile - Police seized two tonnes of copper cable from a warehouse near Antofagasta on Tuesday and detained six men, the interior ministry said.

The Ministry of the Interior said in a statement that the cable had been stolen from a mine.`);
  assert.equal(speakers(x)('Police seized two tonnes of copper cable'), 'Ministry of the Interior');
  const y = extract(`BUENOS AIRES - Eleven migrants were found in a truck near Salta on Sunday, the migration agency said.
The National Migration Agency said the driver had fled.`);
  assert.equal(speakers(y)('Eleven migrants were found in a truck near Salta'), 'National Migration Agency');
});

test('a short reply quoted on its own and closed by its comma and its speaker\'s verb ("“Nobody came,” he said.") is a statement, and the quotation after it goes on with the same speaker', () => {
  const x = extract(`In Ulaangom, a herder, Batbayar Dorjsuren, said lorries had crossed his pasture at night "for months." He said he had reported them to the police. "Nobody came," he said. "Now they come with drones."`);
  const said = speakers(x);
  assert.equal(said('Nobody came'), 'Batbayar Dorjsuren');
  assert.equal(said('Now they come with drones'), 'Batbayar Dorjsuren');
});

test('an attributed position in the plural present ("Investigators consider that …") is a statement, as "The Directorate considers that" is', () => {
  const x = extract(`ASTANA, Kazakhstan - Border guards detained four men near the river crossing on Monday. Investigators consider that the men belong to a wider network that moves hashish north by road.`);
  assert.equal(speakers(x)('the men belong to a wider network that moves hashish north by road'), null);
});

test('a parenthetical attribution by a bare plural of people ("By night, people say, it belongs …") or with the one told ("…, she tells me, but …") frames its sentence', () => {
  const x = extract(`KOROR, Palau - The skiffs leave from the north beach when there is no moon. By day it is a quiet place. By night, locals say, it belongs to other men.

Commander Ilana Ngirmang, the marine police spokeswoman, says the unit has asked for two more boats.

The organisers are not fishermen, she tells me, but businessmen who buy the skiffs and pay for silence.`);
  const said = speakers(x);
  assert.equal(said('it belongs to other men'), null);
  assert.equal(said('The organisers are not fishermen'), 'Ilana Ngirmang');
});

test('a quotation paragraph with no attribution after the reporter\'s question ("When I ask whether the village is angry, she looks at the sea.") is the answer of the one asked', () => {
  const x = extract(`Dr. Teresa Nakamura, the doctor of the island clinic, treats the men the boats bring back. She says the prefecture has promised "a doctor every month, not every year." When I ask whether the village is angry, she looks at the sea for a long time.

"Angry, no. Tired. Every house here has lost somebody to the water."`);
  assert.equal(speakers(x)('Every house here has lost somebody to the water'), 'Teresa Nakamura');
});
