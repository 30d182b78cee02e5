/**
 * Session 15 (helper orgs25) probes for organisation mechanisms backed by errors in the texts of at least two writers
 * (fresh25 with fresh22, fresh23, fresh24 and the older sets). Each probe is written for the test (invented wording,
 * places from another part of the world than the sets it was learnt from) and failed before its mechanism.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './testing/probes.js';

const named = (text: string, kind: string) => extract(text).entities.filter((e) => e.kind === kind).map((e) => e.name);

test('a platform written on ("wrote on Instagram that"), owned ("Meta, which owns Instagram") or counted ("one TikTok") is no body; a platform that acts still is', () => {
  const o = named(`Fake ferry tickets
Windhoek, 3 May 2027

The transport minister wrote on Instagram that the ferries to Lüderitz were running. Meta, which owns Instagram, said it had removed the pages. "The whole coast reads one TikTok," said a harbour clerk. Namibian police asked Snapchat to hand over the accounts, and Snapchat said it would comply.`, 'organization');
  assert.ok(!o.includes('Instagram') && !o.includes('TikTok'), o.join(' | '));
  assert.ok(o.includes('Meta') && o.includes('Snapchat'), o.join(' | '));
});

test('a field of public service, then a place ("Police Tasmania", "Fisheries Solomon Islands"), is that place\'s agency, not the place', () => {
  const x = extract(`Longline licences
Honiara, 12 June 2027

Police Tasmania said on Tuesday that two crew members had been charged. The licences, issued by Fisheries Solomon Islands in March, were cancelled. Police said the vessel would stay in port.`);
  const o = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  for (const n of ['Police Tasmania', 'Fisheries Solomon Islands']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(!x.entities.some((e) => e.kind === 'location' && /Tasmania|Fisheries/.test(e.name)), x.entities.map((e) => `${e.kind} ${e.name}`).join(' | '));
});

test('words of a field of work after a title ("Director of the Bureau of Fisheries Law Enforcement", "Minister for Youth and Community Safety") end a unit\'s name or a portfolio; no one is named', () => {
  const x = extract(`Dynamite fishing arrests
Puerto Princesa, 4 July 2027

Commander Ramon Dizon, head of the Bureau of Fisheries Law Enforcement, said eleven boats had been seized. The Secretary for Youth and Community Safety said that schools on the coast would be visited. The Major Organised Crime and Trafficking Unit (MOCTU) was not involved.`);
  const people = x.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  for (const n of ['Law Enforcement', 'Community Safety', 'Organised Crime']) assert.ok(!people.includes(n), `${n}: ${people.join(' | ')}`);
  assert.ok(people.includes('Ramon Dizon'), people.join(' | '));
  const o = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  assert.ok(o.includes('Bureau of Fisheries Law Enforcement'), o.join(' | '));
});

test('a report\'s masthead in running case ("Parliament of Victoria ¶ Legal and Social Issues Committee ¶ Report No. 7") names its issuer, which the report is about only where it names it again', () => {
  const o = named(`Parliament of Victoria
Legal and Social Issues Committee
Report No. 7, March 2027

Inquiry into illegal tobacco sales

2.1 The Legal and Social Issues Committee ("the Committee") heard evidence from Victoria Police and from the Australian Border Force. Victoria Police told the Committee that fourteen shops had been firebombed.`, 'organization');
  assert.ok(!o.includes('Parliament of Victoria'), o.join(' | '));
  for (const n of ['Legal and Social Issues Committee', 'Victoria Police', 'Australian Border Force']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('"X or the Y" without a comma names two bodies side by side; ", or the X," still gives a second name', () => {
  const x = extract(`Fake tax notices
Kigali, 8 July 2027

Anyone who received the letter should call the National Bank of Rwanda or the Rwanda Revenue Authority before paying. The Rwanda Investigation Bureau, or the RIB, said it had opened a case.`);
  const bodies = x.entities.filter((e) => e.kind === 'organization');
  const bank = bodies.find((e) => e.name === 'National Bank of Rwanda');
  assert.ok(bank && !bank.aliases.includes('Rwanda Revenue Authority'), JSON.stringify(bodies.map((e) => [e.name, ...e.aliases])));
  assert.ok(bodies.some((e) => e.name === 'Rwanda Revenue Authority'), JSON.stringify(bodies.map((e) => e.name)));
  assert.ok(bodies.some((e) => e.name === 'Rwanda Investigation Bureau' && e.aliases.includes('RIB')), JSON.stringify(bodies.map((e) => [e.name, ...e.aliases])));
});
