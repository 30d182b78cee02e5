/**
 * General mechanisms of quotation attribution (session 14, third round, helper quotes20), each written from a class
 * of errors seen in the texts of at least two different writers (fresh20, fresh18, fresh19), not from their strings.
 * Probe texts written for the test: invented names and wording, set in other parts of the world than the texts the
 * errors came from.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, kinds, speakers } from './testing/probes.js';

test('a person "of the" body speaks, not the body, past the body\'s acronym in parentheses and a lower-case word before its name ("X of the Royal Grenada Police Force (RGPF) told"; "X of the police Serious Fraud Squad says")', () => {
  const x = extract(`3. Deputy Commissioner of Police Rohan Singh-Baptiste of the Royal Grenada Police Force (RGPF) told the Committee that 50 of the guns had entered by sea. He said the RGPF has two boats.

WELLINGTON - Major Kiri Tane of the police Serious Fraud Squad says the rigs are not run by hobbyists.`);
  const said = speakers(x);
  assert.equal(said('50 of the guns had entered by sea'), 'Rohan Singh-Baptiste');
  assert.equal(said('the rigs are not run by hobbyists'), 'Kiri Tane');
});

test('a person\'s name with a particle, then "of the" a body, is the person and the body ("Lucía de la Fuente Rojas of the Prosecutor\'s Office against Money Laundering", "Hamid al-Rashidi of the Nizwa Times", "Ines van Dijk of the FIOD")', () => {
  const x = extract(`ASUNCIÓN, Paraguay - The prosecutor in charge, Lucía de la Fuente Rojas of the Prosecutor's Office against Money Laundering, told a news conference that the mayor had received 300,000 dollars. She said the cash was paid "by the tonne."

THE HAGUE - The investigator, Ines van Dijk of the FIOD, tells me that the brokers use shell firms. She says the money went to Dubai.

Reporters, among them Hamid al-Rashidi of the Nizwa Times, asked about the arrests.`);
  const said = speakers(x);
  assert.equal(said('the mayor had received 300,000 dollars'), 'Lucía de la Fuente Rojas');
  assert.equal(said('the cash was paid'), 'Lucía de la Fuente Rojas');
  assert.equal(said('the brokers use shell firms'), 'Ines van Dijk');
  assert.equal(said('the money went to Dubai'), 'Ines van Dijk');
  const k = kinds(x);
  assert.equal(k('Prosecutor\'s Office against Money Laundering'), 'organization');
  assert.equal(k('FIOD'), 'organization');
  assert.equal(k('Nizwa Times'), 'organization');
  assert.equal(k('Hamid al-Rashidi of the Nizwa Times'), undefined);
});

test('a statement ends before a coordinated clause whose own subject is a body named with its article and an auxiliary before its verb ("…, and the Ghana Cocoa Board has informed the Ministry that …")', () => {
  const x = extract(`ACCRA, Ghana - The Ministry of Food and Agriculture acknowledges that late payment pushes some growers towards smugglers at the Ivorian border, and the Ghana Cocoa Board has informed the Ministry that all payments will be made within ten days from March.`);
  const said = speakers(x);
  assert.equal(said('late payment pushes some growers towards smugglers'), 'Ministry of Food and Agriculture');
  assert.equal(said('all payments will be made within ten days'), 'Ghana Cocoa Board');
});

test('a given name alone that opens its sentence before ", who …" is a person, and the "he" after speaks for them ("Tomasz, who keeps eleven machines in a barn, does not hide them.")', () => {
  const x = extract(`The villages along the river are quiet in winter.

Tomasz, who keeps eleven machines in a barn behind his house near Przemyśl, does not hide them. He lets me in.

"They took my job in 2023," he says.`);
  assert.equal(kinds(x)('Tomasz'), 'person');
  assert.equal(speakers(x)('They took my job in 2023'), 'Tomasz');
});

test('a person who "calls himself" a name is a person by that name, and the sentence that opens with the unnamed "A man" and gives that name is no bar to the "he" after ("A man who calls himself El Tigre agrees to meet me")', () => {
  const x = extract(`A man who calls himself El Tigre agrees to meet me behind a closed bar on the road to Tapachula. He has taken trucks across, he says, eleven times.

"I do not force anybody," he says.`);
  const said = speakers(x);
  assert.equal(kinds(x)('El Tigre'), 'person');
  assert.equal(said('He has taken trucks across'), 'El Tigre');
  assert.equal(said('I do not force anybody'), 'El Tigre');
});

test('Swahili styles before a name ("Dkt.", "Mhe.", "Bw.", "Bi.") are honorifics, dropped from the name, and their full stop ends no sentence', () => {
  const x = extract(`KISUMU, Kenya - The Lake Basin Development Authority said fish landings fell by a fifth this year. Its Managing Director, Dkt. Otieno Ouma Odhiambo, has advised that boats be licensed every year. Bi. Akinyi Onyango said the traders had left. Mhe. Kefa Ombati told the county assembly that patrols would double.`);
  const said = speakers(x);
  const k = kinds(x);
  assert.equal(k('Otieno Ouma Odhiambo'), 'person');
  assert.equal(k('Dkt'), undefined);
  assert.equal(said('boats be licensed every year'), 'Otieno Ouma Odhiambo');
  assert.equal(said('the traders had left'), 'Akinyi Onyango');
  assert.equal(said('patrols would double'), 'Kefa Ombati');
});

test('a bare plural with a lower-case word of what they do before it, and an adverb after its auxiliary ("Human rights groups have long said the …"), is a subject that names nobody: a statement with no speaker', () => {
  const x = extract(`DHAKA, Bangladesh - The Anti-Corruption Commission charged four port officials on Monday. Labour rights groups have long said the commission pursues some cases and drops others.`);
  assert.equal(speakers(x)('the commission pursues some cases and drops others'), null);
});

test('a person "of the" a unit "of the" the body it belongs to, with the body\'s acronym before the verb, speaks ("Commander X of the Coast Guard of the Barbados Defence Force (BDF) said that")', () => {
  const x = extract(`4. Commander Shanice Alleyne-Best of the Coast Guard of the Barbados Defence Force (BDF) said that the Coast Guard had three interceptor boats for the whole of the east coast. She asked the Committee to support the purchase of a radar station.`);
  assert.equal(speakers(x)('the Coast Guard had three interceptor boats'), 'Shanice Alleyne-Best');
});
