/**
 * General mechanisms of quotation attribution (session 12, helper quotes13), each written from a class of errors seen
 * on the first readings of two or more unseen sets, not from one set's strings. Probe texts written for the test:
 * invented names and wording, taken from no evaluation text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, speakers } from './testing/probes.js';

test('a demand coordinated with a verb of saying ends before it: both are statements of the same subject', () => {
  const x = extract(`Harbour levy
Valdoria, 3 May 2027

The Coastal Shipping Federation urged the port authority to publish its tariffs every quarter and said it would take the matter to court.
Its chairwoman, Ilse Marandou, asked the minister to suspend the levy and added that "nobody was consulted before the vote".`);
  const said = speakers(x);
  assert.equal(said('publish its tariffs every quarter'), 'Coastal Shipping Federation');
  assert.ok(!x.quotes.some((q) => q.text.startsWith('publish its tariffs') && q.text.includes('court')), x.quotes.map((q) => q.text).join(' | '));
  assert.equal(said('it would take the matter to court'), 'Coastal Shipping Federation');
  assert.equal(said('suspend the levy'), 'Ilse Marandou');
  assert.ok(!x.quotes.some((q) => q.text.startsWith('suspend the levy') && q.text.includes('consulted')), x.quotes.map((q) => q.text).join(' | '));
  assert.equal(said('nobody was consulted before the vote'), 'Ilse Marandou');
});

test('a speaker after a quotation keeps the verb across an appositive or relative clause', () => {
  const x = extract(`Bridge toll fraud
Korvanne, 9 May 2027

"We found the second ledger in a biscuit tin," Chief Inspector Halvard Ossendrup, who leads the fraud squad in Korvanne, told reporters on Monday. "Nobody had thought to look there."
"It is a system, not a mistake," Petra Lindqvist-Amare, a lawyer for the toll operator, said after the hearing.
"The cameras were switched off for a week," Osric Vantongeren, head of audit at the Harbour Bridge Authority, told the council.`);
  const said = speakers(x);
  assert.equal(said('We found the second ledger in a biscuit tin'), 'Halvard Ossendrup');
  assert.equal(said('Nobody had thought to look there'), 'Halvard Ossendrup');
  assert.equal(said('It is a system, not a mistake'), 'Petra Lindqvist-Amare');
  // (A body named inside the appositive is not the speaker.)
  assert.equal(said('The cameras were switched off for a week'), 'Osric Vantongeren');
});

test('a sex a pronoun confirmed is no longer a guess: a later "he" with no man in reach is nobody, not her', () => {
  const x = extract(`Harbour prices
Port Elvane, 2 June 2027

Every morning Maria Tervonen-Adu sells fish at the harbour of Port Elvane. "The boats come in later every year," she says.

Her neighbour at the next stall has fished for thirty years. "Nobody in the capital listens to us," he says.`);
  const said = speakers(x);
  assert.equal(said('The boats come in later every year'), 'Maria Tervonen-Adu');
  assert.equal(said('Nobody in the capital listens to us'), null);
});

test('"Don" before a full name is a style, not part of the name; the person then speaks as "he"', () => {
  const x = extract(`Cooperative
Puerto Alcedo, 2 June 2027

Don Evaristo Quiroga Lemus has led the fishing cooperative of Puerto Alcedo since 1998. "The sea was kinder when I started," he says.
Quiroga says the cooperative has lost half its members.`);
  const said = speakers(x);
  assert.equal(said('The sea was kinder when I started'), 'Evaristo Quiroga Lemus');
  assert.equal(said('the cooperative has lost half its members'), 'Evaristo Quiroga Lemus');
});

test('of two people in the sentence before, the one who said something is the "she" who goes on saying', () => {
  const x = extract(`Port strike
Velmar, 6 June 2027

After meeting Rhona Delacourt-Ibe on Monday, Ines Faraday-Oduya said the cranes had been idle for a week. She said the new shift schedule would start in June.`);
  const said = speakers(x);
  assert.equal(said('the cranes had been idle for a week'), 'Ines Faraday-Oduya');
  assert.equal(said('the new shift schedule would start in June'), 'Ines Faraday-Oduya');
});

test('"Honourable" before a name is a style, like "Hon."', () => {
  const x = extract(`Budget
Port Elvane, 6 June 2027

The Minister of Fisheries, Honourable Kofi Aboagye-Mensimah, said the levy would fall next year.`);
  assert.ok(x.entities.some((e) => e.kind === 'person' && e.name === 'Kofi Aboagye-Mensimah'), x.entities.map((e) => e.name).join(' | '));
});

test('a document named by its title after "titled", past a participle clause, speaks, and its noun later points back to it', () => {
  const x = extract(`Reform
Velmar, 6 June 2027

The joint review presented to the Senate, titled "Water Theft in the Northern Valleys 2025-2027", says that nine of the wells were dug without permits. The review recommends that wardens be given the power to seal wells.`);
  const said = speakers(x);
  assert.equal(said('nine of the wells were dug without permits'), 'Water Theft in the Northern Valleys 2025-2027');
  assert.equal(said('wardens be given the power to seal wells'), 'Water Theft in the Northern Valleys 2025-2027');
});

test('a body speaks through "its report" / "their survey", and "the report" after it is the same body\'s', () => {
  const x = extract(`Wetlands
Velmar, 6 June 2027

The Institute for Lowland Ecology has counted the herons of the Orsk marshes since 2009. The heron population, their latest survey says, has halved in ten years.
The Coastal Monitoring Board made the same point in its annual report. The report says that "the marshes are drying faster than any model predicted".`);
  const said = speakers(x);
  assert.equal(said('The heron population'), 'Institute for Lowland Ecology');
  assert.equal(said('the marshes are drying faster than any model predicted'), 'Coastal Monitoring Board');
});

test('a capitalised title alone points at the person it followed in apposition ("X, Director of …, … The Director said")', () => {
  const x = extract(`Hearing
Velmar, 6 June 2027

Chief Inspector Marit Ekholm-Sande, Director of Operations of the Velmar Police Service, presented the figures. The Director told the Committee that only 46 officers patrol the marshes.`);
  assert.equal(speakers(x)('only 46 officers patrol the marshes'), 'Marit Ekholm-Sande');
});

test('a programme\'s host named only as "The host was X" is a person, and the HOST: turns are hers', () => {
  const x = extract(`Panel on fish
Velmar, 6 June 2027

Transcript of the programme broadcast by Radio Orsk on 4 June. The host was Ilka Varnhoven. Her guest was Dr. Pavel Strunz-Odell, a marine biologist.

HOST: Good evening. Dr. Strunz-Odell, how bad is it?

STRUNZ-ODELL: It is worse than last year. The reefs are dying.

HOST: What can the ministry do?

STRUNZ-ODELL: It can pay the wardens on time.`);
  const said = speakers(x);
  assert.equal(said('What can the ministry do?'), 'Ilka Varnhoven');
  assert.equal(said('It can pay the wardens on time'), 'Pavel Strunz-Odell');
});
