/**
 * Transcript turns (session 7): a role label is the person introduced in that role, short turns are statements, a
 * caller of a phone-in has no name. Probe text written for the test (invented names and wording).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, kinds, speakers } from './testing/probes.js';

test('"PRESENTER:" is the presenter the text named; one-word turns; "CALLER:" speaks with no name', () => {
  const x = extract(`Transcript: water rationing in Quetta
Quetta, 2 February 2027

An edited transcript of Morning Line. The presenter, Sadia Rind, spoke to the engineer Farhan Baloch.

PRESENTER: The reservoir is at a tenth of its level. Engineer, how long does that last?

BALOCH: About six weeks if nothing changes.

PRESENTER: Really?

BALOCH: Yes.

CALLER: Why were the pipes never repaired after the last drought?

PRESENTER: Farhan Baloch, thank you.`);
  const said = speakers(x);
  assert.equal(said('The reservoir is at a tenth of its level'), 'Sadia Rind');
  assert.equal(said('Really?'), 'Sadia Rind');
  assert.equal(said('Yes'), 'Farhan Baloch');
  assert.equal(said('Why were the pipes never repaired'), null);
  assert.equal(said('Farhan Baloch, thank you'), 'Sadia Rind');
});

test('a patronymic tells the sex; "X asked him …. He …" is the one asked, not X', () => {
  const x = extract(`Hearing
Kuala Lumpur, 3 May 2027

The committee, chaired by Datuk Aminah binti Karim, heard the commander, Deputy Commissioner of Police Rosli bin Hamzah. "We cannot lift the curfew," Rosli said.

Aminah asked him whether the curfew was hurting the villages. He acknowledged that the villages were suffering.

Closing the session, Aminah said the committee would meet again. "We want dates, not promises," she said.`);
  const said = speakers(x);
  assert.equal(said('the villages were suffering'), 'Rosli bin Hamzah');
  assert.equal(said('We want dates, not promises'), 'Aminah binti Karim');
});

test('"X asked him …. He …" with names whose sex nothing tells', () => {
  const x = extract(`Hearing
Seoul, 3 May 2027

The committee, chaired by Senator Park Seo-yun, heard the coast guard commander, Admiral Choi Dong-hwan. "We cannot patrol every island," Choi said.

Park asked him whether the patrols were enough. He acknowledged that the patrols were thin.`);
  assert.equal(speakers(x)('the patrols were thin'), 'Choi Dong-hwan');
});

test('"he" after a sentence about an unnamed officer is nobody named; an appositive with an acronym in parentheses', () => {
  const x = extract(`Valley
Lima, 3 May 2027

Colonel Marta Ruiz Pacheco, head of the counter-narcotics unit of the National Police of Peru (PNP), said the convoy had been betrayed.
The mayor of Pichari, Óscar Quispe, said the town was afraid.
A soldier at the checkpoint, who asked not to be named because he was not allowed to speak, said his patrol had no radios. "We drive blind," he said.`);
  const said = speakers(x);
  assert.equal(said('the convoy had been betrayed'), 'Marta Ruiz Pacheco');
  assert.equal(said('We drive blind'), null);
});

test('"the commander says" is the one person the text described as a commander, in apposition', () => {
  const x = extract(`Highlands
Mendi, 3 May 2027

Inspector Paul Kewa, the district's police commander, keeps the seized rifles in a locked room. The commander says the room is full.

"Every week there is a new gun," the commander says. "We cannot keep up."`);
  assert.equal(speakers(x)('Every week there is a new gun'), 'Paul Kewa');
  assert.equal(speakers(x)('the room is full'), 'Paul Kewa');
});

test("a lede's unnamed subject named in the next sentence; a verdict in one quoted word; a ship after \"the\"", () => {
  const x = extract(`Trial opens
Durban, 3 May 2027

A 31-year-old fisherman from Umlazi told the court on Monday that he had been paid to carry the packages ashore.

Sipho Ndlovu was the first witness in the trial of four men accused of smuggling.

The auditor, Kari Nordmann, called the findings “alarming”. The minister described the plan as "reckless". So-called "ghost" ships were seen.

ROSSI: We lost one ship, the Marenco Gull. The crew were held for a week.
ADAMS: Did you get it back?
ROSSI: Yes, after a month.
A spokesperson for Marenco Shipping said transits would resume.`);
  const said = speakers(x);
  assert.equal(said('he had been paid to carry the packages ashore'), 'Sipho Ndlovu');
  assert.equal(said('alarming'), 'Kari Nordmann');
  assert.notEqual(said('reckless'), undefined);
  assert.equal(said('ghost'), undefined);
  assert.equal(kinds(x)('Marenco Gull'), undefined);
});

test('"X of <a known body>" is a person and the body; "The presenter, X, spoke to …" gives no role from the verb', () => {
  const x = extract(`Transcript: smuggling in the Sahel
Niamey, 4 April 2027

The presenter, Aïcha Maïga, spoke to Colonel Ibrahim Souley and to Fatouma Diallo of the International Organization for Migration (IOM).

PRESENTER: Colonel, who controls the routes?

SOULEY: Mostly traffickers who pay the armed groups.

PRESENTER: Ms Diallo, what do migrants tell you?

DIALLO: That the desert is more dangerous than the sea.`);
  const kind = kinds(x);
  assert.equal(kind('Fatouma Diallo'), 'person');
  assert.equal(kind('International Organization for Migration'), 'organization');
  assert.deepEqual(x.entities.find((e) => e.name === 'Aïcha Maïga')?.roles.filter((r) => /spoke/.test(r)), []);
  const said = speakers(x);
  assert.equal(said('Colonel, who controls the routes?'), 'Aïcha Maïga');
  assert.equal(said('That the desert is more dangerous'), 'Fatouma Diallo');
});

test('"The moderator was X" and "chaired by X" name the role label\'s holder (session 8)', () => {
  const x = extract(`Transcript: fishing rights off Dakhla
Rabat, 4 June 2027

Edited transcript of a round table at a Rabat hotel. The moderator was Nadia Bensouda, an editor at a weekly. The guests were Omar Lahlou, a ship owner, and Dr. Karima Idrissi, a marine biologist.

MODERATOR: Good evening. Last month three trawlers were stopped off the coast. Mr Lahlou, is the stock collapsing?

LAHLOU: Not yet. But the catch per trip has halved.

MODERATOR: Dr. Idrissi, do you agree?

IDRISSI: Broadly, yes.`);
  const said = speakers(x);
  assert.equal(said('three trawlers were stopped'), 'Nadia Bensouda');
  assert.equal(said('do you agree?'), 'Nadia Bensouda');
  assert.equal(said('the catch per trip has halved'), 'Omar Lahlou');
  const y = extract(`Hearing on ferries
Dakar, 4 June 2027

The session was chaired by Aminata Sow. Witnesses were Ibrahima Fall and Moussa Diop.

CHAIR: The ferry sank in calm weather. Mr Fall, who inspected it?

FALL: The port authority, in March.`);
  assert.equal(speakers(y)('The ferry sank in calm weather'), 'Aminata Sow');
});
