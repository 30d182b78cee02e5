/**
 * Session 15 (helper orgs24) probes for organisation mechanisms backed by errors in the texts of at least two writers
 * (fresh24 with fresh22, fresh23 and the older sets). Each probe is written for the test (invented wording, places from
 * another part of the world than the sets it was learnt from) and failed before its mechanism.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './testing/probes.js';

const named = (text: string, kind: string) => extract(text).entities.filter((e) => e.kind === kind).map((e) => e.name);

test('a transcript label\'s parenthesis ("WIDODO (Riaupos):") is the speaker\'s outlet, even of one word or read as a name; a role label\'s ("MODERATOR (Dewi Kartika):") is its holder', () => {
  const x = extract(`Press conference on timber seizures
Pekanbaru, 9 March 2027

MODERATOR (Dewi Kartika): The floor is open.

WIDODO (Riaupos): Colonel, who owned the barges?

COLONEL HARAHAP: Two companies in Dumai, both now under investigation.

SARI LESTARI (Santi Mulia): And the permits?

COLONEL HARAHAP: Forged, every one of them.

QUESTION (a reporter from a wire service): When will charges follow?`);
  const o = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  for (const n of ['Riaupos', 'Santi Mulia']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  // (A role's label names its holder in the parenthesis.)
  assert.ok(!o.includes('Dewi Kartika'), o.join(' | '));
  assert.ok(!x.entities.some((e) => e.kind === 'person' && (e.aliases.includes('Riaupos') || e.name === 'Santi Mulia')), x.entities.map((e) => `${e.kind} ${e.name} [${e.aliases.join(', ')}]`).join(' | '));
});

test('"a <demonym> police officer", "two … army officers": an unnamed member of a country\'s force names no body; the force itself still does', () => {
  const o = named(`Border shooting
Tacna, 2 May 2027

A Peruvian police officer who was not authorised to speak said the smugglers had fired first. Two Chilean army officers crossed the line at dawn. Bolivian police said on Friday that they had arrested three men.`, 'organization');
  assert.ok(!o.includes('Peruvian police') && !o.includes('Chilean army'), o.join(' | '));
  assert.ok(o.includes('Bolivian police'), o.join(' | '));
});

test('a committee named by a comma list of its fields whose first field is two words ("the Rural Affairs, Fisheries and Forestry Committee") keeps the whole list', () => {
  const o = named(`Illegal logging
Wellington, 3 April 2027

The Rural Affairs, Fisheries and Forestry Committee heard evidence in Nelson. Mr Tane told the Committee that the mills had no records. Members of the Public Health, Housing and Transport Committee asked for a briefing.`, 'organization');
  for (const n of ['Rural Affairs, Fisheries and Forestry Committee', 'Public Health, Housing and Transport Committee']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('a law cited as one ("charged under the Coastal Shipping Order") and a treaty named by its kind and subject ("the African Union Convention on Preventing …") are no bodies', () => {
  const o = named(`Fishing vessel held
Dakar, 6 May 2027

The captain was charged under the Coastal Shipping Order, which allows the seizure of the catch. Senegal is a party to the African Union Convention on Preventing and Combating Corruption, officials said. The Ministry of Fisheries said it would appeal.`, 'organization');
  assert.ok(!o.some((n) => /Order|Convention/.test(n)), o.join(' | '));
  assert.ok(o.includes('Ministry of Fisheries'), o.join(' | '));
});
