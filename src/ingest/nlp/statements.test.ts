/**
 * Attribution styles the rules learnt in session 5, each with a probe text written for the test (invented names and
 * wording, not taken from an evaluation text).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, kinds, speakers } from './testing/probes.js';

test('trailing unnamed speakers, "according to" a document nobody signs, "told reporters outside"', () => {
  const x = extract(`Truce
Oslo, 4 June 2026

The two sides agreed on Friday to exchange prisoners within a month, mediators from both countries said after the talks.
A joint commission will monitor the exchange with help from the Red Cross, according to a draft seen by the agency.
"It is a start," Lena Berg told reporters outside the Foreign Ministry.`);
  const said = speakers(x);
  assert.equal(said('exchange prisoners within a month'), null);
  assert.equal(said('joint commission will monitor'), null);
  assert.ok(!x.quotes.some((q) => q.text.startsWith('outside')), x.quotes.map((q) => q.text).join(' | '));
  assert.equal(said('It is a start'), 'Lena Berg');
});

test('an officer of a body who is not named is not the body; plural descriptions speak for nobody', () => {
  const x = extract(`Incident
Manila, 4 June 2026

A Philippine Coast Guard officer on the cutter reported that the other ship had turned away.
The three foreign ministers agreed that they would meet again in July.`);
  const said = speakers(x);
  assert.equal(said('the other ship had turned away'), null);
  assert.equal(said('they would meet again in July'), null);
});

test("a body's report speaks for the body; a named report in apposition speaks for itself", () => {
  const x = extract(`Audits
Washington, 4 June 2026

The senator quoted from a Congressional Budget Office study released in March. The study found that the fleet was "ten years older than planned".
The agency's annual review, Coastal Futures 2027, finds that storms destroyed 40 per cent more housing than in 2025. It warns that "insurance will disappear from the coast".
In the north, floods have cut off twelve towns since April, the review says.`);
  const said = speakers(x);
  assert.equal(said('ten years older than planned'), 'Congressional Budget Office');
  assert.equal(said('storms destroyed 40 per cent'), 'Coastal Futures 2027');
  assert.equal(said('insurance will disappear'), 'Coastal Futures 2027');
  assert.equal(said('floods have cut off twelve towns'), 'Coastal Futures 2027');
});

test('", she said, and ..." goes on; a colon after any verb; "by saying"; "according to her"', () => {
  const x = extract(`Hearing
Washington, 4 June 2026

Senator Joan Pryce questioned the minister, Hugo Lemaire. The plan had worked "for most of the islands," he said, and the rest would follow by the autumn.
Pryce cut him off: "Then who pays for the rest?" The minister said nothing. Pryce turned to the auditor: "Did you check the invoices?"
Lemaire ended the session by saying the ministry would publish the costs in May.
According to her, the auditors had found the same gaps in 2024.`);
  const said = speakers(x);
  assert.equal(said('for most of the islands'), 'Hugo Lemaire');
  assert.equal(said('the rest would follow by the autumn'), 'Hugo Lemaire');
  assert.equal(said('Then who pays for the rest?'), 'Joan Pryce');
  assert.equal(said('Did you check the invoices?'), 'Joan Pryce');
  assert.equal(said('publish the costs in May'), 'Hugo Lemaire');
  assert.equal(said('found the same gaps'), 'Joan Pryce');
});

test("a capitalised title in apposition; a told object with diacritics; X's spokesperson said", () => {
  const x = extract(`Statement
Tokyo, 4 June 2026

Ms. Aiko Tanabe, Chief Cabinet Secretary of the Government of Japan, stated as follows: "We will respond calmly and firmly."
Mr. Kofi Mensah, Director General of the Ghana Ports Authority, stated as follows: "The harbour will reopen on Monday."
The mayor, Tomás Ferreira, told the daily Público de Niterói that the bridge would reopen in June.
The Finnish Border Guard's spokesperson said the ship had been released.`);
  const said = speakers(x);
  assert.equal(said('respond calmly and firmly'), 'Aiko Tanabe');
  assert.equal(said('harbour will reopen'), 'Kofi Mensah');
  assert.equal(said('the bridge would reopen'), 'Tomás Ferreira');
  assert.equal(said('ship had been released'), 'Finnish Border Guard');
});

test('an interview headline quotes the one who answers under their name', () => {
  const x = extract(`"We count the boats every night": a Greek coastguard captain on the crossings
Lesbos, 4 June 2026

Nikos Stavrou has commanded a patrol boat off Lesbos for nine years. The Hellenic Coast Guard calls his crew its busiest.

Q: How many boats come now?
Stavrou: "Fewer than last year, but the boats are worse."

Q: Who sends them?
Stavrou: "Smugglers on the other shore. They charge more for the bad boats, not less."`);
  const said = speakers(x);
  assert.equal(said('We count the boats every night'), 'Nikos Stavrou');
  assert.equal(said('Fewer than last year'), 'Nikos Stavrou');
  // A state's coast guard in a passage about smugglers is still a body, not an armed group.
  assert.equal(x.entities.find((e) => e.name === 'Hellenic Coast Guard')?.kind, 'organization');
});

test('a body named before its noun speaks through its spokesman; a participle after the attribution is no clause', () => {
  const x = extract(`Dock strike
Antwerp, 4 June 2026

Dock workers at the port joined the strike on Wednesday, a spokesman for the ABVV union said, raising pressure on the government.
The employers' federation, Cepa, said in a statement that the strike cost 30 million euros a day.
Ransomware hit Medis Polska, which runs 14 hospitals, on Monday. "Emergency care continues," a Medis Polska spokeswoman said.
The union leader, Marieke van der Berg, said the members would vote on Friday (she declined to give a time).
Van der Berg said the offer was too low.`);
  const k = kinds(x);
  assert.equal(k('ABVV'), 'organization');
  assert.equal(k('Cepa'), 'organization');
  assert.equal(k('Medis Polska'), 'organization');
  assert.equal(k('Marieke van der Berg'), 'person');
  const said = speakers(x);
  assert.equal(said('joined the strike on Wednesday'), 'ABVV');
  assert.equal(said('30 million euros a day'), 'Cepa');
  assert.equal(said('Emergency care continues'), 'Medis Polska');
  assert.equal(said('offer was too low'), 'Marieke van der Berg');
  assert.ok(!x.quotes.some((q) => q.text.includes('declined to give')), x.quotes.map((q) => q.text).join(' | '));
});

test('an unnamed source after the last comma; "the interior ministry" is a body and its own "it"; the passive', () => {
  const x = extract(`Arrest
Tbilisi, 4 June 2026

Tamar Kordzaia is a senior member of the United National Movement.
The government has ordered the envoy to leave within 72 hours, state television reported on Tuesday.
Police detained the party leader early on Saturday, his party said, hours before a planned rally.
The interior ministry said he had been detained on suspicion of organising disorder. In a statement, it said the detention was lawful.
It was said by several witnesses that police used pepper spray on supporters.
Gela Khutsishvili was quoted by Interfax as saying that the rally would go ahead.`);
  assert.equal(kinds(x)('United National Movement'), 'organization');
  const said = speakers(x);
  assert.equal(said('leave within 72 hours'), null);
  assert.equal(said('detained the party leader'), null);
  // Decided in session 9: a ministry named by its portfolio in lower case is a body of the story's country.
  assert.equal(said('detention was lawful'), 'interior ministry');
  assert.equal(said('police used pepper spray'), null);
  assert.equal(said('rally would go ahead'), 'Gela Khutsishvili');
});

test("British single quotation marks, with apostrophes inside; a name before 'news agency'; '…, said X, a researcher'", () => {
  const x = extract(`Tanker seized
Dubai, 4 June 2026

Guards seized a tanker on Monday, the semi-official Fars news agency reported.
‘The vessel’s crew had no papers for the cargo,’ a Guards commander told Fars.
‘We call on Iran to release the ship’s crew,’ said Commander Tom Rawlings, a Fifth Fleet spokesman.
Asked whether London would send warships, the minister, Clare Whitby, said: 'Nothing is off the table.'
The cartel has moved much of its trade from land to sea since 2024, said Lucia Ferraz, a researcher at the University of Lisbon.
The senator from the ruling party, Jan Kovar, defended the deal. The senator said the prime minister had acted quickly.`);
  assert.equal(kinds(x)('Fars'), 'organization');
  const said = speakers(x);
  assert.equal(said('Guards seized a tanker'), 'Fars');
  assert.equal(said('no papers for the cargo'), null);
  assert.equal(said('release the ship'), 'Tom Rawlings');
  assert.equal(said('Nothing is off the table'), 'Clare Whitby');
  assert.equal(said('from land to sea'), 'Lucia Ferraz');
  assert.equal(said('acted quickly'), 'Jan Kovar');
  assert.ok(!x.entities.find((e) => e.name === 'Jan Kovar')?.roles.some((r) => /defended/.test(r)));
});

test('"according to its defence ministry" looks for its speaker in its own sentence only', () => {
  const x = extract(`River war
Izmail, 4 June 2026

Romania has found drone debris on its side nine times this year, according to its defence ministry.

Mircea Popa, a former deputy minister, said the alliance had been too slow.`);
  assert.equal(speakers(x)('found drone debris'), null);
});

test('an honorific and a given name find the one introduced with it; "known as"; "he said in a statement, and …"', () => {
  const x = extract(`Talks
Doha, 4 June 2026

Kuwait's foreign minister, Sheikh Salem Abdullah Al Sabah, met Prime Minister Salem Hadi al-Karbouli in Baghdad on Sunday.
"We are close, but close is not done," Sheikh Salem told reporters after the meeting.
The gang leader Jean Dorval, known as Tiger, threatened the palace. The mission had "all it needs", its commander said in a statement, and patrols would continue at night.`);
  const said = speakers(x);
  assert.equal(said('close is not done'), 'Salem Abdullah Al Sabah');
  assert.ok(x.entities.find((e) => e.name === 'Jean Dorval')?.aliases.includes('Tiger'));
  assert.equal(said('patrols would continue at night'), null);
  assert.ok(x.entities.find((e) => e.name === 'Salem Abdullah Al Sabah')?.roles.includes("Kuwait's foreign minister"));
});

test('a joint statement: a described subject with a list; "it said" after "The statement said"; an answer label', () => {
  const x = extract(`Cables
Stockholm, 4 June 2026

The leaders of Norway, Iceland and Denmark said in a joint statement on Monday that they would share sonar data.
The statement said the three countries would ask NATO to extend its patrols. "An attack on a cable is an attack on all of us," it said.
Q: Will the patrols deter anyone?
A: Only if they are backed by consequences, said Johan Lindgren, a researcher at the Swedish Defence University.`);
  const said = speakers(x);
  assert.equal(said('share sonar data'), null);
  assert.equal(said('an attack on all of us'), null);
  assert.equal(said('Only if they are backed'), 'Johan Lindgren');
  assert.ok(x.quotes.some((q) => q.text.startsWith('Only if')));
});

test('a dash after "says" frames a quotation; a ministry described by its portfolio is none of the bodies named', () => {
  const x = extract(`Water
Tallinn, 4 June 2026

The Information System Authority (RIA) warned utilities in May. Its director, Margus Noor, tells me that none had changed the password. "It is always the same story," he says — "old equipment and no budget."
The ministry of economic affairs says it will pay for new equipment in 2027.`);
  const said = speakers(x);
  assert.equal(said('old equipment and no budget'), 'Margus Noor');
  assert.equal(said('pay for new equipment'), null);
});

test('more verbs frame quotations and report speech: cautioned, continued, retorted, reiterated that, ruled that', () => {
  const x = extract(`Talks
Oslo, 4 June 2026

"We will not pay," Anna Berg cautioned. "Not now and not later," she continued. "Never in this decade," Berg retorted.
The court ruled that the contract was void. Berg reiterated that the offer stood.`);
  const said = speakers(x);
  assert.equal(said('We will not pay'), 'Anna Berg');
  assert.equal(said('Not now and not later'), 'Anna Berg');
  assert.equal(said('Never in this decade'), 'Anna Berg');
  assert.equal(said('the contract was void'), null);
  assert.equal(said('the offer stood'), 'Anna Berg');
});

test('"…, this brief argues" and "Its former staff told us that …" are statements with no named speaker', () => {
  const x = extract(`Grain corridor
Warsaw, 4 June 2026

Shipping through the corridor has recovered to 80 per cent of its pre-war level, this brief argues.
The Joint Coordination Centre in Istanbul was closed in 2023. Its former staff told us that no comparable body exists today.`);
  const said = speakers(x);
  assert.equal(said('recovered to 80 per cent'), null);
  assert.equal(said('no comparable body exists'), null);
});

test('a quotation that is a sentence of its own after a sentence about one person; a name at the start of a sentence', () => {
  const x = extract(`River
Izmail, 4 June 2026

Olena Kravets pours tea. She does not plan to leave. "Where would I go? This is my river too."
Kravets has lived in Izmail all her life.
Ivan Petrov met Anna Sokolova on Monday. "Nothing was agreed at all."`);
  const said = speakers(x);
  assert.equal(x.entities.find((e) => e.name === 'Olena Kravets')?.kind, 'person');
  assert.equal(said('This is my river too'), 'Olena Kravets');
  assert.equal(said('Nothing was agreed'), null);
});

test('a block quotation signed on the line below by a document with a span of years', () => {
  const x = extract(`Cyber command
Tallinn, 4 June 2026

The government opened a new cyber command on Monday.
“Cyber defence is not a project. It is a permanent state of readiness.”
— National Cyber Security Strategy 2024–2030
The Information System Authority said it had handled 6,500 incidents.`);
  assert.equal(speakers(x)('permanent state of readiness'), 'National Cyber Security Strategy 2024–2030');
});

test('companies called "the airline", "the lender", "the German carrier", "the group" afterwards', () => {
  const x = extract(`Shipping
Copenhagen, 4 June 2026

Maersk said on Monday it would divert ships around Africa. The shipping line said the detour would add ten days.
Finnair cancelled 40 flights. The airline said fuel prices were to blame.
Nordea reported higher profits. The lender said loan losses had fallen.
Hapag-Lloyd also diverted ships, the German carrier said.
Siemens Energy cut its forecast. The group said turbine problems would cost more.`);
  const said = speakers(x);
  assert.equal(said('add ten days'), 'Maersk');
  assert.equal(said('fuel prices'), 'Finnair');
  assert.equal(said('loan losses'), 'Nordea');
  assert.equal(said('also diverted ships'), 'Hapag-Lloyd');
  assert.equal(said('turbine problems'), 'Siemens Energy');
});

test('session 6: "which"/"who" clauses speak for the name before them; a demand framing a short quotation; "assured"', () => {
  const x = extract(`Talks on the river border
Niamey, 4 April 2026

Officials welcomed the communiqué of the Southern African Development Community (SADC), which described the raid as "an attack on all of us".
Algiers, which has troops near the border, urged "calm and patience" on both sides.
The minister spoke to Chad's defence minister, Mr. Idriss Mahamat, who assured him that Chadian troops would close the crossing.`);
  const said = speakers(x);
  assert.equal(said('an attack on all of us'), 'Southern African Development Community');
  assert.equal(said('calm and patience'), 'Algiers');
  assert.equal(said('Chadian troops would close the crossing'), 'Idriss Mahamat');
});

test('session 6: a court: "put it to the witness that", a subordinate clause before the judge\'s own words, a long object of "told"', () => {
  const x = extract(`Fraud trial
Johannesburg, 8 May 2026

A 31-year-old clerk from Benoni told the Regional Court in Johannesburg on Monday that she had been paid to sign the forms.
Under cross-examination, the defence counsel, Advocate Ruth Maseko, put it to the witness that she had signed the forms willingly.
Magistrate Thabo Nkosi warned the gallery to stay quiet. When Maseko objected that the question was unfair, the magistrate said she could raise it in argument.
The embassy of the Republic of Mozambique in Pretoria said in a statement that it was following the case.`);
  const said = speakers(x);
  assert.equal(said('she had been paid to sign the forms'), null);
  assert.equal(said('she had signed the forms willingly'), 'Ruth Maseko');
  assert.equal(said('the question was unfair'), 'Ruth Maseko');
  assert.equal(said('she could raise it in argument'), 'Thabo Nkosi');
  assert.equal(said('it was following the case'), 'Embassy of the Republic of Mozambique');
});

test('session 6: a day before a statement without "that"; bare plurals and described speakers after "say"; a country\'s government', () => {
  const x = extract(`Survey ship waits offshore
Male, 2 July 2026

MALE — The Maldives coast guard said on Tuesday it was watching a survey ship that has waited offshore for a week.
Divers in Addu say the ship has scared the fish away.
But the crews who still go out earn less and stay out longer, say the fishing cooperatives that buy their catch.
Kenya's government says the new rules show that its approach is working.`);
  const said = speakers(x);
  assert.equal(said('it was watching a survey ship'), 'Maldives coast guard');
  assert.equal(said('the ship has scared the fish away'), null);
  assert.equal(said('earn less and stay out longer'), null);
  assert.equal(said('its approach is working'), "Kenya's government");
});

test('session 6: a pronoun skips an unnamed person of the other sex; a priest in apposition after "Father"; a document that opens with its kind', () => {
  const x = extract(`The river crossing
Tapachula, 3 March 2026

Ana Morales, 34, left Honduras in May. The boatman, a young man everyone called El Zurdo, left them on the bank.

"We will keep walking," she said.

Father Tomás Ibarra, a Jesuit priest who runs the shelter, counts the beds every night. Last month a boy was robbed at the gate, the priest said, and never came back.
The ministry said the move followed the Guidelines on Humanitarian Corridors. The guidelines say that every shelter must register its guests.`);
  const said = speakers(x);
  assert.equal(said('We will keep walking'), 'Ana Morales');
  assert.equal(said('a boy was robbed at the gate'), 'Tomás Ibarra');
  assert.equal(said('every shelter must register its guests'), 'Guidelines on Humanitarian Corridors');
  assert.equal(kinds(x)('El Zurdo'), 'person');
});

test('session 6: a transcript: a turn that quotes a word, a question from the floor, a country\'s position inside a turn', () => {
  const x = extract(`Transcript: "Open seas" - a panel at the Colombo Dialogue
Colombo, 3 October 2026

The panel was chaired by Meera Pillai, correspondent of the Harbour Post. The panellists were Dr Omar bin Khalid al-Rashdi, director of the Gulf Maritime Centre, and Karin Holm, head of security at Nordvik Shipping.

PILLAI: Dr al-Rashdi, you said "they" are testing us. Who are "they"?

AL-RASHDI: Qatar has always said the sea lanes must stay open to every flag, and that it will talk to anyone. We say the same today.

HOLM: We sent our report to MSCHOA within the hour, and nobody answered for a day.

QUESTION (a delegate from a seafarers' union in Manila): Should crews be allowed to refuse the passage?

AL-RASHDI: The sea has stayed open through worse years than this one.`);
  const said = speakers(x);
  assert.equal(said('you said "they" are testing us'), 'Meera Pillai');
  assert.equal(said('the sea lanes must stay open to every flag'), 'Qatar');
  assert.equal(said('Should crews be allowed to refuse the passage'), null);
  assert.equal(said('stayed open through worse years'), 'Omar bin Khalid al-Rashdi');
  const k = kinds(x);
  assert.equal(k('MSCHOA'), 'organization');
  assert.ok(!x.entities.some((e) => e.name === 'Transcript'));
});

test('session 6: a headline that repeats a body quotation; a fuller title before "Chief X"; a title "of the" body; "according to the report" later', () => {
  const x = extract(`"We are drowning," says mayor as floods hit Warri again
Warri, 1 September 2026

The Mayor of Warri, Chief Tonye Briggs, said on Sunday that the city would sue the water board. "We are drowning," the mayor told a crowd outside city hall.
The Secretary-General of the Nigerian Red Cross Society, Dr. Musa Bello, said 12,000 people had been displaced.
A study published on Monday by the Niger Delta Institute says the drains have not been cleared since 2016. The study, which used satellite images, finds that half the city lies below the flood line.
Amaka Obi, a trader, lost her stall. "Everything I had was in that shop," she said. Her husband said they would rebuild.
Three districts will flood again next year, according to the study.`);
  const said = speakers(x);
  const k = kinds(x);
  assert.equal(k('Nigerian Red Cross Society'), 'organization');
  assert.ok(!x.entities.some((e) => e.kind === 'person' && e.name === 'Red Cross Society'));
  assert.equal(said('the city would sue the water board'), 'Tonye Briggs');
  assert.ok(x.quotes.filter((q) => q.text === 'We are drowning').every((q) => q.speaker === x.entities.find((e) => e.name === 'Tonye Briggs')?.key));
  assert.equal(said('12,000 people had been displaced'), 'Musa Bello');
  assert.equal(said('Three districts will flood again'), 'Niger Delta Institute');
});

test('session 6: "said no one was hurt"; a described speaker after "said" must be people, not the statement itself', () => {
  const x = extract(`Depot fire
Riga, 14 August 2026

Baltic Fuel Terminals, which operates the depot, said no one was hurt. The Latvian National Armed Forces (NAF) said debris had been found on the shore.
The NAF's commander, General Kaspars Pudāns, said the investigation would take weeks.
But the crews who still sail the route earn more, say the maritime unions that represent them.`);
  const said = speakers(x);
  assert.equal(said('no one was hurt'), 'Baltic Fuel Terminals');
  assert.equal(said('the investigation would take weeks'), 'Kaspars Pudāns');
  assert.equal(said('the crews who still sail the route earn more'), null);
  assert.ok(!x.quotes.some((q) => q.text.startsWith("The NAF's commander")));
});

test('session 6: residents "of" a place do not make it a person; one who gave her name only as X', () => {
  const x = extract(`Gangs reach the north
Cap-Haïtien, 5 May 2026

Residents of Bel Air said they had not seen police for a month. One woman, who gave her name only as Nadège, said: "We bury our dead ourselves."`);
  const k = kinds(x);
  assert.notEqual(k('Bel Air'), 'person');
  assert.equal(k('Nadège'), 'person');
  const said = speakers(x);
  assert.equal(said('they had not seen police for a month'), null);
  assert.equal(said('We bury our dead ourselves'), 'Nadège');
});

test('session 6: "the Special Rapporteur" is the one introduced as the UN Special Rapporteur; a country\'s military government', () => {
  const x = extract(`UN expert warns of crackdown
Geneva, 9 March 2026

The UN Special Rapporteur on the situation of human rights in Belarus, Ms. Anaïs Marin, said on Monday that 40 journalists had been detained. "Journalism is being treated as a crime," the Special Rapporteur told the Human Rights Council.
Sudan's military government rejected the findings as "biased and one-sided".`);
  const said = speakers(x);
  assert.ok(!x.entities.some((e) => e.name === 'Special Rapporteur'));
  assert.equal(said('Journalism is being treated as a crime'), 'Anaïs Marin');
  assert.equal(said('biased and one-sided'), 'Sudan');
});

test('session 6: "according to PCG spokesman X, a Chinese vessel used …" names a person, not a vessel; "told AFP the crew …"', () => {
  const x = extract(`Water cannon at the shoal
Manila, 2 April 2026

The Philippine Coast Guard (PCG) said two of its vessels had been blocked. According to PCG spokesman Ramon Dizon, a Chinese vessel used a water cannon. Dizon told AFP the crew was unhurt.`);
  assert.equal(kinds(x)('Ramon Dizon'), 'person');
  const said = speakers(x);
  assert.equal(said('a Chinese vessel used a water cannon'), 'Ramon Dizon');
  assert.equal(said('the crew was unhurt'), 'Ramon Dizon');
});

test('session 6: "the 42-year-old says"; "the surgeon said" after the one person the sentence before named', () => {
  const x = extract(`A nurse who stayed
Bukavu, 8 February 2026

Furaha Masika, a nurse, has worked at the Panzi hospital for 19 years. When the rebels entered the city, she stayed. "Somebody had to," the 42-year-old says.
Her colleague, Dr. Denis Mulumba, left with his family. "I am not proud of it," the surgeon said.`);
  const said = speakers(x);
  assert.equal(said('Somebody had to'), 'Furaha Masika');
  assert.equal(said('I am not proud of it'), 'Denis Mulumba');
});
