/** emitPiece's context cues for a place after the organisation cues: products and protocols that are no place, the
 * words around a place's name, lists of places, a place's possessive. Moved out of emitPiece as they were; emitPiece
 * calls them where the statements stood. */
import type { Token } from '../text.js';
import { TITLE_WORDS, NOT_NAMES } from '../gazetteer/words.js';
import { countryByDemonym, countryByName } from '../gazetteer/countries.js';
import { GOV_HEADS, ORG_HEADS } from '../gazetteer/bodies.js';
import type { Mention, MentionContext } from './types.js';
import { NAME_PARTICLES, lookupPlace, commonEnglishWord } from './words.js';
import { add } from './votes.js';
import { SPEECH_RIGHT, ROLE_NEXT } from './cues-people.js';
import { acronymLike } from './acronyms.js';
import { LOC_LEFT, LOC_LEFT_MOTION, LOC_LEFT_SITE, LOC_LEFT_OF, LOC_LEFT_FROM_TO, DIVISION_HEAD, ROMANCE_COMPASS, LOC_RIGHT, EAST_ASIAN_DIVISION } from './cues-places.js';
import { PRODUCT_RIGHT } from './cues-groups.js';

/** The last word of a port's or a berth's name ("Khalifa Bin Salman Port", "Queen Elizabeth II Quay"). */
const PORT_FACILITY = /^(?:Port|Quay|Wharf|Jetty|Pier|Harbour|Harbor|Anchorage|Marina)$/;

/** What stands before a water's or a land's one-word name: a river's reach ("the lower"), or "on the" when the name
 * ends the clause ("the terminal on the Tembwe.", "mines on the Copperbelt, where …"); not a polity ("war on the
 * Republic"), a common word ("on the Internet") nor a name that qualifies the noun after it ("on the Kalmia framework"). */
const WATER_LEFT = /\bthe\s+(?:lower|upper|middle)\s+$/;
const ON_THE_LEFT = /\bon\s+the\s+$/;
const CLAUSE_END_RIGHT = /^\s*(?:[.,;:)]|and\b|$)/;
const POLITY = /^(?:Republic|Kingdom|State|Union|Crown|Commonwealth|Federation|Government|Nation|Empire|Emirate|Sultanate)$/;

/** A Roman numeral of two or more letters up to XXXIX, as sections of a report are numbered ("II", "XIV"). */
const SECTION_NUMERAL = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/;

/** A dateline of a town, its island, province or state, and a date ("Neiafu, Vava'u, 3 May 2027"): what follows the
 * town (DATELINE_TOWN_RIGHT), and what stands before and after the region (DATELINE_REGION_LEFT, DATELINE_DATE_RIGHT). */
const DATELINE_PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}`;
const DATELINE_DATE = String.raw`\d{1,2}\s+\p{L}+\s+\d{4}\s*$`;
const DATELINE_TOWN_RIGHT = new RegExp(String.raw`^\s*,\s*${DATELINE_PLACE}\s*,\s*${DATELINE_DATE}`, 'u');
const DATELINE_REGION_LEFT = new RegExp(String.raw`^\s*${DATELINE_PLACE}\s*,\s*$`, 'u');
const DATELINE_DATE_RIGHT = new RegExp(String.raw`^\s*,\s*${DATELINE_DATE}`, 'u');

/** ", south of Tripoli", ", 40 km east of Kisumu", ", New York.": what places the name before it, a compass point "of" a
 * capitalised name or a larger place the gazetteer knows, ending the clause. */
function placedByWhatFollows(right: string): boolean {
  if (/^\s*,\s*(?:(?:about|some|around|roughly)\s+)?(?:\d[\d.,]*\s*(?:km|kilomet(?:re|er)s|miles)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?\p{Lu}/u.test(right)) return true;
  const larger = /^\s*,\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})\s*(?:[.;:)]|,\s+\p{Ll}|$)/u.exec(right);
  return !!larger && !!lookupPlace(larger[1].replace(/\.$/, ''));
}

/** emitPiece's step 5 for places (returns the two cues the person cues read again). */
export function placeContextCues(ctx: MentionContext, sentence: number, ws: Token[], out: Mention[], text: string, name: string, start: number, end: number, m: Mention, left: string, right: string, lastWord: string) {
  // (InterCaps and words with digits, "IPv6", "4G", "MP3": a protocol's, a product's or a model's name, no place.)
  const camel = ws.length === 1 && /\p{Ll}\p{Lu}|\p{L}\p{N}|\p{N}\p{L}/u.test(name);
  // "in Pelion HMI software": a product, not a place.
  const product = PRODUCT_RIGHT.test(right);
  // ("take nothing from Muslims", "refugees from Kurds' villages": a people or a faith named in the plural is no place.)
  // ("the Emberá village of Bajo Chiquito": before "<kind of place> of <Name>", a word the gazetteer does not know
  // qualifies the place named after "of", as a people's name or a demonym does.)
  // ("the Pomarelo district of Lima": not before "of" a town the gazetteer knows; a part of a known town is named
  // by the word before.)
  const partOf = /^\s+(?:village|town|city|community|settlement|district|island|port)\s+of\s+(\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(right);
  const qualifiesPlaceOf = ws.length === 1 && !!partOf && !lookupPlace(partOf[1]) && !lookupPlace(name);
  // ("the Inquiry into Insecurity along the road": an abstract noun written in title case is no place.)
  const abstractNoun = ws.length === 1 && /\p{Ll}(?:ity|ism|ation|ition)$/u.test(name) && !lookupPlace(name);
  const people = ws.length === 1 && (/^(?:Muslims|Christians|Hindus|Buddhists|Jews|Sikhs|Sunnis|Shias|Shiites|Catholics|Protestants|Kurds|Arabs|Pashtuns|Tamils|Uyghurs|Uighurs|Rohingya|Roma|Bedouins?|Tuaregs?|Fulani|Hausa|Yoruba|Igbo|Berbers|Amazigh)$/.test(name) || (/s$/.test(name) && !!countryByDemonym(name.slice(0, -1))));
  // ("the state of Mato Grosso do Sul": the particles of a Romance place name do not make it long.)
  const nameWords = ws.filter((w) => !NAME_PARTICLES.has(w.text)).length;
  // ("on to the Gulf states": not a name that qualifies a plural noun after it.)
  const fromTo = LOC_LEFT_FROM_TO.test(left) && !/^\s+(?!(?:as|is|was|has|its|this|his|plus|across|towards)\b)\p{Ll}+s\b/u.test(right) && (m.votes.person ?? 0) < 3 && !m.votes.organization && !m.votes.group;
  if ((LOC_LEFT.test(left) || LOC_LEFT_OF.test(left) || LOC_LEFT_MOTION.test(left) || LOC_LEFT_SITE.test(left) || fromTo) && !camel && !product && !people && !abstractNoun && !qualifiesPlaceOf) add(m.votes, 'location', nameWords <= 3 ? 3 : 1);
  // "Rio Grande do Sul", "Santiago del Norte", "Bela Vista do Oeste": a Romance name ending in a particle and a compass
  // point is a place (a person's surname is no compass point).
  if (ws.length >= 3 && NAME_PARTICLES.has(ws[ws.length - 2].text) && ROMANCE_COMPASS.test(lastWord) && !m.votes.organization && !m.votes.group) add(m.votes, 'location', 4);
  // InterCaps names ("TotalEnergies") and acronyms that speak are organisations.
  const speaks = SPEECH_RIGHT.test(right) || /^\s*,\s*(?:which|that)\b[^.;"“”]{1,90},\s*(?:said|says|told|announced|confirmed|stated)\b/.test(right);
  if (speaks && (camel || (acronymLike(name) && ws.length === 1)) && !m.votes.group && !m.votes.person) add(m.votes, 'organization', 4);
  // "Port of Antwerp-Bruges said": the port authority.
  if (speaks && /^(?:Port|Airport) of\b/.test(name)) add(m.votes, 'organization', 6);
  // ("an Arawak village", "a Maasai community": after an indefinite article a single unknown word before a place noun
  // says what kind of place, a people's name, not which one; a place the gazetteer knows keeps its vote.)
  if (LOC_RIGHT.test(right) && !(ws.length === 1 && /\b(?:an?|another|one)\s+$/i.test(left) && !lookupPlace(name)) && !qualifiesPlaceOf) add(m.votes, 'location', 4);
  // "the opposition member for Sandakan": a constituency.
  if (/\b(?:member|MP|deputy|representative|assemblyman|assemblywoman|councillor|councilor)\s+for\s+$/.test(left) && !m.votes.person && !m.votes.organization && !camel) add(m.votes, 'location', 4);
  // "calling at Khalifa Bin Salman Port", "posted at the Queen Elizabeth II Quay": a name ending in the word for a
  // port or a berth is a place, however much of it is a person's name (a port's authority has its own head word).
  if (ws.length >= 2 && ws.length <= 5 && PORT_FACILITY.test(lastWord) && !m.votes.organization && !m.votes.group) add(m.votes, 'location', 6);
  // "for the Southern Region", "in Rakhine State", "Kitui County": a name ending in the word for a country's division
  // is that division, a place (an office or a body in it has its own head word: "Kitui County Assembly").
  if (ws.length >= 2 && ws.length <= 3 && DIVISION_HEAD.test(lastWord) && ws.slice(0, -1).every((w) => w.kind === 'word' && w.cap && !GOV_HEADS.has(w.text) && !ORG_HEADS.has(w.text) && !TITLE_WORDS.has(w.text) && !NOT_NAMES.has(w.text)) && !m.votes.organization && !m.votes.group && !m.votes.person) add(m.votes, 'location', 5);
  // "Gyeonggi-do", "Suwon-si", "Chiba-ken": a name with a Korean or Japanese division's suffix is that division.
  if (ws.length === 1 && EAST_ASIAN_DIVISION.test(name) && !m.votes.person && !m.votes.organization && !m.votes.group) add(m.votes, 'location', 5);
  // "Kurigram, a district on the Brahmaputra,": a place in apposition to the kind of place it is.
  // ("Ponta Porã, the Brazilian city that …": the kind of place may carry a demonym.)
  // ("Tavita Leota, a matai of the village,", "Joseph Banda, the village headman,": not where the place is a role's.)
  const kindOfPlace = /^\s*,\s*(?:a|an|the)\s+(?:(?!(?:of|in|at|from|for)\s)(?:[\p{Ll}-]+|[\p{Lu}][\p{Ll}]+(?:an|ese|ian|ish|i|ic))\s+){0,3}?(?:town|city|village|district|province|region|county|port|island|suburb|municipality|neighbou?rhood|settlement|state|capital|enclave|oblast|commune|township|hamlet)\b(?!\s+(?:council|hall|police|government|authorities|court|officials?|of\s+the))/u.exec(right);
  if (kindOfPlace && !ROLE_NEXT.test(right.slice(kindOfPlace[0].length)) && (m.votes.person ?? 0) < 3 && !m.votes.organization && !m.votes.group) add(m.votes, 'location', 5);
  // "left the beach at Qalamoun, south of Tripoli", "signed at Greentree, New York": a name placed by what follows it,
  // a compass point "of" a name or a larger place the gazetteer knows, is a place (not a person's or a body's name).
  // (Not an address, "Yunus Rajabiy Street, Tashkent", "Parliament Buildings, Nairobi"; nor a server's role in a table, "C2, Singapore".)
  const address = /^(?:Street|Road|Avenue|Lane|Boulevard|Drive|Way|Square|Building|Buildings|House|Tower|Towers|Plaza|Centre|Center|Hotel)$/.test(lastWord);
  if (ws.length <= 3 && !camel && !product && !address && (m.votes.person ?? 0) < 3 && !m.votes.organization && !m.votes.group && !lookupPlace(name) && placedByWhatFollows(right)) add(m.votes, 'location', 4);
  // "faces Pedro Juan Caballero across the border", "rivers as far as the Caroní": what lies across a border or
  // marks a distance is a place.
  if (/^\s+(?:across|over|on the other side of)\s+the\s+(?:border|river|frontier|strait|bay|lake)\b/.test(right) && (m.votes.person ?? 0) < 4 && !m.votes.organization && !m.votes.group && ws.length <= 4) add(m.votes, 'location', 5);
  if (/\b(?:as far(?:\s+away|\s+afield|\s+north|\s+south|\s+east|\s+west|\s+inland)? as|all the way to|stretching to|downstream to|upstream to)\s+(?:the\s+)?$/.test(left) && !m.votes.organization && !m.votes.group && !m.votes.person) add(m.votes, 'location', 4);
  // "in Canada's Yukon", "across Kenya's Rift Valley": a place of a country, after a place preposition.
  const possPlace = /\b(?:in|near|from|across|into|throughout|inside|outside|to)\s+(?:the\s+)?([\p{Lu}][\p{L}-]+)['’]s\s+$/u.exec(left);
  if (possPlace && countryByName(possPlace[1]) && !camel && !product && !m.votes.person && !m.votes.organization) add(m.votes, 'location', 3);
  const lineHead = ctx.tk.sentences[sentence].lineStart && left.trim() === '';
  // ("II. EVIDENCE", "IV. RECOMMENDATIONS": a report's section number in Roman numerals heads its line as a dateline's
  // place would, and names nothing.)
  const sectionNumber = ws.length === 1 && SECTION_NUMERAL.test(name);
  // ("THIRTEENTH PARLIAMENT - FIFTH SESSION": a dateline's dash opens the story's first sentence; a dash between two
  // parts of a heading in capitals is followed by no lower-case word on its line.)
  if (lineHead && ws.length <= 2 && !sectionNumber && (/^\s*[-—–]\s[^\n]*\p{Ll}/u.test(right) || /^\s*,\s*\d{1,2}\s+\p{L}+\s+\d{4}/u.test(right) || /^\s*\.\s*$/.test(right) || /^\.\s+\p{Lu}/u.test(text.slice(end, end + 3)))) {
    add(m.votes, 'location', 5);
  }
  // "Neiafu, Vava'u, 3 May 2027": a dateline may name the town and then its island, province or state, both places.
  const townOfTwo = lineHead && DATELINE_TOWN_RIGHT.test(right);
  const regionOfTwo = ctx.tk.sentences[sentence].lineStart && DATELINE_REGION_LEFT.test(left) && DATELINE_DATE_RIGHT.test(right);
  if (ws.length <= 3 && !sectionNumber && !m.votes.organization && (townOfTwo || regionOfTwo)) add(m.votes, 'location', 5);
  // A list after a place: "in Algeciras, Málaga and Valencia".
  const prev = out[out.length - 1];
  // ("in the East Fjords and the Westfjords": the second may have its own article.)
  // ("in Neiafu and on Tongatapu": or "on", as for an island.)
  // ("across Nepal and north Bengal": or a lower-case compass point.)
  if (prev && prev.votes.location && /^\s*(?:,|and|,\s*and|or)\s*(?:on\s+)?(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?$/.test(text.slice(prev.end, start))) add(m.votes, 'location', 3);
  // "the districts of Mafeteng, Mohale's Hoek and Maseru", "camps in Cox's Bazar": a place no gazetteer knows, then a
  // possessive and one more capitalised word, is one name (a known place's possessive is a genitive: "Kenya's Rift
  // Valley").
  const possName = /^['’]s[ \t]+(\p{Lu}\p{Ll}+)\b(?![ \t]+\p{Lu})/u.exec(right);
  if (possName && (m.votes.location ?? 0) >= 3 && !m.votes.person && !m.votes.organization && !m.votes.group && !lookupPlace(name) && ![GOV_HEADS, ORG_HEADS, TITLE_WORDS, NOT_NAMES].some((set) => set.has(possName[1]))) {
    m.end = end + possName[0].length;
    m.text = text.slice(m.start, m.end);
  }
  // "the terminal on the Tembwe.", "officers sent to the lower Tembwe": a single unknown word after "on the" at the end
  // of a clause, or after "the" and a river's reach, names a river, a lake, a harbour or a stretch of land.
  if (ws.length === 1 && (WATER_LEFT.test(left) || (ON_THE_LEFT.test(left) && CLAUSE_END_RIGHT.test(right) && !POLITY.test(name) && !commonEnglishWord(name))) && !camel && !product && !m.votes.person && !m.votes.organization && !m.votes.group && !GOV_HEADS.has(name) && !ORG_HEADS.has(name) && !NOT_NAMES.has(name) && !TITLE_WORDS.has(name) && !acronymLike(name)) add(m.votes, 'location', 3);
  // "the North West", "the South East": a country's region named by two compass points.
  if (ws.length === 2 && /^(?:North|South|East|West|Central)$/.test(ws[0].text) && /^(?:North|South|East|West|Central)$/.test(ws[1].text) && /\bthe\s+$/i.test(left) && !m.votes.organization) add(m.votes, 'location', 5);
  return { camel, product };
}
