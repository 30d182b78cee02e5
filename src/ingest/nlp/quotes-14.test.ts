/**
 * General mechanisms of quotation attribution (session 13, helper quotes14), each written from a class of errors seen
 * on the first readings of fresh13 and fresh14 (TUNE half), not from one set's strings. Probe texts written for the
 * test: invented names and wording, taken from no evaluation text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, speakers } from './testing/probes.js';

test('a narrative "She" that opens a sentence looks past the quoted sentences before it to the one who spoke them', () => {
  const x = extract(`The coal trucks of Darkhan
Feature, 4 March 2027

DARKHAN, Mongolia - The trucks leave the depot before dawn.

"You hear the engines first," says Oyunbileg Dashdorj, who keeps a noodle stall beside the depot gate. "The chains. The shouting. Sometimes twenty trucks in a night."

She wipes the counter and watches the gate. "Nobody asks where the coal goes. Nobody wants to know."`);
  const said = speakers(x);
  assert.equal(said('You hear the engines first'), 'Oyunbileg Dashdorj');
  assert.equal(said('Nobody asks where the coal goes'), 'Oyunbileg Dashdorj');
});

test('"his"/"her" before a kinship noun tells the sex of the one person the sentence named: "she" is the mother', () => {
  const x = extract(`The night bus to Almaty
Feature, 12 April 2027

Zhanar Seitkali, 38, reached Almaty from Taraz with her daughter Aruzhan, who is seven. She paid 90 dollars to a driver she found through a cousin. "He promised four hours," she says, sitting on a bench outside the bus station. "It took eleven."`);
  const said = speakers(x);
  assert.equal(said('He promised four hours'), 'Zhanar Seitkali');
  assert.equal(said('It took eleven'), 'Zhanar Seitkali');
});

test('a quotation of one or two words that is a whole sentence of its own is a statement, not scare quotes', () => {
  const x = extract(`Timber on the forest road
Feature, 20 May 2027

JOENSUU, Finland - Juhani Mäkelä runs a sawmill a few kilometres from the border. "The lorries come through the forest road after dark," he says.

Does he trust the border inspectors? He shrugs. "What inspectors?"

"They count the lorries on paper," he says. "Nobody."

The lorries carry "birch" and "pine" on their papers.`);
  const said = speakers(x);
  assert.equal(said('What inspectors?'), 'Juhani Mäkelä');
  assert.equal(said('Nobody'), 'Juhani Mäkelä');
  // (Scare quotes inside a sentence stay none.)
  assert.equal(said('birch'), undefined);
});

test('a paragraph that opens with a lead-in and a colon ("Then, lowering his voice: “…”") goes on in the last speaker\'s words', () => {
  const x = extract(`The harbour at night
Feature, 2 June 2027

PENICHE, Portugal - The boats leave after the market closes.

"We close the gates at six," says Mateus Quaresma, the harbour master. "After that, the boats do what they like."

Then, lowering his voice: "Some of them never come back to this port at all."`);
  const said = speakers(x);
  assert.equal(said('We close the gates at six'), 'Mateus Quaresma');
  assert.equal(said('Some of them never come back to this port at all'), 'Mateus Quaresma');
});

test('"told us" / "tells me" with no "that": the clause after the object pronoun is the statement', () => {
  const x = extract(`Snow in the glens
Feature, 9 February 2027

LAIRG, Scotland - The Highland Fisheries Council approved the new hatchery in May. The Council told us the first fish would be released in September.

Morag Sinclair farms sheep near Lairg. She tells me she lost forty lambs to the snow in March. She tells me what she knows about the weather.`);
  const said = speakers(x);
  assert.equal(said('the first fish would be released in September'), 'Highland Fisheries Council');
  assert.equal(said('she lost forty lambs to the snow in March'), 'Morag Sinclair');
  // (A question word after the object opens no statement.)
  assert.equal(said('what she knows about the weather'), undefined);
});

test('a demand made of a list ("urges owners, skippers and agents not to …", "asked Fiji and Samoa to …") is a statement', () => {
  const x = extract(`Longline licences
Nuku'alofa, 3 July 2027

The Pacific Tuna Commission urges vessel owners, skippers and port agents not to land catches without a logbook. The Commission has also asked Fiji and Samoa to publish their observer reports every quarter.
The Tonga Fishing Association urged calm and told its members to keep their vessels in port.`);
  const said = speakers(x);
  assert.equal(said('land catches without a logbook'), 'Pacific Tuna Commission');
  assert.equal(said('publish their observer reports every quarter'), 'Pacific Tuna Commission');
  assert.equal(said('keep their vessels in port'), 'Tonga Fishing Association');
  assert.ok(!x.quotes.some((q) => q.text.includes('calm and told')), x.quotes.map((q) => q.text).join(' | '));
});

test('a statement\'s own saying: "wishes to state that", "reassures residents that", "considers that"', () => {
  const x = extract(`MALDIVES COAST GUARD
PRESS RELEASE

Fire on a fuel barge at Thilafushi
Malé, 14 August 2027

The Maldives Coast Guard wishes to state clearly that the fire was not caused by the crew of the barge. The Coast Guard reassures residents of Thilafushi and the neighbouring islands that the air is safe to breathe. The Environmental Protection Agency considers that the spill will not reach the reef.`);
  const said = speakers(x);
  assert.equal(said('the fire was not caused by the crew of the barge'), 'Maldives Coast Guard');
  assert.equal(said('the air is safe to breathe'), 'Maldives Coast Guard');
  assert.equal(said('the spill will not reach the reef'), 'Environmental Protection Agency');
});

test('a participle after a quotation ("“…” found in the holds") frames nothing: the verb before the quotation does', () => {
  const x = extract(`Pallets at Narva
Narva, 8 October 2027

The Estonian Tax and Customs Board urged hauliers to "declare every pallet and every crate" found in their holds.
Peeter Tamm, who drives for a haulier in Narva, said the queues at the bridge had doubled.`);
  const said = speakers(x);
  assert.equal(said('declare every pallet and every crate'), 'Estonian Tax and Customs Board');
  assert.equal(said('the queues at the bridge had doubled'), 'Peeter Tamm');
});

test('a body\'s description with its name in apposition ("the central bank, the Bank of X, said") is that body', () => {
  const x = extract(`Cash on the ferry
Kingston, 11 November 2027

The Caribbean Financial Action Task Force warned last year that cash smuggling on the ferries had grown.
The Jamaican central bank, the Central Reserve Authority, said the seized notes would be destroyed within a month.
Jamaica's revenue agency, the Revenue Collection Board (RCB), says it has no record of the shipment.`);
  const said = speakers(x);
  assert.equal(said('the seized notes would be destroyed within a month'), 'Central Reserve Authority');
  assert.equal(said('it has no record of the shipment'), 'Revenue Collection Board');
});

test('"<Body> officials said": the body named as a modifier of its officials speaks', () => {
  const x = extract(`Sea lice at Hardanger
Bergen, 6 September 2027

The Norwegian Food Safety Authority closed two salmon farms in the Hardanger fjord on Friday. Norwegian Seafood Council officials said exports to Asia would not be affected.`);
  const said = speakers(x);
  assert.equal(said('exports to Asia would not be affected'), 'Norwegian Seafood Council');
});

test('"…, which has assured …" after a body and where it sits ("the Embassy of X in Y, which …"): the body speaks', () => {
  const x = extract(`Fishing fleet in the Pacific
Suva, 30 January 2028

The Ministry of Fisheries has written to the Embassy of the Republic of Korea in Suva, which has assured the Ministry that its vessels "respect every licence condition in Fijian waters."`);
  const said = speakers(x);
  assert.equal(said('respect every licence condition in Fijian waters'), 'Embassy of the Republic of Korea');
});

test('bare "officers" (no body named with them) speak for no body, like bare "police"', () => {
  const x = extract(`Heroin on the Mozambique Channel
Toliara, 2 March 2028

The Malagasy Gendarmerie said on Monday it had seized 40 kilograms of heroin from a dhow off Toliara. Its narcotics brigade is questioning three fishermen who officers believe have been ferrying heroin to the mainland since January.`);
  const said = speakers(x);
  assert.equal(said('have been ferrying heroin to the mainland since January'), null);
});

test('a bare plural with one word before it ("Chapel elders in Bangor said …") is a speaker the text does not name', () => {
  const x = extract(`The chapel organ
Bangor, 19 April 2028

Chapel elders in Bangor said the organ had been moved to a vault in 1998, and the festival will go ahead in August.
Our analysis finds that the vault is dry.`);
  const said = speakers(x);
  assert.equal(said('the organ had been moved to a vault in 1998'), null);
  // (A possessive before a noun in -s is no such plural.)
  assert.equal(said('the vault is dry'), undefined);
});

test('"its report" after a dateline: the body that publishes it, not the dateline\'s town, speaks through it', () => {
  const x = extract(`Lobster quotas
Halifax, 2 October 2028

HALIFAX - Canada's Commission on Fisheries Compliance (CFC) today published its second annual review of the lobster fishery, finding that illegal sales have doubled since 2025.

The review says that most of the illegal catch is sold to restaurants in Boston and Montreal.`);
  const said = speakers(x);
  assert.equal(said('most of the illegal catch is sold to restaurants in Boston and Montreal'), 'Commission on Fisheries Compliance');
});

test('a named document with its year after it ("The X Review of 2026, prepared by Y, says") speaks, not its author', () => {
  const x = extract(`Ice and shipping
Nuuk, 15 March 2028

The Arctic Shipping Safety Review of 2026, prepared by the Danish Maritime Authority, says that cruise ships now outnumber cargo ships in the fjords.`);
  const said = speakers(x);
  assert.equal(said('cruise ships now outnumber cargo ships in the fjords'), 'Arctic Shipping Safety Review');
});

test('an "Overview" or a "Digest" with a name is a document that speaks', () => {
  const x = extract(`Drought on the Mekong
Vientiane, 4 June 2028

The Mekong Food Security Overview 2027, published by a group of aid agencies, warns that 6 million people will need food aid this year. The Lower Mekong Water Digest says that the river fell to its lowest level since 1984.`);
  const said = speakers(x);
  assert.equal(said('6 million people will need food aid this year'), 'Mekong Food Security Overview 2027');
  assert.equal(said('the river fell to its lowest level since 1984'), 'Lower Mekong Water Digest');
});

test('in a transcript turn, what the speaker relays from a body is not the speaker\'s; their own "we" words are', () => {
  const x = extract(`Tanker adrift off Gotland: a radio discussion
Visby, 12 December 2028

Participants: Mara Lindqvist, presenter; Jonas Berg, harbour master of Visby.

LINDQVIST: Good evening. Harbour master, what happened on Saturday?

BERG: The harbour pilots say the tanker was drifting for two hours before anyone answered the radio. We have asked the port authority to publish the logs.`);
  const said = speakers(x);
  assert.equal(said('the tanker was drifting for two hours before anyone answered the radio'), null);
  assert.equal(said('publish the logs'), 'Jonas Berg');
});

test('"The <role> of <place>, <Name>, <did something> and denied that …": the name in apposition is the subject', () => {
  const x = extract(`Fire at the market
Cusco, 21 July 2028

The mayor of Cusco province, Wilber Quispe Mamani, toured the burnt stalls and denied that anyone from the market had started the fire.`);
  const said = speakers(x);
  assert.equal(said('anyone from the market had started the fire'), 'Wilber Quispe Mamani');
});

test('"the Trust", "the Fund", "the Cooperative" point back to the body whose name has that word', () => {
  const x = extract(`Seeds after the flood
La Paz, 7 May 2028

The Altiplano Seed Trust and the Andean Recovery Fund opened a seed bank in El Alto on Monday. The Trust says its members lost half of their potato stock in the floods. The Fund said it would pay for a second store next year.`);
  const said = speakers(x);
  assert.equal(said('its members lost half of their potato stock in the floods'), 'Altiplano Seed Trust');
  assert.equal(said('it would pay for a second store next year'), 'Andean Recovery Fund');
});

test('", but one official who … said …" ends the first statement: the unnamed person\'s words are not the body\'s', () => {
  const x = extract(`Trawler boarded off Mannar
Colombo, 9 June 2028

The Sri Lanka Navy said on Monday that it had boarded the trawler near Mannar, but one fisheries official who was on the quay said the crew had already thrown the nets overboard.`);
  const said = speakers(x);
  assert.equal(said('it had boarded the trawler near Mannar'), 'Sri Lanka Navy');
  assert.ok(!x.quotes.some((q) => q.text.includes('boarded the trawler') && q.text.includes('nets overboard')), x.quotes.map((q) => q.text).join(' | '));
  assert.equal(said('the crew had already thrown the nets overboard'), null);
});

test('"X asked to be given …" (a request with no one named as asked) is a statement of X', () => {
  const x = extract(`Rangers and poachers
Whitehorse, 2 August 2028

The Yukon Rangers Association asked to be given the same radios as the police. Its chairman said that two rangers had asked to be moved to other parks.`);
  const said = speakers(x);
  assert.equal(said('be given the same radios as the police'), 'Yukon Rangers Association');
  // (Inside what someone said, it is part of that statement.)
  assert.ok(!x.quotes.some((q) => q.text.startsWith('be moved to other parks')), x.quotes.map((q) => q.text).join(' | '));
});

test('"<Body>\'s annual assessment says": the body that owns the document speaks through it', () => {
  const x = extract(`Timber on the river
Luang Prabang, 3 August 2028

Interpol's annual assessment says the timber trade on the river is worth 2 billion dollars a year. The Mekong River Commission's latest survey found that half of the sawmills have no licence.`);
  const said = speakers(x);
  assert.equal(said('the timber trade on the river is worth 2 billion dollars a year'), 'Interpol');
  assert.equal(said('half of the sawmills have no licence'), 'Mekong River Commission');
});

test('"Her mother shrugs." after "her daughter, Y": the kinship description is the one the text named as such', () => {
  const x = extract(`The last ferry to Sandoy
Feature, 2 May 2028

TÓRSHAVN, Faroe Islands - The ferry leaves at six. Jóhanna Poulsen, 71, has taken it every Friday for forty years.

"When I was young it was a small boat, and we were sick all the way," she says, laughing. Her daughter, Sunneva, sits beside her and says nothing.

Sunneva is less sure about the tunnel. "They said the same about the last tunnel," she says. "It took six years."

Her mother shrugs.

"I will not miss the boat," she says. "I will miss the people on it."`);
  const said = speakers(x);
  assert.equal(said('They said the same about the last tunnel'), 'Sunneva');
  assert.equal(said('I will not miss the boat'), 'Jóhanna Poulsen');
  assert.equal(said('I will miss the people on it'), 'Jóhanna Poulsen');
});

test('"X\'s <unit> (ACR) in <town> said": the unit the possessive names speaks, not its owner', () => {
  const x = extract(`Fishing fleet checks
Reykjavik, 9 May 2028

The North Atlantic Fisheries Commission's Regional Surveillance Centre (RSC) in Reykjavik said 14 vessels had switched off their trackers this year.`);
  const said = speakers(x);
  assert.equal(said('14 vessels had switched off their trackers this year'), 'Regional Surveillance Centre');
});

test('"Birgit laughs at this. Then, more seriously: “…”": a lead-in inside the paragraph after a sentence about one person', () => {
  const x = extract(`Ice fishing
Feature, 3 February 2029

ILULISSAT, Greenland - Birgit Olsen has fished the fjord for thirty years. Her hands are cracked and white.

"The ice takes your fingers first," she says. "Then it takes your eyes."

Next to her, Nivi Kleist, 24, cuts bait. She came from Nuuk two years ago.

"My father said I would hate it," Nivi says. "He was right, but the money is better than in the town."

Birgit laughs at this. Then, more seriously: "The ice comes later every winter. Where do the halibut go then?"`);
  const said = speakers(x);
  assert.equal(said('The ice comes later every winter'), 'Birgit Olsen');
});

test('one aside between commas before "that" ("informed the Embassy, through its consulate in X, that …")', () => {
  const x = extract(`Fishing licences
Reykjavik, 14 October 2028

The Directorate of Fisheries of Iceland informed the Embassy of Norway, through its consulate in Akureyri, that two fishing licences had been suspended.
The Norwegian Fishing Vessel Owners Association said, in a written reply, that its members had done nothing wrong.`);
  const said = speakers(x);
  assert.equal(said('two fishing licences had been suspended'), 'Directorate of Fisheries of Iceland');
  assert.equal(said('its members had done nothing wrong'), 'Norwegian Fishing Vessel Owners Association');
});

test('"<named body or document> showed that …" is a finding of that body; "our analysis shows that" is none', () => {
  const x = extract(`Trawlers near Svalbard
Tromsø, 3 March 2029

The Ocean Tracking Network showed last year that 30 trawlers switched off their transponders near Svalbard.
Our analysis shows that catches rose by a third.`);
  const said = speakers(x);
  assert.equal(said('30 trawlers switched off their transponders near Svalbard'), 'Ocean Tracking Network');
  assert.equal(said('catches rose by a third'), undefined);
});

test('a title with an ordinal in apposition ("commander of the 12th Mechanised Division,") stays between the name and its verb', () => {
  const x = extract(`Border fence
Białystok, 3 March 2029

Major General Tomasz Nowak, commander of the Polish Army's 12th Mechanised Division, said the troops had found 40 breaches in the fence since January.`);
  const said = speakers(x);
  assert.equal(said('the troops had found 40 breaches in the fence since January'), 'Tomasz Nowak');
});

test('"a navy spokesman" right after the Royal Danish Navy was named: the spokesman speaks for it', () => {
  const x = extract(`Crates in the Sound
Copenhagen, 3 March 2029

Royal Danish Navy divers recovered the crates from the seabed on Tuesday, and a navy spokesman said they would be handed to the police.`);
  const said = speakers(x);
  assert.equal(said('they would be handed to the police'), 'Royal Danish Navy');
});

test('"In its reply, published with the report, the Government of Iceland said": a place inside the name is part of it', () => {
  const x = extract(`Whaling review
Reykjavik, 3 March 2029

The Nordic Council of Ministers published its review of whaling quotas on Monday. In its reply, published together with the review, the Government of Iceland said it had "already reduced the quota twice".`);
  const said = speakers(x);
  assert.equal(said('already reduced the quota twice'), 'Government of Iceland');
});

test('"A driver who … is quoted in the report said …": the unnamed opener speaks, not what the relative clause names', () => {
  const x = extract(`Drivers on the Danube
Galați, 3 March 2029

The Danube Transport Commission published its annual report on Monday. A Moldovan driver who spoke to the inspectors and is quoted anonymously in the report said he had been paid 500 euros a trip.`);
  const said = speakers(x);
  assert.equal(said('he had been paid 500 euros a trip'), null);
});

test('"Fishing cooperatives welcomed the ban but warned that …": a bare plural with one word before it, then a first predicate', () => {
  const x = extract(`Trawl ban
Hobart, 3 March 2029

Fishing cooperatives welcomed the trawl ban but warned that prices would rise in the winter.`);
  const said = speakers(x);
  assert.equal(said('prices would rise in the winter'), null);
});
