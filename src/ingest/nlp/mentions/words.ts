/** Words and small helpers on names shared by the mentions modules: connectives, particles, a phrase's text, places. */
import nlp from 'compromise';
import type { Token } from '../text.js';
import { GOV_HEADS, ORG_HEADS, GOV_OPENERS } from '../gazetteer/bodies.js';
import { countryByName, countryOfCapital } from '../gazetteer/countries.js';
import { placeByName } from '../gazetteer/places.js';
import { GIVEN_NAMES } from '../gazetteer/given-names.js';
import { foldAccents } from '../strings.js';

/** The lower-case words inside a person's name ("Ana de la Cruz", "Faisal bin Nasser", "Siân ap Rhys"; Faroese "á",
 * "í", "við", "úr", "Óli á Lava", join a given name to a farm's or a place's name as Welsh "ap" joins it to a
 * father's). */
const PARTICLES = ['de', 'del', 'dela', 'delos', 'delas', 'della', 'der', 'den', 'van', 'von', 'da', 'do', 'di', 'du', 'la', 'le', 'los', 'las', 'bin', 'binti', 'binte', 'bint', 'ibn', 'ibni', 'ap', 'ab', 'ferch', 'verch', 'á', 'í', 'við', 'úr', 'dos', 'das', 'ter', 'zu', "'t", '’t',
  // Particles of the world's naming conventions, from what is known of them rather than from errors: Swedish nobility's
  // "af" and Norwegian "av", Dutch "ten", "te", "op", German "vom", "zum", "zur", Italian "dei", "degli", "dal",
  // "dalla", "delle", French "des", Iberian "e" and "y" between surnames, Arabic "el", "al", "ben", Hebrew "bat",
  // Singaporean and Malaysian "bte", and the lower-case Mauritanian and Tuareg "ould", "mint", "ag".
  'af', 'av', 'ten', 'te', 'op', 'vom', 'zum', 'zur', 'dei', 'degli', 'dal', 'dalla', 'delle', 'des', 'e', 'y', 'el',
  'al', 'ben', 'bat', 'bte', 'ould', 'mint', 'ag',
  // South Asian and Arabic compound names written apart ("Mehboob ul Haq", "Nizam ud Din", "Habib ur Rehman",
  // "Salah ad Din").
  'ul', 'ud', 'ur', 'ad'];
// The words that join the capitalised words of a name: the particles, and those of bodies' and places' names ("Wajane
// wa Ziwa", "Chama cha Mapinduzi": Swahili's "of" joins a name too; "Ain o Salish Kendra": Bengali's "and").
/** The lower-case words that join the words of a body's name in other languages ("and", "of", "for", "in" and a plural
 * marker), from what is known of each: Turkish "ve", Filipino "ng", "sa", "mga", Malay and Indonesian "dan", "untuk",
 * Vietnamese "và", Swahili "na", "kwa", German "und", "für", Dutch "en", "voor", Nordic "og", "och", "för", French "et",
 * Polish and the other Slavic languages' "i", Finnish "ja", Estonian "ning", Hungarian "és", Romanian "și", "pentru",
 * "din" ("Türkiye Odalar ve Borsalar Birliği", "Kapisanan ng mga Brodkaster sa Pilipinas", "Kamar Dagang dan
 * Industri", "Chama cha Demokrasia na Maendeleo", "Bundesamt für Seeschifffahrt und Hydrographie", "Stichting voor
 * Vrije Pers", "Prawo i Sprawiedliwość", "Alianța pentru Unirea Românilor"). Each joins only two capitalised words,
 * which English prose seldom sets around them. */
export const BODY_CONNECT = ['ve', 'ng', 'sa', 'mga', 'dan', 'untuk', 'và', 'na', 'kwa', 'und', 'für', 'en', 'voor', 'og', 'och', 'för', 'et', 'i', 'ja', 'ning', 'és', 'și', 'pentru', 'din'];
export const CONNECT = new Set(['wa', 'ya', 'cha', 'za', 'o', 'of', 'for', 'the', 'and', 'on', 'in', '&', ...PARTICLES, ...BODY_CONNECT]);
/** "Gulnara Sharshenbek kyzy", "Elnur Mammad oglu": the lower-case word that ends a Turkic patronymic ("daughter of",
 * "son of") is part of the name. */
export const PATRONYMIC_SUFFIX = /^(?:kyzy|qizi|qyzy|gyzy|kizi|uulu|ogly|oglu|oğlu|ugli|uly|ulı)$/;
export const NAME_PARTICLES = new Set([...PARTICLES, 'kyzy', 'qizi', 'qyzy', 'gyzy', 'kizi', 'uulu', 'ogly', 'oglu', 'oğlu', 'ugli', 'uly', 'ulı']);
/** The words that open a surname of several words, which the surname keeps when written alone ("Khalid Al Mansouri …
 * Al Mansouri said"), as names' keys spell them (lower case, no accents): the particles, and those written only with a
 * capital: Arabic "Abu", "Abou", "Bou", "Umm", "Abd", "Abdel", "Abdul", Irish "Ó", "Ní", "Nic", "Ua", "Mac", "Mag",
 * Italian "Lo", "Li", "Dello", Berber "Aït", Maasai "Ole", and French and Iberian "Saint", "San", "Santa". */
export const SURNAME_OPENERS = new Set([...[...NAME_PARTICLES].map(foldAccents),
  'abu', 'abou', 'bou', 'umm', 'abd', 'abdel', 'abdul', 'abdoul', 'o', 'ni', 'nic', 'ua', 'mac', 'mag', 'lo', 'li', 'dello',
  'ait', 'ole', 'saint', 'san', 'santa']);
/** A word that is a given name: one of the world's in the gazetteer (a look-up), else one compromise knows (mostly
 * English ones; slower, so asked last). */
export const givenName = (w: string) => {
  if (GIVEN_NAMES.has(w)) return true;
  try {
    return nlp(`${w} Smith`).has('#FirstName');
  } catch {
    return false;
  }
};

/** A word compromise's lexicon knows as a common English word ("Internet", "Hill", "Left"), not as a place or a name. */
export const commonEnglishWord = (w: string) => {
  const tags: unknown = (nlp as unknown as { model: () => { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon[w.toLowerCase()];
  return tags !== undefined && !/Place|ProperNoun|Person|FirstName|Country|City/.test(String(tags));
};

/** The words of a name without the article that opens a sentence ("The Dockers' Rights"). */
export const withoutThe = (ws: Token[]) => (ws[0] && /^the$/i.test(ws[0].text) ? ws.slice(1) : ws);

/** A word that ends or opens a body's name. */
export const isHead = (w: string) => GOV_HEADS.has(w) || ORG_HEADS.has(w) || GOV_OPENERS.has(w);

/** The words of a piece from one of its words to another, connectors included. */
export const phraseTokens = (ws: Token[], a: Token, b: Token) => ws.slice(ws.indexOf(a), ws.indexOf(b) + 1);

export const phrase = (ws: Token[]) => ws.map((w, i) => (i > 0 && ws[i - 1].end === w.start ? '' : i > 0 ? ' ' : '') + w.text).join('');

export function lookupPlace(name: string): { canonical: string; country?: string; isCountry: boolean } | undefined {
  const formal = /^(?:Republic|Kingdom|State|Principality|Federation|Sultanate|Emirate|Grand Duchy|Federated States|Commonwealth|Union) of (?:the )?(.+)$/.exec(name);
  if (formal && countryByName(formal[1])) {
    const c = countryByName(formal[1])!;
    return { canonical: c.name, country: c.code, isCountry: true };
  }
  const c = countryByName(name);
  if (c && (name.length > 3 || name === name.toUpperCase())) return { canonical: c.name, country: c.code, isCountry: true };
  const cap = countryOfCapital(name);
  if (cap) return { canonical: cap.capitals.find((k) => k.toLowerCase() === name.toLowerCase()) ?? name, country: cap.code, isCountry: false };
  const p = placeByName(name);
  if (p) return { canonical: p.name, country: p.country, isCountry: false };
  return undefined;
}
