/**
 * Session 16, quotes16: how the world's reporting attributes speech, covered from what is known of reporting style
 * (wire services, broadsheets, official releases, translated press), not from any set's errors. Every probe is invented
 * and failed before its family's change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, speakers } from './testing/probes.js';

const who = (text: string) => speakers(extract(text));

test('the quotation marks of the world\'s languages (» «, »…», ”…”, ‚ ‘, ‹ ›, 「 」, 『 』, French spacing) open and close a quotation', () => {
  const said = who(`Harbour strike enters second week
Oslo, 4 March 2027

Ingrid Solberg, the union leader, spoke outside the terminal. »We will stay here until the ministry listens to us,« Solberg said.

Mikael Virtanen, a dock worker, was angry. »Nobody has paid us for three weeks now,» Virtanen said.

Anna Lindqvist, a crane driver, said the same. ”The cranes have stood still since Monday morning,” Lindqvist said.

Klaus Becker, the port director, disagreed. ‚Talks will resume on Friday at the latest‘, Becker said.

Pierre Dubois, a shipping agent, was calm. ‹ The boats can wait a few more days here ›, Dubois said.

Tanaka Hiroshi, a trader from Osaka, was worried. 「The orders from Japan will go elsewhere soon」, Tanaka said.

The crowd outside shouted. 『Nobody will feed us if the ships stop coming』, one banner read.`);
  assert.equal(said('We will stay here until the ministry'), 'Ingrid Solberg');
  assert.equal(said('Nobody has paid us for three weeks'), 'Mikael Virtanen');
  assert.equal(said('The cranes have stood still'), 'Anna Lindqvist');
  assert.equal(said('Talks will resume on Friday'), 'Klaus Becker');
  assert.equal(said('The boats can wait a few more days'), 'Pierre Dubois');
  assert.equal(said('The orders from Japan will go elsewhere'), 'Tanaka Hiroshi');
  // (A banner's words: the text names no one who said them.)
  assert.equal(said('Nobody will feed us'), null);
});

test('a quotation inside a quotation in another language\'s marks («… „…“ …», „… »…« …”, «… “…” …», 「…『…』…」) is part of the outer one', () => {
  const x = extract(`Talks on the grain corridor
Home » News » World

Olga Petrenko, the deputy minister, spoke in Kyiv. «The buyers told us „we will wait for the harvest“ and then they left the room», Petrenko said.

Katarzyna Nowak, a trader from Gdańsk, spoke after her. „The port calls this »a temporary pause« but nobody believes it any more”, Nowak said.

Jean-Pierre Moreau, a French negotiator, was blunt. « The ministry said “this is final” and we accepted the text », Moreau said.

Sato Yuki, an analyst in Tokyo, was cautious. 「The importers keep saying 『prices will come down』 but they have not」, Sato said.`);
  const said = speakers(x);
  assert.equal(said('we will wait for the harvest'), 'Olga Petrenko');
  assert.equal(said('nobody believes it any more'), 'Katarzyna Nowak');
  assert.equal(said('we accepted the text'), 'Jean-Pierre Moreau');
  assert.equal(said('but they have not'), 'Sato Yuki');
  // (The outer quotation is one statement, its inner marks kept as written; a breadcrumb's » quotes nothing.)
  assert.ok(x.quotes.some((q) => q.text.startsWith('The buyers told us „we will wait for the harvest“ and then')), x.quotes.map((q) => q.text).join(' | '));
  assert.ok(!x.quotes.some((q) => /News/.test(q.text)));
});

test('the reporting verbs of wire, feature and translated style after a quotation ("recounted", "shot back", "pointed out", "quips", "vows", "clarified", "echoed")', () => {
  const said = who(`Water tariffs debated in parliament
Accra, 4 March 2027

Kwame Mensah, the water minister, opened the debate. "The tariff will rise by four percent in April," Mensah said.

"Households in the north will be spared the increase," Mensah recounted.

Amina Diallo, an opposition deputy, was not convinced. "The poorest families already pay more than the rich," Diallo said.

"We have heard these promises before," Diallo shot back.

"This is a tax on the poor and nothing else," Diallo summed up.

"The ministry has never published the accounts," Diallo pointed out.

Rahul Verma, an economist, was cautious. "Without the increase the utility will need another bailout," Verma elaborated.

Ana Fifita, a trade unionist from Tonga, joined the debate. "Nobody asked the unions before the vote," Fifita interjected.

Lucía Fernández, a consumer advocate, spoke last. "We will take the matter to court if needed," Fernández vows.

"The minister knows this very well," Fernández retorts.

"Consumers have not been consulted at all," Fernández objected.

"The rules were written for another era," Fernández clarified.

Olena Kovalenko, a hydrologist, spoke later. "The reservoirs are half empty this year," Kovalenko echoed.

"The pipes lose a third of all the water they carry," Kovalenko disclosed.`);
  assert.equal(said('Households in the north'), 'Kwame Mensah');
  assert.equal(said('We have heard these promises'), 'Amina Diallo');
  assert.equal(said('This is a tax on the poor'), 'Amina Diallo');
  assert.equal(said('never published the accounts'), 'Amina Diallo');
  assert.equal(said('another bailout'), 'Rahul Verma');
  assert.equal(said('Nobody asked the unions'), 'Ana Fifita');
  assert.equal(said('take the matter to court'), 'Lucía Fernández');
  assert.equal(said('knows this very well'), 'Lucía Fernández');
  assert.equal(said('have not been consulted'), 'Lucía Fernández');
  assert.equal(said('written for another era'), 'Lucía Fernández');
  assert.equal(said('The pipes lose a third'), 'Olena Kovalenko');
});

test('the same verbs report a clause ("retorted that", "affirmed that", "recounted that", "clarified that", "quipped that")', () => {
  const said = who(`Fishing quotas under review
Suva, 4 March 2027

Ana Fifita, a trade unionist, joined the debate. Fifita exclaimed that the workers would carry the cost.

Mere Tuilagi, the fisheries minister, spoke first. Tuilagi affirmed that the quotas would stay in place until June.

Jonas Petraitis, a Lithuanian inspector, disagreed. Petraitis retorted that the boats had ignored the quotas for years.

Fatima Zahra Benali, a Moroccan researcher, recounted that the catch had halved in a decade.

Nguyen Van Minh, a trader, clarified that the exports to Japan had not stopped.

Tomás Rivera, a Chilean captain, quipped that the fish had read the rules better than the ministry.`);
  assert.equal(said('the workers would carry the cost'), 'Ana Fifita');
  assert.equal(said('the quotas would stay in place'), 'Mere Tuilagi');
  assert.equal(said('the boats had ignored the quotas'), 'Jonas Petraitis');
  assert.equal(said('the catch had halved'), 'Fatima Zahra Benali');
  assert.equal(said('the exports to Japan'), 'Nguyen Van Minh');
  assert.equal(said('the fish had read the rules'), 'Tomás Rivera');
});

test('the frames of press reports: "was quoted as saying", "is reported to have said", "has said", "as X put it", "in the words of X"', () => {
  const said = who(`Election results delayed again
Lusaka, 4 March 2027

Results from three provinces are still missing. Officials blamed the rains.

Esther Mwanza, the electoral commission chair, spoke on Monday. "The count will be finished by Friday at the latest," Mwanza said.

"We have enough staff in every district now," Mwanza was quoted as saying by the state broadcaster.

Chanda Phiri, the opposition leader, disagreed. "The ballots in Kasama were moved at night," Phiri is reported to have said.

"Every vote will be counted twice if necessary," Mwanza has said.

"Patience is the only thing we can ask of voters now," as Mwanza put it.

In the words of Phiri, "this is the slowest count in the history of the republic".

"A queue is a kind of vote in itself," as one voter in Kitwe put it.

In the words of a senior official, "nobody in Lusaka expected the rains to last this long".`);
  assert.equal(said('enough staff in every district'), 'Esther Mwanza');
  assert.equal(said('Every vote will be counted twice'), 'Esther Mwanza');
  assert.equal(said('Patience is the only thing'), 'Esther Mwanza');
  assert.equal(said('the slowest count in the history'), 'Chanda Phiri');
  // (Ones the text does not name keep no speaker: not the last one named.)
  assert.equal(said('A queue is a kind of vote'), null);
  assert.equal(said('nobody in Lusaka expected the rains'), null);
});

test('a colon gives the words without quotation marks, as translated and wire copy does ("Karimova said: The trucks …")', () => {
  const x = extract(`Border crossing reopens after talks
Tashkent, 4 March 2027

Dilnoza Karimova, the deputy foreign minister, spoke at the crossing. Karimova said: The trucks will move again from Monday and the queues will be gone within a week.

Rustam Aliyev, a trader from Osh, added: We have waited for this since the autumn.

Youssef El Amrani, a Moroccan exporter, told reporters: Our lorries lost two weeks at the border this winter.

The message on the gate was simple: The crossing is open to all cargo.`);
  const said = speakers(x);
  assert.equal(said('The trucks will move again'), 'Dilnoza Karimova');
  assert.equal(said('We have waited for this'), 'Rustam Aliyev');
  assert.equal(said('Our lorries lost two weeks'), 'Youssef El Amrani');
  // (A sign's words: no one said them.)
  assert.ok(!said('open to all cargo'));
});

test('the quotation dash of dialogue in translated press ("— We will believe it …, said X", "— …, — X added") opens and closes a quotation', () => {
  const x = extract(`Drivers wait at the border
Naryn, 4 March 2027

The queue stretched for eleven kilometres on Tuesday.

— We will believe it when the trucks move, said Bakyt Toktogulov, a driver from Naryn.

— The customs officers have not been told anything yet, — Toktogulov added.

— Nobody has called us from the capital, and nobody will.

María José Fuentes, a Chilean buyer, waited with them.

— Our contracts end in April, explained Fuentes. We cannot wait much longer.

— A list of the documents required
— A copy of the permit`);
  const said = speakers(x);
  assert.equal(said('We will believe it when the trucks move'), 'Bakyt Toktogulov');
  assert.equal(said('The customs officers have not been told'), 'Bakyt Toktogulov');
  assert.equal(said('Our contracts end in April'), 'María José Fuentes');
  // (A dash-led paragraph with no attribution goes on the dialogue, whose speaker the text does not make clear.)
  assert.equal(said('Nobody has called us'), null);
  // (The words stop at the attribution, the dash left out.)
  assert.ok(x.quotes.some((q) => q.text === 'We will believe it when the trucks move'), x.quotes.map((q) => q.text).join(' | '));
  // (A list's dashes quote nobody.)
  assert.ok(!x.quotes.some((q) => /documents required|copy of the permit/.test(q.text)), x.quotes.map((q) => q.text).join(' | '));
});

test('how and where a statement was made between the verb and "that" ("said while addressing a press conference in Mumbai that", "said over the phone from Luanda that", "said when asked … that")', () => {
  const said = who(`Fuel prices rise across the region
Nairobi, 4 March 2027

Fuel prices rose again on Monday in five countries.

Rajesh Gupta said while addressing a press conference in Mumbai that the tax on fuel would be cut.

Ana Souza said over the phone from Luanda that the tankers had not arrived.

Thabo Nkosi said when asked about the shortages that the refineries were working at full capacity.

Nguyen Thi Lan said via video link from Hanoi that the new quotas would apply from May.`);
  assert.equal(said('the tax on fuel would be cut'), 'Rajesh Gupta');
  assert.equal(said('the tankers had not arrived'), 'Ana Souza');
  assert.equal(said('the refineries were working'), 'Thabo Nkosi');
  assert.equal(said('the new quotas would apply'), 'Nguyen Thi Lan');
});

test('between a quotation and its speaker: an age ("Akter, 54, said"), a dash ("” — X said"), "according to X"', () => {
  const said = who(`Flood victims wait for aid
Dhaka, 4 March 2027

The river rose by two metres overnight, Abdul Karim and other fishermen said.

"We lost everything in one night and nobody has come to help," Rahima Akter, 54, said.

"The embankment was never repaired after the last flood," according to Akter.

"Aid will reach every district by Friday" — Hasina Wajed, the relief minister, said.

"We have no drinking water left in the camp," Karim, 61, a fisherman from Sylhet, told AFP.

"The pumps in Rangpur stopped on the first night," Tiago Mendes, aged 47, said.

"The water is still rising in the north," according to a volunteer in the camp.`);
  assert.equal(said('nobody has come to help'), 'Rahima Akter');
  assert.equal(said('The embankment was never repaired'), 'Rahima Akter');
  assert.equal(said('Aid will reach every district'), 'Hasina Wajed');
  assert.equal(said('no drinking water left'), 'Abdul Karim');
  assert.equal(said('The pumps in Rangpur'), 'Tiago Mendes');
  // (One the text does not name keeps no speaker.)
  assert.equal(said('The water is still rising'), null);
});

test('the verbs of saying of translated press and the attitude said with ("manifested that", "specified that", "denounced that", "let it be known that", "expressed hope that")', () => {
  const text = `Ministers meet on migration
Brussels, 4 March 2027

Lucía Herrera, the Chilean minister, manifested that her government would not accept the quota.

Jean Dupont, the French minister, specified that the fund would be shared among twelve states.

Marie Lefèvre, a Belgian deputy, judged that the proposal came too late.

Ahmed Saleh, the Egyptian envoy, felt that the summit had changed nothing.

Nadia Benali, a Moroccan diplomat, let it be known that Morocco would host the next meeting.

Kofi Boateng, the Ghanaian minister, made it known that Ghana would send observers.

Tran Van Duc, the Vietnamese ambassador, expressed hope that the borders would reopen soon.

Gabriela Rojas, a Bolivian senator, denounced that the police had detained three activists.

Paolo Bianchi, the Italian envoy, recognised that the rules were unfair to the south.

The Latvian minister expressed his support for the plan and felt the pressure of the crowd.`;
  const x = extract(text);
  const said = speakers(x);
  assert.equal(said('her government would not accept the quota'), 'Lucía Herrera');
  assert.equal(said('the fund would be shared'), 'Jean Dupont');
  assert.equal(said('the proposal came too late'), 'Marie Lefèvre');
  assert.equal(said('the summit had changed nothing'), 'Ahmed Saleh');
  assert.equal(said('Morocco would host the next meeting'), 'Nadia Benali');
  assert.equal(said('Ghana would send observers'), 'Kofi Boateng');
  assert.equal(said('the borders would reopen soon'), 'Tran Van Duc');
  assert.equal(said('the police had detained three activists'), 'Gabriela Rojas');
  assert.equal(said('the rules were unfair to the south'), 'Paolo Bianchi');
  // (Without a clause the same verbs report nothing.)
  assert.equal(said('his support for the plan'), undefined);
  assert.equal(said('the pressure of the crowd'), undefined);
});

test('a verb of going on before the bare verb of saying ("went on to say that", "was quick to add that", "proceeded to explain that")', () => {
  const x = extract(`Teachers strike over pay
Kampala, 4 March 2027

Grace Namukasa, the union leader, went on to say that the union had written to the president three times.

Peter Okello, the education minister, was quick to add that the arrears would be paid in April.

Siti Rahmawati, a teacher from Jakarta, proceeded to explain that her school had not paid her since January.

Lars Eriksson, a Swedish observer, went on to win the award for his reporting.`);
  const said = speakers(x);
  assert.equal(said('the union had written to the president'), 'Grace Namukasa');
  assert.equal(said('the arrears would be paid in April'), 'Peter Okello');
  assert.equal(said('her school had not paid her'), 'Siti Rahmawati');
  // (Going on to do something else says nothing.)
  assert.equal(said('the award for his reporting'), undefined);
});

test('habitual attribution ("likes to say", "kept saying", "is fond of saying", "used to say")', () => {
  const said = who(`Election results delayed again
Lusaka, 4 March 2027

Chanda Phiri, the opposition leader, spoke on Monday.

"Patience wins elections," Esther Mwanza, the commission chair, likes to say.

"Count every vote and count it twice," Mwanza kept saying.

"A ballot is a promise," Grace Tembo, a columnist, is fond of saying.

"Nobody is above the count," Tembo used to say.

Mwanza likes to say that patience is the first duty of a returning officer.

Tembo is fond of saying that every ballot is a promise.`);
  assert.equal(said('Patience wins elections'), 'Esther Mwanza');
  assert.equal(said('Count every vote'), 'Esther Mwanza');
  assert.equal(said('A ballot is a promise'), 'Grace Tembo');
  assert.equal(said('Nobody is above the count'), 'Grace Tembo');
  assert.equal(said('patience is the first duty'), 'Esther Mwanza');
  assert.equal(said('every ballot is a promise'), 'Grace Tembo');
});

test('the wire\'s passive frames with the outlet ("was cited by TASS as saying", "was quoted in Kommersant as saying", "was quoted on state television as saying")', () => {
  const said = who(`Pipeline talks resume
Moscow, 4 March 2027

Gas flows fell by a third in February.

"The pipeline will reopen next week," Dmitri Orlov was cited by TASS as saying.

"Supplies to the region will not be cut," Irina Smirnova was quoted in Kommersant as saying.

"Prices will fall before the summer," Ali Rezaei was quoted on state television as saying.`);
  assert.equal(said('The pipeline will reopen'), 'Dmitri Orlov');
  assert.equal(said('Supplies to the region'), 'Irina Smirnova');
  assert.equal(said('Prices will fall'), 'Ali Rezaei');
});

test('a transcriber\'s note in brackets on a turn\'s label ("OKELLO [in Luganda]:", "RUSU [through interpreter]:") leaves the turn the named person\'s', () => {
  const said = who(`Briefing on the teachers' strike
Kampala, 4 March 2027

The education minister, Peter Okello, and the Moldovan envoy Ion Rusu briefed the press.

OKELLO: The money will be released in April.

OKELLO [in Luganda]: We are asking the teachers for patience.

RUSU [through interpreter]: Our country has faced the same strike twice.

UNIDENTIFIED MALE [in Luganda]: When will the schools open again?`);
  assert.equal(said('asking the teachers for patience'), 'Peter Okello');
  assert.equal(said('faced the same strike twice'), 'Ion Rusu');
  // (A voice from the floor names no one.)
  assert.equal(said('When will the schools open'), null);
});

test('a name nothing else marks is a person\'s by the reporting verb after it ("Marek Nowicki recounted that", "Lucía Herrera manifested that")', () => {
  const x = extract(`Ministers meet on migration
Brussels, 4 March 2027

Jean Dupont specified that the fund would be shared among twelve states.

Lucía Herrera manifested that her government would not accept the quota.

Marek Nowicki recounted that the border had been closed for a month.

Gabriela Rojas denounced that the police had detained three activists.

Tariq Mahmood reiterated that Pakistan would not sign.`);
  const said = speakers(x);
  assert.equal(said('the fund would be shared'), 'Jean Dupont');
  assert.equal(said('her government would not accept'), 'Lucía Herrera');
  assert.equal(said('the border had been closed'), 'Marek Nowicki');
  assert.equal(said('the police had detained'), 'Gabriela Rojas');
  assert.equal(said('Pakistan would not sign'), 'Tariq Mahmood');
  for (const n of ['Jean Dupont', 'Lucía Herrera', 'Marek Nowicki', 'Gabriela Rojas', 'Tariq Mahmood']) assert.equal(x.entities.find((e) => e.name === n)?.kind, 'person', n);
});

test('a speaker\'s age before their description in reported speech ("Grace Tembo, 44, a teacher, says …")', () => {
  const said = who(`Schools stay shut
Lusaka, 4 March 2027

Grace Tembo, 44, a teacher, says the schools will stay closed until Monday.

Ravi Menon, 61, a retired headmaster from Kochi, said the exams would have to be moved.

Tomás Rivera, aged 35, a parent, said that the children had lost a month of lessons.`);
  assert.equal(said('the schools will stay closed'), 'Grace Tembo');
  assert.equal(said('the exams would have to be moved'), 'Ravi Menon');
  assert.equal(said('the children had lost a month'), 'Tomás Rivera');
});

test('the fullwidth mark of CJK fonts (＂…＂) and the reversed openers of English typesetting (‟…”, ‛…’) open and close a quotation', () => {
  const x = extract(`Factory closes in Shenzhen
Shenzhen, 4 March 2027

Liu Yang, a factory worker, waited outside the gate. ＂We were told on Friday that the line would stop for good,＂ Liu said.

Kenji Watanabe, a buyer from Osaka, was surprised. ‟The orders for the summer had already been paid,” Watanabe said.

Emma Clarke, a teacher from Leeds, shrugged. ‛We will find another supplier by the autumn,’ Clarke said.`);
  const said = speakers(x);
  // (Each a direct quotation, its words without the marks.)
  for (const t of ['We were told on Friday that the line would stop for good', 'The orders for the summer had already been paid', 'We will find another supplier by the autumn']) assert.ok(x.quotes.some((q) => q.kind === 'direct' && q.text === t), x.quotes.map((q) => `${q.kind}: ${q.text}`).join(' | '));
  assert.equal(said('the line would stop for good'), 'Liu Yang');
  assert.equal(said('The orders for the summer'), 'Kenji Watanabe');
  assert.equal(said('another supplier by the autumn'), 'Emma Clarke');
});

test('an aside of how it was said between a speaker nothing else marks and the verb ("Sipho Ndlovu, in a statement, said", "X, speaking to the BBC, said")', () => {
  const said = who(`Port strike spreads
Durban, 4 March 2027

Sipho Ndlovu, in a statement, said the union would extend the strike to Cape Town.

Ayesha Siddiqui, speaking to the BBC, said the workers had not been paid since December.

Ahmad Karimi, through his lawyer, said that he had never signed the contract.`);
  assert.equal(said('extend the strike to Cape Town'), 'Sipho Ndlovu');
  assert.equal(said('had not been paid since December'), 'Ayesha Siddiqui');
  assert.equal(said('never signed the contract'), 'Ahmad Karimi');
});

test('how a reporter reached the speaker after a trailing attribution ("…, X said when met by reporters at Parliament", "said when contacted")', () => {
  const said = who(`Ferry fares to rise
Kuala Lumpur, 4 March 2027

Ferry operators met the ministry on Monday.

The fares will rise by ten percent in April, Ahmad Faizal, the transport minister, said when met by reporters at Parliament.

The operators have lost money for three years, Rajesh Pillai, an operator, said when contacted.

The ferries to Langkawi will keep their old timetable, Dewi Lestari, a port official, said when reached by phone.`);
  assert.equal(said('The fares will rise by ten percent'), 'Ahmad Faizal');
  assert.equal(said('lost money for three years'), 'Rajesh Pillai');
  assert.equal(said('keep their old timetable'), 'Dewi Lestari');
});

test('"as per X" of South Asian English and "per X" of American English attribute as "according to X" does, only when they name who said it', () => {
  const x = extract(`Monsoon delays sowing
New Delhi, 4 March 2027

Farmers in Punjab have delayed sowing by two weeks.

As per Rajesh Kumar, the rains will arrive late this year.

The wheat harvest will be smaller than last year, as per Kumar.

Sowing in Haryana has fallen by a fifth, per Anjali Desai, a researcher at the institute.

As per the agreement signed in May, the canals were opened on Monday.

Seed prices rose by 12 per cent, and fertiliser costs 900 rupees per bag.`);
  const said = speakers(x);
  assert.equal(said('the rains will arrive late'), 'Rajesh Kumar');
  assert.equal(said('The wheat harvest will be smaller'), 'Rajesh Kumar');
  assert.equal(said('Sowing in Haryana has fallen'), 'Anjali Desai');
  // (An agreement or a unit of measure says nothing.)
  assert.equal(said('the canals were opened'), undefined);
  assert.equal(said('Seed prices rose'), undefined);
});
