/**
 * Session 15, people15: styles and name particles covered language by language from what is known of the world's
 * naming conventions, not from any set's errors. Every probe is invented and failed before its family's change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './testing/probes.js';

const persons = (text: string) => extract(text).entities.filter((e) => e.kind === 'person');
const people = (text: string) => persons(text).map((e) => e.name);

test('styles of address of many languages ("Deputada", "Mgr.", "Ntate", "Fru", "Ginoong", "Obbo", "Sheikha") are no part of the name', () => {
  const text = `Regional forum on water rights
Maseru, 4 March 2027

Deputada Ana Lúcia Moreira opened the session. Ntate Lerato Mokoena, a farmer, and Mma Kgomotso Sebego spoke for the villages. Fru Ingrid Solberg of Bergen and Dhr. Pieter Janssens listened. Mgr. Tomáš Dvořák said the courts were slow, and Domnul Andrei Popescu agreed. Obbo Tesfaye Gudina and Marwo Hodan Warsame asked about wells. Ginoong Ramon Villanueva and Sheikha Latifa Al Mansoori closed the day. Sayın Emre Aksoy and Mnr. Johan Botha were absent.`;
  const names = people(text);
  for (const n of ['Ana Lúcia Moreira', 'Lerato Mokoena', 'Kgomotso Sebego', 'Ingrid Solberg', 'Pieter Janssens', 'Tomáš Dvořák', 'Andrei Popescu', 'Tesfaye Gudina', 'Hodan Warsame', 'Ramon Villanueva', 'Latifa Al Mansoori', 'Emre Aksoy', 'Johan Botha']) assert.ok(names.includes(n), names.join(' | '));
  assert.ok(!names.some((n) => /^(?:Deputada|Ntate|Mma|Fru|Dhr|Mgr|Domnul|Obbo|Marwo|Ginoong|Sheikha|Sayın|Mnr)\b/.test(n)), names.join(' | '));
});

test('a style that is also a word or a given name ("Pani", "Ibu", "Dona") is a style only before a full name', () => {
  const names = people(`Market traders meet the council
Warsaw, 4 March 2027

Pani Katarzyna Nowak, who sells bread, said rents had doubled. Ibu Sri Wahyuni, a trader from Surabaya, and Dona Maria Aparecida Santos, from Recife, agreed.`);
  for (const n of ['Katarzyna Nowak', 'Sri Wahyuni', 'Maria Aparecida Santos']) assert.ok(names.includes(n), names.join(' | '));
});
