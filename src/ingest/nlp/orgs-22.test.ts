/**
 * Session 15 (helper orgs22) probes for organisation mechanisms backed by errors in the texts of at least two writers
 * (fresh22 and fresh23, with what remains of fresh15, fresh16, fresh18, fresh19 and fresh20). Each probe is written
 * for the test (invented wording, places from another part of the world than the sets it was learnt from) and failed
 * before its mechanism.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './testing/probes.js';

const named = (text: string, kind: string) => extract(text).entities.filter((e) => e.kind === kind).map((e) => e.name);

test('a country\'s body in lower case: a high commission, a border guard, an oil ministry, a province\'s department, and an aside before its verb', () => {
  const o = named(`Fuel runs
Accra, 4 June 2027

Canada's high commission in Accra said it had offered help. Indonesia's oil ministry says on its website that fuel is rationed. Papua New Guinea's border guard has in the past said that it acts against smuggling. Queensland's health department said the state had set up a task force.

2.5 Malaysia's interior ministry, in written evidence, stated that its agency had received false alerts. The Chilean military, which keeps a base in the south, declined to comment.`, 'organization');
  for (const n of ["Canada's high commission", "Indonesia's oil ministry", "Papua New Guinea's border guard", "Queensland's health department", "Malaysia's interior ministry", 'Chilean military']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('a force\'s unit named with its number, an ordinal before ("4th Regional Border Guard Headquarters") or a number after its head ("Combined Task Force 68", "Regional Command 4"), keeps the number', () => {
  const o = named(`Cable damage
Gdańsk, 4 June 2027

The 4th Regional Border Guard Headquarters, which commands the border guard in Pomerania, said the anchor had been found. Combined Task Force 68 said its ships were there. The army's Regional Command 4, which covers the north, says in a reply that it patrols the coast. The Border Force 40 officers left at dawn.`, 'organization');
  for (const n of ['4th Regional Border Guard Headquarters', 'Combined Task Force 68', 'Regional Command 4']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(!o.includes('Border Force 40'), o.join(' | '));
});

test('a body named in full owning a unit named in lower case by its portfolio ("the National Assembly\'s committee on fisheries") is that unit; without a portfolio ("the KNPA\'s branch") it is none', () => {
  const o = named(`Levies
Seoul, 4 June 2027

Kim Min-ji, who chairs the National Assembly's committee on fisheries, said she had written to the minister. The ministry said it had asked the Korean National Police Agency's internal affairs department to review every transfer. It asked for more officers for the KNPA's branch in Busan.`, 'organization');
  for (const n of ["National Assembly's committee on fisheries", "Korean National Police Agency's internal affairs department"]) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(!o.some((n) => n.includes('branch')), o.join(' | '));
});

test('a legislature named in its own language (a family of them in the gazetteer), and a known body\'s short lower-case word inside its name kept ("Bangko Sentral ng Pilipinas")', () => {
  const o = named(`Ballots
Vienna, 4 June 2027

The bill passed the Nationalrat on Tuesday, and the Bundesrat is expected to follow. In Budapest the Országgyűlés voted against it. In Zanzibar, the Baraza la Wawakilishi sat late into the night. In Manila, the Bangko Sentral ng Pilipinas said it had fined two banks.`, 'organization');
  for (const n of ['Nationalrat', 'Bundesrat', 'Országgyűlés', 'Baraza la Wawakilishi', 'Bangko Sentral ng Pilipinas']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('a body named in its own language runs on through its own "e"/"y" between capitalised words, through "por la", and through a comma list closed by "y" ("Cámara de Comercio, Industria y Navegación de Sevilla"); not through a list of people', () => {
  const o = named(`Port fees
Seville, 4 June 2027

The findings go to the Cámara de Comercio, Industria y Navegación de Sevilla this week. In Lisbon the Gabinete Nacional de Segurança e Defesa said it had opened an inquiry. Rosa Vidal, who speaks for the residents' group Vecinos Unidos por la Defensa del Puerto, said the fees were too high. The minutes were signed by the Ministerio del Interior, Juan Pérez y Carlos Gil.`, 'organization');
  for (const n of ['Cámara de Comercio, Industria y Navegación de Sevilla', 'Gabinete Nacional de Segurança e Defesa', 'Vecinos Unidos por la Defensa del Puerto']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(!o.some((n) => n.includes('Pérez')), o.join(' | '));
});

test('a company named only by its name, in apposition to what it is ("one of the three salvage firms, X,", "X, a ship repair yard in …"), and a legal form written with full stops ("Sdn. Bhd.")', () => {
  const o = named(`Salvage
Bergen, 4 June 2027

One of the three salvage firms, Fjellhaug, declined to answer the committee's letter. The intruder reached the network of Brevik Sjøverk, a ship repair yard in Bergen that services ferries. In Brunei, Seria Lintas Sdn. Bhd. said it had stopped its deliveries.`, 'organization');
  for (const n of ['Fjellhaug', 'Brevik Sjøverk', 'Seria Lintas Sdn. Bhd.']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('a town taken for a body: after "a house in" ("Little Jamaica"), or described as a town whose co-operatives … (the apposition\'s head is the town)', () => {
  const x = extract(`Seizure
Toronto, 4 June 2027

Some of the cash had been found in a warehouse in Little Jamaica. In Port Moody, a coastal city whose fishing co-operatives run the harbour, a deckhand said nothing. Figures from Statistics Canada show the trade grew.`);
  const o = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  for (const n of ['Little Jamaica', 'Port Moody']) assert.ok(!o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(o.includes('Statistics Canada'), o.join(' | '));
});

test('a known body\'s acronym, then another acronym ("ECOWAS GIABA"), names an agency of that body, and in parentheses after "<unit> of the <body>" it names the unit', () => {
  const x = extract(`Laundering
Dakar, 4 June 2027

4. The typology report, published by ECOWAS GIABA in 2025, found that cash couriers remain the main channel.

7. The Agency for Cash Control and Security of the Economic Community of West African States (ECOWAS ACCS) has advised that couriers use the coastal road.`);
  const o = x.entities.filter((e) => e.kind === 'organization');
  assert.ok(o.some((e) => e.name === 'ECOWAS GIABA'), o.map((e) => e.name).join(' | '));
  const unit = o.find((e) => e.name.startsWith('Agency for Cash'));
  assert.ok(unit?.aliases.includes('ECOWAS ACCS'), o.map((e) => `${e.name} [${e.aliases.join(', ')}]`).join(' | '));
});
