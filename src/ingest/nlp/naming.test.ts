/**
 * Names, bodies and titles the rules learnt in session 6 (courtesy titles of other naming systems, titles alone,
 * nicknames, companies described before their name, acronyms that spell a long name), each with a probe text written
 * for the test (invented names and wording, not taken from an evaluation text).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, kinds, speakers } from './testing/probes.js';

test('courtesy titles of other naming systems and a court\'s "Advocate" are dropped from the name', () => {
  const x = extract(`Border talks resume
Tamale, 3 March 2026

Alhaji Musa Bawumia met Hajia Zainab Osei and Datuk Rahman Ismail in Tamale on Monday.
For the state, Advocate Thandeka Mokoena asked the court to refuse bail. Advocate Mokoena said the accused had fled before.
Later, Hajia Osei told reporters that the meeting had gone well.`);
  const k = kinds(x);
  assert.equal(k('Musa Bawumia'), 'person');
  assert.equal(k('Zainab Osei'), 'person');
  assert.equal(k('Rahman Ismail'), 'person');
  assert.equal(k('Thandeka Mokoena'), 'person');
  assert.ok(!x.entities.some((e) => /^(?:Alhaji|Hajia|Datuk|Advocate)\b/.test(e.name)), x.entities.map((e) => e.name).join('; '));
  const said = speakers(x);
  assert.equal(said('the accused had fled before'), 'Thandeka Mokoena');
  assert.equal(said('the meeting had gone well'), 'Zainab Osei');
});

test('a title with its portfolio before an honorific; the title alone later is that person, not the body it names', () => {
  const x = extract(`Minister visits flooded district
Lusaka, 2 February 2026

The Minister of Home Affairs, Hon. Chanda Mwale, visited Kazungula with the Inspector-General of Police, Mr. Boyd Phiri.
"We will rebuild every bridge," the Minister said.
The Inspector-General of Police said that two officers had been injured in the floods.`);
  const k = kinds(x);
  assert.equal(k('Chanda Mwale'), 'person');
  assert.equal(k('Boyd Phiri'), 'person');
  assert.ok(!x.entities.some((e) => e.name.includes('Inspector-General')), x.entities.map((e) => e.name).join('; '));
  const said = speakers(x);
  assert.equal(said('rebuild every bridge'), 'Chanda Mwale');
  assert.equal(said('two officers had been injured'), 'Boyd Phiri');
});

test('a rank before a second name in a list; a signature with the honorific after the name; a unit of a ministry', () => {
  const x = extract(`Statement on the ambush
Kumasi, 5 May 2026

The dead were Sergeant Kofi Addo and Constable Ama Owusu-Ansah, the police said. The injured officer is at the Ashanti Regional Hospital in Obuasi.

Signed
Grace Amponsah-Mensah (Mrs.)
Director, Public Affairs Unit`);
  const k = kinds(x);
  assert.equal(k('Kofi Addo'), 'person');
  assert.equal(k('Ama Owusu-Ansah'), 'person');
  assert.equal(k('Grace Amponsah-Mensah'), 'person');
  assert.equal(k('Ashanti Regional Hospital'), 'organization');
  assert.notEqual(k('Public Affairs Unit'), 'person');
});

test('nicknames: "known to X as" in apposition, "everyone called X"; a company named after its description', () => {
  const x = extract(`Smuggling ring on trial
Durban, 7 April 2026

The accused are Pieter Botha, a retired mechanic known to his workers as "Oupa Piet"; Sipho Ndlovu, who ran a transport firm in Pinetown called Coastline Haulage Services; and a driver.
The migrants paid a young man everyone called El Gato to take them across. Coastline Haulage Services said it had done nothing wrong.
Maritima Sul, which runs the container terminal, closed its gates. Brevik's head of security, Lena Dahl, said the gates had been left open.`);
  const k = kinds(x);
  assert.equal(k('Pieter Botha'), 'person');
  assert.equal(k('Sipho Ndlovu'), 'person');
  assert.equal(k('Coastline Haulage Services'), 'organization');
  assert.equal(k('El Gato'), 'person');
  assert.equal(k('Maritima Sul'), 'organization');
  assert.equal(k('Brevik'), 'organization');
  const botha = x.entities.find((e) => e.name === 'Pieter Botha');
  assert.ok(botha?.aliases.some((a) => /Piet/.test(a)), JSON.stringify(botha));
  assert.ok(!x.entities.find((e) => e.name === 'Sipho Ndlovu')?.aliases.some((a) => /Coastline/.test(a)));
});

test('an acronym that spells a long name with "and" in it; elided articles; plural demonyms and vessels with numbers', () => {
  const x = extract(`Raids across the region
Abidjan, 9 May 2026

The National Authority for Medicines and Health Products and Inspection (NAMHPI) closed 12 shops in Côte d'Ivoire.
Police said 14 Nigerians for the Delta Vanguard Brigade, a militia, had been arrested. Recruits for Ghanaian militia were also held.
The Hai Yang 7, a 60-metre survey ship, left Abidjan on Sunday.
Police broke up a criminal network calling itself Les Amis du Plateau.`);
  const k = kinds(x);
  assert.equal(k('National Authority for Medicines and Health Products and Inspection'), 'organization');
  assert.equal(k("Côte d'Ivoire"), 'location');
  assert.equal(k('Delta Vanguard Brigade'), 'group');
  assert.equal(k('Les Amis du Plateau'), 'group');
  assert.ok(!x.entities.some((e) => /Nigerians|Recruits|Hai Yang/.test(e.name)), x.entities.map((e) => e.name).join('; '));
});

test('a possessive inside a company\'s name', () => {
  const x = extract(`Rates rise
London, 2 May 2026

The panel was chaired by Ruth Ames, a correspondent of the Lloyd's List Intelligence service. Analysts at Moody's Analytics said premiums would rise.`);
  const k = kinds(x);
  assert.equal(k("Lloyd's List Intelligence"), 'organization');
  assert.equal(k("Moody's Analytics"), 'organization');
  assert.ok(!x.entities.some((e) => e.name === 'List Intelligence' || e.name === 'Analytics'));
});

test('names of other naming systems: a Korean given name with a hyphen, a Vietnamese name, one Indonesian name, an engineer\'s title', () => {
  const x = extract(`Typhoon nears the coast
Hanoi, 12 October 2026

"Every boat must be in harbour by midnight," said Deputy Minister Pham Thi Hoa. Hoa added that the army would help.
Kim Seo-yeon, a South Korean meteorologist at the Korea Meteorological Administration, said the storm was the strongest this year. "We have not seen pressure this low since 2013," Kim said.
In Jakarta, Widodo told reporters that Indonesia would send two ships. Its director, Eng. Peter Otieno, said the port was ready.`);
  const k = kinds(x);
  assert.equal(k('Pham Thi Hoa'), 'person');
  assert.equal(k('Kim Seo-yeon'), 'person');
  assert.equal(k('Widodo'), 'person');
  assert.equal(k('Peter Otieno'), 'person');
  assert.ok(!x.entities.some((e) => e.name === 'Eng'));
  const said = speakers(x);
  assert.equal(said('the army would help'), 'Pham Thi Hoa');
  assert.equal(said('the storm was the strongest this year'), 'Kim Seo-yeon');
  assert.equal(said('pressure this low'), 'Kim Seo-yeon');
  assert.equal(said('Indonesia would send two ships'), 'Widodo');
});

test('a response team is a body; "the group" is the group its sentence is about, not one in a relative clause', () => {
  const x = extract(`Tax files leaked
Accra, 3 November 2026

The Computer Emergency Response Team said the attackers had used a flaw in a file server.
Grey Heron, which researchers at Kestrel Labs link to the Black Basta ransomware operation, said on its leak site that it would publish more files. "Pay or read about yourselves," the group wrote.`);
  const k = kinds(x);
  assert.equal(k('Computer Emergency Response Team'), 'organization');
  const said = speakers(x);
  assert.equal(said('used a flaw in a file server'), 'Computer Emergency Response Team');
  assert.equal(said('Pay or read about yourselves'), 'Grey Heron');
});

test('Malay names with bin/binti and two-word styles; a later given name; a police rank with "of Police"', () => {
  const x = extract(`Hearing
Kuala Lumpur, 3 May 2027

The committee, chaired by Datuk Seri Aminah binti Karim, heard from the chief of the Marine Police, Assistant
Commissioner of Police Rosli bin Hamzah, and from Tan Sri Ahmad Faiz bin Omar. Rosli told the committee that the raiders
had come by night. Ahmad Faiz said the navy lacked ships. Zulkifli bin Ahmad, the member for Tawau, said the villages
were afraid. Aminah closed the session. Two officers were treated at Sultanah Aminah Hospital.`.replace(/\n(?=[a-z])/g, ' '));
  const kind = kinds(x);
  const said = speakers(x);
  assert.equal(kind('Aminah binti Karim'), 'person');
  assert.equal(kind('Rosli bin Hamzah'), 'person');
  assert.equal(said('the raiders had come by night'), 'Rosli bin Hamzah');
  assert.equal(said('the navy lacked ships'), 'Ahmad Faiz bin Omar');
  assert.equal(said('the villages were afraid'), 'Zulkifli bin Ahmad');
  assert.equal(kind('Sultanah Aminah Hospital'), 'organization');
  assert.ok(!x.entities.some((e) => /^(?:Seri|Tan Sri)\b/.test(e.name)), x.entities.map((e) => e.name).join('; '));
});

test('an inner surname alone: the first of two Spanish surnames, a Chinese surname after an English given name', () => {
  const x = extract(`Valley
Cusco, 3 May 2027

Police General Ramiro Quispe Mamani said the road was closed. "We will reopen it," Quispe said.
The member for Tawau, Jason Lee Chong Wei, asked about boats. "Nobody has seen them," Lee said.`);
  const said = speakers(x);
  assert.equal(said('We will reopen it'), 'Ramiro Quispe Mamani');
  assert.equal(said('Nobody has seen them'), 'Jason Lee Chong Wei');
});

test('armed and criminal groups named by what they do or by the name they go by', () => {
  const x = extract(`Highlands
Goroka, 3 May 2027

The police blamed the Tari Liberation Front, a band of some eighty gunmen that split from the old separatist
movement in 2019, for the killings. The young men who rent their rifles to the clans call themselves
the Ridge Runners Boys. Investigators say the money is moved by a ring known to police as the Kainantu Syndicate, which
smuggles weapons across the border. A newer network, which calls itself the Children of the Mountain, works with
armed militias in the west. The region's Maoist insurgency ended in the 1990s.`.replace(/\n(?=[a-z])/g, ' '));
  const kind = kinds(x);
  assert.equal(kind('Tari Liberation Front'), 'group');
  assert.equal(kind('Ridge Runners Boys'), 'group');
  assert.equal(kind('Kainantu Syndicate'), 'group');
  assert.equal(kind('Children of the Mountain'), 'group');
  assert.equal(kind('Maoist'), undefined);
});

test('a title before a name with particles; a long name with a patronymic opening a sentence', () => {
  const x = extract(`Valley
Lima, 3 May 2027

"We will not rest," Justice Minister Carmen Quispe de la Torre told reporters. Quispe said the courts would sit late.
Ahmad Rizal bin Abdul Karim, the member for Kudat, said the ferries had stopped.`);
  const said = speakers(x);
  assert.equal(kinds(x)('Carmen Quispe de la Torre'), 'person');
  assert.equal(said('We will not rest'), 'Carmen Quispe de la Torre');
  assert.equal(said('the courts would sit late'), 'Carmen Quispe de la Torre');
  assert.equal(said('the ferries had stopped'), 'Ahmad Rizal bin Abdul Karim');
});

test('bodies: a possessive and "Police" inside the name, "and" between fields of study, a section, units, nobody', () => {
  const x = extract(`Seizure
Tirana, 3 May 2027

Albanian police seized 900 kilograms of cocaine at the port of Durrës on Monday, the State Police Directorate said.
The Ombudsman's Office said it would monitor the inquiry. Ilir Hoxha, a fellow at the Albanian Institute of Peace and
Conflict Studies, said the gangs were adapting. The chief of the Organised Crime and Money Laundering Section, Arta Gjini,
said the money went abroad. The phones held 12 GB of messages. Nobody says it out loud.`.replace(/\n(?=[a-zA-Z])/g, (m, i, s) => (s[i - 1] === '.' ? m : ' ')));
  const kind = kinds(x);
  assert.equal(kind('State Police Directorate'), 'organization');
  assert.equal(kind("Ombudsman's Office"), 'organization');
  assert.equal(kind('Albanian Institute of Peace and Conflict Studies'), 'organization');
  assert.equal(kind('Organised Crime and Money Laundering Section'), 'organization');
  // "Albanian police" is the police body the text names.
  assert.equal(kind('Albanian police'), 'organization');
  assert.equal(x.entities.filter((e) => /police/i.test(e.name)).length, 1, x.entities.map((e) => e.name).join('; '));
  assert.equal(kind('GB'), undefined);
  assert.equal(kind('Nobody'), undefined);
});

test('a maker named before its product; a one-word company that only opens sentences is its longer name', () => {
  const x = extract(`Breach
Montevideo, 3 May 2027

The attackers entered through a Veltrano EdgeGuard gateway. Veltrano said it had fixed the flaw in March.
Tamarind Mining, which runs the pit, rejects that. Tamarind said in a written reply that it paid every royalty.`);
  const kind = kinds(x);
  assert.equal(kind('Veltrano'), 'organization');
  assert.equal(kind('Veltrano EdgeGuard'), undefined);
  assert.equal(kind('Tamarind'), 'organization');
  assert.equal(x.entities.find((e) => e.aliases.includes('Tamarind'))?.name, 'Tamarind Mining');
});

test('places: a constituency, a list after "communities of", "in neighbouring X", a possessive inside a place name; a radio station', () => {
  const x = extract(`Curfew
Kota Kinabalu, 3 May 2027

The curfew is hurting the fishing communities of Kudat and Pitas, said Jason Lo, the opposition member for Tawau.
The mine in neighbouring Ranau has closed. Aid reached the camps of Cox's Bazar by boat.
She spoke to Radio Kinabalu on Monday.`);
  const kind = kinds(x);
  assert.equal(kind('Kudat'), 'location');
  assert.equal(kind('Pitas'), 'location');
  assert.equal(kind('Tawau'), 'location');
  assert.equal(kind('Ranau'), 'location');
  assert.equal(kind("Cox's Bazar"), 'location');
  assert.equal(kind('Radio Kinabalu'), 'organization');
});

test("a body's double name joined by a dash is one body, not an armed group", () => {
  const x = extract(`Drones
Amman, 3 May 2027

On Monday, units of the Royal Moroccan Armed Forces - Southern Army shot down two drones carrying narcotics and weapons near the border.`);
  const kind = kinds(x);
  assert.equal(kind('Southern Army'), 'organization');
  assert.equal(x.entities.find((e) => e.aliases.includes('Southern Army'))?.name, 'Royal Moroccan Armed Forces');
  assert.ok(!x.entities.some((e) => e.kind === 'group'), x.entities.map((e) => `${e.kind} ${e.name}`).join('; '));
});

test('the first surname alone of a name also used as "Surname1 Surname2" is the same person', () => {
  const x = extract(`Land case
Tegucigalpa, 14 May 2027

A judge ordered the arrest of former governor Rigoberto Solís Mejía. The accounts of companies linked to Solís Mejía were frozen.
Solís said in a statement that he would prove his innocence.`);
  assert.equal(speakers(x)('he would prove his innocence'), 'Rigoberto Solís Mejía');
});
