/** The chunker: a sentence's tokens cut into capitalised pieces (names and titles), and its helpers. */
import type { Token } from '../text.js';
import { countryByDemonym, countryByName } from '../gazetteer/countries.js';
import { lowerHead, knownBody, GOV_HEADS, ORG_HEADS, GOV_OPENERS } from '../gazetteer/bodies.js';
import { TITLE_WORDS, TITLE_HEADS, NOT_NAMES, NAME_BREAKERS, DOCUMENT_HEADS } from '../gazetteer/words.js';
import { knownGroup } from '../gazetteer/groups.js';
import { CONNECT, BODY_CONNECT, PATRONYMIC_SUFFIX, NAME_PARTICLES, withoutThe, isHead, phraseTokens, phrase, lookupPlace } from './words.js';
import type { Piece } from './types.js';
import { romanceAdjectiveAfterOpener, romanceRunAhead, romancePrepositionRun } from './romance.js';
import { vietBody, vietSyllable, CIVIC_APPOS_NOUN, CIVIC_NOUN, FIELD_WORDS, BODIES_LISTED, COLLECTIVE_POSSESSOR, fieldWord, BROADCAST_OPENER } from './cues-bodies.js';
import { bodyOfBody, companyOfSeat, mergeSubjectLists, DUTY_FIELD } from './piece-edits.js';
import { PORTFOLIO, portfolioTitleEnd } from './titles.js';

const RISKY = new Set(['and', 'on', 'in', '&']);
/** English's own joining words, which no foreign joining word runs on through. */
const ENGLISH_JOIN = /^(?:of|for|the|and|on|in|&)$/;

/** "26 South Africans for the Ituri Brigade", "Recruits for Congolese militia": a people named by its demonym is no
 * part of a name, before a connector or after one. */
function demonymEdge(cur: Token[], next: Token | undefined, after: Token | undefined): boolean {
  const left = phrase(cur);
  if (/s$/.test(left) && countryByDemonym(left.slice(0, -1)) && !countryByName(left)) return true;
  return !!next && countryByDemonym(next.text) !== undefined && !countryByName(next.text) && !(after && after.kind === 'word' && after.cap);
}

/** Whether the one to three capitalised words after a possessive end in a company's or institute's head word
 * ("Lloyd's List Intelligence"), with no connector among them. */
function possOrgName(tokens: Token[], i: number, to: number): boolean {
  let k = i + 1;
  while (k < to && k <= i + 3 && tokens[k].kind === 'word' && tokens[k].cap && tokens[k].start - tokens[k - 1].end <= 1) k++;
  const last = tokens[k - 1];
  // ("the Althingi's Judicial Affairs and Education Committee": a run that goes on through "and"/"of" to a
  // government body's head is that body, and the possessor owns it.)
  let j = k;
  while (j < to && j <= k + 6 && tokens[j].kind === 'word' && (tokens[j].cap || CONNECT.has(tokens[j].text))) j++;
  if (j > k && GOV_HEADS.has(tokens[j - 1].text)) return false;
  return k > i + 1 && last !== tokens[i] && ORG_HEADS.has(last.text) && !GOV_HEADS.has(last.text) && !(k < to && tokens[k].kind === 'word' && tokens[k].cap);
}

/** Whether the capitalised words from `i` (through "and", "of" and the like, six tokens at most) end in a body's head:
 * "Rights and Welfare Network" after a plural possessive is still the one name. */
function headAhead(tokens: Token[], i: number, to: number): boolean {
  for (let k = i; k < to && k <= i + 6 && tokens[k].kind === 'word' && (tokens[k].cap || CONNECT.has(tokens[k].text)) && tokens[k].start - tokens[k - 1].end <= 1; k++) {
    if (tokens[k].cap && (GOV_HEADS.has(tokens[k].text) || ORG_HEADS.has(tokens[k].text))) return true;
  }
  return false;
}

/** "Parliament's Committee on Health and Sanitation", "the Senate's Commission of Inquiry": a body (no title) owns a unit
 * named with its own subject after the possessive; two bodies, not one name as "the Ombudsman's Office" is. */
function unitOfBodyNamed(owner: Token, tokens: Token[], i: number, to: number): boolean {
  return GOV_HEADS.has(owner.text) && !TITLE_WORDS.has(owner.text) && i + 3 < to && ['of', 'on', 'for'].includes(tokens[i + 2].text) && tokens[i + 3].cap && tokens[i + 3].kind === 'word';
}

/** Whether the words so far, a possessive and one to four capitalised words after it make a known body's name. */
function knownPossName(cur: Token[], poss: Token, tokens: Token[], from: number, to: number): boolean {
  const start = cur.findIndex((w) => w.cap);
  const base = cur.slice(start < 0 ? 0 : start);
  for (let n = 1; n <= 4 && from + n <= to; n++) {
    const next = tokens.slice(from, from + n);
    if (!next.every((w) => w.kind === 'word' && (w.cap || CONNECT.has(w.text)))) break;
    for (let k = 0; k < base.length; k++) if (knownBody(phrase([...base.slice(k), poss, ...next]))) return true;
  }
  return false;
}

/** Capitalised runs in a sentence: words joined by name particles and organisation connectors. */
/** What a body named "X against Y" works against: the last word of Y ("Hybrid Threats", "Corruption and Organised
 * Crime"), within five capitalised words or "and". */
export const ISSUE = /^(?:Corruption|Crime|Crimes|Extortion|Trafficking|Terrorism|Threats|Hunger|Poverty|Racism|Torture|Violence|Drugs|Narcotics|Impunity|Fraud|Laundering|Smuggling|Slavery|Discrimination|Abuse|Exploitation|Kidnapping|Piracy|Poaching|Cybercrime|Extremism|Radicalisation|Radicalization|Disinformation|Labour|Labor)$/;
function againstIssue(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, from + 6); j++) {
    const w = tokens[j];
    if (w.kind !== 'word' || (!w.cap && w.text !== 'and')) return false;
    if (ISSUE.test(w.text) && !(j + 1 < to && tokens[j + 1].kind === 'word' && tokens[j + 1].cap)) return true;
  }
  return false;
}

/** What introduces a name a text gives something ("known as", "calling itself", "that the fishermen call", "named the
 * network"): a name after it runs on through short words of its own language ("Kibo la Pwani", "Tsotsi a Lefatshe"). */
const NAMING_CUE = /\b(?:known(?:\s+(?:locally|internally|widely|informally|only|simply))?(?:\s+to\s+(?:the\s+|its\s+|their\s+)?[\w-]+)?\s+as|call(?:s|ed|ing)?\s+(?:itself|themselves)|styl(?:es|ing)\s+(?:itself|themselves)|(?:that|which|whom)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:call|calls|called|name|named|dub|dubbed)|(?:named|called|dubbed|nicknamed)(?:\s+(?:the|this|that|its|their)\s+[\w-]+)?)\s+["“‘]?$/i;
/** English words of up to three letters: no particle inside a foreign name. */
const ENGLISH_SHORT = new Set(['and', 'or', 'nor', 'but', 'yet', 'so', 'if', 'as', 'at', 'by', 'in', 'on', 'to', 'up', 'of', 'off', 'out', 'via', 'per', 'for', 'is', 'was', 'are', 'has', 'had', 'its', 'his', 'her', 'our', 'who', 'how', 'not', 'now', 'all', 'any', 'can', 'did', 'got', 'may', 'new', 'one', 'two', 'six', 'ten', 'an', 'it', 'he', 'she', 'we', 'us', 'be', 'do', 'no', 'the']);

/** "Action Plan on Vehicle Theft", "Strategy for the Arctic": a document's kind, then what it is about, so that a year
 * or a span of years after the subject ("… Vehicle Theft 2025-2028") is still the document's name. */
function documentOnSubject(cur: Token[]): boolean {
  return cur.some((w, k) => DOCUMENT_HEADS.has(w.text) && k + 2 < cur.length && ['on', 'for', 'against'].includes(cur[k + 1].text));
}

/** "Report on Non-Technical Losses 2026": a document's kind that opens its own title, then its subject and its year;
 * the kind is part of the name, not a word that only starts a sentence. */
export function kindOpensDatedTitle(ws: Token[]): boolean {
  return ws.length >= 4 && DOCUMENT_HEADS.has(ws[0].text) && ['on', 'for', 'against'].includes(ws[1].text) && /^(?:19|20)\d\d$/.test(ws[ws.length - 1].text);
}

/** "the Auditor-General's Report 2025", "the Ombudsman's Report 2026": an office's report named with its year, the
 * office's possessive inside the name. */
function officeReportAhead(prev: Token, tokens: Token[], i: number, to: number): boolean {
  const [kind, year] = [tokens[i + 1], tokens[i + 2]];
  return i + 2 < to && TITLE_WORDS.has(prev.text.split('-')[0]) && DOCUMENT_HEADS.has(kind.text) && kind.start === tokens[i].end + 1 && year.kind === 'num' && /^(?:19|20)\d\d$/.test(year.text) && year.start === kind.end + 1;
}

/** "a/l", "a/p", "s/o", "d/o" (anak lelaki, anak perempuan, son of, daughter of) between two capitalised words: the
 * patronymic of Malaysian and Singaporean Indian names, written as three tokens with no space between them. */
function patronymicSlash(tokens: Token[], i: number, to: number): boolean {
  if (i + 3 >= to) return false;
  const [a, slash, b, next] = tokens.slice(i, i + 4);
  return slash.text === '/' && /^(?:a\/l|a\/p|s\/o|d\/o)$/.test(`${a.text}/${b.text}`) && slash.start === a.end && b.start === slash.end && next.kind === 'word' && next.cap && next.start === b.end + 1;
}

/** "Srpska napredna stranka", "Občanská demokratická strana", "Vrhovni sud": after a capitalised word, at most two
 * lower-case adjectives of a Slavic language (or Lithuanian genitives: "Lietuvos socialdemokratų partija"), then a
 * head written in lower case (lowerHead); how many words from `i` make that run, 0 where none does. */
const SLAVIC_ADJECTIVE = /^\p{Ll}+(?:ska|ski|sko|ske|na|ni|no|ne|ova|ovo|ava|cka|cki|čka|čki|[áýéíų])$/u;
const trailingCaps = (ws: Token[]) => ws.length - 1 - ws.findLastIndex((w) => !w.cap);
function lowerHeadAhead(tokens: Token[], i: number, to: number): number {
  for (let k = i; k < to && k <= i + 2; k++) {
    const w = tokens[k];
    if (w.kind !== 'word' || w.cap || w.start - tokens[k - 1].end > 1) return 0;
    if (lowerHead(w.text)) return k - i + 1;
    if (!SLAVIC_ADJECTIVE.test(w.text)) return 0;
  }
  return 0;
}

export function chunks(tokens: Token[], from: number, to: number, text = ''): Piece[] {
  const out: Piece[] = [];
  let cur: Token[] = [];
  const flush = () => {
    while (cur.length && !cur[cur.length - 1].cap && cur[cur.length - 1].kind !== 'num' && !(cur.length > 2 && PATRONYMIC_SUFFIX.test(cur[cur.length - 1].text)) && !romanceAdjectiveAfterOpener(cur) && !(cur.length >= 2 && lowerHead(cur[cur.length - 1].text)) && !vietBody(cur)) cur.pop();
    if (cur.length) out.push({ words: cur });
    cur = [];
  };
  // ("told Judge Fatuma Said that …": in running prose, where the verb is written in lower case, a capitalised "Said"
  // after a name is a surname; in a title-case headline it is the verb.)
  let words = 0;
  let lower = 0;
  for (let i = from; i < to; i++) if (tokens[i].kind === 'word') {
    words++;
    if (!tokens[i].cap) lower++;
  }
  const prose = words >= 6 && lower / words >= 0.4;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const prev = cur[cur.length - 1];
    const adjacent = prev ? t.start - prev.end <= 1 : true;
    let romanceRun = 0; // (found once, in the condition of its branch, used in its body)
    let k = 0; // (likewise, the lower-case words up to a head written in lower case)
    const surnameSaid = t.text === 'Said' && prose && !!prev?.cap && adjacent && cur.length >= 1 && cur.length <= 3 && !NOT_NAMES.has(prev.text);
    if (t.kind === 'word' && t.cap && (!NAME_BREAKERS.has(t.text) || surnameSaid) && !/^CVE-/i.test(t.text)) {
      if (!adjacent) flush();
      cur.push(t);
    } else if (cur.length && adjacent && t.kind === 'word' && !t.cap && vietSyllable(t.text) && vietBody([...cur, t])) {
      cur.push(t); // "Đảng Cộng sản Việt Nam", "Đại học Quốc gia": a Vietnamese body's lower-case syllables
    } else if (cur.length && trailingCaps(cur) <= 3 && adjacent && prev?.cap && t.kind === 'word' && (k = lowerHeadAhead(tokens, i, to)) > 0) {
      cur.push(...tokens.slice(i, i + k)); // "Narodna skupština", "Srpska napredna stranka", "Oslo tingrett": a head in lower case
      i += k - 1;
    } else if (cur.length >= 2 && adjacent && prev?.cap && t.kind === 'word' && PATRONYMIC_SUFFIX.test(t.text)) {
      cur.push(t);
      flush();
    } else if (cur.length && adjacent && prev?.cap && prev.kind === 'word' && patronymicSlash(tokens, i, to)) {
      cur.push(...tokens.slice(i, i + 3)); // "Suresh s/o Pillai", "Kavitha a/p Ramasamy": son or daughter of the next name
      i += 2;
    } else if (cur.length >= 2 && adjacent && t.kind === 'word' && (t.text === 'a' || t.text === 'an') && (prev.text === 'for' || prev.text === 'of') && (GOV_HEADS.has(cur[cur.length - 2].text) || ORG_HEADS.has(cur[cur.length - 2].text)) && i + 1 < to && tokens[i + 1].kind === 'word' && tokens[i + 1].cap) {
      cur.push(t); // "Association for a More Just Society", "Alliance for a Green Revolution"
    } else if (cur.length && adjacent && t.kind === 'word' && t.text === 'under' && cur.some((w) => GOV_HEADS.has(w.text) || ORG_HEADS.has(w.text)) && i + 2 < to && tokens[i + 1].text === 'the' && /^(?:President|Presidency|Government|Cabinet|Prime|Ministry|Council)$/.test(tokens[i + 2].text)) {
      cur.push(t, tokens[i + 1]); // "Kazakhstan Institute for Strategic Studies under the President", "Agency under the Government"
      i++;
    } else if (cur.length && adjacent && t.kind === 'word' && (t.text === 'against' || t.text === 'to') && (GOV_HEADS.has(prev.text) || ORG_HEADS.has(prev.text) || (t.text === 'against' && againstIssue(tokens, i + 1, to) && cur.length >= 2 && !cur.some((w) => !!lookupPlace(w.text) || !!countryByDemonym(w.text)))) && i + 1 < to && tokens[i + 1].kind === 'word' && tokens[i + 1].cap) {
      cur.push(t); // "Centre against Hybrid Threats", "Mission to Mali", "Special Unit against Organised Crime""
    } else if (adjacent && t.kind === 'word' && (romanceRun = romancePrepositionRun(cur, tokens, i, to)) > 0) {
      cur.push(...tokens.slice(i, i + romanceRun)); // "Agencia de Acceso a la Información Pública": a body's own prepositions
      i += romanceRun - 1;
    } else if (cur.length && adjacent && (t.kind === 'word' || t.text === '&') && CONNECT.has(t.text) && i + 1 < to && !demonymEdge(cur, tokens[i + 1], tokens[i + 2])) {
      const n = tokens[i + 1];
      // "Marieke van der Berg", "José de la Cruz": particles run on to the surname.
      const particles = NAME_PARTICLES.has(t.text) && NAME_PARTICLES.has(n.text) && i + 2 < to && tokens[i + 2].cap && tokens[i + 2].kind === 'word';
      // ("Kapisanan ng mga Brodkaster", "Samahan ng mga Mangingisda": a joining word of another language, then its plural
      // marker or article, runs on to the name's next word.)
      const linker = BODY_CONNECT.includes(t.text) && CONNECT.has(n.text) && !ENGLISH_JOIN.test(n.text) && i + 2 < to && tokens[i + 2].cap && tokens[i + 2].kind === 'word';
      const article = (t.text === 'for' || t.text === 'of') && (n.text === 'a' || n.text === 'an') && i + 2 < to && tokens[i + 2].cap && (GOV_HEADS.has(prev.text) || ORG_HEADS.has(prev.text));
      // ("Syndicat des hôteliers", "Chambre régionale des comptes": a body's own language goes on in lower case.)
      const romance = !n.cap && romanceRunAhead(cur, tokens, i, to);
      const ok = (n.kind === 'word' && n.cap) || (t.text !== 'the' && n.text === 'the' && i + 2 < to && tokens[i + 2].cap) || particles || linker || article || romance;
      // ("Save the Children": a known body's name with "the" inside.)
      const knownThe = t.text === 'the' && [1, 2, 3].some((n) => i + n < to && knownBody(phrase([...cur, t, ...tokens.slice(i + 1, i + 1 + n)])));
      // ("Save the Rhino Trust", "Stop the Traffik Foundation": a campaign's verb, "the" and a body's name.)
      const campaignThe = t.text === 'the' && cur.length === 1 && /^(?:Save|Protect|Defend|Stop|Free|Feed|Keep|Mind|Reclaim|End)$/.test(prev.text) && [2, 3, 4].some((n) => i + n < to && tokens.slice(i + 1, i + 1 + n).every((w) => w.cap && w.kind === 'word') && (ORG_HEADS.has(tokens[i + n].text) || GOV_HEADS.has(tokens[i + n].text)));
      // ("bought flats in Nairobi for Ahmed's son": "for" after a place the gazetteer knows opens no name of its own.)
      const placeFor = t.text === 'for' && !!lookupPlace(phrase(cur)) && !knownBody(phrase(cur));
      if (ok && !placeFor && (!(t.text === 'the' && !['of', 'for', 'on', 'in', 'and'].includes(prev.text)) || knownThe || campaignThe)) cur.push(t);
      else flush();
    } else if (cur.length && cur.length <= 3 && adjacent && t.kind === 'word' && /^\p{Ll}{1,3}$/u.test(t.text) && !ENGLISH_SHORT.has(t.text) && i + 1 < to && tokens[i + 1].kind === 'word' && tokens[i + 1].cap && tokens[i + 1].start === t.end + 1 && cur.every((w) => w.cap || CONNECT.has(w.text)) && NAMING_CUE.test(text.slice(Math.max(0, cur[0].start - 80), cur[0].start))) {
      cur.push(t); // "a gang calling itself Tsotsi a Lefatshe": a given name runs on through its own short words
    } else if (cur.length && adjacent && t.kind === 'word' && !t.cap && /^\p{Ll}{1,4}$/u.test(t.text) && i + 1 < to && tokens[i + 1].kind === 'word' && tokens[i + 1].cap && [1, 2].some((n) => n <= cur.length && (!!lookupPlace(phrase([...cur.slice(-n), t, tokens[i + 1]])) || !!knownBody(phrase([...cur.slice(-n), t, tokens[i + 1]]))))) {
      cur.push(t); // "Dar es Salaam", "Ras al Khaimah", "Maneaba ni Maungatabu": a short lower-case word inside a place's or a body's name a gazetteer knows
    } else if (cur.length && adjacent && prev?.cap && t.kind === 'poss' && i + 1 < to && tokens[i + 1].start === t.end + 1 && /^(?:Bazar|Bazaar|Harbour|Harbor|Bay|Island|Point|Town|Creek|Cove|Head|Hill|Landing|Well|Pass|Reef|Rock|Peak|Vineyard)$/.test(tokens[i + 1].text)) {
      cur.push(t); // "Cox's Bazar", "St John's Harbour": a possessive inside a place's name
    } else if ((cur.length === 1 || (cur.length === 2 && cur[0].text === 'The')) && adjacent && prev && t.kind === 'poss' && officeReportAhead(prev, tokens, i, to)) {
      cur.push(t); // "the Auditor-General's Report 2025": an office's dated report
    } else if (cur.length === 1 && adjacent && prev && t.kind === 'poss' && possOrgName(tokens, i, to) && !lookupPlace(prev.text) && !countryByDemonym(prev.text) && !TITLE_WORDS.has(prev.text)) {
      cur.push(t); // "Lloyd's List Intelligence", "Moody's Investors Service": a possessive inside a company's name
    } else if (cur.length && adjacent && t.kind === 'poss' && COLLECTIVE_POSSESSOR.test(prev.text) && i + 1 < to && tokens[i + 1].cap && tokens[i + 1].kind === 'word' && tokens[i + 1].start === t.end + 1) {
      cur.push(t); // "Uganda People's Defence Forces", "National Farmers' Union": a collective's possessive inside a name
    } else if (cur.length && adjacent && t.kind === 'poss' && /^['’]$/.test(t.text) && /s$/.test(prev.text) && i + 1 < to && tokens[i + 1].start === t.end + 1 && headAhead(tokens, i + 1, to)) {
      cur.push(t); // "the Belmopan Magistrates' Court", "the Dockers' Rights and Safety Network": a plural possessive, then a run to a head
    } else if (cur.length && adjacent && t.kind === 'poss' && i + 1 < to && tokens[i + 1].cap && knownPossName(cur, t, tokens, i + 1, to)) {
      cur.push(t); // "United Nations Children's Fund": a known body with a possessive inside its name
    } else if (cur.length && adjacent && t.kind === 'poss' && i + 1 < to && tokens[i + 1].cap && (GOV_HEADS.has(tokens[i + 1].text) || tokens[i + 1].text === 'Party') && !unitOfBodyNamed(prev, tokens, i, to) && (cur.length === 1 || (cur.length === 2 && cur[0].text === 'The') || (TITLE_WORDS.has(cur[cur.length - 1].text) && !cur.some((w, k) => isHead(w.text) && ['of', 'for', 'on'].includes(cur[k + 1]?.text ?? '')))) && !knownBody(cur[cur.length - 1].text) && !lookupPlace(cur[cur.length - 1].text) && !/^[A-Z][A-Z0-9]{1,7}$/.test(cur[cur.length - 1].text)) {
      cur.push(t); // "the Ombudsman's Office", "the People's Party" (not "the ROP's Directorate …": an acronym owns it; nor
      // "the Ministry of Health's Directorate of X": a body with its own "of" owns it)
    } else if (cur.length && adjacent && t.kind === 'word' && romanceRunAhead(cur, tokens, i, to)) {
      cur.push(t); // "Gendarmerie nationale", "Tribunal judiciaire d'Ajaccio": a body's own language puts its adjectives after the head
    } else if (cur.length && t.kind === 'num' && adjacent && /^\d{1,2}$/.test(t.text) && BROADCAST_OPENER.test(prev.text) && !(i + 1 < to && /^[-–:./]$/.test(tokens[i + 1].text) && tokens[i + 1].start === t.end) && (!countryByName(prev.text) || (i + 1 < to && (tokens[i + 1].cap || /^(?:reported|reports|said|says|broadcast|aired|showed|shows)$/.test(tokens[i + 1].text))))) {
      cur.push(t); // "France 24", "Channel 4 News", "Rai 3": a broadcaster's channel number is part of its name (after a
      // country's name, only before a capital or a verb of reporting: "in France 2 men were held" is no channel)
    } else if (cur.length && t.kind === 'num' && adjacent && (DOCUMENT_HEADS.has(prev.text) || (/^(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?$/.test(t.text) && documentOnSubject(cur)))) {
      cur.push(t);
      // "Strategy 2024–2030": a span of years.
      const dash = tokens[i + 1];
      const end = tokens[i + 2];
      if (i + 2 < to && /^[–-]$/.test(dash.text) && dash.start === t.end && end.kind === 'num' && end.start === dash.end && /^\d{4}$/.test(end.text)) {
        cur.push(dash, end);
        i += 2;
      }
      flush();
    } else {
      // "the Cybercrime Division of Georgia's Ministry of Internal Affairs": a place with a possessive owns what
      // follows; the body before "of" ends there.
      if (t.kind === 'poss' && adjacent && cur.length >= 3) {
        const of = cur.map((w) => w.text).lastIndexOf('of');
        const owner = of > 0 ? cur.slice(of + 1).filter((w, k) => !(k === 0 && w.text === 'the')) : [];
        // (Not a body whose one head word opens it: "the University of Nairobi's Institute of X" is owned by the
        // university.)
        if (owner.length && lookupPlace(phrase(owner)) && (GOV_HEADS.has(cur[of - 1].text) || ORG_HEADS.has(cur[of - 1].text)) && !(of === 1 || (of === 2 && cur[0].text === 'The'))) {
          const body = cur.slice(0, of);
          cur = owner;
          out.push({ words: body });
        }
      }
      flush();
    }
  }
  flush();
  const idx = new Map<Token, number>();
  for (let i = from; i < to; i++) idx.set(tokens[i], i);
  mergeSubjectLists(tokens, idx, out);
  /** "Defence Intelligence and Security Service (MIVD)": the acronym after it makes the whole one name. */
  const acronymAfter = (p: Piece) => {
    const i = (idx.get(p.words[p.words.length - 1]) ?? to) + 1;
    return i + 2 < to + 1 && tokens[i]?.text === '(' && /^[A-Z][A-Z0-9-]{1,9}$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ')';
  };
  /** "National Agency for Food and Drug Administration and Control (NAFDAC)": the acronym spells the initials of
   * the capitalised words, all of them or the first few up to a head word ("Lakshman Kadirgamar Institute of ...
   * (LKI)"), so the whole is one name. */
  const spelledByAcronym = (p: Piece) => {
    if (!acronymAfter(p)) return false;
    const acr = tokens[(idx.get(p.words[p.words.length - 1]) ?? to) + 2].text.replace(/-/g, '');
    // (A sentence's opening "The" is no initial: "The United Nations Office for … (UNOWAS) said".)
    const caps = p.words.filter((w, i) => w.cap && !(i === 0 && w.text === 'The'));
    const initials = caps.map((w) => w.text[0]).join('');
    if (initials === acr) return true;
    // ("United Nations Peacekeeping Force in Cyprus (UNFICYP)": an acronym that takes the first letter or letters of
    // the words of the name in order, a connector such as "in" among them, leaving out at most one middle word, and
    // taking letters from the first and the last word.)
    if (acr.length >= 4 && /^\p{Lu}+$/u.test(acr)) {
      const ws = p.words.filter((w, i) => !(i === 0 && w.text === 'The')).map((w) => w.text.toUpperCase());
      const fits = (i: number, a: string, skipped: number): boolean => {
        if (i === ws.length) return !a;
        if (!a) return false;
        const last = i === ws.length - 1;
        for (let n = Math.min(ws[i].length, a.length); n >= 1; n--) if (a.startsWith(ws[i].slice(0, n)) && fits(i + 1, a.slice(n), skipped)) return true;
        return i > 0 && !last && skipped < 1 && fits(i + 1, a, skipped + 1);
      };
      if (ws.length >= 4 && fits(0, acr, 0)) return true;
    }
    // ("Armed Conflict Location & Event Data Project (ACLED)": an acronym may leave out the name's last word.)
    return acr.length >= 3 && initials.startsWith(acr) && (caps.slice(0, acr.length).some((w) => GOV_HEADS.has(w.text) || ORG_HEADS.has(w.text)) || (acr.length >= 4 && caps.length === acr.length + 1));
  };
  /** "the Coast Guard of the Jamaica Defence Force (JDF)", "the Auto Theft Section of the Service de police de la Ville
   * de Montréal (SPVM)": an acronym after a unit "of the" its body that spells the body's words (not the whole
   * phrase's) names the body, so the body is a name of its own beside its unit (whose name stays the words before). */
  const ownerSpelledByAcronym = (p: Piece): Piece[] => {
    if (p.whole || !acronymAfter(p) || spelledByAcronym(p)) return [p];
    const of = p.words.findLastIndex((w, i) => w.text === 'of' && p.words[i + 1]?.text === 'the' && i >= 1);
    // (Not a body whose name is its head "of the" something, "Office of the United Nations High Commissioner for
    // Refugees (UNHCR)", nor a known body. Before "of the" may stand a unit or someone with a post in the body:
    // "Deputy Commissioner X of the Jamaica Constabulary Force (JCF)".)
    if (of < 1 || (of === 1 && isHead(p.words[0].text)) || knownBody(phrase(p.words))) return [p];
    const owner = p.words.slice(of + 2);
    const acr = tokens[(idx.get(p.words[p.words.length - 1]) ?? to) + 2].text.replace(/-/g, '');
    const initials = owner.filter((w) => w.kind === 'word' && !CONNECT.has(w.text) && !/^(?:l|d)['’]/.test(w.text)).map((w) => w.text[0].toUpperCase()).join('');
    return owner.length >= 2 && initials === acr ? [{ words: p.words.slice(0, of) }, { words: owner }] : [p];
  };
  /** "the Coastal Fisheries and Reef Care organisation": a name written before a civic body's noun in lower case is
   * one name, whatever connectors it holds. */
  const civicNounAfter = (p: Piece) => {
    const i = idx.get(p.words[p.words.length - 1]) as number;
    const j = idx.get(p.words[0]) as number;
    // ("Friends for Conservation and Development, a Belizean NGO": a civic body's noun in apposition says the same.)
    const appos = tokens[i + 1]?.text === ',' && /^(?:a|an)$/.test(tokens[i + 2]?.text ?? '') && [3, 4, 5].some((k) => i + k < to && CIVIC_APPOS_NOUN.test(tokens[i + k].text) && tokens.slice(i + 3, i + k).every((w) => w.kind === 'word'));
    return i + 1 < to && (CIVIC_NOUN.test(tokens[i + 1].text) || (appos && p.words.some((w) => w.text === 'and'))) && (p.words[0].text === 'The' || (j > from && /^the$/i.test(tokens[j - 1].text)) || appos) && p.words.length >= 3 && !p.words.some((w) => GOV_HEADS.has(w.text) || ORG_HEADS.has(w.text));
  };
  // Split at risky connectors unless the joined phrase is a known name or an organisation.
  const res: Piece[] = [];
  for (const p of out) {
    const whole = phrase(p.words);
    if (p.whole || knownBody(whole) || countryByName(whole) || knownGroup(whole) || spelledByAcronym(p) || civicNounAfter(p)) {
      res.push(p);
      continue;
    }
    const parts: Token[][] = [[]];
    const joins: string[] = [];
    for (const w of p.words) {
      if (RISKY.has(w.text)) {
        joins.push(w.text);
        parts.push([]);
      } else parts[parts.length - 1].push(w);
    }
    // A known body that spans several parts ("Organization for Security and Co-operation in Europe").
    const seq: Token[][] = [];
    for (let a = 0; a < parts.length; a++) {
      let found = -1;
      for (let b = parts.length - 1; b > a && found < 0; b--) {
        const span = p.words.slice(p.words.indexOf(parts[a][0]), p.words.indexOf(parts[b][parts[b].length - 1]) + 1);
        const t = phrase(span[0]?.text === 'the' ? span.slice(1) : span);
        if (knownBody(t) || knownGroup(t)) found = b;
      }
      if (found > a) {
        const span = p.words.slice(p.words.indexOf(parts[a][0]), p.words.indexOf(parts[found][parts[found].length - 1]) + 1);
        seq.push(span);
        a = found;
      } else seq.push(parts[a]);
    }
    if (seq.length < parts.length) {
      for (const x of seq) if (x.length) res.push({ words: x[0].text === 'the' ? x.slice(1) : x });
      continue;
    }
    let acc = parts[0];
    // ("licensed companies, including Kwanta and Bosompra Mining Services": after a plural of bodies and "including",
    // "and" joins two of them, not two parts of one name.)
    const listed = BODIES_LISTED.test(text.slice(Math.max(0, p.words[0].start - 80), p.words[0].start));
    for (let k = 1; k < parts.length; k++) {
      const right = parts[k];
      const join = joins[k - 1];
      const joinTok = p.words[p.words.indexOf(right[0]) - 1];
      const whole = [...acc, joinTok, ...right];
      const s = phrase(whole);
      const lastL = acc[acc.length - 1]?.text ?? '';
      const lastR = right[right.length - 1]?.text ?? '';
      const knownSuffix = acc.some((_, k) => {
        const t = phrase([...acc.slice(k), joinTok, ...right]);
        return !!knownBody(t) || !!knownGroup(t);
      });
      // "Committee on Security and Foreign Affairs of the National Assembly": the subject list of a body "X on/of/for
      // …", then the body it belongs to, named on its own.
      // "the Ministry of Health and the Republic of Fiji Navy": a conjunct with its own article is a body of its own.
      if (join === 'and' && right[0]?.text === 'the' && right.length > 1 && !knownBody(s) && !knownGroup(s) && !knownSuffix && !countryByName(s)) {
        if (acc.length) res.push({ words: acc });
        acc = right.slice(1);
        continue;
      }
      // ("Officers of the Customs and Excise Department", "the Immigration and Passports Office": two fields of work, the
      // first a word that heads bodies elsewhere, before one head are that one department; "Officers of the" before it
      // is no name.)
      if (join === 'and' && right.length === 2 && GOV_HEADS.has(lastR) && [lastL, right[0].text].every((f) => PORTFOLIO.has(f) || DUTY_FIELD.test(f)) && (withoutThe(acc).length === 1 || acc[acc.length - 2]?.text === 'the')) {
        const before = acc.slice(0, acc.length - (withoutThe(acc).length === 1 ? acc.length : 2));
        if (before.length && !CONNECT.has(before[before.length - 1].text)) res.push({ words: before });
        acc = [acc[acc.length - 1], joinTok, ...right];
        continue;
      }
      const ofAt = join === 'and' ? right.findIndex((w, i) => i > 0 && w.text === 'of') : -1;
      if (ofAt > 0 && ofAt <= 3) {
        const owner = right.slice(ofAt + 1).filter((w, i) => !(i === 0 && w.text === 'the'));
        const lo = owner[owner.length - 1]?.text ?? '';
        const core = right.slice(0, ofAt);
        const lc = core[core.length - 1].text;
        if (owner.length && (GOV_HEADS.has(lo) || ORG_HEADS.has(lo) || !!knownBody(phrase(owner))) && !GOV_HEADS.has(lc) && (!ORG_HEADS.has(lc) || FIELD_WORDS.test(lc)) && !lookupPlace(phrase(core)) && acc.some((w, i) => (GOV_HEADS.has(w.text) || ORG_HEADS.has(w.text)) && ['of', 'for', 'on'].includes(acc[i + 1]?.text ?? ''))) {
          res.push({ words: [...acc, joinTok, ...core] });
          acc = owner;
          continue;
        }
      }
      const keep =
        !!knownBody(s) || !!countryByName(s) || !!knownGroup(s) || knownSuffix ||
        // ("Chanda & Partners", "Procter & Gamble", "Mwale & Co": prose joins two names with "and"; "&" joins the
        // partners of one firm, unless it lists two places.)
        (join === '&' && !(lookupPlace(phrase(withoutThe(acc))) && lookupPlace(phrase(right)))) ||
        // ("Special Unit against Corruption and Organised Crime": the last items of what a body works against.)
        (join === 'and' && acc.some((w) => w.text === 'against') && right.length <= 3 && ISSUE.test(lastR) && right[0].text !== 'the') ||
        // ("the Refugee Relief and Repatriation Commissioner": the fields of an office named by its holder.)
        (join === 'and' && /^Commissioners?$/.test(lastR) && acc.length <= 3 && right.length <= 3 && [...acc, ...right.slice(0, -1)].every(fieldWord)) ||
        // ("Minister of Energy and Natural Resources Aziz Karimov": a title's portfolio list, then the name.)
        (join === 'and' && portfolioTitleEnd(phraseTokens(p.words, acc[0], right[right.length - 1])) > 0) ||
        // ("Ministry of Justice and Internal Affairs of Mongolia": a ministry's portfolio list, then its country.)
        (join === 'and' && ministryPortfolioList(acc, right)) ||
        // ("Commissioner for Political Affairs, Peace and Security, Dr. …": the last items of a portfolio list.)
        (join === 'and' && acc.every((w) => PORTFOLIO.has(w.text)) && right.every((w) => PORTFOLIO.has(w.text))) ||
        // ("Trinidad and Tobago Defence Force": a country named "X and Y" opens the body's name.)
        (join === 'and' && right.length > 1 && !!countryByName(phrase([...acc.filter((w, i) => !(i === 0 && /^the$/i.test(w.text))), joinTok, right[0]]))) ||
        // ("General Intelligence and Security Service": a field of work before "and" is no head of a body of its own.)
        (join === 'and' && (GOV_HEADS.has(lastR) || ORG_HEADS.has(lastR)) && !GOV_HEADS.has(lastL) && (!ORG_HEADS.has(lastL) || (FIELD_WORDS.test(lastL) && right.length <= 2 && (acc.length >= 2 || (right.length === 2 && GOV_HEADS.has(lastR))))) && !countryByName(phrase(acc)) && !knownBody(phrase(acc)) && !lookupPlace(phrase(acc)) && withoutThe(acc).length <= 3) ||
        (join === 'and' && k === parts.length - 1 && (GOV_HEADS.has(lastR) || ORG_HEADS.has(lastR)) && right[0]?.text !== 'the' && acronymAfter(p) && !countryByName(phrase(acc)) && !knownBody(phrase(acc)) && !lookupPlace(phrase(acc)) && acc.length <= 4) ||
        // "Panel of Experts on Libya": the head may stand before its own "of".
        ((join === 'on' || join === 'in') && (GOV_HEADS.has(lastL) || ORG_HEADS.has(lastL) || DOCUMENT_HEADS.has(lastL) || acc.some((w, i) => (GOV_HEADS.has(w.text) || ORG_HEADS.has(w.text)) && acc[i + 1]?.text === 'of')) && right.length <= 6 && !NOT_NAMES.has(right[0].text) &&
          !(join === 'in' && !!lookupPlace(phrase(right.filter((w) => w.text !== 'the'))) && !/^(Mission|Office|Delegation|Representation)$/.test(lastL)) &&
          // "the Regional Hospital in Wa": one word after "in" that is no body's head is the town the body is in.
          !(join === 'in' && right.length === 1 && !GOV_HEADS.has(lastR) && !ORG_HEADS.has(lastR) && !/^(Mission|Office|Delegation|Representation|Court)$/.test(lastL)) &&
          // "the University of the West Indies in St. Augustine": a campus, hospital or school is in a town.
          !(join === 'in' && right.length <= 3 && acc.some((w) => /^(?:University|Hospital|College|Campus|School|Institute|Academy|Clinic|Prison|Airport)$/.test(w.text)) && acc.length >= 2 && right.every((w) => w.cap && !GOV_HEADS.has(w.text) && !ORG_HEADS.has(w.text)))) ||
        // "Bangladesh Institute of Peace and Security Studies": the fields an institute of studies works on.
        (join === 'and' && k === parts.length - 1 && right.length <= 3 && FIELD_WORDS.test(lastR) && acc.some((w, i) => (GOV_HEADS.has(w.text) || ORG_HEADS.has(w.text)) && ['of', 'for', 'on'].includes(acc[i + 1]?.text ?? ''))) ||
        // "International Federation of Red Cross and Red Crescent Societies": a federation of several kinds of members.
        (join === 'and' && right.length <= 4 && /s$/.test(lastR) && acc.some((w, i) => /^(?:Federation|Association|Union|Alliance|League|Network|Coalition|Confederation|Conference|Council)$/.test(w.text) && acc[i + 1]?.text === 'of') && !lookupPlace(phrase(right))) ||
        // "Office for Democratic Institutions and Human Rights": "and" inside the subject of an "X for/of Y" body
        (join === 'and' && right.length <= 3 && acc.some((w, i) => (GOV_HEADS.has(w.text) || ORG_HEADS.has(w.text) || GOV_OPENERS.has(w.text)) && ['of', 'for', 'on'].includes(acc[i + 1]?.text ?? '')) && !GOV_HEADS.has(lastR) && !ORG_HEADS.has(lastR) && !lookupPlace(phrase(right)) && !knownBody(phrase(right)) && !(right.length === 1 && /^[A-Z][A-Z0-9]+$/.test(lastR))) ||
        // ("Office of Financial Investigation and Prosecution", "Department of Nuclear Safety and Security": after a
        // body's own "of", one word after "and" with no article is the last item of its subject, even a word that ends
        // bodies' names elsewhere; an acronym, a place or a known name stays a body of its own.)
        // ("Department of Immigration and Citizenship Services": two words after "and", with no article, ending in a
        // head, finish the subject and the name.)
        (join === 'and' && right.length === 2 && right[0].text !== 'the' && (GOV_HEADS.has(lastR) || ORG_HEADS.has(lastR)) && /^\p{Lu}\p{Ll}+$/u.test(right[0].text) && !lookupPlace(right[0].text) && !countryByDemonym(right[0].text) && !knownBody(phrase(right)) && acc.some((w, i) => (GOV_HEADS.has(w.text) || GOV_OPENERS.has(w.text) || ORG_HEADS.has(w.text)) && ['of', 'for', 'on'].includes(acc[i + 1]?.text ?? '') && i + 2 < acc.length)) ||
        (join === 'and' && right.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(lastR) && acc.some((w, i) => (GOV_HEADS.has(w.text) || GOV_OPENERS.has(w.text) || ORG_HEADS.has(w.text)) && ['of', 'for', 'on'].includes(acc[i + 1]?.text ?? '') && i + 2 < acc.length) && !lookupPlace(lastR) && !knownBody(lastR) && !countryByName(lastR) && !knownGroup(lastR) && !countryByDemonym(lastR));
      if (keep && !(listed && join === 'and' && !knownBody(s) && !knownSuffix)) acc = whole;
      else {
        if (acc.length) res.push({ words: acc });
        acc = right;
      }
    }
    if (acc.length) res.push({ words: acc });
  }
  return res.flatMap(ownerSpelledByAcronym).flatMap(bodyOfBody).flatMap(companyOfSeat);
}

/** "Ministry of Justice and Internal Affairs (of Mongolia)": a ministry's portfolio words on both sides of "and", up to
 * the body's own "of". */
function ministryPortfolioList(acc: Token[], right: Token[]): boolean {
  // (Or a title's: "Commissioner for Internal Security and Home Affairs of Kaduna State".)
  if (!PORTFOLIO.has(acc[acc.length - 1]?.text ?? '') || !acc.some((w, i) => (GOV_HEADS.has(w.text) || TITLE_HEADS.has(w.text)) && (acc[i + 1]?.text === 'of' || acc[i + 1]?.text === 'for'))) return false;
  const ofAt = right.findIndex((w) => w.text === 'of');
  const list = ofAt < 0 ? right : right.slice(0, ofAt);
  return list.length > 0 && list.every((w) => PORTFOLIO.has(w.text));
}
