/**
 * Session 15, third round: probes for people and places on unseen text. Each mechanism covers a class of error seen
 * in the texts of at least two writers (fresh25 and an older set); every probe is written for the test (invented
 * wording, set in another part of the world than the texts it was learnt from) and failed on the extractor before its
 * change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './testing/probes.js';

const people = (text: string) => extract(text).entities.filter((e) => e.kind === 'person').map((e) => e.name);

test('a Faroese or Icelandic particle of a name ("á", "í", "við") is part of the name, as Welsh "ap" is', () => {
  const names = people(`Net makers fear for their trade
Lerwick, 4 March 2027

Óli á Lava runs a net loft on the quay. "The boats come less often now," he said. Turið í Dímun, who buys his nets, said the harbour would stay open.`);
  for (const n of ['Óli á Lava', 'Turið í Dímun']) assert.ok(names.includes(n), names.join(' | '));
});

test('a portfolio\'s or a unit\'s subject ("Emergency Management", "Law Enforcement", "Drug Crime") inside an office\'s or a body\'s name is no one\'s name', () => {
  const names = people(`Ferry checks tightened
Hobart, 4 March 2027

The Minister for Police and Emergency Management said that checks would start in May. Captain Aroha Tane, Director of the Division of Fisheries Law Enforcement, said the boats were known. The Major Drug Crime and Money Laundering Agency was also told, and the General Law Enforcement and Border Directorate said it would help.`);
  assert.ok(names.includes('Aroha Tane'), names.join(' | '));
  for (const n of ['Emergency Management', 'Law Enforcement', 'Drug Crime']) assert.ok(!names.includes(n), names.join(' | '));
});

test('a corridor named by its direction or its use ("the Central Corridor", "the Mekong Trade Corridor") is a trade route, no place; a strip of land ("the Wakhan Corridor") stays one', () => {
  const l = extract(`Dam contract signed
Luanda, 4 March 2027

The port of Lobito is a key link in the so-called Central Corridor between Angola and Zambia, officials said. The dam was built as part of the Mekong Trade Corridor, the ministry said. Smugglers cross the Wakhan Corridor on horseback, police said.`).entities.filter((e) => e.kind === 'location').map((e) => e.name);
  for (const n of ['Central Corridor', 'Mekong Trade Corridor']) assert.ok(!l.includes(n), l.join(' | '));
  for (const n of ['Lobito', 'Wakhan Corridor']) assert.ok(l.includes(n), l.join(' | '));
});

test('"Dato" without its apostrophe before a single word is a given name ("Dato Kapanadze"), and a Malaysian style only before a full name', () => {
  const names = people(`Lorry stopped at the border
Gdańsk, 4 March 2027

Dato Kapanadze, a lorry driver, was stopped at the port with 40 crates of cigarettes. In Kuala Lumpur, Dato Sri Rahman Ismail, the chairman of the shipping line, said the crates had been loaded without its knowledge.`);
  for (const n of ['Dato Kapanadze', 'Rahman Ismail']) assert.ok(names.includes(n), names.join(' | '));
});

test('a single unknown name after "on the" that ends the clause ("the terminal on the Quelén.") or after a river\'s reach ("the lower Quelén") is a place; a common word or a polity there ("on the Internet", "war on the Republic") is none', () => {
  const l = extract(`Cocaine found in fish meal
Valparaíso, 4 March 2027

Customs officers found the cocaine in sacks stacked at the terminal on the Quelén. The navy will send two more boats to the lower Maullén after the gangs moved upriver. The photos of the sacks were posted on the Internet. The gang had "declared war on the Republic", the prosecutor said.`).entities.filter((e) => e.kind === 'location').map((e) => e.name);
  for (const n of ['Quelén', 'Maullén']) assert.ok(l.includes(n), l.join(' | '));
  for (const n of ['Internet', 'Republic']) assert.ok(!l.includes(n), l.join(' | '));
});
