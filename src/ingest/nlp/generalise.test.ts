/**
 * Session 8 probes, one per phenomenon read in fresh7's errors. Every text is written for the test (invented names
 * and wording); none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, kinds, speakers } from './testing/probes.js';

test('"she" after a sentence with two people: the one already known as "she", not the one whose sex is unknown', () => {
  const x = extract(`Fishing fleet
Accra, 3 May 2027

Commander Abena Ofori-Atta told the panel that illegal trawlers had doubled. "They come at night and switch off their lights," she said.

Asked by the panel's chair, Hon. Kwesi Mensah-Bonsu, whether the navy had enough boats, Ofori-Atta said the fleet needed six more. She said the navy had asked the treasury for the money.

Mensah-Bonsu said the panel had heard of bribes at the harbour. "Who is paying whom?" he asked.`);
  const said = speakers(x);
  assert.equal(said('the navy had asked the treasury'), 'Abena Ofori-Atta');
  assert.equal(said('Who is paying whom?'), 'Kwesi Mensah-Bonsu');
});

test('"Asked by the chairperson when …, he said": the chairperson asks, "he" answers', () => {
  const x = extract(`Port hearing
Mombasa, 3 May 2027

The panel's chairperson, Hon. Achieng Odhiambo, opened the session. The port's security manager, Daniel Kiprono, said two cranes had been sabotaged. "We lost a week of loading," he said.

Asked by the chairperson when the cranes would be repaired, he said the parts would arrive in June.`);
  const said = speakers(x);
  assert.equal(said('when the cranes would be repaired'), 'Achieng Odhiambo');
  assert.equal(said('the parts would arrive in June'), 'Daniel Kiprono');
});

test('"a woman …, whom everyone called X," is X; a pronoun inside a quotation teaches no sex', () => {
  const x = extract(`The lender next door
Dhaka, 3 May 2027

Rahim, 31, borrowed money in March 2025. A woman from his street, whom everyone called Rokeya Khatun, had offered him a loan at ten percent a month. He would pay it back after the harvest, she said, because the rice price would rise.

"She knew my family, she came to my brother's wedding," he says. "Why would I think she was cheating?"

Back at home, Rahim now drives a rickshaw. Rokeya Khatun has not been charged. "I see her at the market and she smiles at me," he says.`);
  const said = speakers(x);
  assert.equal(said('He would pay it back after the harvest'), 'Rokeya Khatun');
  assert.equal(said('She knew my family'), 'Rahim');
  assert.equal(said('I see her at the market'), 'Rahim');
});

test('a quotation left open at the end of a paragraph is said by the one named where it goes on', () => {
  const x = extract(`Floods
Sylhet, 3 May 2027

Nasreen Akter, who runs a shelter in Sylhet, has seen four floods.

"Ten years ago the water came once a decade. Now it comes every year and stays for weeks.

"And nobody rebuilds the embankments, so the next flood is worse," Akter said.`);
  assert.equal(speakers(x)('Ten years ago the water came once a decade'), 'Nasreen Akter');
});

test('a named operation is an event, not a body, unless the text makes it one that speaks', () => {
  const x = extract(`Troops sent north
Niamey, 3 May 2027

The army will send 800 more soldiers to the border under Operation Harmattan, the military operation launched in 2023 to secure the north. Operation Harmattan Shield dismantles smuggling routes, the defence minister, Idrissa Maiga, said.

A second ship joined the European naval force, Operation Sandpiper, which said on Monday that two skiffs had been seized.`);
  const kind = kinds(x);
  assert.equal(kind('Operation Harmattan'), undefined);
  assert.equal(kind('Operation Harmattan Shield'), undefined);
  assert.equal(kind('Operation Sandpiper'), 'organization');
});

test('a committee "on X and Y of the Senate"; "the Member of Parliament for X" is a title and X a place', () => {
  const x = extract(`Hearing on timber
Accra, 3 May 2027

The Committee on Lands and Natural Resources of the National Assembly heard the forestry chief on Tuesday. The Member of Parliament for Sefwi Wiawso, Hon. Abena Darko, said the logging had not stopped.`);
  const kind = kinds(x);
  assert.equal(kind('Committee on Lands and Natural Resources'), 'organization');
  assert.equal(kind('National Assembly'), 'organization');
  assert.equal(kind('Member of Parliament for Sefwi Wiawso'), undefined);
  assert.equal(kind('Sefwi Wiawso'), 'location');
  assert.equal(speakers(x)('the logging had not stopped'), 'Abena Darko');
});

test('an unknown two-word name after "at" or "in" with nothing else said of it is a place', () => {
  const x = extract(`Fuel smuggling
Tunis, 3 May 2027

Customs officers seized 3,000 litres of petrol at Bir Zar on Monday. Everyone in Oued Tahar knows who drives the lorries, the mayor, Sami Gharbi, said.`);
  const kind = kinds(x);
  assert.equal(kind('Bir Zar'), 'location');
  assert.equal(kind('Oued Tahar'), 'location');
  assert.equal(kind('Sami Gharbi'), 'person');
});

test('a gang named in apposition to "the network" / "two gangs"; "an intrusion set other vendors call X"; a judicial "Pole"', () => {
  const x = extract(`Extortion ring dismantled
Guatemala City, 3 May 2027

Police arrested 30 people, among them the accountant of the network, Los Halcones del Sur, who collected payments from shopkeepers under threat of death. The shootings were the work of two gangs, the Barrio Kings and a rival crew.

The attackers' tooling overlaps with that of an intrusion set other vendors call Ash Heron.

The Financial Crimes Pole said it had frozen 40 accounts.`);
  const kind = kinds(x);
  assert.equal(kind('Los Halcones del Sur'), 'group');
  assert.equal(kind('Barrio Kings'), 'group');
  assert.equal(kind('Ash Heron'), 'group');
  assert.equal(kind('Financial Crimes Pole'), 'organization');
});

test('"&" inside a name spelled by its acronym; a fact sheet speaks; "the brigade said" is the brigade named before', () => {
  const x = extract(`Attacks rise
Niamey, 3 May 2027

Niger has recorded 90 attacks since 2022, according to the Sahel Conflict Mapping & Event Study (SCMES), a monitoring group. The figure is one of many in the Border Incidents Fact Sheet 2027, published today. The fact sheet says that most attacks target markets.

The most active armed group is the Tadress Brigade, which controls the road north of Agadez. The brigade said in a statement that its fighters had never attacked a market.`);
  const said = speakers(x);
  assert.equal(kinds(x)('Sahel Conflict Mapping & Event Study'), 'organization');
  assert.equal(said('Niger has recorded 90 attacks since 2022'), 'Sahel Conflict Mapping & Event Study');
  assert.equal(said('most attacks target markets'), 'Border Incidents Fact Sheet 2027');
  assert.equal(said('its fighters had never attacked a market'), 'Tadress Brigade');
});

test('"the Minister" is not the Vice Minister; a Secretary of State holds the minister\'s office', () => {
  const x = extract(`Press statement
Managua, 3 May 2027

The Secretary of State for Public Security, Ernesto Lacayo Rivas, said the raids had ended a decade of extortion. The Vice Minister of Security, Lucía Pereira Soza, said the task force had worked for a year.

The Minister said the operation had cut the gang's income by half.`);
  assert.equal(speakers(x)('the operation had cut the gang'), 'Ernesto Lacayo Rivas');
});

test('a headline that shortens a quotation of the body is the body speaker\'s', () => {
  const x = extract(`“We will rebuild every bridge”: floods cut off the north
Capital, 1 May 2027

“We will rebuild every bridge that fell, and we will do it before the rains,” Interior Minister Tomás Aguirre told reporters on Sunday.`);
  assert.equal(speakers(x)('We will rebuild every bridge'), 'Tomás Aguirre');
});

test('a saved page: the article\'s own "story-header" (headline, standfirst) is text, the site header is not', async () => {
  const { htmlToDoc } = await import('../source/html.js');
  const d = htmlToDoc(`<html><body><header class="site-header"><nav>Home</nav></header><main><article>
<header class="story-header"><h1>Floods cut off the north</h1><p class="standfirst">Bridges fell in three provinces.</p></header>
<p>Rain fell for nine days.</p></article></main></body></html>`);
  assert.match(d.text, /Floods cut off the north/);
  assert.match(d.text, /Bridges fell in three provinces/);
  assert.doesNotMatch(d.text, /Home/);
});

test('a university "in" its town; a criminologist is no company; "X and Y" country opening a body; a country\'s short name', () => {
  const x = extract(`Gang truce
Port of Spain, 3 May 2027

Lisa Charles, a criminologist at the University of the Southern Caribbean in San Fernando, said truces rarely last. Police and soldiers of the Trinidad and Tobago Defence Force patrolled the area. Weapons were smuggled to Trinidad's southern coast.`);
  const kind = kinds(x);
  assert.equal(kind('University of the Southern Caribbean'), 'organization');
  assert.equal(kind('San Fernando'), 'location');
  assert.equal(kind('Lisa Charles'), 'person');
  assert.equal(kind('Trinidad and Tobago Defence Force'), 'organization');
  assert.equal(kind('Trinidad'), 'location');
  assert.equal(x.entities.filter((e) => e.kind === 'location' && /Trinidad/.test(e.name)).length, 1);
});

test('"the X clan" is named with its noun', () => {
  const x = extract(`Arms cell
Gabès, 3 May 2027

Police dismantled a cell that had bought rifles from a smuggling ring, the Ouled Salem clan, which controls the desert tracks.`);
  assert.equal(kinds(x)('Ouled Salem clan'), 'group');
});
