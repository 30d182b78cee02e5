/** emitPiece: one piece of a sentence made into mentions with their votes. */
import type { Token } from '../text.js';
import { HONORIFICS, TITLE_WORDS, TITLE_HEADS, NOT_NAMES, DOCUMENT_HEADS, LANGUAGES } from '../gazetteer/words.js';
import { countryByDemonym, countryByName } from '../gazetteer/countries.js';
import { knownBody, lowerHead, GOV_HEADS, ORG_HEADS, GOV_OPENERS } from '../gazetteer/bodies.js';
import { knownGroup } from '../gazetteer/groups.js';
import type { Mention, MentionContext } from './types.js';
import { givenName, isHead, phrase, lookupPlace, NAME_PARTICLES } from './words.js';
import { compromiseVote, add } from './votes.js';
import { hyphenTitle, PORTFOLIO, nameWord, titleThenName, splitTitle, titleInner, fieldOfWorkRest } from './titles.js';
import { lineInCaps } from './lines.js';
import { kindOpensDatedTitle } from './chunks.js';
import { SPEECH_RIGHT, NAME_LEFT_ROLE, NAME_RIGHT_ROLE, NAME_LEFT_ROLE_LONG, ROLE_BEFORE, givenNameBefore } from './cues-people.js';
import { OPERATION_LEFT, vietBody, FOREIGN_ORG_OPENERS, PLATFORM_THING_RIGHT, MESSAGING_PLATFORM, PLATFORM_USED_LEFT, PLATFORM_MEDIUM_LEFT, FAITH_ADJECTIVE, GENERIC_UNIT, genericUnitLine, SERVICE_OPENER, SERVICE_FIELD, OUTLET_LEFT, fieldWord, ANAPHOR_HEAD, BROADCAST_OPENER, LEGISLATURE_ADDRESSED, LEGISLATURE_VOTES, serviceThenPlace } from './cues-bodies.js';
import { acronymLike, definedAcronyms } from './acronyms.js';
import { LOC_LEFT, LOC_LEFT_MOTION, LOC_LEFT_OF, CURRENCY_RIGHT, NATIONAL_INSTITUTION, REGION_ADJECTIVE, REGION_DEMONYM, TERRITORIAL_UNIONS, BUILDING_PARTS, ROUTE_RIGHT, DIVISION_HEAD, TRAFFICKED, KIND_BEFORE, KIND_PARTICLE } from './cues-places.js';
import { VESSEL_LEFT } from './vessels.js';
import { GROUP_LEFT_NOUN, CYBER_ANIMALS, CYBER_ID, GROUP_LEFT_ADJ, CYBER } from './cues-groups.js';
import { groupCues, militantCues, groupContextCues } from './emit-group-cues.js';
import { romanceAdjectiveAfterOpener, romanceHeadThenLower } from './romance.js';
import { DOC_APPOS_LEFT, DOC_TITLED_LEFT } from './cues-documents.js';
import { orgContextCues } from './emit-org-cues.js';
import { placeContextCues } from './emit-place-cues.js';
import { personContextCues } from './emit-person-cues.js';

/** The words of direction or use that name a trade route or a programme "Corridor" ("Middle", "Economic", "Transport"). */
const ROUTE_CORRIDOR_WORD = /^(?:Middle|Northern|Southern|Eastern|Western|Central|Economic|Trade|Transport|Transit|Logistics|Development|Energy|Growth|Humanitarian|Green|Digital|Maritime)$/;

/** The last word of a law's name ("Merchant Shipping Order", "Wildlife Ordinance", "Fisheries Decree"). */
const LAW_LAST = /^(?:Order|Ordinance|Decree|Proclamation|Regulations|Rules|Code|Act|Law|Statute)$/;
/** Where a law is cited: "charged under the", "in breach of the", "section 12 of the". */
const LAW_CITED_LEFT = /\b(?:under|breach(?:es|ed)?\s+of|contravention\s+of|violation\s+of|violating|violated|pursuant\s+to|in\s+accordance\s+with|(?:section|article|regulation|clause)s?\s+[\w().]+(?:\s+(?:and|to)\s+[\w().]+)?\s+of)\s+(?:the\s+)?$/i;
/** A legal instrument: a name ending in a law's word where the text cites it as law (not a body "of" a field, "the
 * Ministry of Law"), or a treaty named by its kind and subject, with no body's head after it ("Convention on …"). */
function legalInstrument(ws: Token[], left: string, right: string): boolean {
  const cited = LAW_LAST.test(ws[ws.length - 1].text) && ws.length >= 2 && LAW_CITED_LEFT.test(left) && !ws.some((w, i) => (GOV_HEADS.has(w.text) || ORG_HEADS.has(w.text)) && ['of', 'for', 'on'].includes(ws[i + 1]?.text ?? ''));
  // (Its subject may be cut off the name: "the African Union Convention" before "on Preventing …".)
  const subject = (i: number) => i + 1 < ws.length ? ['on', 'against', 'for', 'relating'].includes(ws[i + 1].text) : /^\s+(?:on|against|for|relating)\s/.test(right);
  const t = ws.findIndex((w, i) => i > 0 && /^(?:Convention|Protocol|Covenant)$/.test(w.text) && subject(i));
  const treaty = t >= 0 && !ws.slice(t + 1).some((w) => GOV_HEADS.has(w.text));
  return cited || treaty;
}

/** A member of a force, after the force's noun: "police officer", "army officers" (not its voice: "police spokesman"
 * speaks for the body). */
const FORCE_MEMBER = /^\s+(?:officers?|officials?|agents?|inspectors?|constables?|sergeants?|soldiers?|sailors?|diplomats?|investigators?|detectives?)\b/;

/** Words for news or a newspaper that open newspapers' titles in French, Spanish, Portuguese and Italian. */
const ROMANCE_NEWS = /^(?:Nouvelles|Journal|Quotidien|Courrier|Monde|Matin|Soir|Temps|Parisien|Progr[eè]s|R[ée]publicain|D[ée]p[êe]che|Presse|Nouvel|Diario|Peri[óo]dico|Heraldo|Correo|Mercurio|Tiempo|Naci[óo]n|Universal|Comercio|Pa[ií]s|Mundo|Jornal|Di[áa]rio|Correio|Globo|Corriere|Giornale|Gazzetta|Messaggero|Stampa|Repubblica|Manifesto|Mattino|Secolo)$/;

/** "al-Harthi", "el-Sayed", "bin-Laden": a surname opening with an Arabic article or a particle and a hyphen. */
/** The last word of a force's numbered unit ("27th Jungle Brigade", "Regional Command 4", "4th … Headquarters"). */
const UNIT_HEAD = /^(?:Brigade|Battalion|Division|Regiment|Squadron|Corps|Fleet|Army|Infantry|Wing|Group|Command|Flotilla|Force|Headquarters)$/;
/** A unit's number after its head ("Task Force 151", "Regional Command 4"), not a count or a measure that follows. */
const UNIT_NUMBER_RIGHT = /^[ \t]+(\d{1,4}|[IVX]{1,5})\b(?![.,:/-]?\d|\s*(?:%|per\b|percent|million|billion|thousand|hundred|years?\b|days?\b|hours?\b|km\b|kilomet|miles?\b|people|men\b|women|officers|troops|soldiers|ships|vessels|boats))/;
const ARTICLE_SURNAME = /^(?:al|el|ad|ag|as|ash|at|az|ar|an|ud|ul|bin|ibn|abu|ben|ould)-\p{Lu}/u;
/** A run of two to six words that reads as a person's name with a particle inside it ("María José de León Arriaza",
 * "Yousuf al-Ma'ashani"): it opens with a capitalised word and holds a particle or an article-prefixed surname before a
 * last word that is no particle. */
function withNameParticle(who: Token[]): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(who[0].text) || FOREIGN_ORG_OPENERS.test(who[0].text) || NAME_PARTICLES.has(who[who.length - 1].text)) return false;
  return who.slice(1).some((w) => NAME_PARTICLES.has(w.text) || ARTICLE_SURNAME.test(w.text));
}

export function emitPiece(
  ctx: MentionContext,
  sentence: number,
  ws: Token[],
  o: { honor: boolean; gender?: 'm' | 'f' },
  out: Mention[],
  sentText: (a: number, b: number) => string,
  sStart: number,
  sEnd: number,
): void {
  const { text } = ctx;
  const name = phrase(ws);
  const start = ws[0].start;
  const end = ws[ws.length - 1].end;
  // "near the island of 'Eua", "'Ata": a Polynesian name may open with a glottal stop written as an apostrophe (an
  // opening quotation mark is closed after the name).
  const okina = ws.length <= 2 && /(?:^|\s)'$/.test(text.slice(Math.max(0, start - 2), start)) && /^\p{Lu}\p{Ll}/u.test(ws[0].text) && !/^['’]/.test(text.slice(end, end + 1));
  const m: Mention = { start: okina ? start - 1 : start, end, text: okina ? `'${name}` : name, sentence, votes: {}, gender: o.gender, initial: start === sStart || /^[\s"“‘'(\-—–*#]*$/.test(text.slice(sStart, start)) };
  // (Only the last 200 characters: every cue on the left is near the name, and the rules test it often.)
  const left = sentText(Math.max(sStart, start - 200), okina ? start - 1 : start);
  // ("Mrs 'Mamosa Letsie": the honorific before the apostrophe was cut from the name; it still says person.)
  const honorBefore = okina ? /(\S+)\s+$/.exec(left)?.[1] : undefined;
  if (honorBefore && HONORIFICS.has(honorBefore)) {
    add(m.votes, 'person', 8);
    m.honorific = honorBefore.replace(/\.$/, '');
  }
  const right = sentText(end, sEnd);

  // "The Member of Parliament for Kabwata, Hon. …": a seat in a legislature is a title, and what it is "for" is the
  // constituency, a place.
  const seat = /^(?:Members?|MPs?|Deputy|Representative|Senator)\s+(?:of\s+(?:the\s+)?(?:Parliament|National\s+Assembly|Legislative\s+Assembly|Congress|House)\s+)?for$/.exec(phrase(ws.slice(0, ws.findIndex((w) => w.text === 'for') + 1)));
  if (seat && ws.findIndex((w) => w.text === 'for') < ws.length - 1) {
    const at = ws.findIndex((w) => w.text === 'for');
    let place = ws.slice(at + 1).filter((w, i) => !(i === 0 && w.text === 'the'));
    // ("Member of Parliament for Kafulafuta Mwila Banda said": the seat, then the member's name of two words.)
    const member = place.length >= 3 && place.slice(-2).every(nameWord) && !lookupPlace(phrase(place.slice(-2))) ? place.slice(-2) : [];
    if (member.length) place = place.slice(0, -2);
    const t = phrase(ws.slice(0, at));
    out.push({ start, end: ws[at - 1].end, text: t, sentence, votes: {}, titleOnly: true, title: phrase(ws), titleSpan: { start, end } });
    if (place.length && place.every((w) => w.cap)) out.push({ start: place[0].start, end: place[place.length - 1].end, text: phrase(place), sentence, votes: { location: 7 } });
    if (member.length) out.push({ start: member[0].start, end: member[1].end, text: phrase(member), sentence, votes: { person: 8 }, title: phrase(ws.slice(0, ws.indexOf(member[0]))), titleSpan: { start, end: place[place.length - 1]?.end ?? ws[at].end } });
    return;
  }
  // ("Emergency, the Italian NGO, said": a demonym before a common noun written in capitals names no body.)
  if (ws.length <= 3 && /^(?:NGOs?|INGOs|MPs|MEPs)$/.test(ws[ws.length - 1].text) && ws.slice(0, -1).every((w) => !!countryByDemonym(w.text))) return;
  // "REPORT OF THE SELECT COMMITTEE ON FISHERIES", "MINISTRY OF WATER AND SANITATION": a body named in capitals on a
  // line of its own (a letterhead, a report's heading) is read as its words in title case, from after a document's
  // "OF THE"; it must have a body's shape (its head last, or a head before its own "of"/"for"/"on").
  // ("MINISTRY OF RURAL AFFAIRS, CHIEFTAINCY AND POLICE" over a text that names the "Ministry of Rural Affairs,
  // Chieftaincy and Police": a line in capitals that the text writes again in mixed case is that name, whole.)
  const capsLine = ws.every((w) => !/\p{Ll}/u.test(w.text)) ? lineInCaps(text, start, end) : undefined;
  if (capsLine) {
    if (capsLine.start === start) out.push({ start, end: capsLine.end, text: text.slice(start, capsLine.end), canonical: capsLine.name, sentence, votes: { organization: 7 } });
    return;
  }
  const words = ws.filter((w) => w.kind === 'word');
  if (words.length >= 2 && ws.every((w) => !/\p{Ll}/u.test(w.text)) && /(?:^|\n)[ \t#*]*$/.test(text.slice(Math.max(0, start - 200), start).replace(/(?:[A-Z]+[ \t]+)*(?:OF|BY|FROM)[ \t]+(?:THE[ \t]+)?$/, '')) && /^[ \t*]*(?:\n|$)/.test(text.slice(end, end + 20))) {
    // ("U.S. HOUSE OF REPRESENTATIVES": initials with their full stops stay in capitals, "U.S.", not "U.s.".)
    const tc = ws.map((w) => (/^(?:OF|THE|AND|ON|FOR|IN)$/.test(w.text) ? w.text.toLowerCase() : /^(?:\p{Lu}\.)+$/u.test(w.text) ? w.text : w.text.charAt(0) + w.text.slice(1).toLowerCase()));
    const h = tc.findIndex((w) => isHead(w));
    if (h >= 0) {
      let from = 0;
      for (let i = h - 1; i >= 0; i--) if (['of', 'by', 'from'].includes(tc[i])) {
        from = i + 1 + (tc[i + 1] === 'the' ? 1 : 0);
        break;
      }
      let body = tc.slice(from);
      // ("COMMITTEE ON DEFENCE AND INTERNAL AFFAIRS ON THE RESURGENCE OF …": the subject of the body's own "on" ends at
      // the next connector; what follows is the report's subject.)
      const own = body.findIndex((w, i) => isHead(w) && ['of', 'for', 'on'].includes(body[i + 1] ?? ''));
      const next = own < 0 ? -1 : body.findIndex((w, i) => i > own + 2 && ['of', 'for', 'on', 'in'].includes(w));
      if (next > 0) body = body.slice(0, next);
      const last = body[body.length - 1];
      const shaped = (GOV_HEADS.has(last) && body.length <= 4) || body.some((w, i) => isHead(w) && ['of', 'for', 'on'].includes(body[i + 1] ?? '') && i + 2 < body.length);
      if (shaped && from < ws.length && !['of', 'the', 'and', 'on', 'for', 'in'].includes(last)) {
        const canonical = body.map((w, i) => (i === 0 && w === 'the' ? '' : w)).filter(Boolean).join(' ');
        const bodyWs = ws.slice(from, from + body.length);
        out.push({ start: bodyWs[0].start, end: bodyWs[bodyWs.length - 1].end, text: phrase(bodyWs), canonical, sentence, votes: { organization: 6 }, government: body.some((w) => GOV_HEADS.has(w)) });
        return;
      }
    }
  }
  // "the Minister of Police, National Security and Correctional Services, Edith Tegavota": the rest of a minister's
  // list of portfolios after a comma is part of the title, no body.
  if (ws.some((w) => w.text === 'and') && ws.every((w) => PORTFOLIO.has(w.text) || w.text === 'and') && /\b(?:Minister|Ministers|Secretary|Commissioner|Secretary of State)\s+(?:of|for)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}-]*\s*,\s*$/u.test(left)) return;
  // "the army's 27th Jungle Brigade", "the 3rd Marine Division", "the 4th Regional Coast Guard Headquarters": a
  // numbered unit of a force is a body, named with its number; so is one whose number follows its head ("Combined Task
  // Force 151", "Regional Command 4").
  const ordinal = /\b(\d{1,3}(?:st|nd|rd|th))\s+$/.exec(left);
  const unitHead = UNIT_HEAD.test(ws[ws.length - 1].text);
  const cardinal = unitHead && !ordinal ? UNIT_NUMBER_RIGHT.exec(right) : null;
  if ((ordinal || cardinal) && ws.length <= 4 && unitHead) {
    if (ordinal) m.start = start - ordinal[0].length;
    if (cardinal) m.end = end + cardinal[0].length;
    m.text = ordinal ? `${ordinal[1]} ${name}` : `${name} ${cardinal?.[1]}`;
    add(m.votes, 'organization', 7);
    m.government = true;
    out.push(m);
    return;
  }
  // "the member for Surrey Centre", "the MP for Kampala Central": a seat in lower case; what it is "for" is a place.
  if (ws.length <= 4 && /\b(?:member|members|MP|MPs|MLA|MPP|MNA|deputy|representative|senator|congressman|congresswoman)\s+for\s+(?:the\s+)?$/.test(left) && ws.every((w) => w.cap) && !knownBody(name) && !(ws.length === 1 && (GOV_HEADS.has(name) || ORG_HEADS.has(name)))) {
    add(m.votes, 'location', 7);
    out.push(m);
    return;
  }

  if (o.honor) {
    const cut = ws.findIndex((w, i) => i > 0 && ['of', 'for', 'and', 'on', 'in', 'the'].includes(w.text));
    if (cut > 0) {
      const name = ws.slice(0, cut);
      const rest = ws.slice(cut + 1).filter((w, i) => !(i === 0 && w.text === 'the'));
      const pm: Mention = { start: name[0].start, end: name[name.length - 1].end, text: phrase(name), sentence, votes: { person: 10 }, gender: o.gender, title: text.slice(ws[cut].start, ws[ws.length - 1].end) };
      out.push(pm);
      if (rest.length) emitPiece(ctx, sentence, rest, { honor: false }, out, sentText, sStart, sEnd);
      return;
    }
    add(m.votes, 'person', 10);
    // "Qatar's prime minister, Sheikh Mohammed …": the role before the honorific.
    const r = NAME_LEFT_ROLE.test(left.replace(/\S+\s*$/, '')) ? ROLE_BEFORE.exec(left.replace(/\S+\s*$/, '')) : null;
    if (r) m.title = r[1].trim().replace(/^.*\b(?:that|which|who|whom|said|says|told|and|but|by|with|from|to|the|a|an|his|her|its|their|our|was|is|were|are)\s+/i, '');
    // "The Minister for the Interior, Hon. Kwabena Mensah,": a role with its portfolio before the honorific.
    const lr = r ? null : NAME_LEFT_ROLE_LONG.exec(left.replace(/\S+\s*$/, ''));
    if (lr) m.title = lr[1].replace(/^(?:\p{Ll}+\s+|The\s+)+/u, '');
    // "Father Aurelio Quintana, a Claretian priest who …": the role in apposition after the name.
    if (!m.title && NAME_RIGHT_ROLE.test(right)) {
      const full = /^\s*,\s*(?:\d{1,3},\s*)?(?:(?:an|a|the)\s+)?([^,.;:"“”]+)/.exec(right);
      const t = full ? full[1].replace(/\s+(?:who|which|said|says|told|added|was|is|has)\b.*$/, '').trim() : '';
      if (t) m.title = t;
    }
    out.push(m);
    return;
  }
  if (ws.length === 1 && ws[0].text.replace(/\./g, '').length < 2) return;
  // "9C3E1A7F2B8D…" in a table of indicators: a hash or a key in hex digits is no name.
  if (ws.length === 1 && /^[0-9A-F]{12,}$/.test(name) && /\d/.test(name)) return;
  // "40 GB of records", "2.4 GHz": a unit after a number.
  if (ws.length === 1 && /^(?:[KMGTP]i?B|[KMGT]Hz|[KMGT]W|Mbps|Gbps)$/.test(name) && /\d\s*$/.test(left)) return;
  // "Photo: Steppe Times", "© 2026 X": a credit line, not something the text is about.
  if (/\b(?:Photo|Photograph|Image|Picture|Pictures|Credit|Video|Graphic|Illustration)s?\s*:\s*$|©\s*(?:\d{4}\s*)?$/i.test(left)) return;
  // "Press and Communication Division" under a letterhead, "Head, Public Relations Unit" under a signature: the office
  // that issues the text, named by its function alone on a line of its own, is no body the text is about.
  if (GENERIC_UNIT.test(name) && genericUnitLine(text, start, end)) return;
  // "a man she knew only by a WhatsApp name", "through a Telegram bot": a platform named as the channel used, before
  // what one has on it, is a product, no body (session 13's guide).
  // ("on a Telegram channel": a messaging platform's channel is a feed on it.)
  if (ws.length === 1 && (PLATFORM_THING_RIGHT.test(right) || (MESSAGING_PLATFORM.test(name) && /^\s+channels?\b/.test(right))) && PLATFORM_USED_LEFT.test(left) && !acronymLike(name) && !lookupPlace(name)) return;
  // "the minister wrote on Facebook that", "Meta, which owns Instagram": a platform as the medium, or as what a company
  // owns, is a product, no body (session 15's guide for fresh22 p6 and fresh25 o6).
  if (ws.length === 1 && MESSAGING_PLATFORM.test(name) && PLATFORM_MEDIUM_LEFT.test(left)) return;
  // "France 24 reported", "told Channel 4 News": a broadcaster's name with its channel number.
  if (ws.length >= 2 && ws.some((w, i) => w.kind === 'num' && i > 0 && BROADCAST_OPENER.test(ws[i - 1].text))) {
    add(m.votes, 'organization', 7);
    out.push(m);
    return;
  }
  // "CCI de Corse", "ARS of Normandy": an acronym that opens a name, then "de"/"of" and a place, is a body's name
  // (no person's name opens with an acronym).
  if (ws.length >= 3 && /^[A-Z]{2,6}$/.test(ws[0].text) && !countryByName(ws[0].text) && /^(?:de|du|des|di|da|do|of|for)$/.test(ws[1].text) && ws[ws.length - 1].cap) {
    add(m.votes, 'organization', 7);
    out.push(m);
    return;
  }
  // "CARICOM IMPACS", "ECOWAS GIABA": a known body's acronym, then another acronym, names an agency of that body.
  if (ws.length === 2 && ws.every((w) => /^[A-Z][A-Z0-9]{1,7}$/.test(w.text)) && knownBody(ws[0].text) && !knownBody(name) && !knownBody(ws[1].text) && !countryByName(ws[1].text) && !lookupPlace(ws[1].text)) {
    add(m.votes, 'organization', 7);
    out.push(m);
    return;
  }
  // "a Catholic charity", "an Anglican mission": a faith's adjective says what kind of body, not which one.
  if (ws.length === 1 && FAITH_ADJECTIVE.test(name) && /^\s+\p{Ll}/u.test(right)) return;
  // Demonyms ("Estonian", "North Korean") are adjectives, not places or groups; but "Finnish police", "the Russian
  // embassy": a country's own institution named by the demonym and a common noun is an organisation.
  if (countryByDemonym(name) && !countryByName(name)) {
    const inst = NATIONAL_INSTITUTION.exec(right);
    // "Thai and Chinese police": two forces named together, not one body.
    const pair = /\b([\p{Lu}][\p{L}-]+)\s+(?:and|or)\s+$/u.exec(left);
    // ("Ruritanian police and the navy have seized", "Ruritanian police and customs officers said", "the Ruritanian
    // army's 5th Brigade": a force in a pair, or owning the unit named, is no body of its own.)
    const paired = !!inst && /^(?:\s+(?:and|or)\s|['’]s\b)/.test(right.slice(inst[0].length));
    // ("A Lao police officer who asks not to be named", "two Ruritanian army officers": after "a" or a number the
    // force only says what an unnamed member is; the phrase names a person, not the body.)
    const memberOfForce = !!inst && /\b(?:a|an|one|two|three|four|five|several|some)\s+$/i.test(left) && FORCE_MEMBER.test(right.slice(inst[0].length));
    if (inst && !paired && !memberOfForce && !(pair && countryByDemonym(pair[1]))) out.push({ start, end: end + inst[0].length, text: `${name}${inst[0]}`.replace(/\s+/g, ' '), sentence, votes: { organization: 6 }, government: true });
    return;
  }
  // Regional adjectives before a common noun ("Nordic countries", "Arctic shipping") are not places.
  // ("treat the Atlantic as …", "patrol the Mediterranean alone": before a function word it is the sea itself.)
  // ("every other country in the north Atlantic already does": after a lower-case compass word it is the sea.)
  if (ws.length === 1 && REGION_ADJECTIVE.test(name) && /^\s+[a-z]/.test(right) && !/\b(?:the|in|across)\s+(?:north|south|east|west|northern|southern|eastern|western|central|mid|north-east|north-west|south-east|south-west)[- ]?$/i.test(left) && !/^\s+(?:as|and|or|in|into|to|from|at|on|is|was|are|were|by|for|with|alone|itself|where|which|that|has|had|will|would|remains|remained|since|until|every|each|this|last|before|after)\b/.test(right)) return;
  // ("two South American ports", "East Asian front companies": a region's demonym before a common noun names
  // no one and no place.)
  if (REGION_DEMONYM.test(name) && /^\s+\p{Ll}/u.test(right) && !countryByDemonym(name)) return;
  // A vessel's name ("the bulk carrier Aegean Wind") is neither a place nor an organisation.
  if (VESSEL_LEFT.test(left) || ctx.vessels?.has(name)) return;
  // A response team's name opens a document title: "CERT-NL Advisory 2026-0412", "CERT-GE Threat Note".
  if (ws.length >= 2 && /^(?:CERT|CSIRT|NCSC)-[A-Z]{2,}$|^[A-Z]{2,}-(?:CERT|CSIRT)$/.test(ws[0].text) && !knownBody(name)) {
    emitPiece(ctx, sentence, ws.slice(0, 1), o, out, sentText, sStart, sEnd);
    emitPiece(ctx, sentence, ws.slice(1), o, out, sentText, sStart, sEnd);
    return;
  }

  // "Kenya-Somalia border": two places. ("the Lusaka-Chirundu Road": the route's noun may be capitalised.)
  const routeHead = ws.length === 2 && ROUTE_RIGHT.test(` ${ws[1].text}`);
  if ((ws.length === 1 || routeHead) && /^[\p{Lu}][\p{L}]+-[\p{Lu}][\p{L}]+$/u.test(ws[0].text)) {
    const [a, b] = ws[0].text.split('-');
    const pa = lookupPlace(a);
    const pb = lookupPlace(b);
    // ("the Ethiopia-Somaliland border", "the Sindh-Balochistan boundary": before a border, any two known places; not
    // one place's own hyphenated name, "the Guinea-Bissau border".)
    const border = /^\s+(?:border|borders|frontier|boundary)\b/i.test(right) && !lookupPlace(ws[0].text);
    if (pa && pb && ((pa.isCountry && pb.isCountry) || border) && !routeHead) {
      out.push({ start, end: start + a.length, text: a, sentence, votes: { location: 8 }, canonical: pa.canonical, country: pa.country, isCountry: pa.isCountry });
      out.push({ start: start + a.length + 1, end, text: b, sentence, votes: { location: 8 }, canonical: pb.canonical, country: pb.country, isCountry: pb.isCountry });
      return;
    }
    // "the Lamu-Garsen road", "the Chipata-Mchinji highway": the two ends of a route are places, known or not.
    if (routeHead || ROUTE_RIGHT.test(right)) {
      for (const [w, p, at] of [[a, pa, start], [b, pb, start + a.length + 1]] as const) {
        out.push({ start: at, end: at + w.length, text: w, sentence, votes: { location: p ? 8 : 5 }, ...(p ? { canonical: p.canonical, country: p.country, isCountry: p.isCountry } : {}) });
      }
      return;
    }
  }
  // "an analyst, Abdi Farah of the Horn Security Institute": a person of an organisation, not one name.
  const ofAt = ws.findIndex((w, i) => i >= 2 && i <= 3 && w.text === 'of');
  // ("spoke to Fatouma Diallo of the International Organization for Migration": a known body after "of" is enough.)
  const knownAfterOf = ofAt > 0 && !!knownBody(phrase(ws.slice(ofAt + 1).filter((w, i) => !(i === 0 && w.text === 'the'))));
  if (ofAt > 0 && (NAME_LEFT_ROLE.test(left) || /\b[a-z]{3,}\s*,\s*$/.test(left) || knownAfterOf)) {
    const who = ws.slice(0, ofAt);
    const body = ws.slice(ofAt + 1).filter((w, i) => !(i === 0 && w.text === 'the'));
    const plain = who.every((w) => w.kind === 'word' && w.cap && !TITLE_WORDS.has(w.text) && !GOV_HEADS.has(w.text) && !ORG_HEADS.has(w.text) && !NOT_NAMES.has(w.text) && !countryByDemonym(w.text));
    const bodyLast = body[body.length - 1]?.text ?? '';
    const headOf = body.some((w, i) => (GOV_HEADS.has(w.text) || ORG_HEADS.has(w.text)) && ['of', 'for', 'on'].includes(body[i + 1]?.text ?? ''));
    if (plain && (body.length >= 2 || knownAfterOf) && (GOV_HEADS.has(bodyLast) || ORG_HEADS.has(bodyLast) || headOf || !!knownBody(phrase(body)))) {
      out.push({ start: who[0].start, end: who[who.length - 1].end, text: phrase(who), sentence, votes: { person: 8 } });
      emitPiece(ctx, sentence, body, o, out, sentText, sStart, sEnd);
      return;
    }
  }

  // "The Security Council" is the last security council the text named ("the National Security Council met ... the
  // Security Council agreed"); only when none or the UN's was named is it the UN's.
  if (name === 'Security Council') {
    const named = [...text.slice(0, start).matchAll(/\b((?:[\p{Lu}][\p{L}.'’-]*\s+){1,4})Security Council\b/gu)].pop();
    if (named && !/(?:^|\s)(?:United Nations|UN|U\.N\.)\s+$/.test(named[1]) && !/^(?:The|A|An)\s+$/.test(named[1])) {
      const full = `${named[1].replace(/^(?:The|A|An)\s+/, '')}Security Council`;
      out.push({ ...m, votes: { organization: 8 }, canonical: full, government: true });
      return;
    }
  }
  // ("Trafficking in Persons", "Action against Trafficking in Human Beings": what is trafficked, in a title's capitals,
  // is no place.)
  if (/\b(?:[Tt]rafficking|[Tt]raffic|[Tt]rade|[Dd]ealing|[Ss]muggling)\s+(?:in|of)\s+$/.test(left) && ws.every((w) => TRAFFICKED.test(w.text))) return;
  // "told the committee in Kiswahili that", "translated into Amharic", "translated from Swahili": a language, no place.
  if (ws.length <= 2 && LANGUAGES.has(name) && /\b(?:in|into|translated\s+from)\s+$/i.test(left)) return;
  // "escaped from Module 12", "held in Block C", "berthed at Pier 4": a part of a building or a compound named by its
  // number or letter is no place.
  if (ws.length === 1 && BUILDING_PARTS.test(name) && /^\s+(?:\d{1,4}|[A-Z])\b/.test(right)) return;
  // "Python 3.11.4", "Windows 11": a product with its version, not a place or a person.
  if (/^\s+v?\d+(?:\.\d+)+\b/.test(right) && ws.length <= 2) return;
  // "the Shan State of Myanmar", "the Oromia Region of Ethiopia": a division, then the country it belongs to.
  const divOf = ws.findIndex((w, i) => i >= 1 && i <= 2 && DIVISION_HEAD.test(w.text) && ws[i + 1]?.text === 'of');
  if (divOf > 0 && lookupPlace(phrase(ws.slice(divOf + 2).filter((w, i) => !(i === 0 && w.text === 'the'))))?.isCountry) {
    emitPiece(ctx, sentence, ws.slice(0, divOf + 1), o, out, sentText, sStart, sEnd);
    emitPiece(ctx, sentence, ws.slice(divOf + 2).filter((w, i) => !(i === 0 && w.text === 'the')), o, out, sentText, sStart, sEnd);
    return;
  }
  // "the port of Moín for Rotterdam": two places, not one name.
  const forAt = ws.findIndex((w, i) => i > 0 && w.text === 'for');
  if (forAt > 0 && forAt < ws.length - 1 && lookupPlace(phrase(ws.slice(forAt + 1))) && !ws.slice(0, forAt).some((w) => GOV_HEADS.has(w.text) || ORG_HEADS.has(w.text) || GOV_OPENERS.has(w.text) || TITLE_HEADS.has(w.text))) {
    emitPiece(ctx, sentence, ws.slice(0, forAt), o, out, sentText, sStart, sEnd);
    emitPiece(ctx, sentence, ws.slice(forAt + 1), o, out, sentText, sStart, sEnd);
    return;
  }
  // 1. Gazetteers.
  const group = knownGroup(name);
  if (group) {
    add(m.votes, 'group', 8);
    m.canonical = group.name;
    m.groupKind = group.kind;
    out.push(m);
    return;
  }
  // ("the UN Office for the Coordination of Humanitarian Affairs": "UN" for "United Nations" in a known body's name.)
  const body = knownBody(name) ?? (/^(?:UN|U\.N\.)\s+\p{Lu}/u.test(name) ? knownBody(name.replace(/^(?:UN|U\.N\.)\s+/, 'United Nations ')) : undefined);
  // "bought online in the European Union", "victims in the European Union": a union of states used as the territory
  // it covers is a place (where the text also has it act, the pooled votes keep the body).
  if (body && TERRITORIAL_UNIONS.test(body.name) && /\b(?:in|within)\s+the\s+$/i.test(left) && !/^\s*['’]s\b/.test(right)) {
    add(m.votes, 'location', 8);
    m.canonical = body.name;
    out.push(m);
    return;
  }
  if (body) {
    add(m.votes, 'organization', 8);
    m.canonical = body.name;
    m.government = body.government;
    out.push(m);
    return;
  }
  // "the Mauritanian Red Crescent", "Kenya Red Cross Society": a national society of the movement.
  if (ws.length >= 3 && /^(?:Red (?:Cross|Crescent)(?: Society)?)$/.test(phrase(ws.slice(ws[ws.length - 1].text === 'Society' ? -3 : -2))) && (countryByDemonym(ws[0].text) || lookupPlace(phrase(ws.slice(0, ws.findIndex((w) => w.text === 'Red'))))) ) {
    add(m.votes, 'organization', 7);
    out.push(m);
    return;
  }
  // "Public Safety Canada", "Health Canada", "Services Australia": a government department named by its portfolio and
  // its country.
  if (ws.length >= 2 && ws.length <= 4 && countryByName(ws[ws.length - 1].text) && ws.slice(0, -1).every((w) => PORTFOLIO.has(w.text) || /^(?:Statistics|Services|Parks|Global|Veterans|Heritage|Sport|Fisheries)$/.test(w.text)) && !ws.slice(0, -1).every((w) => /^(?:National|International|Regional|Foreign|Home)$/.test(w.text))) {
    add(m.votes, 'organization', 7);
    m.government = true;
    out.push(m);
    return;
  }
  const titleCase = name === name.toUpperCase() && name.length >= 4 && ws.length <= 2 ? name.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()) : name;
  const place = definedAcronyms(text).has(name) ? undefined : (lookupPlace(name) ?? (titleCase !== name ? lookupPlace(titleCase) : undefined));
  // "22,000 US dollars", "HK$ 9,000", "New Zealand dollars": a country's name before its currency only qualifies the
  // money; it is no mention of the place.
  if (place && CURRENCY_RIGHT.test(right)) return;
  // "She is Amhara, married to a Somali", "He is Afar by birth": a region's name said of a person is the people it is
  // named after, no place.
  if (place && !place.isCountry && ws.length === 1 && /\b(?:she|he|they|who|I|we)\s+(?:is|was|are|were)\s+$/i.test(left) && /^\s*(?:[,.;]|and\b|by\s+birth\b)/.test(right)) return;
  // "Esther Mwanza, the chair, … Mwanza said": a town's or region's name the text gives a person as surname, standing
  // alone where no word puts a place, is that person, left to the later mentions' merge.
  const surnameOfSomeone = place && !place.isCountry && ws.length === 1 && ![LOC_LEFT, LOC_LEFT_MOTION, LOC_LEFT_OF].some((r) => r.test(left)) && givenNameBefore(text, name);
  if (place && !surnameOfSomeone && !GROUP_LEFT_ADJ.test(left) && !GROUP_LEFT_NOUN.test(left)) {
    // "Kosovo police": a country's police force is an organisation named after it.
    const police = place.isCountry ? NATIONAL_INSTITUTION.exec(right) : null;
    if (police) out.push({ start, end: end + police[0].length, text: `${name}${police[0]}`.replace(/\s+/g, ' '), sentence, votes: { organization: 6 }, government: true });
    add(m.votes, 'location', 8);
    Object.assign(m, { canonical: place.canonical, country: place.country, isCountry: place.isCountry });
    out.push(m);
    return;
  }

  // Intrusion-set naming: tracking ids ("APT52", "UNC4410") and vendor names ("Saffron Kitten") in a cyber passage.
  const lastWord = ws[ws.length - 1].text;
  const near = text.slice(Math.max(0, start - 200), Math.min(text.length, end + 200));
  if ((ws.length === 1 && CYBER_ID.test(name)) || (ws.length === 2 && CYBER_ANIMALS.has(lastWord) && ws[0].cap && CYBER.test(near))) {
    add(m.votes, 'group', 8);
    m.groupKind = 'intrusion-set';
    out.push(m);
    return;
  }
  const { apposG, membersOf, knownAsGroup, groupDeed, nickOfPerson, groupCue, irregularForces } = groupCues(m, ws, name, lastWord, left, right, near, text, start, o, out);
  // ("Greek Cypriot farmers", "Turkish Cypriot police": a run of demonyms names a people, no place or body.)
  if (ws.length >= 2 && ws.every((w) => !!countryByDemonym(w.text) && !countryByName(w.text))) return;
  const { headFirst, militantShape } = militantCues(m, ws, name, lastWord, near, text, start, out, irregularForces);

  // 2. Titles: "Interior Minister Laura Baltrūnė", "Director of the Cybersecurity and Infrastructure Security Agency".
  const headThenOf = ws.some((w, i) => (GOV_HEADS.has(w.text) || ORG_HEADS.has(w.text) || GOV_OPENERS.has(w.text)) && i + 1 < ws.length && ['of', 'for', 'on', 'in', 'against', 'to'].includes(ws[i + 1].text));
  const headThenName = ws.length >= 3 && (GOV_HEADS.has(ws[ws.length - 2].text) || ORG_HEADS.has(ws[ws.length - 2].text)) && !TITLE_HEADS.has(ws[ws.length - 2].text) && ws[ws.length - 1].cap && !TITLE_WORDS.has(ws[ws.length - 1].text) && !DOCUMENT_HEADS.has(ws[ws.length - 1].text);
  // "under Operation Sentinel, the army's operation launched in 2023", "Operation Dawn dismantles a network": a named
  // operation is an event; it is a body only where the text makes it one that acts and speaks ("the naval force,
  // Operation Halcyon, said", "the spokesman of Operation Halcyon").
  if (ws.length >= 2 && ws[0].text === 'Operation' && !/\b(?:force|mission|command|navy|coalition)\s*,?\s*$/i.test(left) && !/\b(?:spokes\w+|commander|head|chief|headquarters)\s+(?:of|for|at)\s+(?:the\s+)?$/i.test(left) && !/^\s*(?:,[^,.;]{0,80},\s*)?(?:said|says|told|tells|announced|reported|stated|added|warned)\b/.test(right) && !knownBody(name)) return;
  // ("charged under the Merchant Shipping Order", "the Council of Europe Convention on Action against …": a law cited
  // as one, or a treaty named by its kind and subject, is no body.)
  if (legalInstrument(ws, left, right) && !knownBody(name)) return;
  const opener = ws.length >= 2 && /^(?:Operation|Task|Joint|Combined)$/.test(ws[0].text) && (ws[0].text === 'Operation' || ws[1].text === 'Force') && !TITLE_HEADS.has(lastWord);
  // "Guardia Costiera", "Policía Nacional", "Ministère des Armées": bodies named in their own language open with
  // their head word.
  const foreignOpener = ws.length >= 2 && (FOREIGN_ORG_OPENERS.test(ws[0].text) || romanceAdjectiveAfterOpener(ws) || romanceHeadThenLower(ws));
  // ("Guidelines on Foreign Research Vessels": a document that opens with its kind is no body.)
  const docOpener = ws.length >= 3 && /^(?:Guidelines|Strategy|Directive|Declaration|Framework|Roadmap|Charter|Memorandum)$/.test(ws[0].text) && ['on', 'for', 'of'].includes(ws[1].text);
  // ("Deputy Chief of Mission", "Chief of Staff", "Head of Delegation": a post named by the bare head of the body it
  // is held in is a title, no body.)
  const postOfBareHead = ws.length >= 3 && ws.length <= 5 && ws[ws.length - 2].text === 'of' && (GOV_HEADS.has(lastWord) || /^(?:Staff|Station|Cabinet|Protocol|Chancery)$/.test(lastWord)) && TITLE_HEADS.has(ws[ws.length - 3].text) && ws.slice(0, -3).every((w) => TITLE_WORDS.has(w.text) || hyphenTitle(w.text));
  // ("Vice Minister of Energy": a title with its portfolio, whatever the portfolio's last word heads elsewhere.)
  const tAt = ws.findIndex((w, i) => (TITLE_HEADS.has(w.text) || hyphenTitle(w.text)) && ['of', 'for'].includes(ws[i + 1]?.text ?? ''));
  const titleOfPortfolio = tAt >= 0 && ws.slice(0, tAt).every((w) => TITLE_WORDS.has(w.text) || hyphenTitle(w.text)) && ws.slice(tAt + 2).every((w) => PORTFOLIO.has(w.text) || ['and', 'the'].includes(w.text)) && ws.length > tAt + 2;
  // ("Les Nouvelles du Pacifique", "Le Journal de Lifou", "El Diario del Sur", "O Correio da Manhã": a newspaper's
  // title in a Romance language opens with an article and a word for news or a newspaper.)
  const romanceOutlet = ws.length >= 2 && /^(?:Le|La|Les|El|O|Il)$/.test(ws[0].text) && ROMANCE_NEWS.test(ws[1].text);
  // ("the Chattogram Custom House", "Benapole Customs House": a port's customs office, as South Asia names it.)
  const customHouse = ws.length >= 3 && lastWord === 'House' && /^Customs?$/.test(ws[ws.length - 2].text);
  // ("Narodna skupština Republike Srbije", "Vrhovni sud Srbije": a head in lower case, then its owner in the genitive.)
  const lowerHeadInside = ws.some((w, i) => i > 0 && !w.cap && lowerHead(w.text)) || vietBody(ws);
  const isOrgShape = (GOV_HEADS.has(lastWord) || ORG_HEADS.has(lastWord) || headThenOf || headThenName || opener || foreignOpener || customHouse || romanceOutlet || lowerHeadInside) && !groupCue && !militantShape && !docOpener && !postOfBareHead && !titleOfPortfolio;
  // ("raised at the Kazungula Trade Facilitation Forum in Kasane", "the third panel of the Carthage Security Forum":
  // a forum, summit or conference one goes to is a meeting, no body.)
  // (A summit, conference, symposium, expo, festival, indaba or "week" is a meeting wherever it is named: "The … Logistics Summit,
  // due to open on Friday, was postponed"; a forum, dialogue or fair may be a body, and is a meeting where one goes.)
  if (ws.length >= 2 && /^(?:Summit|Conference|Symposium|Expo|Festival|Indaba|Week)$/.test(lastWord) && !knownBody(name)) return;
  if (ws.length >= 2 && /^(?:Forum|Dialogue|Fair)$/.test(lastWord) && /\b(?:at|during|ahead\s+of|before|after|sidelines\s+of|panel\s+of|session\s+of|edition\s+of|to|attend(?:ed|s|ing)?|host(?:ed|s|ing)?|open(?:ed|s)?)\s+the\s+(?:(?:\d{4}|\w+th|first|second|third|annual)\s+)?$/i.test(left) && !knownBody(name)) return;
  // ("a former fisheries officer known as “Captain Bob”": a nickname in quotation marks keeps its title word.)
  // ("Transcript of “Mar Abierto”, the Monday evening programme of Radio X": or the kind of work in apposition.)
  if (/["“]$/.test(left) && /^["”]\s+(?:programmes?|programs?|shows?|series|podcasts?|documentar(?:y|ies)|films?|columns?|newsletters?|broadcasts?|bulletins?|phone-ins?|talk shows?|magazines?|campaigns?)\b/i.test(right)) m.namedWork = true;
  if (/^["”]?\s*,\s*(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:programmes?|programs?|shows?|series|podcasts?|documentar(?:y|ies)|films?|columns?|newsletters?|phone-ins?|talk shows?)\b/i.test(right)) m.namedWork = true;
  // ("of the programme Pwani Leo broadcast by Radio X": or the kind of work just before the name.)
  if (/\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+)?(?:programme|program|show|series|podcast|documentary|film|column|newsletter|phone-in|talk show)\s+["“]?$/i.test(left)) m.namedWork = true;
  const quotedNick = ws.length <= 3 && /\b(?:known|called|nicknamed|dubbed)\s+(?:only\s+)?(?:as\s+)?["“]$/.test(left) && /^["”]/.test(right) && !isOrgShape;
  if (quotedNick && TITLE_HEADS.has(ws[0].text)) {
    add(m.votes, 'person', 6);
    out.push(m);
    return;
  }
  // ("said Julia Urrunaga of the Environmental Investigation Agency": a person's name of two or three words, then
  // "of the" and a body's name, is the person and the body; not "Central Bank of Nigeria", "Friends of the Earth".)
  const personOf = ws.findIndex((w) => w.text === 'of');
  // ("Marie Santoni of the Collectif Massimu Susini": a body named in its own language opens with its head.)
  const foreignBodyAfterOf = personOf > 0 && ws[personOf + 1]?.text === 'the' && ws.length > personOf + 3 && FOREIGN_ORG_OPENERS.test(ws[personOf + 2].text);
  // ("Fatma al-Harthi of the Mombasa Times", "Ana Lucía de la Torre of the JIRS": a name with a particle is a person's
  // shape of its own, up to six words, and may work for a body known by its acronym.)
  const particleName = personOf >= 2 && personOf <= 6 && withNameParticle(ws.slice(0, personOf));
  const acronymBody = particleName && ws.length === personOf + 3 && acronymLike(ws[personOf + 2].text);
  const headedBody = particleName && ws.slice(personOf + 3).some((w) => isHead(w.text));
  if ((isOrgShape || foreignBodyAfterOf || acronymBody || headedBody) && (personOf === 2 || personOf === 3 || particleName) && ws[personOf + 1]?.text === 'the' && ws.length > personOf + 2 + (acronymBody ? 0 : 1)) {
    const who = ws.slice(0, personOf);
    const body = ws.slice(personOf + 2);
    const personLike = who.every((w, i) => (particleName && i > 0 && i < who.length - 1 && NAME_PARTICLES.has(w.text)) || (w.kind === 'word' && (/^\p{Lu}\p{Ll}/u.test(w.text) || (particleName && i > 0 && ARTICLE_SURNAME.test(w.text))) && !GOV_HEADS.has(w.text) && !ORG_HEADS.has(w.text) && !TITLE_WORDS.has(w.text) && !NOT_NAMES.has(w.text) && !lookupPlace(w.text) && !countryByDemonym(w.text) && !knownBody(w.text))) && (!!compromiseVote(phrase(who)).person || givenName(who[0].text) || particleName);
    const bodyLike = GOV_HEADS.has(body[body.length - 1].text) || ORG_HEADS.has(body[body.length - 1].text) || !!knownBody(phrase(body)) || foreignBodyAfterOf || acronymBody || headedBody || body.some((w, i) => i > 0 && isHead(w.text) && ['of', 'for', 'on'].includes(body[i + 1]?.text ?? ''));
    if (personLike && bodyLike && !knownBody(name)) {
      const before = out.length;
      emitPiece(ctx, sentence, who, o, out, sentText, sStart, sEnd);
      // (A name whose particle compromise does not know still has the person's shape that split it.)
      if (particleName && out.length > before && out[out.length - 1].start === who[0].start) add(out[out.length - 1].votes, 'person', 4);
      emitPiece(ctx, sentence, body, { honor: false }, out, sentText, sStart, sEnd);
      return;
    }
  }
  // ("Assistant Commissioner Ama Boateng of the Fraud Unit", "Senior Superintendent X of the Y": a rank that opens
  // with a title word that is no head of its own still opens the piece with a title, when its head follows.)
  let ti = 0;
  while (ti < ws.length && (TITLE_WORDS.has(ws[ti].text) || hyphenTitle(ws[ti].text))) ti++;
  const rankFirst = ti >= 2 && ti < ws.length - 1 && TITLE_HEADS.has(ws[ti - 1].text) && ws[ti].cap && !GOV_HEADS.has(ws[ti].text) && !ORG_HEADS.has(ws[ti].text);
  // "General Security told us that it …", "Public Security said": a rank or a public adjective before a field of state
  // work, speaking, names a service, not a general called Security (no person bears a field of work as surname).
  if (ws.length === 2 && SERVICE_OPENER.test(ws[0].text) && SERVICE_FIELD.test(ws[1].text) && SPEECH_RIGHT.test(right) && !m.votes.group) {
    add(m.votes, 'organization', 7);
    m.government = true;
    out.push(m);
    return;
  }
  // ("Provincial Commissioner of Police for Copperbelt Mwila Banda": a body's shape, but a title and a name after it.)
  // ("informed the Information Commissioner", "the Data Protection Commissioner said": a commissioner of a field of
  // oversight, with no name after it, is a statutory office, a body; not a force's, a rank's or an area's: "the
  // Police Commissioner", "the Deputy Commissioner", "the District Commissioner".)
  const office = ws.length >= 2 && ws.length <= 6 && /^Commissioners?$/.test(lastWord) && /\bthe\s+$/i.test(left) && !/^\s*,?\s*(?:\p{Lu}\p{Ll}+\.?\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(right) && ws.slice(0, -1).every((w, i) => (i > 0 && w.text === 'and') || fieldWord(w));
  if (office) {
    add(m.votes, 'organization', 5);
    out.push(m);
    return;
  }
  // ("The Permanent Secretary of the Ministry, Mr X,", "the Deputy Director of the Agency": a title of the body the text
  // is about, named by its head word alone, is a title; the body is "the Ministry", a reference to it.)
  if (ws.length >= 4 && ws[ws.length - 3].text === 'of' && ws[ws.length - 2].text === 'the' && ANAPHOR_HEAD.test(lastWord) && TITLE_HEADS.has(ws[ws.length - 4].text) && ws.slice(0, -3).every((w) => w.kind === 'word' && w.cap && !isHead(w.text))) {
    out.push({ start, end, text: name, sentence, votes: {}, titleOnly: true, title: name, titleSpan: { start, end } });
    return;
  }
  let st = ws.some((w) => w.kind === 'poss') ? undefined
    : isOrgShape && !TITLE_HEADS.has(ws[0].text) && !hyphenTitle(ws[0].text) && !rankFirst ? titleThenName(ws) : splitTitle(ws);
  if (st) {
    // ("Director of the Division of Fisheries Law Enforcement", "Minister for Victims and Community Safety": words of a
    // field of work after the title end its unit's name or its portfolio; no one is named, and the unit is read from
    // the whole phrase.)
    if (fieldOfWorkRest(st.rest)) st = { title: ws, rest: [] };
    const titleText = phrase(st.title);
    // Entities inside the title: a body ("FBI Assistant Director"), a country ("Minister ... of Japan").
    for (const inner of titleInner(st.title)) emitPiece(ctx, sentence, inner, { honor: false }, out, sentText, sStart, sEnd);
    if (!st.rest.length) {
      out.push({ start, end, text: titleText, sentence, votes: {}, titleOnly: true, title: titleText, titleSpan: { start, end } });
      return;
    }
    let rest = st.rest;
    const cut = rest.findIndex((w, i) => i > 0 && ['of', 'for', 'and', 'on', 'in', 'the'].includes(w.text));
    if (cut > 0) {
      const tail = rest.slice(cut + 1).filter((w, i) => !(i === 0 && w.text === 'the'));
      if (tail.length) emitPiece(ctx, sentence, tail, { honor: false }, out, sentText, sStart, sEnd);
      rest = rest.slice(0, cut);
    }
    // ("the Major Organised Crime and Anti-Corruption Agency": the same after a rank, before the body's own "and".)
    if (fieldOfWorkRest(rest)) return;
    const pm: Mention = { start: rest[0].start, end: rest[rest.length - 1].end, text: phrase(rest), sentence, votes: { person: 8 }, title: titleText, titleSpan: { start, end: st.title[st.title.length - 1].end } };
    // "The Mayor of Lagos, Chief Ade Bello": the title-only mention just before, in apposition, is the fuller role.
    const prevT = out[out.length - 1];
    if (prevT?.titleOnly && prevT.title && text.slice(prevT.end, start).trim() === ',') {
      pm.title = prevT.title;
      pm.titleSpan = prevT.titleSpan;
    }
    out.push(pm);
    return;
  }

  // ("180 miles west of São Miguel", "off Santa Luzia": a saint's name after a word of place is a place; "São" and
  // "Sankt" open no one's name but a place's.)
  if (ws.length >= 2 && ws.length <= 3 && !GOV_HEADS.has(lastWord) && !ORG_HEADS.has(lastWord) && (/^(?:São|Sao|Sankt)$/.test(ws[0].text) || (/^(?:Santa|Santo|San|Saint|St\.|Sainte|Ste\.)$/.test(ws[0].text) && /\b(?:of|in|at|near|from|to|off|on|around|across)\s+$/.test(left)))) {
    add(m.votes, 'location', 8);
    out.push(m);
    return;
  }
  // "Gulf of Guinea", "Bay of Bengal", "Sea of Japan": the shape of a body of water.
  // ("the Gulf of Guinea Maritime Security Bulletin", "the Gulf of Guinea Commission": not a document or a body named
  // after it.)
  if (ws.length >= 3 && /^(?:Gulf|Sea|Bay|Strait|Straits|Isle|Lake|Cape|Gulfs) of$/.test(`${ws[0].text} ${ws[1].text}`) && ws.slice(2).every((w) => w.cap || w.text === 'the') && !OPERATION_LEFT.test(left) && !GOV_HEADS.has(lastWord) && (!ORG_HEADS.has(lastWord) || DOCUMENT_HEADS.has(lastWord))) {
    add(m.votes, DOCUMENT_HEADS.has(lastWord) ? 'document' : 'location', 6);
    out.push(m);
    return;
  }
  // Seas, canals, peninsulas by their last word ("Barents Sea", "Kola Peninsula", "Suez Canal"); not a group the
  // text introduces ("a network calling itself Les Frères du Plateau").
  // (Not a body whose name opens with its head: "Association of Fishermen of the Lake", "Friends of the Earth" aside.)
  const bodyOpens = ws.length >= 3 && (GOV_HEADS.has(ws[0].text) || ORG_HEADS.has(ws[0].text)) && ['of', 'for'].includes(ws[1].text);
  // ("the Convention on the Law of the Sea", "the Freedom of the Seas": a word before its own "of" that is no place
  // and no kind of land or water makes the phrase a subject, not a place, whatever its last word.)
  // (Not a public body named by its field and its islands: "Maritime Cook Islands".)
  const subjectOf = ws.length >= 3 && ws[1].text === 'of' && !lookupPlace(ws[0].text) && !/^(?:Sea|Seas|Gulf|Bay|Strait|Straits|Isle|Isles|Lake|Cape|Mouth|Mouths|Bight|Sound|Islands?|Republic|Kingdom|State|States|Federation|Commonwealth|Territory|Territories|Province|Region|District|County|City|Port|Valley|Mountains|Plain|Plains|Head|Heads|Point|Horn|Coast|Shores?)$/.test(ws[0].text);
  // ("the Middle Corridor", "the China-Pakistan Economic Corridor": a corridor named by its direction or its use is a
  // trade route or a programme, no strip of land such as the Wakhan Corridor.)
  const routeCorridor = lastWord === 'Corridor' && ROUTE_CORRIDOR_WORD.test(ws[ws.length - 2].text);
  if (ws.length >= 2 && !groupCue && !bodyOpens && !subjectOf && !routeCorridor && !serviceThenPlace(ws) && !(headFirst && militantShape) && /^(?:Sea|Canal|Peninsula|Strait|Straits|Gulf|Bay|River|Island|Islands|Islet|Islets|Mountains|Valley|Desert|Lake|Ocean|Basin|Archipelago|Delta|Plateau|Shoal|Shoals|Reef|Reefs|Atoll|Atolls|Cay|Cays|Lagoon|Glacier|Fjord|Fjords|Gorge|Heights|Highlands|Hills|Plain|Plains|Range|Corridor|Oasis|Marshes|Falls|Territory|Territories|Triangle|Strip|Panhandle|Bight|Escarpment|Steppe|Forest|Swamp|Wetlands|Massif|Ridge)$/.test(lastWord) && !knownBody(name) && !OPERATION_LEFT.test(left)) {
    add(m.votes, 'location', 6);
    out.push(m);
    return;
  }
  // "W National Park", "Pendjari National Park", "Kasungu Game Reserve": a protected area is a place.
  if (ws.length >= 2 && ws.length <= 4 && !groupCue && /^(?:National|Nature|Game|Marine|Wildlife|Forest|Biosphere)$/.test(ws[ws.length - 2].text) && /^(?:Park|Reserve|Sanctuary)$/.test(lastWord) && !knownBody(name)) {
    add(m.votes, 'location', 6);
    out.push(m);
    return;
  }
  // "Lake Peipus", "Mount Elgon", "Cape Guardafui", "Puerto El Carmen": a feature's or a town's kind before its name (not "Lake Chad Basin Commission",
  // whose last word heads a body).
  // ("Loma Verde", "Punta Arenas", "Praia Grande", "Tanjung Bunga", "Bukit Merah", "Kuala Besut": the kind may be written
  // in the place's own language, Spanish, Portuguese or Malay.)
  // ("Provincia de Buenos Aires", "Valle del Cauca": a Romance particle after the kind does not make the name long.)
  const kindNameWords = ws.length >= 2 && KIND_BEFORE.test(ws[0].text) ? ws.slice(1).filter((w) => !KIND_PARTICLE.test(w.text)).length : 0;
  if (kindNameWords >= 1 && (ws.length <= 3 || (kindNameWords <= 2 && ws.length <= 5 && KIND_PARTICLE.test(ws[1].text))) && !groupCue && !['of', 'for', 'and'].includes(ws[1].text) && !GOV_HEADS.has(lastWord) && !ORG_HEADS.has(lastWord) && !knownBody(name) && !m.votes.person) {
    add(m.votes, 'location', 6);
    out.push(m);
    return;
  }
  // A well-known body that a document is named after is mentioned too: "United Nations Security Council
  // Resolution 2722". (A body named after another, "NATO Maritime Command", is one name.)
  const docHeadAt = ws.findIndex((w) => DOCUMENT_HEADS.has(w.text));
  for (let k = ws.length - 1; k >= 1; k--) {
    const pre = ws.slice(0, k);
    const kb = knownBody(phrase(pre));
    if (!kb) continue;
    if (docHeadAt === k && ws.length <= k + 2) {
      out.push({ start, end: pre[pre.length - 1].end, text: phrase(pre), sentence, votes: { organization: 8 }, canonical: kb.name, government: kb.government });
    }
    break;
  }
  // "The agency's annual review, Coastal Futures 2027, finds", "a report titled Silent Coasts": a document named in
  // apposition to the noun that says what it is.
  const docYear = /^\s+((?:19|20)\d\d)(?=\s*[,.;:]|\s*$)/.exec(right);
  if (ws.length >= 2 && !knownBody(name) && ((DOC_APPOS_LEFT.test(left) && (/^\s*,/.test(right) || docYear)) || DOC_TITLED_LEFT.test(left))) {
    add(m.votes, 'document', 6);
    if (docYear) {
      m.end = end + docYear[0].length;
      m.text = `${name} ${docYear[1]}`;
    }
    out.push(m);
    return;
  }
  // 3. Organisation by its shape.
  if (isOrgShape && (ws.length >= 2 || /-/.test(name))) {
    // "Government of Lithuania", "State Security Service of Georgia": the place is mentioned too.
    const gov = GOV_HEADS.has(lastWord) || GOV_OPENERS.has(ws[0].text) || ws.some((w) => GOV_HEADS.has(w.text));
    for (let ofIdx = 1; ofIdx < ws.length - 1; ofIdx++) {
      if (ws[ofIdx].text !== 'of') continue;
      const tail = ws.slice(ofIdx + 1).filter((w, i) => !(i === 0 && w.text === 'the'));
      const t = phrase(tail);
      const pl = lookupPlace(t);
      const kb = knownBody(t);
      // "University of Bamako" names an institution, not a visit to Bamako; "Government of Lithuania" names both.
      if (pl && gov && pl.isCountry) out.push({ start: tail[0].start, end: tail[tail.length - 1].end, text: t, sentence, votes: { location: 8 }, canonical: pl.canonical, country: pl.country, isCountry: pl.isCountry });
      else if (kb) out.push({ start: tail[0].start, end: tail[tail.length - 1].end, text: t, sentence, votes: { organization: 8 }, canonical: kb.name, government: kb.government });
      if ((pl && gov) || kb) break;
    }
    add(m.votes, 'organization', 6);
    m.government = GOV_HEADS.has(lastWord) || GOV_OPENERS.has(ws[0].text) || ws.some((w) => GOV_HEADS.has(w.text));
    if (ORG_HEADS.has(lastWord) && !GOV_HEADS.has(lastWord) && !ws.some((w) => GOV_OPENERS.has(w.text))) m.government = false;
    out.push(m);
    return;
  }
  // "told Parliament", "extended by Parliament", "Parliament's committee": with no article, a legislature's bare name
  // is the country's own parliament; so is "Cabinet" the country's cabinet ("approved by Cabinet", "that Cabinet, at
  // its sitting").
  if (ws.length === 1 && ((isOrgShape && name === 'Parliament') || (name === 'Cabinet' && !m.initial && !/^\s+(?:minister|ministers|member|members|secretary|secretaries|office|meeting|decision|approval|paper|level|post|reshuffle)\b/.test(right))) && !/\b(?:the|a|an|this|that|its|their|every|each)\s+$/i.test(left) && !/^\s+(?:of|for)\b/.test(right)) {
    add(m.votes, 'organization', 6);
    m.government = true;
    out.push(m);
    return;
  }
  // "told the Assembly", "the Assembly approved": a legislature addressed or voting, where the text gives it no longer
  // name to stand for, is the country's own legislature.
  if (ws.length === 1 && /^(?:Assembly|Parliament|Legislature)$/.test(name) && /\bthe\s+$/.test(left) && (LEGISLATURE_ADDRESSED.test(left) || LEGISLATURE_VOTES.test(right)) && !new RegExp(`\\p{Lu}[\\p{L}-]*\\s+${name}\\b|\\b${name}\\s+(?:of|for)\\s+\\p{Lu}`, 'u').test(text)) {
    add(m.votes, 'organization', 6);
    m.government = true;
    out.push(m);
    return;
  }
  if (isOrgShape && ws.length === 1 && !OUTLET_LEFT.test(left)) return; // "Police", "Government": a noun, resolved as an anaphor elsewhere
  if (militantShape) add(m.votes, 'group', 5);
  // 4. A named document ("National Defence Strategy 2026-2030").
  const docHead = ws.filter((w) => w.kind === 'word').pop()?.text ?? '';
  // ("Guidelines on Foreign Research Vessels", "Strategy for the Arctic": some documents open with their kind.)
  // ("Report on Non-Technical Losses 2026": any kind opens a title that ends in its year.)
  // ("National Strategy against Extortion 2026-2030": "against" as the chunker reads it, documentOnSubject.)
  const docThenOn = kindOpensDatedTitle(ws) || ws.some((w, i) => DOCUMENT_HEADS.has(w.text) && (i > 0 || /^(?:Guidelines|Strategy|Directive|Declaration|Framework|Roadmap|Charter|Memorandum)$/.test(w.text)) && i + 1 < ws.length && ['on', 'of', 'for', 'against'].includes(ws[i + 1].text));
  // ("the Sahel Conflict Mapping & Event Study (SCMES), a monitoring group": a name the text calls a body is none.)
  const calledBody = /^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|network|project|consortium|institute|centre|center|body|NGO|charity|initiative|programme|program)\b/i.test(right);
  if ((DOCUMENT_HEADS.has(docHead) || docThenOn) && ws.filter((w) => w.kind === 'word').length >= 2 && !calledBody) {
    add(m.votes, 'document', 6);
    out.push(m);
    return;
  }

  // 5. Context cues (none of a group for a person's nickname).
  groupContextCues(m, ws, name, lastWord, left, right, near, text, start, end, apposG, membersOf, knownAsGroup, groupDeed, nickOfPerson);

  orgContextCues(m, ws, name, left, right, text, o, ctx, sentence);

  const { camel, product } = placeContextCues(ctx, sentence, ws, out, text, name, start, end, m, left, right, lastWord);

  personContextCues(ws, o, out, sEnd, text, name, start, end, m, left, right, lastWord, camel, product);
  out.push(m);
}
