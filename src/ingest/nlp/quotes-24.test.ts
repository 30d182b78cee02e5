/**
 * General mechanisms of quotation attribution (session 15, helper quotes24), each written from a class of errors seen
 * in the texts of at least two different writers (fresh24 and the sets named with each), not from their strings.
 * Probe texts written for the test: invented names and wording, set in other parts of the world than the texts the
 * errors came from.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, speakers } from './testing/probes.js';

test('people of a kind whom the text does not name say something, with no speaker: a collective noun ("Port staff in Toamasina say"), a place with an owner ("on the old town\'s back streets"), a parenthetical with its article (", the herders say,")', () => {
  const x = extract(`Vanilla thefts in the north-east
Toamasina, 5 March 2027

Port staff in Toamasina say they earn about 400,000 ariary a month. Stallholders on the old town's back streets say the buyers come only after dark.

At the end of the harvest, the growers say, the roads belong to the thieves.`);
  const said = speakers(x);
  assert.equal(said('they earn about 400,000 ariary a month'), null);
  assert.equal(said('the buyers come only after dark'), null);
  assert.equal(said('the roads belong to the thieves'), null);
});

test('a narrative sentence about one person hands over to the bare quotation after it, also when the portrait holds a word in quotation marks ("calls every driver “son”") and when an introductory clause comes before the "he" ("Asked about …, he looks at the sand.")', () => {
  const x = extract(`The salt road: camels, debts and the border at Bilma
Feature, 6 March 2027

BILMA, Niger - Fatima Oumarou has sold tea at the caravan stop for twenty years. She is sixty, and she calls every driver under thirty "son". She pours a glass and points to the dunes to the north.

"They leave from there. Four trucks, no lights, and nobody asks what is inside."

A man who calls himself Le Patron agrees to meet me behind the garage. He has driven the route, he says, nine times.

"I do not carry people. I carry goods," he says.

Asked about the trucks that never arrive, he looks at the sand. "The desert decides. Not me."`);
  const said = speakers(x);
  assert.equal(said('They leave from there'), 'Fatima Oumarou');
  assert.equal(said('The desert decides'), 'Le Patron');
});

test('a reported clause before ", he said," is his also when the sentence goes on after the attribution: in a quotation (", he said, “and they will …”") or in a clause with "and that" after a belief (", he said, and that …")', () => {
  const x = extract(`Port raids in Chittagong
Chittagong, 6 March 2027

Commissioner Rafiq Hasan Chowdhury, who heads the port police, said his officers had raided four warehouses. His officers believe the drums were ordered by a gang known on the docks as the Blue Cranes, he said, and that its leaders rent sheds through shell companies in Yangon.

The routes had moved south from Khulna as checks there tightened, he said, "and they will move again if we hold this line".`);
  const said = speakers(x);
  assert.equal(said('His officers believe the drums were ordered'), 'Rafiq Hasan Chowdhury');
  assert.equal(said('The routes had moved south from Khulna'), 'Rafiq Hasan Chowdhury');
  assert.equal(said('and they will move again'), 'Rafiq Hasan Chowdhury');
});

test('"People in Oruro tell us the trucks …": people whom the text does not name, with the plural present "tell" and no "that", say something with no speaker, also inside a transcript turn; "believed it for a week" reports nothing', () => {
  const x = extract(`Press briefing in La Paz
La Paz, 7 March 2027

Transcript. Participants: Colonel Rodrigo Mamani Quispe, head of the customs police; Lucía Vargas, a reporter.

VARGAS: Who pays the guards?

MAMANI QUISPE: We have no proof of that. People in Oruro tell us the trucks pay at every checkpoint on the road. That is their business.

The rumour spread fast. Families in the valley believed it for a week.`);
  const said = speakers(x);
  assert.equal(said('the trucks pay at every checkpoint on the road'), null);
  assert.equal(said('for a week'), undefined);
});

test('a lead-in paragraph of its own ("Then, after a long silence:") between a person\'s words and a bare quotation hands the quotation to them', () => {
  const x = extract(`The road of the jerrycans
Feature, 7 March 2027

ZAHEDAN, Iran - Reza Baluch drives one of the pickups. He is 31 and has a diploma in mechanics.

"I pay at three points before the border," he says, wiping the windscreen. "If I don't pay, they find something wrong with my papers."

Then, after a long silence:

"My wife thinks I sell melons. In a way I do."`);
  assert.equal(speakers(x)('My wife thinks I sell melons'), 'Reza Baluch');
});
