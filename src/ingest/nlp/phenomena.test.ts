/**
 * Names, places and bodies the rules learnt to tell apart in session 5, each with a probe text written for the test
 * (invented names and wording, not taken from an evaluation text).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, kinds, speakers } from './testing/probes.js';

test('a title, a long name and "of" a place; a rank and a name "of the" body after a quotation', () => {
  const x = extract(`Hearing on ports
Washington, 4 June 2026

Senator Maria Teresa Ocampo of New Hampshire was not convinced.
"She asked the right question," said Major Ilkka Rantanen of the Coast Guard.
"We will know more on Friday," said Commander Ruth Abiola of the Nigerian Navy.`);
  const k = kinds(x);
  assert.equal(k('Maria Teresa Ocampo'), 'person');
  assert.equal(k('New Hampshire'), 'location');
  assert.equal(k('Ilkka Rantanen'), 'person');
  assert.equal(k('Ruth Abiola'), 'person');
  assert.ok(!x.entities.some((e) => /Major|Commander/.test(e.name)));
  const said = speakers(x);
  assert.equal(said('the right question'), 'Ilkka Rantanen');
  assert.equal(said('know more on Friday'), 'Ruth Abiola');
});

test('a vessel named in apposition is no entity; sea features and territories are places', () => {
  const x = extract(`Standoff at sea
Manila, 4 June 2026

The Sea Falcon anchored off the coast on Sunday. Coast guard boats shadowed the Sea Falcon, a fishing vessel registered in Panama, for six hours near Mischief Reef and Half Moon Shoal.
Later the Sea Falcon sailed for Darwin in the Northern Territory and for Canada's Yukon Territory.
A missile was fired from the vicinity of Kalbar towards the sea.`);
  const k = kinds(x);
  assert.equal(k('Sea Falcon'), undefined);
  assert.equal(k('Mischief Reef'), 'location');
  assert.equal(k('Half Moon Shoal'), 'location');
  assert.equal(k('Yukon Territory'), 'location');
  assert.equal(k('Kalbar'), 'location');
});

test('bodies: a one-word company in apposition to its description, a non-violent "group", an employer after "at"', () => {
  const x = extract(`Outage
Tallinn, 4 June 2026

Members of the Senate Foreign Relations Committee met the deputy commander of the Baltic Air Policing Command on Monday.
The owner of the pipeline, Gasvik, said repairs would take a month.
Marta Lind, who runs the advocacy group Open Records Now from Tartu, called the delay unacceptable.
"They were careless," said Peeter Kask, who heads threat research at Vaskne Labs.
Harmo said it had restored service to most customers.`);
  const k = kinds(x);
  assert.equal(k('Senate Foreign Relations Committee'), 'organization');
  assert.equal(k('Baltic Air Policing Command'), 'organization');
  assert.equal(k('Gasvik'), 'organization');
  assert.equal(k('Open Records Now'), 'organization');
  assert.equal(k('Vaskne Labs'), 'organization');
  assert.equal(k('Harmo'), 'organization');
  const said = speakers(x);
  assert.equal(said('repairs would take a month'), 'Gasvik');
  assert.equal(said('restored service'), 'Harmo');
});

test('the Pentagon is the Department of Defense when the text names both; a hyphenated surname alone', () => {
  const x = extract(`Budget
Washington, 4 June 2026

The Department of Defense asked for more money. Critics asked why the Pentagon had waited.
"We need the radars," said Awa Ndiaye-Sarr, the agency's deputy director. Ndiaye-Sarr said the first site would open in May.`);
  const dod = x.entities.find((e) => e.name === 'Department of Defense');
  assert.ok(dod?.aliases.includes('Pentagon'), JSON.stringify(dod));
  assert.equal(speakers(x)('first site would open'), 'Awa Ndiaye-Sarr');
});

test('a hyphenated title; a label in a list of indicators is no person', () => {
  const x = extract(`Press release
Vilnius, 4 June 2026

Vice-Minister Laura Kaziukonyte will brief EU ambassadors in Vilnius on Thursday.

Indicators:
- Dropper: hxxp://update.example-support[.]net/patch.exe
- Loader: 203.0.113[.]7`);
  assert.equal(kinds(x)('Laura Kaziukonyte'), 'person');
  assert.equal(kinds(x)('Dropper'), undefined);
  assert.equal(kinds(x)('Loader'), undefined);
});

test('a body named in its own language; a one-word company that speaks of itself or has customers', () => {
  const x = extract(`Rescue
Rome, 4 June 2026

The Guardia Costiera said in a statement that 60 people had been rescued.
Elisa said on Tuesday that its network had been repaired.
Telia's customers lost service for six hours.`);
  const k = kinds(x);
  assert.equal(k('Guardia Costiera'), 'organization');
  assert.equal(k('Elisa'), 'organization');
  assert.equal(k('Telia'), 'organization');
});

test('an armed group after "faction," or after its bare adjective, even with a state-like head word', () => {
  const x = extract(`Attacks
Abuja, 4 June 2026

Gunmen from a little-known jihadist faction, Ansar al-Hilal, killed 14 villagers on Saturday.
The separatist Bamenda Liberation Forces claimed an attack on a military post.
The governor, Ada Nwosu, said the attacks had raised insurance costs for every farm.`);
  const k = kinds(x);
  assert.equal(k('Ansar al-Hilal'), 'group');
  assert.equal(k('Bamenda Liberation Forces'), 'group');
  assert.ok(!x.quotes.some((q) => q.text.startsWith('an attack')));
  assert.ok(x.quotes.some((q) => q.text.startsWith('the attacks had raised')));
});

test('"Intelligence and Security Service" is one name; an acronym then the name it stands for is one body', () => {
  const x = extract(`Spy case
The Hague, 4 June 2026

The MIVD, the Military Intelligence and Security Service, declined to comment.`);
  const e = x.entities.find((e) => e.name === 'Military Intelligence and Security Service');
  assert.equal(e?.kind, 'organization');
  assert.ok(e?.aliases.includes('MIVD'), JSON.stringify(x.entities));
});

test('places: in apposition to the kind of place, "residents of X", "the mayor of X", "the X-based charity"', () => {
  const x = extract(`Floods
Dhaka, 4 June 2026

Kurigram, a district on the river, was cut off. Residents of Chilmari fled to higher ground.
The Chittagong-based charity Friendship said it had sent boats, said Rahim Uddin, the mayor of Rajibpur.`);
  const k = kinds(x);
  for (const p of ['Kurigram', 'Chilmari', 'Chittagong', 'Rajibpur']) assert.equal(k(p), 'location', p);
  assert.equal(k('Friendship'), 'organization');
});

test('an acronym in parentheses after a name that ends in a place names the whole body; Downing Street is a body', () => {
  const x = extract(`Peacekeepers
New York, 4 June 2026

The attack hit a convoy of the United Nations Mission in the Republic of South Sudan (UNMISS) near Bor.
Downing Street said the prime minister would attend.`);
  const e = x.entities.find((e) => e.aliases.includes('UNMISS'));
  assert.equal(e?.kind, 'organization', JSON.stringify(x.entities.map((e) => [e.name, e.aliases])));
  assert.equal(kinds(x)('Downing Street'), 'organization');
});

test('"Polish border guard(s)" is the Border Guard the text names; an aid coalition named in its own language', () => {
  const x = extract(`Border
Warsaw, 4 June 2026

Polish border guard officers forced 40 migrants back, according to Grupa Granica, a coalition of aid groups.
The Border Guard denied the accusations. Amnesty's European institutions office criticised it. The European Commission said it was following the case.`);
  const bg = x.entities.filter((e) => /border guard/i.test([e.name, ...e.aliases].join(' ')));
  assert.equal(bg.length, 1, JSON.stringify(bg));
  assert.equal(kinds(x)('Grupa Granica'), 'organization');
  assert.ok(!x.entities.some((e) => e.aliases.includes('European')));
});
