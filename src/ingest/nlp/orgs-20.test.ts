/**
 * Session 14, third round (helper orgs20) probes for organisation and group mechanisms backed by errors in the texts
 * of at least two writers (fresh18, fresh19, fresh20 and the fixed classes of fresh15, fresh16). Each probe is written
 * for the test (invented wording, places from another part of the world than the sets it was learnt from) and failed
 * before its mechanism.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './testing/probes.js';

const named = (text: string, kind: string) => extract(text).entities.filter((e) => e.kind === kind).map((e) => e.name);

test('a person\'s name with a particle ("de la", "al-") before "of the" and a body, or a body\'s acronym, is the person and the body', () => {
  const text = `Port fraud
Nairobi, 4 June 2027

Participants: journalists, among them Fatma al-Harthi of the Mombasa Times and Ahmed al-Sa'adi of the Kenya News Agency.

The prosecutor in charge of the case, Ana Lucía de la Torre Mendes of the Prosecutor's Office against Money Laundering, told a news conference that the clerk had been paid. A second judge, Pieter van der Berg of the EACJ in Arusha, said nothing.`;
  const o = named(text, 'organization');
  const p = named(text, 'person');
  for (const n of ['Mombasa Times', 'Kenya News Agency', "Prosecutor's Office against Money Laundering", 'EACJ']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  for (const n of ['Fatma al-Harthi', "Ahmed al-Sa'adi", 'Ana Lucía de la Torre Mendes', 'Pieter van der Berg']) assert.ok(p.includes(n), `${n}: ${p.join(' | ')}`);
});

test('a name in apposition with a possessor and a body\'s head noun (", the port\'s hosting company,", ", X\'s IT support company,", ", the Y\'s policing mission,") is an organisation', () => {
  const o = named(`Cable cut
Reykjavik, 4 June 2027

The port's booking system went down on Monday. Fjordnet, the port's hosting company, restored it on Tuesday. Skyrdata, Eimskip's IT support company, found the script. NORDPOL, the Nordic Council's policing mission, says it is watching the case. The harbour master, Jon Petursson, the port's longest-serving officer, said little.`, 'organization');
  for (const n of ['Fjordnet', 'Skyrdata', 'NORDPOL']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(!o.includes('Jon Petursson'), o.join(' | '));
});

test('a name others give "it" ("The smugglers call it Al-Hawd") just after the text has said it is one network, gang or ring is a group', () => {
  const g = named(`Qat
Mogadishu, 4 June 2027

HOST: Who is behind it?

WARSAME: It is one network with many hands. The smugglers call it Al-Hawd, the basin. It collects the qat in the hills.`, 'group');
  assert.ok(g.includes('Al-Hawd'), g.join(' | '));
});

test('in a text about an intrusion, a coined word before "Security" or "Cyber" names a security vendor; a field before it does not', () => {
  const o = named(`Intrusion report
Hanoi, 4 June 2027

**Prepared by:** Lotus Cyber, Hanoi

The ransomware reached the port's booking servers on 2 June. Riverstone Security, which tracks the same loader, shared two hashes. The port asked Lotus Cyber to investigate. Public Security officers seized a laptop.`, 'organization');
  for (const n of ['Lotus Cyber', 'Riverstone Security']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('"the company" or "a firm" with what places it in the story, then a name in apposition, is a company', () => {
  const o = named(`Precursors
Manila, 4 June 2027

The company at the centre of the case, Kalitex, imported what its papers called solvents. A firm registered in Cebu, Bayanihan, shipped them to the port.`, 'organization');
  for (const n of ['Kalitex', 'Bayanihan']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('a force\'s unit named in apposition with "unit" ("a dedicated unit, Taskforce X,", "X (Y), an elite unit of the army,") is an organisation, not an armed group', () => {
  const x = extract(`Valley attack
Ayacucho, 4 June 2027

Gunmen attacked a police post in the valley on Sunday, killing four officers. The prefect said the gunmen belonged to a group calling itself the Red Condors, which has claimed the kidnapping of farmers since 2024. He said the Jungle Response Battalion (BRJ), an elite unit of the army, had sent two companies to the valley by helicopter. He told the Congress that the police had formed a dedicated unit, Taskforce Vicuña, within its Anti-Drug Directorate.`);
  const o = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  const g = x.entities.filter((e) => e.kind === 'group').map((e) => e.name);
  for (const n of ['Jungle Response Battalion', 'Taskforce Vicuña']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(g.includes('Red Condors') && !g.some((n) => n.includes('Battalion')), g.join(' | '));
});

test('capitalised words after the possessive of a body\'s acronym name a unit of it, even when a place word ends them', () => {
  const o = named(`Border
Santiago, 4 June 2027

The Frontier Police (PFR) said on Monday that it had found more drones. The PFR's Arica Frontier District has found 120 of them since May, its commander said.`, 'organization');
  assert.ok(o.includes('Arica Frontier District'), o.join(' | '));
});
