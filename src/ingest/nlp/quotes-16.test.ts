/**
 * General mechanisms of quotation attribution (session 14, helper quotes16), each written from a class of errors seen
 * on the first reading of fresh16, not from its strings. Probe texts written for the test: invented names and
 * wording, set in other parts of the world than the texts the errors came from.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, speakers } from './testing/probes.js';

test('a bare plural of people with where they are ("Fishermen on Isla San Lorenzo say", "Customs brokers at the terminal say") makes a statement with no speaker', () => {
  const x = extract(`LIMA, Peru - Fishermen on Isla San Lorenzo say the boats come at night. Customs brokers at the terminal say the scanner has been broken for a year. Farmers along the river say the rains failed.`);
  const said = speakers(x);
  assert.equal(said('the boats come at night'), null);
  assert.equal(said('the scanner has been broken for a year'), null);
  assert.equal(said('the rains failed'), null);
});

test('a demand of a minister by title ("calls on the Minister for Agriculture to …") or of a long list of those asked with where they are ("all growers, packers and exporters with land on the river to …") is a statement', () => {
  const x = extract(`CANBERRA - The Senate Standing Committee on Rural Affairs (the Committee) held two hearings in Mildura.

The Committee calls on the Minister for Agriculture to report to the Senate within 60 days.

The Committee calls on all growers, packers and exporters with land on the river to register their wells by June.`);
  const said = speakers(x);
  assert.equal(said('report to the Senate within 60 days'), 'Senate Standing Committee on Rural Affairs');
  assert.equal(said('register their wells by June'), 'Senate Standing Committee on Rural Affairs');
});

test('"the newspaper" or "the broadcaster" is the news outlet the text named last, by the usual last words of newspapers\' and broadcasters\' names', () => {
  const x = extract(`NAIROBI, Kenya - The Mombasa Courier reported on Monday that the tender had been rigged. The newspaper said it had seen the bids. Radio Lake Victoria FM reported that the boats were seized. The broadcaster said it had spoken to the crews.`);
  const said = speakers(x);
  assert.equal(said('it had seen the bids'), 'Mombasa Courier');
  assert.equal(said('it had spoken to the crews'), 'Radio Lake Victoria FM');
});

test('a named person\'s family or neighbours ("Otieno\'s family said") speak for themselves, not as that person', () => {
  const x = extract(`KISUMU, Kenya - Amina Otieno, a county procurement officer, was arrested in March. Otieno's family said in a statement that she had done nothing wrong. Otieno's neighbours say she is often away.`);
  const said = speakers(x);
  assert.equal(said('she had done nothing wrong'), null);
  assert.equal(said('she is often away'), null);
});

test('"a ministry official" after a ministry the sentence before named speaks for that ministry; "a police officer" keeps no speaker', () => {
  const x = extract(`LIMA, Peru - Peru's energy ministry said that fuel prices would be frozen until March. A ministry official, speaking on condition of anonymity, said the freeze had been promised twice before. A police officer said the roads were calm.`);
  const said = speakers(x);
  assert.equal(said('the freeze had been promised twice before'), "Peru's energy ministry");
  assert.equal(said('the roads were calm'), null);
});

test('in a transcript turn, a statement relayed from one of those the text does not name, a relayed demand of the one speaking ("has asked me to …") and a question that opens by addressing someone ("Mrs Boateng, the companies say …") are statements of the innermost speaker', () => {
  const x = extract(`Transcript of the press briefing held at the Ministry of Fisheries and Aquaculture in Accra, Ghana, on Monday 3 May 2027.

Participants: Efua Asante, spokesperson of the Ministry (moderator); Kwame Mensah, Minister of Fisheries and Aquaculture; Abena Boateng, director of the Fisheries Enforcement Unit.

ASANTE: Good morning. The Minister will speak first.

MENSAH: Thank you. Since March, foreign trawlers have been fishing inside our waters without licences. One of the licensed operators told us last week that it had seen four of them near Axim, and we sent a patrol boat. The Fisheries Committee for the West Central Gulf of Guinea has asked me to share our boarding reports with its members, and I will.

ASANTE: First question. Yaw Darko, Daily Graphic.

DARKO: Mrs Boateng, the canoe owners say they are losing money every week. What do you say to them?

BOATENG: We are doing what we can with three boats.`);
  const said = speakers(x);
  assert.equal(said('it had seen four of them near Axim'), null);
  assert.equal(said('share our boarding reports with its members'), 'Fisheries Committee for the West Central Gulf of Guinea');
  assert.equal(said('they are losing money every week'), null);
  assert.equal(said('We are doing what we can'), 'Abena Boateng');
});

test('an official statement\'s own saying in a verb of two or three words ("wishes to make (it) clear that", "would like to point out that") is a statement of the body', () => {
  const x = extract(`MINISTRY OF HOME AFFAIRS
PRESS STATEMENT

Windhoek, 2 June 2027

The Ministry of Home Affairs wishes to make clear that no passport has been issued to the suspect. The Ministry would like to point out that the border posts at Oshikango remain open. The Ministry wishes to make it clear that the curfew ends at dawn.`);
  const said = speakers(x);
  assert.equal(said('no passport has been issued'), 'Ministry of Home Affairs');
  assert.equal(said('the border posts at Oshikango remain open'), 'Ministry of Home Affairs');
  assert.equal(said('the curfew ends at dawn'), 'Ministry of Home Affairs');
});

test('a body named in Portuguese or French is called by its head noun in English after ("the Comissão Nacional … The Commission said", "the Direction Générale des Douanes … The Directorate said")', () => {
  const x = extract(`LISBON, Portugal - The Comissão Nacional de Proteção de Dados (CNPD) opened an inquiry on Monday. The Commission said the breach had been reported late.

DAKAR, Senegal - The Direction Générale des Douanes seized 40 tonnes of sugar at the port on Friday. The Directorate said the cargo had been declared as rice.`);
  const said = speakers(x);
  assert.equal(said('the breach had been reported late'), 'Comissão Nacional de Proteção de Dados');
  assert.equal(said('the cargo had been declared as rice'), 'Direction Générale des Douanes');
});

test('a description before a body in apposition with its seat ("The bulk carrier\'s manager, Fjord Shipping of Bergen, said") makes the body the speaker', () => {
  const x = extract(`REYKJAVIK, Iceland - A bulk carrier was boarded off Keflavik on Sunday. The bulk carrier's manager, Fjord Shipping of Bergen, said the injured cook, a Polish national, was in a stable condition.`);
  assert.equal(speakers(x)('was in a stable condition'), 'Fjord Shipping');
});

test('"Mohd." or "Md." (Muhammad, written short) before a name ends no sentence: the statement after "said the former director, Mohd. X," is found whole', () => {
  const x = extract(`KUALA LUMPUR, Malaysia - The Malaysian Anti-Corruption Commission (MACC) said the former port director, Mohd. Azlan Ismail, had approved more than 300 permits for companies that did not exist.`);
  assert.equal(speakers(x)('had approved more than 300 permits'), 'Malaysian Anti-Corruption Commission');
  assert.equal(x.entities.some((e) => e.name === 'Mohd' || e.name === 'Md'), false);
});

test('"the insurer" is the company the text introduced as an insurer, not the last company named; "the company" after it is the same', () => {
  const x = extract(`LAGOS, Nigeria - Between 3 and 14 March an intruder copied the records of 200,000 customers of Okoro Mutual, a motor insurer with branches in Lagos and Ibadan. Okoro Mutual asked Sentinel Labs to investigate.

The insurer's chief executive, Chidi Okafor, said: "We will not pay." The company said that it had written to every affected customer.`);
  assert.equal(speakers(x)('it had written to every affected customer'), 'Okoro Mutual');
});

test('a plural subject\'s bare reporting verb before "that" ("The … Guidelines, published by …, state that") is a statement; "to note that" is none', () => {
  const x = extract(`WELLINGTON, New Zealand - The Coastal Fishing Permit Guidelines, published by the Ministry for Primary Industries in March 2026, state that a permit "may be cancelled for any vessel whose catch is not reported." It is important to note that the rules changed in 2024.`);
  const said = speakers(x);
  assert.equal(said('may be cancelled for any vessel'), 'Coastal Fishing Permit Guidelines');
  assert.equal(said('the rules changed in 2024'), undefined);
});

test('a verb of saying in two or three words ("pointed out that", "made it clear that") opens a statement', () => {
  const x = extract(`TALLINN, Estonia - The Estonian Maritime Administration pointed out that the channel was too narrow for two tankers. Its director, Kadri Tamm, made it clear that the wreck would be removed by Friday.`);
  const said = speakers(x);
  assert.equal(said('the channel was too narrow for two tankers'), 'Estonian Maritime Administration');
  assert.equal(said('the wreck would be removed by Friday'), 'Kadri Tamm');
});

test('a trailing attribution with where it was said in several words, then a participle clause ("…, the Authority said in its annual report, published on Monday.") keeps its speaker', () => {
  const x = extract(`TALLINN, Estonia - The channel is too narrow for two tankers to pass, the Estonian Maritime Administration said in its annual report, published on Monday.`);
  assert.equal(speakers(x)('The channel is too narrow'), 'Estonian Maritime Administration');
});

test('a body\'s kind that its name does not say ("The organisation said", "The watchdog said") is the body the sentence before was about', () => {
  const x = extract(`COLOMBO, Sri Lanka - Amnesty International said 30 people had been killed in custody since January. The organisation said the killings must be investigated. The Human Rights Commission of Sri Lanka opened an inquiry on Monday. The watchdog said it had written to the police.`);
  const said = speakers(x);
  assert.equal(said('the killings must be investigated'), 'Amnesty International');
  assert.equal(said('it had written to the police'), 'Human Rights Commission of Sri Lanka');
});

test('a story\'s dateline is no part of its first sentence: "HANOI, Vietnam - According to X, …" opens with "According to", and a portrait lede hands over to the quotation paragraph after it', () => {
  const x = extract(`HANOI, Vietnam - According to the Vietnam Disaster Management Authority, 40 people have died in the floods.`);
  assert.equal(speakers(x)('40 people have died'), 'Vietnam Disaster Management Authority');
  const y = extract(`HUE, Vietnam - Nguyen Thi Lan runs a noodle stall near the Perfume River.

"The water comes every year. This year it came twice."`);
  assert.equal(speakers(y)('This year it came twice'), 'Nguyen Thi Lan');
});

test('a trailing "X told <lower-case outlet>" ("…, Tran Hong Ha told state television.") keeps its speaker', () => {
  const x = extract(`HANOI, Vietnam - The dykes on the Red River had held through the night, Tran Hong Ha told state television.`);
  assert.equal(speakers(x)('The dykes on the Red River had held'), 'Tran Hong Ha');
});

test('Amharic and Malay styles before a name ("Weyzero Almaz Tesfaye", "Ato Bekele Girma", "Puan Noraini Hassan") mark a person and are no part of the name', () => {
  const x = extract(`WASHINGTON - On U Street the Ethiopian restaurants open late. Weyzero Almaz Tesfaye runs the oldest of them.

"We came in 1991 with nothing," she says, folding injera. "Now my grandchildren speak no Amharic."

Her neighbour, Ato Bekele Girma, sells coffee beans. "The rent doubled in five years," he says.

KUALA LUMPUR, Malaysia - Puan Noraini Hassan, a school teacher, said the floods had closed her school for a week.`);
  const said = speakers(x);
  assert.equal(said('Now my grandchildren speak no Amharic'), 'Almaz Tesfaye');
  assert.equal(said('The rent doubled in five years'), 'Bekele Girma');
  assert.equal(said('the floods had closed her school'), 'Noraini Hassan');
});

test('a subcommittee is a body: "X\'s Subcommittee on Y (the Subcommittee)" is named, and "The Subcommittee finds / recommends that" are its statements', () => {
  const x = extract(`ABUJA, Nigeria - On 4 May 2027 the Senate Committee on Marine Transport's Subcommittee on Port Security (the Subcommittee) opened an inquiry into oil theft at Bonny.

The Subcommittee finds that crude worth 2 billion naira was stolen from the terminal in 2026.

Recommendation 1: The Subcommittee recommends that the Nigerian Ports Authority install cameras at every jetty.`);
  const said = speakers(x);
  assert.equal(said('crude worth 2 billion naira was stolen'), 'Subcommittee on Port Security');
  assert.equal(said('install cameras at every jetty'), 'Subcommittee on Port Security');
});

test('a territory with a government of its own names its ministries as a country does ("Bougainville\'s mining ministry said")', () => {
  const x = extract(`BUKA, Papua New Guinea - Bougainville's mining ministry said the Panguna mine would not reopen this year.`);
  assert.equal(speakers(x)('the Panguna mine would not reopen'), "Bougainville's mining ministry");
});

test('"told <a body\'s long name> in <month> that …" is a statement, however long the name', () => {
  const x = extract(`JAKARTA, Indonesia - The Embassy of Norway told the Ministry of Marine Affairs and Fisheries in March that its trawlers had left the Arafura Sea.`);
  assert.equal(speakers(x)('its trawlers had left the Arafura Sea'), 'Embassy of Norway');
});

test('a prefecture, superintendency, municipality or governorate is a body\'s noun: "The municipality said" after "the Municipality of Nago" is that body', () => {
  const x = extract(`NAHA, Japan - The Okinawa Prefectural Government asked the US military to suspend flights. The Municipality of Nago opened a shelter. The municipality said 300 people had stayed overnight.`);
  assert.equal(speakers(x)('300 people had stayed overnight'), 'Municipality of Nago');
});

test('a relative clause whose own subject says what it goes on with (", which the Prefecture of Guadeloupe said would be …") is that subject\'s statement inside another\'s', () => {
  const x = extract(`POINTE-A-PITRE, Guadeloupe - The daily France-Antilles reported on Monday that the families had gathered at the port to wait for the bodies, which the Prefecture of Guadeloupe said would be flown home this week.`);
  assert.equal(speakers(x)('would be flown home this week'), 'Prefecture of Guadeloupe');
});

test('a participle of saying after a comma (", finding that …", ", concluding that …") is a statement of the clause\'s subject', () => {
  const x = extract(`SANTIAGO, Chile - The National Institute of Human Rights (INDH) on Tuesday published its annual report on the northern border, finding that migrants are still expelled without a hearing.`);
  assert.equal(speakers(x)('migrants are still expelled without a hearing'), 'National Institute of Human Rights');
});

test('a clause coordinated after a comma with a bare plural subject of its own (", and local health services say …") is a statement with no speaker', () => {
  const x = extract(`PUERTO PRINCESA, Philippines - Packets of methamphetamine wash up on the beaches of northern Palawan every monsoon, and local health services say the drug has become cheap and easy to find.`);
  assert.equal(speakers(x)('the drug has become cheap and easy to find'), null);
});

test('"according to" after a conjunction leads its own clause (", and, according to Ana, one of them …"), and "according to the police\'s X Unit" is the unit', () => {
  const x = extract(`LA PAZ, Bolivia - Ana Quispe spent eleven weeks in a flat in Santa Cruz. Two of the women had already been taken to Chile, and, according to Ana, one of them has not been heard from since. Police rescued 140 people at the Peruvian border last year, according to the police's Special Anti-Trafficking Unit.`);
  const said = speakers(x);
  assert.equal(said('one of them has not been heard from since'), 'Ana Quispe');
  assert.equal(said('Police rescued 140 people'), 'Special Anti-Trafficking Unit');
});

test('"told his mother he had found work": one\'s own kin as the one told, then the statement without "that"', () => {
  const x = extract(`VALPARAISO, Chile - Matías Rojas was 22 when he was shot outside a bar near the port, two weeks after he told his mother he had found work on the docks.`);
  assert.equal(speakers(x)('he had found work on the docks'), 'Matías Rojas');
});

test('"the prosecutor\'s office" after a prosecution service named in its own language ("the Procuraduría General de la Nación") is that service', () => {
  const x = extract(`BOGOTA, Colombia - The Procuraduría General de la Nación opened a disciplinary inquiry on Monday. The prosecutor's office said three officers had taken bribes at the port of Buenaventura.`);
  assert.equal(speakers(x)('three officers had taken bribes'), 'Procuraduría General de la Nación');
});
