/**
 * Session 16, roles16: people by what they do and are: the world's occupations (ISCO's major groups), the roles of
 * public, community and religious life, relations and statuses, and the nouns people share with companies, decided by
 * the name. Chosen from what is known of the world, not from any set's errors; every probe is invented and failed
 * before its family's change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, kinds, speakers } from './testing/probes.js';

/** Each name is a person's, and the words after "said" or the quotation are theirs. */
function peopleSpeak(text: string, said: Record<string, string>): void {
  const x = extract(text);
  const kind = kinds(x);
  const who = speakers(x);
  for (const [name, frag] of Object.entries(said)) {
    assert.equal(kind(name), 'person', `${name}: ${x.entities.map((e) => `${e.kind}:${e.name}`).join(' | ')}`);
    assert.equal(who(frag), name, frag);
  }
}

test('occupations of every ISCO major group ("a baker", "a deckhand", "a stevedore", "a seamstress", "a beekeeper") make a name a person', () => {
  peopleSpeak(`Prices and wages along the coast
Mombasa, 4 March 2027

Kofi Mensah, a baker in Kumasi, said flour had doubled. Tomas Reyes, a deckhand from Cebu, said the crew had not been paid since June. Baraka Otieno, a stevedore at the old port, said the cranes stood idle. Nguyen Thi Lan, a seamstress, said orders from Europe had stopped. Aigerim Bekova, a beekeeper near Almaty, said the spring came late. Rafael Quispe, a plumber in El Alto, said pipes froze every night. Sione Tupou, a carpenter, said timber now came by ship.`, {
    'Kofi Mensah': 'flour had doubled',
    'Tomas Reyes': 'the crew had not been paid',
    'Baraka Otieno': 'the cranes stood idle',
    'Nguyen Thi Lan': 'orders from Europe',
    'Aigerim Bekova': 'the spring came late',
    'Rafael Quispe': 'pipes froze',
    'Sione Tupou': 'timber now came',
  });
});

test('roles of community and religious life ("the harbour master", "a Maori elder", "the village headman", "a griot", "the sarpanch") make a name a person', () => {
  peopleSpeak(`Land and water disputes
Dar es Salaam, 4 March 2027

Halima Mrisho, the harbour master, said the inspections would go on all week. Hemi Walker, a Maori elder, said the land was sacred. Joseph Banda, the village headman, said the boreholes had dried up. Mamadou Kouyaté, a griot from Kita, said the songs remembered the flood. Ramesh Yadav, the sarpanch, said the canal had been promised twice. Tavita Leota, a matai of the village, said the chiefs would meet. Abu Hassan, the mukhtar, said the families had returned.`, {
    'Halima Mrisho': 'the inspections would go on',
    'Hemi Walker': 'the land was sacred',
    'Joseph Banda': 'the boreholes had dried up',
    'Mamadou Kouyaté': 'the songs remembered',
    'Ramesh Yadav': 'the canal had been promised',
    'Tavita Leota': 'the chiefs would meet',
    'Abu Hassan': 'the families had returned',
  });
});

test('a body\'s noun before a role noun qualifies the role ("the electoral commission chair", "a bank manager"): the name is a person\'s', () => {
  peopleSpeak(`Poll dates set
Lusaka, 4 March 2027

Mwila Banda, the electoral commission chair, said the vote would be in August. Ines Moreau, a bank manager in Lyon, said loans had slowed.`, {
    'Mwila Banda': 'the vote would be in August',
    'Ines Moreau': 'loans had slowed',
  });
});

test('relations and statuses ("his cousin", "a detainee", "an asylum seeker", "a passenger", "a tourist") make a name a person', () => {
  peopleSpeak(`After the crossing
Lampedusa, 4 March 2027

Yonas Tesfay, an asylum seeker from Asmara, said the boat had drifted for two days. Ahmad Karimi, his cousin, said they had paid twice. Leila Haddad, a detainee at the centre, said the food was short. Ingrid Larsen, a passenger on the ferry, said the sea was rough. Kenji Watanabe, a tourist from Osaka, said the port was closed. Maria Kowalska, his fiancée, said she would wait.`, {
    'Yonas Tesfay': 'the boat had drifted',
    'Ahmad Karimi': 'they had paid twice',
    'Leila Haddad': 'the food was short',
    'Ingrid Larsen': 'the sea was rough',
    'Kenji Watanabe': 'the port was closed',
    'Maria Kowalska': 'she would wait',
  });
});

test('nouns people share with companies ("an importer", "a crane operator", "a broker") are a person\'s by a given name, and a company\'s stays a company', () => {
  const text = `Port delays
Klang, 4 March 2027

Sarah Collins, a British importer, said costs had doubled. Siti Nurhaliza, an operator, said the queue was long. John Miller, a crane operator, said the cranes stopped at noon. Chidi Okafor, a customs broker in Lagos, said the forms had changed. Pristan Terminals, a port operator, said it would expand. Amani Freight Ltd, a freight forwarder, said it had cut routes. Grace Logistics, a haulier, said it would add trucks. Joseph Importers, a wholesaler, said stock was low. Thomas Cook, a tour operator, said its flights were full. Juan Pérez is a crane operator in Callao.`;
  peopleSpeak(text, {
    'Sarah Collins': 'costs had doubled',
    'Siti Nurhaliza': 'the queue was long',
    'John Miller': 'the cranes stopped',
    'Chidi Okafor': 'the forms had changed',
  });
  const kind = kinds(extract(text));
  for (const n of ['Pristan Terminals', 'Amani Freight Ltd', 'Grace Logistics', 'Joseph Importers', 'Thomas Cook']) assert.equal(kind(n), 'organization', n);
  assert.equal(kind('Juan Pérez'), 'person');
});

test('a role noun written with a capital before a given name ("Shopkeeper Gul Ahmad", "Harbour Master Halima Mrisho") is a title, not part of the name', () => {
  const text = `Roads and ports
Kabul, 4 March 2027

Shopkeeper Gul Ahmad said the road had been shut for a week. Harbour Master Halima Mrisho said the ferries would sail on Friday. Fisherwoman Awa Ndiaye said the catch was poor. Village Headman Joseph Phiri said the bridge was gone. "Prices have doubled," the shopkeeper said.`;
  peopleSpeak(text, {
    'Gul Ahmad': 'Prices have doubled',
    'Halima Mrisho': 'the ferries would sail',
    'Awa Ndiaye': 'the catch was poor',
    'Joseph Phiri': 'the bridge was gone',
  });
  const names = extract(text).entities.map((e) => e.name);
  assert.ok(!names.some((n) => /^(?:Shopkeeper|Harbour|Fisherwoman|Village)\b/.test(n)), names.join(' | '));
});

test('work of the world\'s regions by its local names ("a stockman", "a kayayo", "a seringueiro", "a crofter", "a mahout") makes a name a person', () => {
  peopleSpeak(`Work and weather
Accra, 4 March 2027

Jack Thompson, a stockman near Longreach, said the rain came late. Ama Serwaa, a kayayo at the market, said the loads were heavier. Bruno Silva, a seringueiro in Acre, said the trees were dying. Iain MacLeod, a crofter on Lewis, said the ferry was cancelled. Somchai Boonmee, a mahout, said the elephants were thin.`, {
    'Jack Thompson': 'the rain came late',
    'Ama Serwaa': 'the loads were heavier',
    'Bruno Silva': 'the trees were dying',
    'Iain MacLeod': 'the ferry was cancelled',
    'Somchai Boonmee': 'the elephants were thin',
  });
});
