/** Attribution styles the rules learnt in session 4 (written for these tests, not taken from an evaluation text). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RuleExtractor } from './rule-extractor.js';
import type { SourceDoc } from '../types.js';

const doc = (text: string): SourceDoc => ({ name: 't.txt', format: 'text', text, meta: [], sourceSha256: '0'.repeat(64) });

function speakers(text: string): (frag: string) => string | null | undefined {
  const x = new RuleExtractor().extract(doc(text));
  const byKey = new Map(x.entities.map((e) => [e.key, e.name]));
  return (frag) => {
    const q = x.quotes.find((q) => q.text.includes(frag));
    if (!q) return undefined;
    return q.speaker ? (byKey.get(q.speaker) ?? null) : null;
  };
}

test('reported speech: "saying in a statement that", "replied that", "reminds the public that", "informs that,"', () => {
  const said = speakers(`Border dispute flares
Nairobi, 3 May 2026

The Interior Ministry of Tanzania gave a different account, saying in a statement that the convoy had been stopped at a checkpoint.
The Kenya National Police Service said the road was open. The service reminds the public that fines can be paid online at any post office.
The commissioner, Mary Wanjiru, replied that the police had enough officers in the region.
The Department of Defence acknowledged in its submission that fuel support had lagged.
The Ministry of Health informs that, since Monday, the clinic at Busia has been closed.`);
  assert.equal(said('stopped at a checkpoint'), 'Interior Ministry of Tanzania');
  assert.equal(said('fines can be paid online'), 'Kenya National Police Service');
  assert.equal(said('enough officers in the region'), 'Mary Wanjiru');
  assert.equal(said('fuel support had lagged'), 'Department of Defence');
  assert.equal(said('the clinic at Busia has been closed'), 'Ministry of Health');
});

test('a country speaks as the subject of its verb; a trailing speaker stands after the last comma', () => {
  const said = speakers(`Talks
Ankara, 3 May 2026

Turkey, which has troops in the area, said it was ready to host new talks in Ankara.
Five people were killed near the market in Goma, wounding one soldier, officials on both sides said.`);
  assert.equal(said('ready to host new talks'), 'Turkey');
  assert.equal(said('wounding one soldier'), null);
});

test('„…” and «…» quotations; a role with its portfolio before the name; an unnamed person at a body is not the body', () => {
  const said = speakers(`Trade
Chisinau, 3 May 2026

„The border must stay open for trade,” said the Minister of Trade, Ana Popescu.
«We did not fire first», the commander insisted.
Uganda's minister of state for internal affairs, Okello Mwesigwa, arrived on Monday. "We will open the border," Mwesigwa told reporters.
A senior diplomat at the African Union in Addis Ababa said several countries were reluctant to pay.`);
  assert.equal(said('must stay open for trade'), 'Ana Popescu');
  assert.equal(said('did not fire first'), null);
  assert.equal(said('We will open the border'), 'Okello Mwesigwa');
  assert.equal(said('reluctant to pay'), null);
});

test('pronouns follow gender; a body named with a possessive country speaks; a Q&A line; a parenthetical attribution', () => {
  const said = speakers(`Budget talks
Accra, 2 May 2026

Ghana's finance minister, Kwame Asante, met the mission chief, Helen Rourke, on Monday. Rourke praised the budget. He said the deficit would fall to 3 per cent. She said the fund was satisfied.
Bangladesh's foreign ministry denied that any refugees had been forced to return.
The gangs, she said, had bribed port workers for years.
Q: Will it change?
Rourke: "Only if the officers are paid properly."`);
  assert.equal(said('deficit would fall'), 'Kwame Asante');
  assert.equal(said('fund was satisfied'), 'Helen Rourke');
  // Decided in session 9: a lower-case body tied to a country is an organisation and speaks (fresh8's labels).
  assert.equal(said('forced to return'), "Bangladesh's foreign ministry");
  assert.equal(said('bribed port workers'), 'Helen Rourke');
  assert.equal(said('paid properly'), 'Helen Rourke');
});

test('acronyms not in parentheses; the Security Council the text named; irregular forces as a group', () => {
  const x = new RuleExtractor().extract(doc(`Talks
Khartoum, 2 May 2026

The Rapid Support Forces said on Monday they would open the road. An RSF commander said the paramilitary force held the bridge.
The Australian Federal Police sent officers. The AFP said they would stay a month.
The National Security Council met on Friday. The Security Council agreed to raise the budget.`));
  const byName = (n: string) => x.entities.find((e) => e.name === n || e.aliases.includes(n));
  assert.equal(byName('RSF')?.name, 'Rapid Support Forces');
  assert.equal(byName('RSF')?.kind, 'group');
  assert.equal(byName('AFP')?.name, 'Australian Federal Police');
  assert.equal(byName('Security Council')?.name, 'National Security Council');
});

test('a transcript line with no quotation marks; a capital as subject; a trailing speaker through its office', () => {
  const said = speakers(`Interview
Lima, 1 May 2026

Lucía Paredes is a prosecutor in Lima.
Q: Who runs the port?
Paredes: The gangs run the night shift. The state runs the day shift.
Japan expressed concern. Tokyo said it would send two patrol vessels to Lima next year.
The Council of the European Union will publish the names on Tuesday, the council's press office said.`);
  assert.equal(said('night shift'), 'Lucía Paredes');
  assert.equal(said('two patrol vessels'), 'Tokyo');
  assert.equal(said('publish the names'), 'Council of the European Union');
});
