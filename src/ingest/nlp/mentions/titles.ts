/** Titles: splitting a title from the name after it ("Foreign Minister Margus Tsahkna"), portfolios, names inside a title. */
import { TITLE_WORDS, TITLE_HEADS, ROLE_NOUNS } from '../gazetteer/words.js';
import type { Token } from '../text.js';
import { knownBody, GOV_HEADS, ORG_HEADS, GOV_OPENERS } from '../gazetteer/bodies.js';
import { countryByDemonym, countryByName } from '../gazetteer/countries.js';
import { NAME_PARTICLES, isHead, phrase, lookupPlace, givenName } from './words.js';

/** "Vice-Minister", "Inspector-General": a hyphenated title is a title. */
// ("Sub-Commissioner", "Vice-Admiral", "Co-Chair": a prefix that only titles take.)
// ("Officer-in-Charge", "Agent-in-Charge": a rank in charge of a post.)
export const hyphenTitle = (t: string) => /^\p{Lu}\p{Ll}+-in-[Cc]harge$/u.test(t) || (t.includes('-') && TITLE_HEADS.has(t.split('-').pop() as string) && t.split('-').slice(0, -1).every((p) => TITLE_WORDS.has(p) || /^(?:Sub|Vice|Co|Ex|Under|Rear|Lance|Staff|Acting)$/.test(p)));
export const PORTFOLIO = new Set([
  'Affairs', 'Resources', 'Development', 'Security', 'Industry', 'Trade', 'Planning', 'Finance', 'Defence', 'Defense',
  'Justice', 'Health', 'Education', 'Environment', 'Transport', 'Communications', 'Culture', 'Tourism', 'Labour',
  'Labor', 'Agriculture', 'Fisheries', 'Energy', 'Mines', 'Mining', 'Works', 'Housing', 'Welfare', 'Integration',
  'Innovation', 'Technology', 'Investment', 'Commerce', 'Economy', 'Sports', 'Youth', 'Forestry', 'Water',
  'Infrastructure', 'Interior', 'Telecommunications', 'Employment', 'Migration', 'Immigration', 'Cooperation',
  'Co-operation', 'Order', 'Safety', 'Protection', 'Emergencies', 'Territories', 'Reconstruction', 'Science',
  'Natural', 'Internal', 'Foreign', 'Public', 'Social', 'Rural', 'Regional', 'Urban', 'Economic', 'Local', 'Digital',
  'Civil', 'Human', 'Overseas', 'Religious', 'Home', 'International', 'Higher', 'National', 'Family', 'Women',
  'Services', 'Correctional', 'Police', 'Lands', 'Survey', 'Aviation', 'Shipping', 'Ports', 'Policy', 'Peace',
  'Political', 'Humanitarian', 'Gender', 'Reconciliation', 'Armed', 'Forces', 'Climate',
  // (The fields of policing and emergencies a portfolio or a unit is named for: "Law Enforcement", "Organised Crime".)
  'Enforcement', 'Management', 'Crime', 'Prevention',
]);

/** "Minister of Justice and Internal Affairs Ganbaataryn Oyunchimeg": the index where a title whose portfolio is a
 * list joined by "and" (or three portfolio words) ends and a name of two to four words begins, or -1. */
export function portfolioTitleEnd(ws: Token[]): number {
  const at = ws.findIndex((w, i) => TITLE_HEADS.has(w.text) && (ws[i + 1]?.text === 'of' || ws[i + 1]?.text === 'for'));
  if (at < 0) return -1;
  let k = at + 2;
  let and = false;
  while (k < ws.length && (PORTFOLIO.has(ws[k].text) || TITLE_WORDS.has(ws[k].text) || ((ws[k].text === 'and' || ws[k].text === 'the') && ws[k + 1]?.cap))) {
    if (ws[k].text === 'and') and = true;
    k++;
  }
  const name = ws.slice(k);
  const isName = (n: Token[]) => n.length >= 2 && n.length <= 4 && n.every((w) => w.cap && w.kind === 'word' && !GOV_HEADS.has(w.text) && !ORG_HEADS.has(w.text) && !PORTFOLIO.has(w.text));
  if (and && PORTFOLIO.has(ws[k - 1].text) && isName(name)) return k;
  // "Deputy Secretary General for Internal Security Policy Märt Saarepuu", "State Secretary for Border Control Policy
  // Ilze Ozola": a portfolio of three words or more that ends in a portfolio word ("Policy", "Affairs") needs no "and".
  for (let j = ws.length - 3; j >= at + 4; j--) {
    if (!PORTFOLIO.has(ws[j].text) || !isName(ws.slice(j + 1))) continue;
    const run = ws.slice(at + 2, j + 1);
    if (run.every((w) => w.cap && w.kind === 'word' && !GOV_HEADS.has(w.text) && !ORG_HEADS.has(w.text) && !lookupPlace(w.text))) return j + 1;
  }
  return -1;
}

/** A word that may be part of a person's name: capitalised, and no head, portfolio, title word, place or body. */
export const nameWord = (w: Token) =>
  w.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(w.text) && !GOV_HEADS.has(w.text) && !ORG_HEADS.has(w.text) && !GOV_OPENERS.has(w.text) && !PORTFOLIO.has(w.text) &&
  !TITLE_WORDS.has(w.text) && !TITLE_HEADS.has(w.text) && !hyphenTitle(w.text) && !lookupPlace(w.text) && !knownBody(w.text) && !countryByDemonym(w.text);

/**
 * "Director of Operations of the Zambia Police Service Mwila Banda", "Member of Parliament for Kafulafuta Mwila
 * Banda", "Head of Mission Mwila Banda": a title with its own "of"/"for" and what it is of (a body, a portfolio, a
 * place, or one word after "for"), then a name of two or three words. The index where the name begins, or -1.
 */
function trailingName(ws: Token[]): number {
  const h = ws.findIndex((w, i) => (TITLE_HEADS.has(w.text) || hyphenTitle(w.text)) && ['of', 'for', 'to'].includes(ws[i + 1]?.text ?? ''));
  if (h < 0) return -1;
  for (const n of [3, 2]) {
    const j = ws.length - n;
    if (j < h + 3 || !ws.slice(j).every(nameWord)) continue;
    const a = ws[j - 1];
    const anchor = a.cap && (GOV_HEADS.has(a.text) || ORG_HEADS.has(a.text) || PORTFOLIO.has(a.text) || !!lookupPlace(a.text) || !!knownBody(a.text) || /^[A-Z]{2,}$/.test(a.text) || ['of', 'for'].includes(ws[j - 2]?.text ?? ''));
    if (anchor) return j;
  }
  return -1;
}

/** The title and the name of `trailingName`, where there is one. */
export function titleThenName(ws: Token[]): { title: Token[]; rest: Token[] } | undefined {
  const named = trailingName(ws);
  return named > 0 ? { title: ws.slice(0, named), rest: ws.slice(named) } : undefined;
}

/** "Shopkeeper Gul Ahmad", "Harbour Master Halima Mrisho", "Village Headman Joseph Phiri": a role noun (of one or
 * two words, none a given name) written with a capital before a given name and a surname is a title. */
function roleTitle(ws: Token[]): { title: Token[]; rest: Token[] } | undefined {
  for (const k of [2, 1]) {
    const head = ws.slice(0, k);
    const rest = ws.slice(k);
    const role = head.map((w) => w.text).join(' ').toLowerCase();
    if (!(ROLE_NOUNS.has(role) || (k === 2 && ROLE_NOUNS.has(role.split(' ')[1])))) continue;
    if (!head.every((w) => w.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(w.text) && !givenName(w.text))) continue;
    const named = rest.filter((w) => !NAME_PARTICLES.has(w.text));
    if (named.length >= 2 && named.length <= 4 && givenName(rest[0].text) && rest.every((w) => NAME_PARTICLES.has(w.text) || (w.kind === 'word' && nameWord(w)))) return { title: head, rest };
  }
  return undefined;
}

/** Splits a leading title off a name ("Deputy Secretary General Marco Bellandi", "Federal Prosecutor General Jens
 * Rautenberg"); a title with nothing after it ("Minister of the Interior") comes back with an empty rest. */
export function splitTitle(ws: Token[]): { title: Token[]; rest: Token[] } | undefined {
  const titled = titleThenName(ws);
  if (titled) return titled;
  const isT = (w: Token) => TITLE_WORDS.has(w.text) || hyphenTitle(w.text) || !!countryByDemonym(w.text);
  let last = -1;
  for (let i = 0; i < ws.length; i++) if (TITLE_HEADS.has(ws[i].text) || hyphenTitle(ws[i].text)) last = i;
  if (last < 0) return roleTitle(ws);
  // Words before the head: title words, demonyms, bodies ("FBI"), a country, or one other capitalised word
  // ("Federal", "Opposition").
  let odd = 0;
  for (let i = 0; i < last; i++) {
    const w = ws[i];
    // ("Armed Forces Minister Aïssatou Ndiaye Faye", "Public Works Minister X": a portfolio before the head.)
    if (isT(w) || ['of', 'for', 'the', 'on'].includes(w.text) || knownBody(w.text) || countryByName(w.text) || (PORTFOLIO.has(w.text) && ws.slice(i + 1, last).every((x) => PORTFOLIO.has(x.text)))) continue;
    if (++odd > 1) return undefined;
  }
  let end = last + 1;
  // The title runs on through its own words and connectors: "Minister of Foreign Affairs Tomasz Wierzbicki".
  for (let k = end; k < ws.length; k++) {
    // ("Assistant Commissioner of Police Rosli bin Hamzah", "Inspector-General of Police X": a police rank.)
    if (isT(ws[k]) || (ws[k].text === 'Police' && ws[k - 1]?.text === 'of' && k + 1 < ws.length && ws[k + 1].cap)) end = k + 1;
    else if (!['of', 'for', 'the', 'on'].includes(ws[k].text)) break;
  }
  if (end < ws.length && ['of', 'for', 'the', 'on'].includes(ws[end - 1]?.text ?? '')) end = last + 1;
  const listed = portfolioTitleEnd(ws);
  if (listed > end) end = listed;
  const rest = ws.slice(end);
  if (rest.length && !rest[0].cap) return { title: ws, rest: [] }; // "Minister of the Interior"
  // "General Secretariat", "General Staff": a body's name that opens with a title word.
  if (rest.length === 1 && (GOV_HEADS.has(rest[0].text) || /^(?:Secretariat|Staff|Assembly|Headquarters)$/.test(rest[0].text))) return undefined;
  // "General Police Department", "General Investigation Department": a government body's name whose first word is
  // a title word, when no "of" or "for" makes that word a title of its own.
  // ("General Authority for Food Safety": the words before the body's own "of"/"for".)
  const ownOf = rest.findIndex((w) => ['of', 'for', 'on', 'against'].includes(w.text));
  const core = rest.slice(0, ownOf > 0 ? ownOf : rest.length);
  if (end === 1 && core.length >= 1 && core.length <= 3 && GOV_HEADS.has(core[core.length - 1].text) && !core.slice(0, -1).some((w) => NAME_PARTICLES.has(w.text))) return undefined;
  // "Princess Basma Hospital", "King Abdulaziz University": an institution named after someone.
  if (rest.length && /^(?:Hospital|University|College|School|Academy|Airport|Foundation|Institute|Stadium|Mosque|Cathedral|Barracks|Museum|Library|Wharf|Quay|Pier|Jetty|Bridge|Street|Road|Avenue|Square|Highway|Palace)$/.test(rest[rest.length - 1].text) && !ws.slice(0, end).some((w) => w.text === 'of' || w.text === 'for')) return undefined;
  // "Secretary-General of the Nigerian Red Cross Society": what follows a title's "of" is a body, not a name.
  if (rest.length && end > 0 && ws.slice(0, end).some((w) => w.text === 'of' || w.text === 'for') && (GOV_HEADS.has(rest[rest.length - 1].text) || ORG_HEADS.has(rest[rest.length - 1].text))) return { title: ws, rest: [] };
  // "Senator Maria Teresa Ocampo of New Hampshire", "Major Ilkka Rantanen of the Coast Guard": the name stops at the
  // connector, and what follows it is a place or a body of its own.
  const cut = rest.findIndex((w, i) => i > 0 && ['of', 'for', 'and', 'on', 'in', 'the'].includes(w.text));
  if (rest.filter((w) => !NAME_PARTICLES.has(w.text)).length > 4 && !(cut > 0 && cut <= 4)) return undefined;
  return { title: ws.slice(0, end), rest };
}

/** Last words of a field of work that no one bears as a surname ("Law Enforcement", "Community Safety", "Organised
 * Crime"). */
const FIELD_OF_WORK_LAST = /^(?:Enforcement|Safety|Crime|Crimes|Trafficking|Smuggling|Prevention|Compliance|Investigations?|Intelligence|Operations|Management|Development|Relations|Affairs|Protection|Corruption|Cybersecurity|Cybercrime|Resilience|Preparedness|Surveillance|Regulation|Licensing|Inspection|Conservation|Procurement|Logistics)$/;
/** What follows a title is the rest of its portfolio or of the unit it names, not a person: words that are no given
 * name, ending in a field of work ("Director of the Division of Fisheries Law Enforcement", "Minister for Victims and
 * Community Safety", "the Major Organised Crime … Agency"). */
export const fieldOfWorkRest = (rest: Token[]) =>
  rest.length >= 1 && rest.length <= 3 && FIELD_OF_WORK_LAST.test(rest[rest.length - 1].text) && !givenName(rest[0].text) && rest.every((w) => w.kind === 'word' && /^\p{Lu}[\p{Ll}-]/u.test(w.text));

/** Offices held over a town, a district or a diocese, whose "of" names that place. */
const LOCAL_OFFICE = /^(?:Mayor|Governor|Prefect|Sub-Prefect|Bishop|Archbishop|Priest|Imam|Sheriff|Burgomaster|Alcalde|Intendente|Khokim|Hakim)$/;

/** Bodies and places named inside a title: "FBI Assistant Director", "Minister for Foreign Affairs of Japan". */
export function titleInner(title: Token[]): Token[][] {
  const res: Token[][] = [];
  const first = title[0];
  if (first && (knownBody(first.text) || (countryByName(first.text) && first.text.length > 2))) res.push([first]);
  const ofAt = title.findIndex((w, i) => i > 0 && (w.text === 'of' || w.text === 'for') && title.slice(i + 1).some((x) => x.cap && !TITLE_WORDS.has(x.text)));
  if (ofAt > 0) {
    let rest = title.slice(ofAt + 1);
    // "Minister of Foreign Affairs of the Republic of Korea": take what follows the last "of" that leaves a name.
    // ("Director of Operations of the Zambia Police Service", "Chief of Staff of the Army": the body a unit or a
    // field of work belongs to; not a body's own "of": "Governor of the Bank of Zambia".)
    // ("Director of Field Operations for the Windsor District Office": or after "for", the body the post serves.)
    for (let i = rest.length - 1; i > 0; i--) {
      if ((rest[i].text !== 'of' && rest[i].text !== 'for') || i + 1 >= rest.length || isHead(rest[i - 1].text)) continue;
      const owner = rest.slice(i + 1).filter((w, k) => !(k === 0 && w.text === 'the'));
      const lo = owner[owner.length - 1]?.text ?? '';
      if (lookupPlace(phrase(owner)) || knownBody(phrase(owner)) || GOV_HEADS.has(lo) || ORG_HEADS.has(lo)) {
        rest = owner;
        break;
      }
    }
    while (rest.length && !rest[0].cap) rest = rest.slice(1);
    // ("Minister of State for Karamoja Affairs": "of State" is the rank; the portfolio follows "for".)
    if (rest.length > 2 && rest[0].text === 'State' && rest[1].text === 'for') rest = rest.slice(2);
    // "Director of the IAEA Division of Nuclear Security": a known body before the unit's name is a mention of its own.
    if (rest.length > 2 && knownBody(rest[0].text) && GOV_HEADS.has(rest[1].text)) {
      res.push([rest[0]]);
      rest = rest.slice(1);
    }
    const s = phrase(rest);
    // "Minister of Internal Affairs": a portfolio, not a body.
    // ("Minister of Justice and Internal Affairs": a list of portfolios.)
    // ("Minister of Local Government", "Minister for Rural Development and Cooperatives": a minister's "of" or "for"
    // with no article is followed by the portfolio, whatever its last word, unless it names a known body or a place.)
    const ministerOf = /^Ministers?$/.test(title[ofAt - 1]?.text ?? '') && title[ofAt + 1]?.text !== 'the' && rest.length === title.length - ofAt - 1 && !knownBody(s) && !lookupPlace(s);
    const portfolio = ministerOf || (rest[rest.length - 1]?.text === 'Affairs' && rest.length <= 3) || (rest.length > 0 && rest.every((w) => PORTFOLIO.has(w.text) || w.text === 'and') && PORTFOLIO.has(rest[rest.length - 1].text));
    // ("Head of the Department of Nuclear Safety and Security": a unit "X of Y" whose own head opens it.)
    // ("Governor of the Bank of Zambia": a body whose head opens it, "Bank of …", "University of …".)
    // (Not a portfolio: "Commissioner of Police for Copperbelt".)
    const unitOf = rest.length >= 3 && isHead(rest[0].text) && !PORTFOLIO.has(rest[0].text) && ['of', 'for', 'on'].includes(rest[1].text);
    // ("Mayor of Hilvarenbeek", "Bishop of Kabgayi": a local office's "of" is followed by the place it serves, known or not.)
    const placeServed = LOCAL_OFFICE.test(title[ofAt - 1]?.text ?? '') && rest.length <= 3 && rest.length === title.length - ofAt - 1 && rest.every((w) => w.cap && !isHead(w.text));
    if (rest.length && !portfolio && (knownBody(s) || lookupPlace(s) || GOV_HEADS.has(rest[rest.length - 1].text) || ORG_HEADS.has(rest[rest.length - 1].text) || unitOf || placeServed)) res.push(rest);
    else if (rest.length > 1 && lookupPlace(phrase(rest.slice(-1)))) res.push(rest.slice(-1));
  }
  return res;
}
