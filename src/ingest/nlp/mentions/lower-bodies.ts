/** Bodies named in lower case ("Colombia's defence ministry", "the regional government") and agencies described by a known body. */
import type { Tokenised } from '../text.js';
import type { Span } from '../../types.js';
import { NOT_NAMES } from '../gazetteer/words.js';
import { knownBody, GOV_HEADS, ORG_HEADS } from '../gazetteer/bodies.js';
import { countryByDemonym, countryByName } from '../gazetteer/countries.js';
import type { Mention } from './types.js';
import { lookupPlace } from './words.js';

/** "Colombia's defence ministry said", "the Chadian government has asked", "the interior ministry said": a body of a
 * country's state named with common nouns, tied to the country by a possessive, a demonym or (with a portfolio) the
 * story's own country. It is an organisation where it speaks (decided in session 9; see the labelling guide). */
const LOWER_PORTFOLIO = '(?:foreign|defen[cs]e|interior|justice|finance|health|home|security|environment|energy|fisheries|mining|mines|transport|agriculture|education|labou?r|trade|economy|information|foreign affairs|internal affairs|home affairs|public security|water|wildlife|tourism|lands|immigration|commerce|industry|culture|communications|telecommunications|aviation|maritime|forestry|planning|housing|gender|youth|sports?|social affairs|social welfare|welfare|customs|revenue|tax|police|external affairs|migration|foreign relations|national security|internal security|prisons|corrections|narcotics|drug control|disaster management|transportation|oil|petroleum|hydrocarbons|oil and gas|electricity|power|ports|shipping|public works)';
/** "Belgium's federal police", "Peru's national police": which of a country's forces, in lower case before the force. */
const FORCE_KIND = '(?:national|federal|state|border|military|judicial|criminal|maritime|marine|civil|secret|tax|financial|traffic|riot|naval|border and immigration|(?:anti|counter)-\\p{Ll}+)\\s+(?=police|army|navy|coast ?guard|gendarmerie)';
const LOWER_BODY = new RegExp(`\\b(?:[Tt]he\\s+)?(?:([\\p{Lu}][\\p{L}-]*(?:[ \\t]+[\\p{Lu}][\\p{L}-]*){0,2})['’]s\\s+|([\\p{Lu}][\\p{L}-]+)\\s+)?((?:(${LOWER_PORTFOLIO})\\s+)?(?:${FORCE_KIND})?(ministry|department|government|army|navy|military|armed forces|presidency|cabinet|junta|coast ?guard|gendarmerie|police|embassy|high commission|consulate|border guards?|directorate|agency|service))\\b(?!-|['’](?!s\\s))`, 'gud');
/** What a body that speaks does next ("said", "has asked", "on Monday denied"). */
const BODY_SPEAKS = /^\s*,?\s+(?:which\s+(?:(?:has|have|had|also|later|then)\s+){0,2}(?:said|says|asked|asks|called|urged|denied|announced|warned|insisted|claimed|demanded|promised|pledged)\b)|^\s*,?\s+(?:(?:has|have|had|also|later|then|again|separately|itself|publicly|previously)\s+){0,2}(?:(?:on|in|last)\s+(?:the\s+)?\w+\s+)?(?:said|says|say|told|tells|tell|added|announced|announces|confirmed|confirms|denied|denies|warned|warns|asked|asks|urged|urges|called|claimed|claims|insisted|insists|stated|states|reported|accused|rejected|responded|replied|acknowledged|maintains|maintained|argued|argues|informed|informs|notified|assured|assures|wrote|writes|estimated|estimates|believes|agreed|agrees|welcomed|welcomes|condemned|condemns|critici[sz]ed|critici[sz]es|declined|declines|objected|objects|protested|protests|apologi[sz]ed|apologi[sz]es)\b/;
/** "The Iraqi foreign ministry did not reply to questions", "…could not be reached for comment": a body asked to
 * speak shows itself as a body as one that speaks does. */
const BODY_ASKED = /^\s*,?\s+(?:(?:did|does|has|have|had)\s+not|didn['’]t|hasn['’]t|could\s+not\s+be|was\s+not)\s+(?:(?:immediately|yet)\s+)?(?:reply|replied|respond|responded|comment|commented|answer|answered|return|returned|reached)\b/;
/** Where a body sits, between its name and its verb: "China's embassy in Quito told". */
const BODY_SEAT = /^\s+in\s+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}(?=[\s,])/u;
/** An aside between a body and its verb: "the Chilean military, which keeps a base in the south, declined to comment",
 * "Malaysia's interior ministry, in written evidence, stated that". */
const BODY_ASIDE = /^\s*,\s*(?:which\s+[^,.;:"“”]{1,80}|(?:in|on|at|by|through|via)\s+[^,.;:"“”]{1,40}),(?=\s)/;
/** What follows a body once its seat and an aside are passed: where its verb stands. */
function toVerb(right: string): string {
  const afterSeat = right.slice(BODY_SEAT.exec(right)?.[0].length ?? 0);
  return afterSeat.slice(BODY_ASIDE.exec(afterSeat)?.[0].length ?? 0);
}
/** A country's body named in lower case shows itself as a body by speaking (BODY_SPEAKS, after its seat if named) or,
 * once the country is named, by owning something ("the Ghanaian government's new plan"). */
function bodyActs(right: string, countryNamed: boolean, head: string): boolean {
  if (countryNamed && /^['’]s\s+\p{L}/u.test(right)) return true;
  if (countryNamed && namedAgainAsSpeaker(right, head)) return true;
  const afterSeat = toVerb(right);
  // (Not "Burkina Faso's government did not respond": a government that does not speak stays no body, as the older
  // sets label it.)
  return BODY_SPEAKS.test(afterSeat) || (head !== 'government' && BODY_ASKED.test(afterSeat));
}
/** "The General Directorate for National Security (DGSN), Morocco's national police, said": a country's body in
 * lower case set in apposition after a body named in full describes that body; it is no second one. */
function describesBodyBefore(text: string, start: number, out: Mention[]): boolean {
  const gap = /,[ \t]+$/.exec(text.slice(Math.max(0, start - 4), start));
  if (!gap) return false;
  const before = start - gap[0].length;
  const ends = new Set([before, before - (/\s*\([^()]{1,20}\)$/.exec(text.slice(Math.max(0, before - 24), before))?.[0].length ?? 0)]);
  return out.some((m) => (m.votes.organization ?? 0) > 0 && ends.has(m.end));
}
/** "Spain's interior ministry will send 150 officers …, the ministry said": a body that acts first and is named again
 * by its head noun as the one saying so, later in the same sentence, is that speaker. */
function namedAgainAsSpeaker(right: string, head: string): boolean {
  const sentence = /^[^.!?;]*/.exec(right)?.[0] ?? '';
  return new RegExp(`,\\s+(?:the|its)\\s+${head}\\s+(?:said|says|announced|confirmed|stated|reported)\\b`, 'i').test(sentence);
}
/** Heads a demonym already makes a body of by itself (NATIONAL_INSTITUTION). */
const DEMONYM_INSTITUTION_HEADS = /^(?:army|navy|police|coast ?guard|gendarmerie|embassy|consulate)$/;

/** "the regional government of the Azores", "the provincial government of North Kivu": a level of government named in
 * lower case with the place it governs. */
const PLACE_LEVEL_BODY = /(\b[Tt]he\s+|(?:^|[\s(])(?=\p{Lu}))((?![Tt]he\s)\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})[ \t]+(?:regional|provincial|state|county|municipal|city|district|island)[ \t]+(?:government|council|administration|assembly)\b/gu;
const LEVEL_BODY = /\b(?:[Tt]he\s+)?((?:regional|provincial|state|county|municipal|local|city|district|autonomous|territorial|island)\s+(?:government|council|administration|assembly)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|of|and|de|do|da|del))*))/gu;

/** "the congressional foreign relations committee", "the parliamentary public accounts committee": a legislature's
 * committee named in lower case by its portfolio is that committee. */
const LEGISLATIVE_COMMITTEE = new RegExp(`\\b[Tt]he\\s+((?:parliamentary|congressional|senate|legislative)\\s+(?:${LOWER_PORTFOLIO}|foreign relations|public accounts|budget|appropriations|human rights|oversight|ethics|intelligence|armed services)\\s+committee)\\b`, 'gu');

/** "the National Assembly's committee on agriculture", "the Federal Police's internal affairs department": a body named
 * in full owning a unit named in lower case by its portfolio is that unit, a body of its own (an unnamed part of a
 * named body tied to it by a possessive, as the labelling guide has it). Without a portfolio ("the PJ's branch") it is
 * no more than a place of the body. */
const UNIT_OF_BODY = new RegExp(`(\\p{Lu}[\\p{L}-]*(?:[ \\t]+\\p{Lu}[\\p{L}-]*){0,3})['’]s[ \\t]+(?:${LOWER_PORTFOLIO}[ \\t]+(?:committee|department|directorate|unit|division|bureau|inspectorate)|(?:committee|commission|subcommittee)[ \\t]+on[ \\t]+${LOWER_PORTFOLIO})\\b`, 'gu');
export function lowerBodies(text: string, tk: Tokenised, meta: Span[], out: Mention[]): void {
  // A body of the state found in lower case, named as written.
  const addBody = (start: number, end: number, country?: string) => {
    const surface = text.slice(start, end);
    out.push({ start, end, text: surface, canonical: surface, sentence: tk.tokens.find((t) => t.start >= start)?.sentence ?? 0, votes: { organization: 7 }, government: true, country });
  };
  const citedAt = (start: number) => /\baccording to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 20), start));
  // ("urged the home ministry to review the passports", "has asked the interior ministry to explain": the body a demand
  // is made of.)
  const addressedAt = (start: number) => /\b(?:urged|urges|asked|asks|called\s+on|calls\s+on|appealed\s+to|appeals\s+to|petitioned|wrote\s+to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 24), start));
  for (const e of text.matchAll(UNIT_OF_BODY)) {
    const ownerEnd = (e.index ?? 0) + e[1].length;
    const owner = out.find((m) => (m.votes.organization ?? 0) > 0 && m.end === ownerEnd && m.start >= (e.index ?? 0));
    if (!owner || meta.some((m) => owner.start >= m.start && owner.start < m.end)) continue;
    addBody(owner.start, (e.index ?? 0) + e[0].length);
  }
  for (const e of text.matchAll(LEGISLATIVE_COMMITTEE)) {
    const start = (e.index ?? 0) + e[0].length - e[1].length;
    if (meta.some((m) => start >= m.start && start + e[1].length <= m.end)) continue;
    addBody(start, start + e[1].length);
  }
  // A level of government named in lower case is a body where it speaks, or is cited ("according to the …").
  const addIfSpeaking = (at: number, end: number) => {
    if (BODY_SPEAKS.test(toVerb(text.slice(end, end + 160))) || citedAt(at)) addBody(at, end);
  };
  for (const e of text.matchAll(LEVEL_BODY)) {
    let place = e[2].split(/[ \t]+/);
    while (place.length && !/^\p{Lu}/u.test(place[place.length - 1])) place = place.slice(0, -1);
    const at = (e.index ?? 0) + e[0].indexOf(e[1]);
    const end = at + e[1].length - (e[2].length - place.join(' ').length);
    if (!place.length || meta.some((m) => at >= m.start && end <= m.end)) continue;
    addIfSpeaking(at, end);
  }
  // ("The Kisumu county government said", "the Sindh provincial government has announced": the place, then the level
  // and the body in lower case, is the body, named as written.)
  for (const e of text.matchAll(PLACE_LEVEL_BODY)) {
    const place = e[2];
    const at = (e.index ?? 0) + e[1].length;
    const end = (e.index ?? 0) + e[0].length;
    if (!lookupPlace(place) && !/^[Tt]he\s+$/.test(e[1])) continue;
    if (place.split(/\s+/).some((w) => NOT_NAMES.has(w) || GOV_HEADS.has(w) || ORG_HEADS.has(w)) || meta.some((m) => at >= m.start && end <= m.end)) continue;
    addIfSpeaking(at, end);
  }
  for (const e of text.matchAll(LOWER_BODY)) {
    const [, possessor, demonym, , portfolio, head] = e;
    const at = e.indices as [number, number][];
    let country: string | undefined;
    let start = at[3][0];
    if (possessor) {
      // ("In Accra Ghana's interior ministry": the country is the possessor's last words.)
      const ws = possessor.split(/[ \t]+/);
      // ("Somaliland's finance ministry", "Bougainville's mining ministry": a region or territory that has ministries of
      // its own, a place the gazetteer knows, with a portfolio and "ministry".)
      // ("Sindh's home department": a province's department with its portfolio likewise.)
      const ownMinistries = (head === 'ministry' || head === 'department') && !!portfolio;
      const k = ws.findIndex((_, i) => { const p = lookupPlace(ws.slice(i).join(' ')); return !!p && (p.isCountry || ownMinistries); });
      if (k < 0) continue;
      const place = lookupPlace(ws.slice(k).join(' '));
      country = place?.country;
      start = at[1][0] + possessor.length - ws.slice(k).join(' ').length;
    } else if (demonym) {
      const c = countryByDemonym(demonym);
      // "Kenyan police", "the Chadian army": NATIONAL_INSTITUTION makes those bodies already.
      if (!c || countryByName(demonym) || DEMONYM_INSTITUTION_HEADS.test(head)) continue;
      country = c.code;
      start = at[2][0];
    }
    // With no country named, only a portfolio ("the interior ministry") says which body it is; a "service" is a body
    // only with its portfolio ("Sweden's customs service", "the prisons service").
    if ((!country || head === 'service') && !portfolio) continue;
    const end = at[3][1];
    if (meta.some((m) => start >= m.start && end <= m.end)) continue;
    if (!bodyActs(text.slice(end, end + 300), !!country, head) && !citedAt(start) && !addressedAt(start)) continue;
    // A body the text names otherwise ("Ministry of the Interior", "Sri Lanka Navy") is the one meant: the
    // description resolves to it as any other.
    const words = [head, portfolio, possessor ?? demonym].filter((w): w is string => !!w).map((w) => w.toLowerCase().slice(0, 5));
    if (out.some((m) => (m.votes.organization ?? 0) > 0 && words.every((w) => m.text.toLowerCase().includes(w)))) continue;
    if (describesBodyBefore(text, start, out)) continue;
    for (let k = out.length - 1; k >= 0; k--) if (out[k].start >= start && out[k].end <= end && !out[k].votes.location) out.splice(k, 1);
    addBody(start, end, country);
  }
}
/** "the UN refugee agency, UNHCR, said", "the IOM, the UN migration agency": a known body's name before a lower-case
 * noun for one of its agencies, set in apposition to the agency's own name, describes that agency, not the body. */
const AGENCY_NOUN = /^[ \t]+(?:[\p{Ll}'’-]+[ \t]+){0,2}?(?:agency|organi[sz]ation|body|programme|program|fund|office|court|mission)\b/u;
export function describedAgencies(text: string, out: Mention[]): void {
  for (const m of out) {
    if (!m.votes.organization || !knownBody(m.text)) continue;
    const noun = AGENCY_NOUN.exec(text.slice(m.end, m.end + 50));
    if (!noun) continue;
    const end = m.end + noun[0].length;
    const after = /^\s*,\s*/.exec(text.slice(end, end + 4));
    const before = /,\s+the\s+$/i.exec(text.slice(Math.max(0, m.start - 10), m.start));
    const named = out.find((o) => o !== m && (o.votes.organization ?? 0) > 0 && ((after && o.start === end + after[0].length) || (before && o.end === m.start - before[0].length)));
    if (!named) continue;
    m.end = end;
    m.text = text.slice(m.start, m.end);
    m.canonical = named.canonical ?? named.text;
  }
}
