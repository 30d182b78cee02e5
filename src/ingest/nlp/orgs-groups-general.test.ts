/**
 * Session 12 probes for organisations and groups on unseen text: each mechanism covers a class of error seen in the
 * first readings of at least two sets; every probe is written for the test (invented names and wording, taken from
 * no set) and failed on the extractor before its change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './testing/probes.js';

const named = (text: string, kind: string) => extract(text).entities.filter((e) => e.kind === kind).map((e) => e.name);

test('a name the text gives a criminal body runs on through its own short words after "known as", "calling itself", "that X call"', () => {
  const g = named(`Cattle raids
Quthing, 3 March 2027

Detectives say two outfits are behind the raids: a ring known as Tsotsi ka Noka and a rival faction calling itself Bahlabani a Mose. A third crew from the river valley that herders call Los Halcones del Sur was broken up in May.`, 'group');
  assert.ok(g.includes('Tsotsi ka Noka'), g.join(' | '));
  assert.ok(g.includes('Bahlabani a Mose'), g.join(' | '));
  assert.ok(g.includes('Los Halcones del Sur'), g.join(' | '));
  assert.ok(!g.includes('Tsotsi') && !g.includes('Bahlabani'), g.join(' | '));
});

test('"police named the network “X”": a naming verb, a criminal noun, then the name, is a group', () => {
  const g = named(`Ivory seizure
Lusaka, 9 April 2027

Investigators dubbed the syndicate "Kalulu", after a hare in a folk tale, and said its couriers used buses. Customs officers called the ring Nsomba in their reports.`, 'group');
  assert.ok(g.includes('Kalulu'), g.join(' | '));
  assert.ok(g.includes('Nsomba'), g.join(' | '));
});

test('"the X and Y organisation, known as XY": a name before a civic body\'s noun is one body, and its short name is no group', () => {
  const x = extract(`Drought
Katima Mulilo, 4 June 2027

Herders have started selling cattle early. The Floodplain Grazing and Wetland Care association, known as FGWC, said that poaching gangs had recruited young men. FGWC asked the government for feed.`);
  const o = x.entities.filter((e) => e.kind === 'organization');
  assert.ok(o.some((e) => e.name === 'Floodplain Grazing and Wetland Care' && e.aliases.includes('FGWC')), o.map((e) => e.name).join(' | '));
  assert.deepEqual(x.entities.filter((e) => e.kind === 'group').map((e) => e.name), []);
});

test('"the X Unit of the Y", "the X Directorate of the Y Directorate": a unit named with the body it belongs to is two bodies', () => {
  const o = named(`Fraud case
Gaborone, 8 August 2027

The Botswana Police Service (BPS) said on Friday that the Financial Crimes Unit of the BPS had arrested two men. The Economic Crime Division of the National Revenue Service traced the money. The Permanent Council of the Regional Union met later.`, 'organization');
  assert.ok(o.includes('Financial Crimes Unit'), o.join(' | '));
  assert.ok(o.includes('Economic Crime Division'), o.join(' | '));
  assert.ok(o.includes('National Revenue Service'), o.join(' | '));
  assert.ok(!o.some((n) => /Unit of|Division of/.test(n)), o.join(' | '));
});

test('"Ministry of A, B, C and Police": a list of portfolios may close with a word that heads bodies elsewhere', () => {
  const o = named(`Curfew
Mzuzu, 2 September 2027

The Ministry of Rural Affairs, Traditional Leadership, Home Security and Police announced a curfew on Monday.`, 'organization');
  assert.deepEqual(o, ['Ministry of Rural Affairs, Traditional Leadership, Home Security and Police']);
});

test('"Minister of Provincial Government": what follows a minister\'s own "of" with no article is a portfolio, not a body', () => {
  const x = extract(`Floods
Chipata, 12 October 2027

The Minister of Provincial Government, Ms Nomvula Dube, said relief would arrive on Monday. The Minister for Water Authority Reform agreed.`);
  const o = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  assert.deepEqual(o, []);
  assert.ok(x.entities.some((e) => e.kind === 'person' && e.name === 'Nomvula Dube'));
});

test('"the Principal Secretary of the Agency, Ms X,": a title of the body the text is about, named by its head alone, is no body; nor is an honorific cut from its name', () => {
  const x = extract(`Licences
Teyateyaneng, 21 March 2027

The National Licensing Agency suspended 40 permits. The Principal Secretary of the Agency, Ms 'Neheng Sekese, met traders on Tuesday. The Permanent Secretary of the Department visited the market.`);
  const o = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  assert.deepEqual(o, ['National Licensing Agency']);
  assert.ok(!x.entities.some((e) => e.name === 'Ms'), x.entities.map((e) => e.name).join(' | '));
});

test('"the Data Privacy Commissioner", "the Fisheries and Coastal Commissioner": a commissioner of a field, with no name after it, is an office; a force\'s or an area\'s is a title', () => {
  const x = extract(`Leak
Port Louis, 30 June 2027

The bank reported the breach to the Data Privacy Commissioner on Friday. The Fisheries and Coastal Commissioner said the ban would stay. The Police Commissioner declined to comment, and the District Commissioner, Mr Ravi Doorgah, was away.`);
  const o = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  assert.ok(o.includes('Data Privacy Commissioner'), o.join(' | '));
  assert.ok(o.includes('Fisheries and Coastal Commissioner'), o.join(' | '));
  assert.ok(!o.includes('Police Commissioner') && !o.includes('District Commissioner'), o.join(' | '));
});

test('"The Oaxaca state government has said", "the Kericho county government said": a place, a level and a government in lower case is a body that speaks', () => {
  const x = extract(`Water cuts
Nairobi, 14 February 2027

The Kericho county government said on Monday that tankers would supply the town. In Mexico, the Oaxaca state government has announced a similar plan. The state government is expected to pay.`);
  const o = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  assert.ok(o.includes('Kericho county government'), o.join(' | '));
  assert.ok(o.includes('Oaxaca state government'), o.join(' | '));
});

test('outlets: "a statement to the X", "the ACR public broadcaster", "a columnist for the <town> weekly X" name a body, even one whose name is a head word', () => {
  const o = named(`Boats seized
Hermosillo, 1 May 2027

The navy, in a statement to the Gaceta de Sonora last week, said it had seized 12 boats. The mayor told the KBT public broadcaster that the port would reopen. Asha Njeri, a columnist for the Kisumu weekly Observatory, said the fishermen had been warned.`, 'organization');
  assert.ok(o.includes('Gaceta de Sonora'), o.join(' | '));
  assert.ok(o.includes('KBT'), o.join(' | '));
  assert.ok(o.includes('Observatory'), o.join(' | '));
});

test('"Malawian police and the navy", "the Malawian army\'s 4th Brigade": a force named by a demonym in a pair, or owning a unit, is no body', () => {
  const x = extract(`Lake patrol
Mangochi, 2 March 2027

Malawian police and the navy have seized two boats on the lake. Tanzanian police and customs officers said the engines were stolen. A major of the Malawian army's 4th Brigade led the patrol. Later the Zambian embassy said it had not been told.`);
  const o = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  assert.ok(!o.some((n) => /^(?:Malawian|Tanzanian) (?:police|army)$/.test(n)), o.join(' | '));
  assert.ok(o.includes('Zambian embassy'), o.join(' | '));
});

test('"the band called itself the X Brigade": the past tense of self-naming, and the words of raiding and arming, make a group', () => {
  const g = named(`Raids
Kotido, 9 January 2027

Elders said the biggest of the bands called itself the Napak Brigade and was run by men the county had once armed. Another outfit, which styled itself the Lokiri Riders, raided two kraals in December.`, 'group');
  assert.ok(g.includes('Napak Brigade'), g.join(' | '));
  assert.ok(g.includes('Lokiri Riders'), g.join(' | '));
});

test('what groups do: "X claimed responsibility", "the ambush was carried out by X", "rival gangs X and Y", "the X ring smuggled …", "shot dead"', () => {
  const g = named(`Port violence
Mombasa, 3 April 2027

The Likoni Free Riders claimed responsibility for the arson in a voice note. The ambush on the ferry was carried out by the Mtongwe Hawks, police said. The waterfront is split between rival gangs Los Cangrejos and La Resaca. Prosecutors say the Bamburi ring smuggled heroin in fish crates. Two men from the Kisauni Boys were shot dead on Friday.`, 'group');
  for (const n of ['Likoni Free Riders', 'Mtongwe Hawks', 'Los Cangrejos', 'La Resaca', 'Bamburi', 'Kisauni Boys']) assert.ok(g.includes(n), `${n}: ${g.join(' | ')}`);
});

test('guards: a state unit that carries out a raid, a phone network, and gangs in two places name no group', () => {
  const x = extract(`Raids
Nairobi, 3 April 2027

The raid was carried out by the Special Response Unit on Tuesday. The Jambo network was down for hours after the attack on the mast. Rival gangs in Kayole and Dandora fought over the market.`);
  assert.deepEqual(x.entities.filter((e) => e.kind === 'group').map((e) => e.name), []);
});

test('"approved by Cabinet", "that Cabinet, at its sitting,": with no article, Cabinet is the country\'s cabinet, a body; "Cabinet ministers" is not', () => {
  const x = extract(`Budget
Maseru, 4 May 2027

The Treasury said that Cabinet, at its meeting on Tuesday, had approved the plan. The levy approved by Cabinet will apply from June.`);
  assert.ok(x.entities.some((e) => e.kind === 'organization' && e.name === 'Cabinet'), x.entities.map((e) => e.name).join(' | '));
  const y = extract(`Budget
Maseru, 4 May 2027

Two senior officials said Cabinet ministers had not seen the plan.`);
  assert.ok(!y.entities.some((e) => e.name === 'Cabinet'), y.entities.map((e) => e.name).join(' | '));
});

test('a letterhead in capitals that the text writes again in mixed case is that name, whole, commas and all', () => {
  const x = extract(`REPUBLIC OF NORTHLAND
MINISTRY OF RURAL AFFAIRS, CHIEFTAINCY, HOME SECURITY AND POLICE

PRESS RELEASE

The Ministry of Rural Affairs, Chieftaincy, Home Security and Police informs the public that roadblocks will be set up. The Ministry said they would stay for a month.`);
  const o = x.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  assert.deepEqual(o, ['Ministry of Rural Affairs, Chieftaincy, Home Security and Police']);
});

test('"X against Y": a body named for what it works against keeps "against" and the "and" of its list, with or without a head word; a strategy stays a document', () => {
  const o = named(`Charges
Tirana, 5 May 2027

The Special Bureau against Fraud and Organised Crime has charged 12 officials. The Joint Taskforce against Piracy said two boats were held. The Group of Experts on Action against Forced Labour said in its report that inspections were rare. The Plan against Poaching sets targets.`, 'organization');
  for (const n of ['Special Bureau against Fraud and Organised Crime', 'Joint Taskforce against Piracy', 'Group of Experts on Action against Forced Labour']) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
  assert.ok(!o.includes('Plan against Poaching'), o.join(' | '));
});

test('a plural possessive before a head word is inside the name: "the Dangriga Magistrates\' Court", "the Lake Traders\' Association"', () => {
  const o = named(`Remand
Dangriga, 6 May 2027

The Dangriga Magistrates' Court remanded the two men. The Lake Traders' Association said its members would strike.`, 'organization');
  assert.ok(o.includes("Dangriga Magistrates' Court"), o.join(' | '));
  assert.ok(o.includes("Lake Traders' Association"), o.join(' | '));
});

test('a release\'s signature may hold a name styled "(Mrs.)" and a body\'s long name with its address run on: the sender\'s own units there are no bodies of the text', () => {
  const a = extract(`Roadblocks
Teyateyaneng, 2 June 2027

The Ministry of Rural Affairs informs the public that roadblocks will be set up on the main road. Motorists are asked to carry their papers.

Signed
Naledi Mokoena (Mrs.)
Director, Media Relations Unit
For: Minister of Rural Affairs
`);
  assert.ok(!a.entities.some((e) => e.name === 'Media Relations Unit'), a.entities.map((e) => e.name).join(' | '));
  const b = extract(`Roadblocks
Teyateyaneng, 2 June 2027

The Ministry of Rural Affairs informs the public that roadblocks will be set up on the main road.

Issued by:
Office of the Permanent Secretary
Ministry of Rural Affairs, Chieftaincy, Home Security and Police Teyateyaneng 200, Lesotho
Tel: +266 2200 0000
`);
  assert.ok(!b.entities.some((e) => e.name === 'Office of the Permanent Secretary'), b.entities.map((e) => e.name).join(' | '));
});

test('"the Ministry of Health\'s Directorate of Y": a body with its own "of" owns the unit after its possessive; "the Prime Minister\'s Office" stays one name', () => {
  const o = named(`Licences
Victoria, 8 May 2027

The Ministry of Health's Directorate of Medicines withdrew the licence. The Prime Minister's Office said it had not been told.`, 'organization');
  for (const n of ['Ministry of Health', 'Directorate of Medicines', "Prime Minister's Office"]) assert.ok(o.includes(n), `${n}: ${o.join(' | ')}`);
});
