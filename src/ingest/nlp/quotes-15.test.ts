/**
 * General mechanisms of quotation attribution (session 13's second round, helper quotes15), each written from a class
 * of errors seen on the first reading of fresh15, not from its strings. Probe texts written for the test: invented
 * names and wording, set in other parts of the world than the texts the errors came from.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, speakers } from './testing/probes.js';

test('"Maître" (counsel) and "Hacı" (pilgrim) are styles before a name: the name alone is the person, and a transcript label of the surname is them', () => {
  const x = extract(`Transcript of "Midi Sfax", a lunchtime programme of Radio Kerkennah, Tunisia.

Participants: Nour Gharbi, presenter; Maître Jalila Ben Salah, lawyer; Walid Trabelsi, harbour pilot.

GHARBI: Good afternoon. Maître Ben Salah, who pays for the boats?

BEN SALAH: The families pay, always in cash, and nobody signs anything. The organisers are never on the beach.

GHARBI: Walid Trabelsi, you see the boats leave.

TRABELSI: Every week in summer. We report them and nothing happens.`);
  const said = speakers(x);
  assert.equal(said('The families pay, always in cash'), 'Jalila Ben Salah');
  const y = extract(`KONYA, Turkey - In the evening Hacı Osman Kılıçarslan sits outside the tea house with the other old men. "The wells were full when I was young," he says.`);
  assert.equal(speakers(y)('The wells were full'), 'Osman Kılıçarslan');
});

test('a feature\'s portrait paragraph that quotes nobody and ends on a sentence opening with its person hands over to the quotation paragraph after it', () => {
  const x = extract(`The last llama drivers of Potosí
Feature, 2 February 2027

POTOSÍ, Bolivia - The trucks took the salt road years ago.

Eusebio Mamani Choque does not believe the new road will last. He drove llama trains across the salt flats for forty years and stopped in 2019. Children in his village still call him tata, father, out of respect. He pours coca tea into two tin cups and pushes one across the table.

"The trucks come in the dry season and stop in the rains. The llamas never stopped. When the road washes out, they will remember us."`);
  assert.equal(speakers(x)('The trucks come in the dry season'), 'Eusebio Mamani Choque');
});

test('a document named in apposition with "the" before its title ("its yearly review, the Andes Water Barometer 2026.") speaks as "the review"', () => {
  const x = extract(`SANTIAGO, Chile - The National Irrigation Commission (CNR) published its yearly review, the Andes Water Barometer 2026. The review says that "two in three valleys of the central zone will have less water than in any year since records began." It adds that most farmers have not changed their crops.`);
  const said = speakers(x);
  assert.equal(said('two in three valleys'), 'Andes Water Barometer 2026');
  assert.equal(said('most farmers have not changed their crops'), 'Andes Water Barometer 2026');
});

test('a document named in apposition after its author ("a report by the group X, Title of Words, says") speaks, and so does "the report" after it', () => {
  const x = extract(`JAKARTA, Indonesia - A 2026 report by the forest monitoring coalition Auriga Hijau, Fire in the Peatlands, says that most of the fires on Borneo were started on land held by plantation companies. The report asks the government to publish the maps of every concession.`);
  const said = speakers(x);
  assert.equal(said('most of the fires on Borneo were started'), 'Fire in the Peatlands');
  assert.equal(said('publish the maps of every concession'), 'Fire in the Peatlands');
});

test('a demand whose object carries its short name in parentheses ("asked the Select Committee on X (the Committee) to …") is a statement', () => {
  const x = extract(`NAIROBI, Kenya - On 4 March 2027 the National Assembly asked the Departmental Committee on Blue Economy (the Committee) to inquire into the sale of fishing licences on Lake Turkana. The Committee held three hearings in Lodwar.`);
  assert.equal(speakers(x)('inquire into the sale of fishing licences'), 'National Assembly');
});

test('a demand made of two plural nouns joined by "and" ("urges ferry operators and travel agents to …") is a statement', () => {
  const x = extract(`MANILA, Philippines - The Maritime Industry Authority urges ferry operators and travel agents to check every passenger's ticket against the manifest before boarding.`);
  assert.equal(speakers(x)("check every passenger's ticket"), 'Maritime Industry Authority');
});

test('"advised that" with a clause is a verb of saying, as the guide counts advising', () => {
  const x = extract(`SUVA, Fiji - The Pacific Islands Forum Fisheries Agency (FFA) has advised that transhipment at sea remains the main route for unreported tuna leaving the region.`);
  assert.equal(speakers(x)('transhipment at sea remains the main route'), 'Pacific Islands Forum Fisheries Agency');
});

test('an unnamed civil servant or staffer with a relative clause ("A civil servant who asked not to be named told …") speaks, with no speaker named', () => {
  const x = extract(`DHAKA, Bangladesh - A civil servant who asked not to be named told the inquiry that land records in the delta districts were altered after every flood.`);
  assert.equal(speakers(x)('land records in the delta districts were altered'), null);
  const y = extract(`A ministry staffer who asked not to be named told the panel that the tender had been rewritten twice.`);
  assert.equal(speakers(y)('the tender had been rewritten twice'), null);
});

test('"said that would be …": a "that" before a modal or "is/was" is the statement\'s demonstrative subject, part of what was said', () => {
  const x = extract(`In Lima, the interior minister, Carlos Ruiz Paredes, told reporters the border crossing at Desaguadero would stay closed. Asked whether the fines would rise, he said that would be for Congress to decide.`);
  assert.equal(speakers(x)('that would be for Congress to decide'), 'Carlos Ruiz Paredes');
});

test('"the delegate said" is the person given that role in apposition after their name, though others were named since', () => {
  const x = extract(`CONCEPCIÓN, Chile - "The forest roads have become smuggling routes," said Rodrigo Alarcón Vega, the presidential delegate in the Biobío region.

The mayor of Cañete, Verónica Sepúlveda Lagos, said young men in the town were paid to drive the lorries at night.

Asked whether the army would be sent, the delegate said the carabineros would patrol the roads with drones.`);
  assert.equal(speakers(x)('the carabineros would patrol the roads'), 'Rodrigo Alarcón Vega');
});

test('a body with its acronym and a possessive description in apposition ("X (NCB), India\'s national drug police, said") is the speaker', () => {
  const x = extract(`NEW DELHI, India - The Narcotics Control Bureau (NCB), India's national drug police, said it had seized 3.2 tonnes of heroin at the port of Mundra since April.`);
  assert.equal(speakers(x)('it had seized 3.2 tonnes of heroin'), 'Narcotics Control Bureau');
});

test('in words not quoted (a phone-in turn), "My brother …. He says …" relays the unnamed brother, not the presenter', () => {
  const x = extract(`Transcript of "Morning Line" on Radio Benin City, Nigeria.

Participants: Osagie Ehanire-Obaseki, presenter; Dr. Funmilayo Adeyemi-Okoro, migration researcher.

EHANIRE-OBASEKI: Good morning. Dr. Adeyemi-Okoro, why do young people still go north?

ADEYEMI-OKORO: Because the recruiters promise jobs in Europe and the families pay.

EHANIRE-OBASEKI: We have a caller from Uromi.

CALLER: My brother left for Agadez in March with two friends from our street. He says the desert was the worst thing he has seen and he would not go again.`);
  assert.equal(speakers(x)('the desert was the worst thing he has seen'), null);
});

test('"demanded that" and a house\'s "resolved that" with a clause (often subjunctive) are statements', () => {
  const x = extract(`QUEZON CITY, Philippines - On 2 June 2027 the House of Representatives resolved that the Committee on Public Order inquire into the sale of firearms licences in Mindanao. Senator Ramon Dela Paz Villanueva demanded that the police suspend the issuing of new licences until the inquiry ends.`);
  const said = speakers(x);
  assert.equal(said('the Committee on Public Order inquire into the sale'), 'House of Representatives');
  assert.equal(said('the police suspend the issuing of new licences'), 'Ramon Dela Paz Villanueva');
});

test('a bare plural with a plural possessive before it ("Mongolian herders\' associations say …") names nobody and frames a statement', () => {
  const x = extract(`The coal road to the Chinese border runs through the Gobi. Mongolian herders' associations say the coal trucks have ruined the winter pastures near Tsogttsetsii.`);
  assert.equal(speakers(x)('the coal trucks have ruined the winter pastures'), null);
});

test('a dateline before an unnamed subject ("ULAANBAATAR, Mongolia - Herders say …") is no part of it: the statement is found', () => {
  const x = extract(`ULAANBAATAR, Mongolia - Herders say the coal trucks have ruined the winter pastures near Tsogttsetsii.`);
  assert.equal(speakers(x)('the coal trucks have ruined the winter pastures'), null);
  const y = extract(`SUVA (AFP) - The fishermen say the longliners now work inside the reef.`);
  assert.equal(speakers(y)('the longliners now work inside the reef'), null);
});

test('a transcript label of two surnames ("TEMBE MACUÁCUA:") is the one participant whose name ends with them', () => {
  const x = extract(`Transcript of "Manhã Aberta", Rádio Moçambique, Maputo.

Participants: Celeste Nhantumbo, presenter; Armando Tembe Macuácua, fisheries inspector.

NHANTUMBO: Who buys the shark fins?

TEMBE MACUÁCUA: Traders from the north come with cash, and the fishermen sell to whoever pays first.

NHANTUMBO: Thank you.`);
  assert.equal(speakers(x)('Traders from the north come with cash'), 'Armando Tembe Macuácua');
});

test('a report\'s numbered paragraph that opens "4.2 Asked by X, why …" is X\'s question', () => {
  const x = extract(`4.2 Asked by the Chair, Hon. Peter Kumbu Wari, why no logging company had been fined, the Secretary said that the forest officers had no boats to reach the concessions.`);
  assert.equal(speakers(x)('why no logging company had been fined'), 'Peter Kumbu Wari');
});

test('a reported statement ends before a coordinated first-person clause (", and I agree with him"), which is the speaker\'s own again', () => {
  const x = extract(`Transcript of "Arctic Morning", CBC North, Iqaluit.

Participants: Susan Kilabuk, host; Peter Nanuk Akavak, hunters' association.

KILABUK: Do the fishing boats respect the closed bay?

AKAVAK: Not always. The Fisheries Officer, Daniel Arnakak, has said clearly that any boat found inside the closed bay will be seized, and I agree with him.

KILABUK: Thank you.`);
  const q = x.quotes.filter((q) => q.text.includes('any boat found inside')).sort((a, b) => a.text.length - b.text.length)[0];
  assert.ok(q && !q.text.includes('I agree with him'));
  assert.equal(speakers(x)('any boat found inside the closed bay'), 'Daniel Arnakak');
});

test('a document named after its author keeps a subtitle after a colon ("…, Labour at Sea: Country Report 2026, estimates")', () => {
  const x = extract(`COLOMBO, Sri Lanka - A report by the Human Rights Commission of Sri Lanka, Labour at Sea: Country Report 2026, estimates that 4,000 fishermen work on boats that never return to port. The report says that "most of them have never seen a contract".`);
  const said = speakers(x);
  assert.equal(said('4,000 fishermen work on boats'), 'Labour at Sea: Country Report 2026');
  assert.equal(said('most of them have never seen a contract'), 'Labour at Sea: Country Report 2026');
});
