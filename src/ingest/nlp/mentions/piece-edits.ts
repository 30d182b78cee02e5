/** Pieces split or merged after chunking: a body of a body, a company and its seat, subject and field lists. */
import { knownBody, GOV_HEADS, ORG_HEADS, GOV_OPENERS, LEGAL_FORMS } from '../gazetteer/bodies.js';
import { countryByName } from '../gazetteer/countries.js';
import type { Token } from '../text.js';
import { knownGroup } from '../gazetteer/groups.js';
import { TITLE_HEADS } from '../gazetteer/words.js';
import type { Piece } from './types.js';
import { CONNECT, isHead, phrase, lookupPlace, givenName } from './words.js';
import { PORTFOLIO } from './titles.js';
import { romanceOpener } from './romance.js';

/** Fields of a revenue or border service that name its departments ("Customs and Excise", "Immigration and Passports",
 * "Prisons and Corrections"). */
export const DUTY_FIELD = /^(?:Customs|Excise|Revenue|Taxation|Taxes|Immigration|Passports|Prisons|Corrections|Correctional|Border|Borders|Coastguard|Quarantine|Narcotics)$/;

/** The head of a unit inside a body. */
const SUB_UNIT = /^(?:Unit|Division|Directorate|Department|Branch|Section|Squad|Desk|Cell|Team)$/;

export function bodyOfBody(p: Piece): Piece[] {
  const ws = p.words;
  if (p.whole || ws.length < 5 || knownBody(phrase(ws))) return [p];
  const firstOf = ws.findIndex((w, i) => isHead(w.text) && ['of', 'for', 'on'].includes(ws[i + 1]?.text ?? ''));
  // ("the Serious Fraud Unit of the KPS", "the Economic Crime Directorate of the National Police Service": a unit whose
  // name ends in its head, then "of the" and the body it belongs to, named on its own.)
  if (ws.length >= 5 && firstOf >= 2 && SUB_UNIT.test(ws[firstOf].text) && ws[firstOf + 1].text === 'of' && ws[firstOf + 2].text === 'the' && ws.slice(0, firstOf).every((w) => w.cap && /^\p{Lu}/u.test(w.text))) {
    const owner = ws.slice(firstOf + 3);
    const last = owner[owner.length - 1]?.text ?? '';
    const acronym = owner.length === 1 && /^[A-Z][A-Z0-9]{1,7}$/.test(last) && !countryByName(last);
    if (owner.length && owner.every((w) => w.cap || CONNECT.has(w.text)) && (acronym || (owner.length >= 2 && (GOV_HEADS.has(last) || ORG_HEADS.has(last))) || !!knownBody(phrase(owner)))) return [{ words: ws.slice(0, firstOf + 1) }, { words: owner }];
  }
  if (firstOf < 0) return [p];
  for (let j = firstOf + 3; j < ws.length - 2; j++) {
    // ("the Department of Water Affairs in the Ministry of Energy": a unit in the body it belongs to. A unit "of the"
    // body, "Institute of Marine Sciences of the University of Dar es Salaam", is named by the whole phrase (labelling
    // guide, decided in session 13); the body is a name of its own where the text names it alone.)
    if (ws[j].text !== 'in' || ws[j + 1].text !== 'the') continue;
    const owner = ws.slice(j + 2);
    if (!owner.length || !owner[0].cap || !/^\p{Lu}\p{Ll}/u.test(owner[0].text)) continue;
    const last = owner[owner.length - 1].text;
    const ownHead = GOV_HEADS.has(last) || ORG_HEADS.has(last) || owner.some((w, i) => i > 0 && isHead(w.text) && ['of', 'for'].includes(owner[i + 1]?.text ?? '')) || (isHead(owner[0].text) && owner[1]?.text === 'of');
    if (!ownHead && !knownBody(phrase(owner))) continue;
    // ("Secretariat of State in the Security Office" is one name: after "in the", only a body that opens with its own
    // head and "of" is another body.)
    if (!(isHead(owner[0].text) && ['of', 'for'].includes(owner[1]?.text ?? '')) && !knownBody(phrase(owner))) continue;
    return [{ words: ws.slice(0, j) }, { words: owner }];
  }
  return [p];
}
/** The last words of companies' names, which take no "of" of their own. */
const COMPANY_SEAT_TAIL = /^(?:Maritime|Shipping|Logistics|Holdings|Group|Ltd\.?|Limited|Inc\.?|Mining|Minerals|Petroleum|Oil|Gas|Technologies|Systems|Solutions|Industries|Energy|Telecom|Motors|Airlines|Airways|Freight|Lines|Marine|Enterprises|Ventures|Capital|Partners|Consulting|Electronics|Chemicals|Steel|Insurance|Securities|Trading|Traders|Exports|Imports|Construction|Developers|Properties|Transport|Carriers|Tankers|Navigation)$/;

/** "The owner, Ardeas Maritime of Piraeus, said": a company whose name ends in a company word, then "of" and a place
 * the gazetteer knows, is the company and its seat, two names. ("Corvina Marine FZE of Sharjah": after a legal form,
 * which ends a company's name, a seat of up to three words is a place the gazetteer need not know.) */
export function companyOfSeat(p: Piece): Piece[] {
  const ws = p.words;
  const of = ws.findIndex((w) => w.text === 'of');
  const legalForm = of >= 2 && LEGAL_FORMS.has(ws[of - 1].text);
  if (p.whole || of < 2 || !(COMPANY_SEAT_TAIL.test(ws[of - 1].text) || legalForm)) return [p];
  const seat = ws.slice(of + 1);
  const seatName = legalForm && seat.length <= 3 && seat.every((w) => w.kind === 'word' && !GOV_HEADS.has(w.text) && !ORG_HEADS.has(w.text));
  if (!seat.length || !seat.every((w) => w.cap) || !(lookupPlace(phrase(seat)) || seatName) || knownBody(phrase(ws))) return [p];
  return [{ words: ws.slice(0, of) }, { words: seat }];
}

/**
 * A body whose subject is a list: "Committee on National Security, Defence and Public Order", "Ministry of Foreign
 * Affairs, Trade and Development". The pieces after the comma join the body when the list closes with "and" and
 * none of its items is a place or a known name of its own.
 */
/** The "and" that closes a body's list of subjects, in English or in the body's own language. */
const LIST_AND = /^(?:and|y|e)$/;
export function mergeSubjectLists(tokens: Token[], idx: Map<Token, number>, pieces: Piece[]): void {
  for (let a = 0; a < pieces.length; a++) {
    const ws = pieces[a].words;
    // ("Cámara de Comercio, Industrias y Agricultura de Panamá": a body's own language lists with its "de" and "y".)
    const ownLanguageOf = (w: Token, i: number) => romanceOpener(w.text) && ['de', 'del', 'da', 'do'].includes(ws[i + 1]?.text ?? '');
    if (!ws.some((w, i) => ((GOV_HEADS.has(w.text) || ORG_HEADS.has(w.text) || GOV_OPENERS.has(w.text)) && ['of', 'on', 'for'].includes(ws[i + 1]?.text ?? '')) || ownLanguageOf(w, i))) continue;
    let b = a;
    let closed = false;
    let seat: Token[] = [];
    while (b + 1 < pieces.length && !closed) {
      const last = idx.get(pieces[b].words[pieces[b].words.length - 1]) as number;
      let next = pieces[b + 1].words;
      const first = idx.get(next[0]) as number;
      if (first !== last + 2 || tokens[last + 1].text !== ',') break;
      // ("Ministry of Foreign Affairs, Cooperation and Communities of São Tomé and Príncipe": the list closes before the
      // country the body belongs to, which stays a place of its own.)
      const ofAt = next.findIndex((w, i) => i > 0 && w.text === 'of');
      const country = ofAt > 0 ? next.slice(next[ofAt + 1]?.text === 'the' ? ofAt + 2 : ofAt + 1) : [];
      if (country.length && lookupPlace(phrase(country))?.isCountry) {
        seat = country;
        next = next.slice(0, ofAt);
      }
      const items = phrase(next).split(/\s+(?:and|y|e)\s+/);
      // ("Ministry of Local Affairs, Chieftaincy, Home Affairs and Police": a portfolio may be a word that heads bodies
      // elsewhere, when it closes the list after "and" on its own.)
      const closingPortfolio = (w: Token, i: number) => i === next.length - 1 && i > 0 && next[i - 1].text === 'and' && /^\p{Lu}\p{Ll}+$/u.test(w.text);
      // ("Ministry of Police, Prisons and Corrections Services": or fields of a service, then "and", a last field and
      // its head, as in "Customs and Excise Department".)
      const n = next.length;
      const serviceFields = n >= 4 && next[n - 3].text === 'and' && DUTY_FIELD.test(next[n - 2].text) && GOV_HEADS.has(next[n - 1].text) && next.slice(0, n - 3).every((f) => DUTY_FIELD.test(f.text) || PORTFOLIO.has(f.text));
      // (Nor a person: "the Ministerio de Salud, Ana Ruiz y Pedro Gil".)
      if (next.length > 5 || items.some((x) => !!lookupPlace(x) || !!knownBody(x) || !!knownGroup(x) || givenName(x.split(/\s+/)[0])) || next.some((w, i) => (GOV_HEADS.has(w.text) && !closingPortfolio(w, i) && !serviceFields) || TITLE_HEADS.has(w.text))) break;
      b++;
      closed = next.some((w) => LIST_AND.test(w.text));
      if (!closed) seat = [];
    }
    if (!closed || b === a) continue;
    // ("the Protected Resources Division and the Ministry of Environment, Forestry and Tourism": a body before "and
    // the" stays a body of its own; the list belongs to the one whose "of" it continues.)
    const h = ws.reduce((acc, w, i) => (isHead(w.text) && ['of', 'on', 'for'].includes(ws[i + 1]?.text ?? '') ? i : acc), -1);
    let k = -1;
    for (let i = h - 1; i > 0; i--) if (ws[i].text === 'and' && ws[i + 1]?.text === 'the') {
      k = i;
      break;
    }
    const own = k > 0 ? ws.slice(k + 2) : ws;
    const from = idx.get(own[0]) as number;
    const lastPiece = pieces[b].words;
    const to = (idx.get(lastPiece[lastPiece.length - 1]) as number) - (seat.length ? lastPiece.length - lastPiece.indexOf(lastPiece.find((w, i) => i > 0 && w.text === 'of') as Token) : 0);
    pieces.splice(a, b - a + 1, ...(k > 0 ? [{ words: ws.slice(0, k) }] : []), { words: tokens.slice(from, to + 1), whole: true }, ...(seat.length ? [{ words: seat }] : []));
    if (k > 0) a++;
    if (seat.length) a++;
  }
  mergeFieldListsBeforeHead(tokens, idx, pieces);
}

/** How many words at the end of a piece name one field of a list before a head: a portfolio word ("Environment"), or
 * two capitalised words one of which is ("Climate Change", "Home Affairs"), none a place or a given name; 0 for none. */
function fieldLength(ws: Token[]): number {
  const pair = ws.slice(-2);
  const two = pair.length === 2 && pair.every((w) => w.kind === 'word' && w.cap && !/^the$/i.test(w.text) && !lookupPlace(w.text) && !givenName(w.text)) && pair.some((w) => PORTFOLIO.has(w.text)) && !lookupPlace(phrase(pair));
  if (two) return 2;
  const last = ws[ws.length - 1];
  return PORTFOLIO.has(last.text) && !lookupPlace(last.text) ? 1 : 0;
}

/** "the Environment, Food and Rural Affairs Committee", "Digital, Culture, Media and Sport Committee": the fields a
 * committee or department covers, listed before its head; the portfolio words before the commas join the name. */
function mergeFieldListsBeforeHead(tokens: Token[], idx: Map<Token, number>, pieces: Piece[]): void {
  for (let b = 1; b < pieces.length; b++) {
    const ws = pieces[b].words;
    const last = ws[ws.length - 1].text;
    if (!(GOV_HEADS.has(last) || ORG_HEADS.has(last)) || !ws.some((w) => w.text === 'and') || ws.some((w) => w.text === 'of' || w.text === 'the')) continue;
    let a = b;
    // (The first field may close a longer run: "Members of the Digital, …": what precedes its "the" stays apart.)
    let before: Token[] = [];
    let first = 1;
    while (a > 0 && !before.length) {
      const prev = pieces[a - 1].words;
      const n = fieldLength(prev);
      const end = idx.get(prev[prev.length - 1]) as number;
      if (!n || tokens[end + 1]?.text !== ',' || idx.get(pieces[a].words[0]) !== end + 2) break;
      if (prev.length > n && !/^the$/i.test(prev[prev.length - n - 1].text)) break;
      before = prev.slice(0, -n - 1);
      first = n;
      while (before.length && !before[before.length - 1].cap) before.pop();
      a--;
    }
    if (a === b) continue;
    const from = idx.get(pieces[a].words[pieces[a].words.length - first]) as number;
    const to = idx.get(ws[ws.length - 1]) as number;
    pieces.splice(a, b - a + 1, ...(before.length ? [{ words: before }] : []), { words: tokens.slice(from, to + 1), whole: true });
    b = a + (before.length ? 1 : 0);
  }
}
