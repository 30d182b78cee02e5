/**
 * Reported demands and questions (session 7's decision, as in the PARC attribution corpus): "X called on Y to …",
 * "X urged Y to …", "X asked Y to / whether …" are statements of X whose content is the clause; "called for calm"
 * is none. Probe texts written for the test (invented names and wording, not taken from an evaluation text).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, kinds, speakers } from './testing/probes.js';

test('a demand with a clause is a statement of the one who makes it; a bare "called for" is not', () => {
  const x = extract(`Floods
Maputo, 4 March 2027

Governor Amélia Chissano called on residents of the lower valley to leave their homes before nightfall.
The National Institute for Disaster Management urged fishing crews to stay in port until Friday.
The mayor, Tomás Langa, appealed to the national government to send boats and fuel.
Chissano also called for calm.
A nurse who asked not to be named said the clinic was full.`);
  const said = speakers(x);
  assert.equal(said('leave their homes before nightfall'), 'Amélia Chissano');
  assert.equal(said('stay in port until Friday'), 'National Institute for Disaster Management');
  assert.equal(said('send boats and fuel'), 'Tomás Langa');
  assert.equal(said('calm'), undefined);
  assert.ok(!x.quotes.some((q) => q.text.startsWith('be named')), x.quotes.map((q) => q.text).join(' | '));
});

test('a demand framing quoted words keeps them; a coordinated demand ends the statement before it', () => {
  const x = extract(`Patch
Tallinn, 4 March 2027

Veltrix Systems said on Monday that the flaw was "under active attack" and urged administrators to apply release 7.2 at once.
The agency said it had asked the banks to reset every password.
The regulator called on lenders to treat "every affected customer as a victim".`);
  const said = speakers(x);
  assert.equal(said('apply release 7.2 at once'), 'Veltrix Systems');
  const first = x.quotes.find((q) => q.text.includes('under active attack'));
  assert.ok(first && !first.text.includes('apply release'), first?.text);
  // "said it had asked X to …": the asking is part of what the agency said, not a statement of its own.
  assert.equal(x.quotes.filter((q) => q.text.includes('reset every password')).length, 1);
  assert.ok(said('every affected customer as a victim') !== undefined);
});

test('a reported question is a statement of the one who asks; the reporter\'s own question is not', () => {
  const x = extract(`Hearing
Canberra, 4 March 2027

Senator Fiona Walsh asked the commissioner whether the force had enough divers.
Asked by Walsh, the chair of the inquiry, whether the budget would rise, the minister, Paul Hartigan, said it would not.
Asked whether he would resign, Hartigan smiled. Hartigan, when asked whether the divers were paid, frowned.`);
  const said = speakers(x);
  assert.equal(said('whether the force had enough divers'), 'Fiona Walsh');
  assert.equal(said('whether the budget would rise'), 'Fiona Walsh');
  assert.equal(said('whether he would resign'), undefined);
  assert.equal(said('whether the divers were paid'), undefined);
});

test('"many of whom say" and "Chile\'s port chiefs told" speak for nobody named; a question ends where they begin', () => {
  const x = extract(`Ports
Valparaíso, 4 March 2027

Chile's port chiefs told senators on Monday that the strike must end this week.
Senator Rita Olave asked whether the strike was hurting the fishing towns of the south, many of whom say they have lost a month of sales.`);
  const said = speakers(x);
  assert.equal(said('the strike must end this week'), null);
  assert.equal(said('they have lost a month of sales'), null);
  assert.equal(said('whether the strike was hurting the fishing towns of the south'), 'Rita Olave');
  assert.ok(!x.quotes.some((q) => q.text.startsWith('whether') && q.text.includes('many of whom')));
});

test('a document titled with small words or a colon is one name and speaks, through "it" and "the study" too', () => {
  const x = extract(`Reports
Nairobi, 3 May 2027

The report, Fishing Under Fire in the Western Indian Ocean 2027, is based on 300 interviews. It finds that most raids now happen at dawn.
The agency also published a study titled "Eyes in the Sky: Drones and the New Border", which warns that patrols are blind at night. The study says the drones are cheap.`);
  const said = speakers(x);
  assert.equal(said('most raids now happen at dawn'), 'Fishing Under Fire in the Western Indian Ocean 2027');
  assert.equal(said('patrols are blind at night'), 'Eyes in the Sky: Drones and the New Border');
  assert.equal(said('the drones are cheap'), 'Eyes in the Sky: Drones and the New Border');
  assert.equal(said('Eyes in the Sky'), undefined);
});

test('"The report, <Title>," is the document for "it" after it; the text\'s own ministry is not a foreign namesake', () => {
  const x = extract(`Press statement
Ministry of Defence, Georgia
Tbilisi, 3 May 2027

The Ministry of Defence announces that two drones were shot down. The Minister said the drones came from the east.
The Ministry shared the names of suspects with the Armenian Ministry of Defence.
A new study by the United Nations Development Programme was launched today. The study, Borders and Livelihoods in the East 2027, is based on 900 interviews. It finds that smuggling pays more than farming.`);
  const said = speakers(x);
  assert.equal(said('smuggling pays more than farming'), 'Borders and Livelihoods in the East 2027');
  const kind = kinds(x);
  assert.equal(kind('Armenian Ministry of Defence'), 'organization');
  assert.equal(kind('Ministry of Defence'), 'organization');
  assert.notEqual(x.entities.find((e) => e.name === 'Ministry of Defence' || e.aliases.includes('Ministry of Defence'))?.name, 'Armenian Ministry of Defence');
});

test('"believes" frames a bare clause; ", though he concedes that …" is a second statement', () => {
  const x = extract(`Guns
Mendi, 3 May 2027

Inspector Paul Kewa says his officers seized 40 rifles this year. He believes most of the rifles came across the border from the coast, though he concedes that nobody has traced them.`);
  const said = speakers(x);
  assert.equal(said('most of the rifles came across the border from the coast'), 'Paul Kewa');
  assert.ok(!x.quotes.some((q) => q.text.includes('the coast, though')), x.quotes.map((q) => q.text).join(' | '));
  assert.equal(said('nobody has traced them'), 'Paul Kewa');
});

test('"asked journalists not to speculate" keeps the negation; a company in apposition to "an operator"', () => {
  const x = extract(`Breach
Klaipėda, 9 February 2027

The attackers reached the network of Curonian Grain Terminal, an operator in the port. Its chief executive, Darius Vaitkus, asked journalists not to speculate.`);
  assert.equal(speakers(x)('not to speculate'), 'Darius Vaitkus');
  assert.equal(kinds(x)('Curonian Grain Terminal'), 'organization');
});
