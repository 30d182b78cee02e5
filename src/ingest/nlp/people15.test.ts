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

test('name particles and filiation markers of many languages ("af", "ten", "vom", "degli", "e", "el", "ben", "bte", "ould", "Ts.") join the name', () => {
  const text = `Harbour fees rise again
Nouakchott, 4 March 2027

Fishing crews have cut their trips. Sidi ould Cheikh, a boat owner, said fuel had doubled. Anna af Trolle, a fisherman, said prices would rise. Jan ten Hoeve, a trader, said the same. Karl vom Stein, a lawyer, said the same, and Marco degli Esposti, a shipping agent, agreed. Maria da Silva e Costa, a teacher, said the quotas were fair. Omar el Mahdi, a captain, said nothing had changed. Adel ben Youssef, a captain, said he would sail. Siti bte Hassan, a farmer, said she would leave early. Ts. Elbegdorj, a herder, said he would wait.`;
  const names = people(text);
  for (const n of ['Sidi ould Cheikh', 'Anna af Trolle', 'Jan ten Hoeve', 'Karl vom Stein', 'Marco degli Esposti', 'Maria da Silva e Costa', 'Omar el Mahdi', 'Adel ben Youssef', 'Siti bte Hassan', 'Ts. Elbegdorj']) assert.ok(names.includes(n), names.join(' | '));
});

test('an Italian woman\'s style cut short with its ending after the stop ("Sig.ra", "Dott.ssa", "Prof.ssa") is no part of the name', () => {
  const names = people(`Hospital wing reopens
Bari, 4 March 2027

Patients returned on Monday. Dott.ssa Paola Neri, a doctor, said the ward was ready. Sig.ra Anna Greco, a farmer, said she had waited a year. Prof.ssa Laura Ferri, a teacher, said the town was relieved.`);
  for (const n of ['Paola Neri', 'Anna Greco', 'Laura Ferri']) assert.ok(names.includes(n), names.join(' | '));
  assert.ok(!names.some((n) => /^(?:Dott|Sig|Prof)\./.test(n)), names.join(' | '));
});

test('the connective of a South Asian or Arabic compound name written apart ("ul", "ud", "ur", "ad") joins the name', () => {
  const names = people(`Canal levy doubled
Multan, 4 March 2027

Growers say they cannot pay. Mehboob ul Haq, a farmer, said the water came late. Nizam ud Din, a teacher, said the schools had closed. Habib ur Rehman, a lawyer, said he would appeal. Salah ad Din Yusuf, a farmer, agreed.`);
  for (const n of ['Mehboob ul Haq', 'Nizam ud Din', 'Habib ur Rehman', 'Salah ad Din Yusuf']) assert.ok(names.includes(n), names.join(' | '));
});

test('styles of the Caucasus, Cambodia, Kurdistan and diplomacy ("Batono", "Tikin", "Samdech", "Oknha", "Kak", "H.E.") are no part of the name', () => {
  const names = people(`Trade fair opens
Tbilisi, 4 March 2027

Exhibitors arrived on Monday. Batono Giorgi Beridze, a farmer, said the wine was ready. Tikin Anahit Sargsyan, a teacher, said the stalls were full. Oknha Ly Vannak, a trader, said the rice would sell. Kak Hoshyar Rasul, a lawyer, said the border was open. H.E. Mary Wanjiru, the ambassador, said the fair would return.`);
  for (const n of ['Giorgi Beridze', 'Anahit Sargsyan', 'Ly Vannak', 'Hoshyar Rasul', 'Mary Wanjiru']) assert.ok(names.includes(n), names.join(' | '));
  assert.ok(!names.some((n) => /^(?:Batono|Tikin|Oknha|Kak|H\.E\.) /.test(n)), names.join(' | '));
});

test('a comrade\'s style ("Cde", "Comrade", "Compañera", "Companheiro") is no part of the name', () => {
  const names = people(`Party congress ends
Harare, 4 March 2027

Delegates left on Sunday. Cde Tendai Moyo, a farmer, said the vote was fair. Comrade Rudo Chikore, a teacher, said the youth had been heard. Compañera Rosa Díaz, a guest from Managua, said the talks had helped. Companheiro Joaquim Neto, a lawyer, agreed.`);
  for (const n of ['Tendai Moyo', 'Rudo Chikore', 'Rosa Díaz', 'Joaquim Neto']) assert.ok(names.includes(n), names.join(' | '));
});
