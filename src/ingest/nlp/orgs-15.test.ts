/**
 * Session 13 (helper orgs15) probes for general organisation mechanisms, learnt from fresh15's missed organisations.
 * Each probe is written for the test (invented wording, places from another part of the world than the set it was
 * learnt from) and failed before its mechanism.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './testing/probes.js';

const orgs = (text: string) => extract(text).entities.filter((e) => e.kind === 'organization').map((e) => e.name);

test('a country\'s force with its kind in lower case ("federal police"), a body that acts and is named again as the one saying so, and such a body in apposition to one named in full', () => {
  const o = orgs(`Fishing ban
Lima, 4 June 2027

LIMA, Peru - Peru's fisheries ministry will send 40 more inspectors to the coast after trawlers moved south, the ministry said on Monday. Chile's federal police told the Senate that seven boats had been seized. Bolivia's national police said the nets came from a warehouse in Oruro. The Fisheries Enforcement Directorate (DIREPE), Ecuador's maritime police, said it had stopped two boats.`);
  for (const n of ["Peru's fisheries ministry", "Chile's federal police", "Bolivia's national police", 'Fisheries Enforcement Directorate']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(!o.includes("Ecuador's maritime police"), o.join(' | '));
});

test('a unit "of the" body it belongs to is named by the whole phrase; the body is named alone where the text names it alone', () => {
  const o = orgs(`Reef survey
Suva, 4 June 2027

A biologist at the Institute of Marine Biology of the Fiji Academy of Sciences said the reef had bleached. The Directorate of Coastal Patrols of the Vanuatu Mobile Force said it had seen no boats. The Vanuatu Mobile Force later confirmed it.`);
  for (const n of ['Institute of Marine Biology of the Fiji Academy of Sciences', 'Directorate of Coastal Patrols of the Vanuatu Mobile Force', 'Vanuatu Mobile Force']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(!o.includes('Institute of Marine Biology'), o.join(' | '));
});

test('a name right before "radio" or "newspaper" is that outlet wherever it stands, not before "radio programme"', () => {
  const o = orgs(`Flood warning
Cusco, 4 June 2027

Listeners of Voz del Ande radio reported the flood first. The warning was repeated on Qhapaq Ñan radio and in the Sol de Urubamba newspaper. Rescuers spoke on the Mundo Verde radio programme.`);
  for (const n of ['Voz del Ande', 'Qhapaq Ñan', 'Sol de Urubamba']) assert.ok(o.some((x) => x === n || x.endsWith(` ${n}`)), `${n}: ${o.join(' | ')}`);
  assert.ok(!o.includes('Mundo Verde'), o.join(' | '));
});

test('a body\'s initials before a country\'s name are its national branch, not a person ("WWF Spain")', () => {
  const o = orgs(`Reef survey
Suva, 4 June 2027

WWF Fiji called on the government to close the channels. IFAW Tonga said the catch was illegal.`);
  for (const n of ['WWF Fiji', 'IFAW Tonga']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('two fields of a revenue or border service before one head are one department ("Customs and Excise Department")', () => {
  const o = orgs(`Seizure
Apia, 4 June 2027

Officers of the Customs and Excise Department found the rifles in a container. The Immigration and Passports Office said the consignee had left Samoa.`);
  for (const n of ['Customs and Excise Department', 'Immigration and Passports Office']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(!o.includes('Excise Department'), o.join(' | '));
});

test('"the UN refugee agency, UNHCR": a known body before a lower-case noun for one of its agencies, in apposition to the agency, describes the agency', () => {
  const o = orgs(`Camps
Dhaka, 4 June 2027

The UN refugee agency, UNHCR, urged Bangladesh to reopen the camp schools. The IOM, the UN migration agency, said 300 people had left by boat.`);
  assert.ok(!o.includes('United Nations'), o.join(' | '));
  assert.equal(o.length, 2, o.join(' | '));
});

test('"told the Assembly", "the Legislature approved": a legislature addressed or voting, with no longer name in the text, is the country\'s legislature', () => {
  const o = orgs(`Budget
Apia, 4 June 2027

The finance minister told the Assembly on Tuesday that the patrol boat had cost twice its price. In Tonga, the Legislature approved a new fisheries bill.`);
  for (const n of ['Assembly', 'Legislature']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  const p = orgs(`Budget
Apia, 4 June 2027

The Legislative Assembly met on Monday. The finance minister told the Assembly that the boat had cost twice its price.`);
  assert.deepEqual(p, ['Legislative Assembly']);
});

test('"a scientist at the X Station", "a zoologist with the X": where one works is a body, not a place before "fish market"; a place the body is named after stays a place', () => {
  const r = extract(`Survey
Lima, 4 June 2027

Flamingos still feed in the lagoons around Paracas. A scientist at the Paracas Biological Station, Dr. Ana Ruiz, said the count had halved. A zoologist with the Tumbes Mangrove Trust agreed. Inspectors at the Villa fish market found no birds.`);
  const o = r.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  const l = r.entities.filter((e) => e.kind === 'location').map((e) => e.name);
  assert.ok(o.includes('Paracas Biological Station'), o.join(' | '));
  assert.ok(!o.includes('Villa'), o.join(' | '));
  assert.ok(l.includes('Paracas'), l.join(' | '));
});

test('"Malaysian police" is the force the text names "Royal Malaysia Police"; "Greek coast guard" is the "Hellenic Coast Guard" (another adjective of the same country)', () => {
  const o = orgs(`Raid
Kuala Lumpur, 4 June 2027

The Royal Malaysia Police said they had arrested three men in Johor. Malaysian police said the warehouse was empty. In Piraeus the Hellenic Coast Guard boarded a second boat, and Greek coast guard officers found the crew hiding.`);
  assert.deepEqual(o.sort(), ['Hellenic Coast Guard', 'Royal Malaysia Police']);
});

test('"X, known by its Spanish initials Y": the initials are another name of the body', () => {
  const o = orgs(`Port
Lima, 4 June 2027

The Peruvian Maritime Authority, known by its Spanish initials DICAPI, said the ship had no insurance. DICAPI later fined the owner. The National Fisheries Service, known by its acronym SANIPES, agreed.`);
  assert.deepEqual(o.sort(), ['National Fisheries Service', 'Peruvian Maritime Authority']);
});

test('a name one calls on a telephone number is a service, not a person with a title or a given name', () => {
  const r = extract(`Appeal
Lima, 4 June 2027

Anyone with information should call Linea Verde on 0800 1234 or ring Vecinos Alerta at 555-8477, or contact Detective Sergeant Ana Quispe on 01 555 1234.`);
  const o = r.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  const p = r.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  for (const n of ['Linea Verde', 'Vecinos Alerta']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(p.includes('Ana Quispe'), p.join(' | '));
});

test('"General Security told us that it …": a rank or a public adjective before a field of state work, speaking, is a service', () => {
  const o = orgs(`Border
Cairo, 4 June 2027

General Intelligence told reporters on Sunday that it had arrested nine smugglers near Rafah. Public Security said the road would reopen.`);
  for (const n of ['General Intelligence', 'Public Security']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('a plural of people before "of" at the start of a sentence is no part of the name after it', () => {
  const o = orgs(`Ferry
Manila, 4 June 2027

Associations of Philippine Coast Guard officers said the new boats were welcome. Listeners of Radio Bombo called in all morning.`);
  assert.ok(o.includes('Philippine Coast Guard'), o.join(' | '));
  assert.ok(o.includes('Radio Bombo'), o.join(' | '));
  assert.ok(!o.some((n) => /^(?:Associations|Listeners) of/.test(n)), o.join(' | '));
});

test('a force\'s two-word name in a Romance language is its English name the text also uses ("Guardia Nacional", "National Guard")', () => {
  const o = orgs(`Border
Caracas, 4 June 2027

The National Guard said it had closed the crossing at San Antonio del Táchira. A sergeant of the Guardia Nacional was arrested on Friday. In Niamey, the Republican Guard said the convoy had passed, and a colonel of the Garde Républicaine confirmed it.`);
  assert.deepEqual(o.sort(), ['National Guard', 'Republican Guard']);
});

test('a company named by its first word alone is the one company whose name ends in "Services" or "Trading"', () => {
  const o = orgs(`Fraud
Kampala, 4 June 2027

Attackers took over the e-mail accounts of the finance team of Okwera Marine Services, a ship chandler in Jinja. Okwera asked Ndege Cyber Response to investigate. Okwera's managing director, Peter Okello, said the firm had been careless. Okwera reported the incident to the police on 12 November.`);
  assert.deepEqual(o.sort(), ['Ndege Cyber Response', 'Okwera Marine Services']);
});

test('"works in the transit centre at X": a site noun before "at" makes X the place of the site, not the body one works for', () => {
  const r = extract(`Camp
Tapachula, 4 June 2027

Refugio Sur, an aid group that works in the reception centre at Huixtla, said it had counted 400 people in May.`);
  const o = r.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  const l = r.entities.filter((e) => e.kind === 'location').map((e) => e.name);
  assert.ok(!o.includes('Huixtla'), o.join(' | '));
  assert.ok(l.includes('Huixtla'), l.join(' | '));
});

test('a port named with "Port" is a place, not a body (labelling guide: "a port is a place")', () => {
  const r = extract(`Port
Mombasa, 4 June 2027

About 300 vessels a month call at Kilindini Port, and ships calling at Lamu Port were delayed on Monday.`);
  const o = r.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  const l = r.entities.filter((e) => e.kind === 'location').map((e) => e.name);
  assert.deepEqual(o, []);
  for (const n of ['Kilindini Port', 'Lamu Port']) assert.ok(l.includes(n), `${n}: ${l.join(' | ')}`);
});

test('a ministry\'s list of portfolios closes before "of" and the country it belongs to, even a country named with "and"', () => {
  const r = extract(`Visit
Suva, 4 June 2027

The Ministry of Foreign Affairs, Cooperation and Communities of Trinidad and Tobago called on its neighbours to act. The Ministry of Fisheries, Forests and Lands of Fiji said so.`);
  const o = r.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  const l = r.entities.filter((e) => e.kind === 'location').map((e) => e.name);
  for (const n of ['Ministry of Foreign Affairs, Cooperation and Communities', 'Ministry of Fisheries, Forests and Lands']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  for (const n of ['Trinidad and Tobago', 'Fiji']) assert.ok(l.includes(n), `${n}: ${l.join(' | ')}`);
});

test('a collective\'s possessive, then the head of a members\' body, is that body, "of the <region>" included', () => {
  const o = orgs(`Strike
Chittagong, 4 June 2027

The head of the Boatmen's Syndicate of the South, Abdul Karim, said the men would strike. The Seamen's Guild of Chittagong agreed.`);
  for (const n of ["Boatmen's Syndicate of the South", "Seamen's Guild of Chittagong"]) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('a legal form of another jurisdiction, before or after the name, makes a company ("PT …", "JSC …", "… Sdn Bhd", "… Tbk")', () => {
  const o = orgs(`Deal
Jakarta, 4 June 2027

PT Samudera Lintas said the ship was insured. Its owner, Berjaya Marine Sdn Bhd, declined to comment. JSC Baltic Reefers denied it. The buyer, Kapal Niaga Tbk, agreed.`);
  for (const n of ['PT Samudera Lintas', 'Berjaya Marine Sdn Bhd', 'JSC Baltic Reefers', 'Kapal Niaga Tbk']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('"&" joins the partners of one firm ("Chanda & Partners", "Mwale & Co"), a company, not two people', () => {
  const r = extract(`Deal
Lusaka, 4 June 2027

A lawyer for Chanda & Partners said the contract was void. Mwale & Co said it would appeal.`);
  const o = r.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  for (const n of ['Chanda & Partners', 'Mwale & Co']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(!r.entities.some((e) => e.kind === 'person'), r.entities.map((e) => e.name).join(' | '));
});

test('Spanish and Portuguese bodies and companies opened by their kind ("Organismo de …", "Minera …"); a known NGO\'s local branch ("Caritas Madre de Dios")', () => {
  const r = extract(`Gold mining
Lima, 4 June 2027

The Organismo de Evaluación y Fiscalización Ambiental said the river was polluted. Minera Aurífera Los Andes denied the claims. Caritas Madre de Dios said families had fled.`);
  const o = r.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  for (const n of ['Organismo de Evaluación y Fiscalización Ambiental', 'Minera Aurífera Los Andes', 'Caritas Madre de Dios']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(!r.entities.some((e) => e.kind === 'person'), r.entities.map((e) => e.name).join(' | '));
});

test('a name ending in Front, Movement, Party, Bloc or Coalition, with nothing armed about it, is a body, not a person', () => {
  const r = extract(`Vote
Dakar, 4 June 2027

The Islamic Renewal Front called for an inquiry into the count. The Democratic Renewal Bloc said it would contest the result.`);
  const o = r.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  for (const n of ['Islamic Renewal Front', 'Democratic Renewal Bloc']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('a country\'s body in lower case that agrees, welcomes, condemns or declines speaks as well as one that says', () => {
  const o = orgs(`Fishing
Port Moresby, 4 June 2027

Kiribati's fisheries ministry agreed to the new quota. Tonga's foreign ministry welcomed the deal, and Fiji's navy declined to comment.`);
  for (const n of ["Kiribati's fisheries ministry", "Tonga's foreign ministry", "Fiji's navy"]) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});

test('a company\'s national branch named with the country\'s own name for itself ("Telia Eesti", "Orlen Polska")', () => {
  const r = extract(`Outage
Tallinn, 4 June 2027

Telia Eesti restored its network on Tuesday. Orlen Polska raised prices. Trucks crossed from Polska into Lietuva.`);
  const o = r.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  for (const n of ['Telia Eesti', 'Orlen Polska']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});
