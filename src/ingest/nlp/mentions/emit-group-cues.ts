/** emitPiece's cues that a piece names a group: the words around it that describe a militant, criminal or cyber group,
 * the shapes of an armed group's name, and the context votes for a group. Moved out of emitPiece as they were;
 * emitPiece calls them where the statements stood. */
import type { Token } from '../text.js';
import { DOCUMENT_HEADS } from '../gazetteer/words.js';
import { countryByDemonym, countryByName } from '../gazetteer/countries.js';
import { knownBody, GOV_HEADS, ORG_HEADS } from '../gazetteer/bodies.js';
import type { Mention } from './types.js';
import { CONNECT, phrase, lookupPlace } from './words.js';
import { add } from './votes.js';
import { civicLeft, APPOS_OPENS_CLAUSE, BODY_KNOWN_AS } from './cues-bodies.js';
import { GROUP_LEFT_NOUN, GROUP_LEFT_MEMBERS, VIOLENCE, MILITANT_HEADS, STATE_FORCE_WORDS, IRREGULAR, GROUP_LEFT_ADJ, GROUP_LEFT_BARE_ADJ, GROUP_LEFT_SET, GROUP_RIGHT_APPOS, GROUP_APPOS_ACTIVITY, GROUP_LEFT_APPOS, GROUP_LEFT_SELF_NAMED, GROUP_KNOWN_AS, GROUP_KNOWN_AS_THEM, GROUP_CALLED_THEM, GROUP_CALLED_IT, GROUP_CALLED_IT_NOUN, STATE_UNIT_APPOS, GROUP_NOUN_ITSELF, GROUP_APPOS_ADJ, GROUP_DEED_RIGHT, GROUP_DEED_LEFT, GROUP_LEFT_NAMING_VERB, GROUP_RIGHT, GROUP_RIGHT_MOVEMENT, GROUP_ADJ, CYBER } from './cues-groups.js';
import { ISSUE } from './chunks.js';

/** The cues that the text describes a group around the piece (and a civic group in apposition's vote). */
export function groupCues(m: Mention, ws: Token[], name: string, lastWord: string, left: string, right: string, near: string, text: string, start: number, o: { honor: boolean }, out: Mention[]) {
  // Cues that the text describes a militant, criminal or cyber group: they outweigh an organisation's shape
  // ("a paramilitary group called the Northern Guard", "the Gourma Liberation Front (GLF), a separatist militia").
  // ("The Association for a More Just Society (ASJ), a Tegucigalpa-based anti-corruption group, estimates …": a civic
  // group in apposition is an organisation, whatever the sentence goes on to say about extortion.)
  const civicAppos = /^\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:anti-corruption|rights|advocacy|civic|civil society|campaign|campaigning|lobby|research|environmental|humanitarian|aid|relief|watchdog|transparency|press freedom|business|industry|trade|professional|volunteer|community|women's|youth|farmers'?|student|consumer)\s+(?:[\w-]+\s+)?(?:group|organi[sz]ation|network|coalition|movement|collective)\b/i.test(right);
  // (", the clan had 40 members": the subject of a new clause, no apposition.)
  const apposG = civicAppos || APPOS_OPENS_CLAUSE.test(right) ? null : GROUP_RIGHT_APPOS.exec(right);
  if (civicAppos) add(m.votes, 'organization', 5);
  // "Members of the Senate Armed Services Committee", "the deputy commander of the Air Defense Command": members,
  // leaders and commanders belong to bodies as well as to armed groups; only fighters and militants say "group".
  // ("members of the Assemblée de Corse": a legislature, council or court named in its own language is a body too.)
  const bodyShaped = GOV_HEADS.has(ws[ws.length - 1].text) || ORG_HEADS.has(ws[ws.length - 1].text) || !!knownBody(name) || (ws.length >= 2 && /^(?:Assembl[ée]e|Asamblea|Assembleia|Assemblea|Conseil|Consejo|Consiglio|Conselho|Chambre|C[áa]mara|Camera|Parlamento|Parlement|S[ée]nat|Senado|Senato|Comit[ée]|Comitato|Comisi[oó]n|Commissione|Tribunal|Tribunale|Cour|Corte|Minist[eè]re|Ministerio|Ministero|Ministério|Collectivit[ée])$/.test(ws[0].text));
  const membersOf = GROUP_LEFT_MEMBERS.test(left) && (!bodyShaped || /\b(?:fighters|militants|insurgents|gunmen|rebels|jihadists)\s+\S+\s+(?:the\s+)?$/i.test(left));
  const knownAs = GROUP_KNOWN_AS.exec(left);
  const knownAsGroup = ((!!knownAs && !/of\s+(?:them|which)\b/i.test(knownAs[0])) || ((!!knownAs || GROUP_CALLED_THEM.test(left)) && GROUP_KNOWN_AS_THEM.test(text.slice(Math.max(0, start - 300), start))) || (GROUP_CALLED_IT.test(left) && GROUP_CALLED_IT_NOUN.test(text.slice(Math.max(0, start - 150), start)))) && !knownBody(name) && !lookupPlace(name) && !civicLeft(left);
  const groupDeed = (GROUP_DEED_RIGHT.test(right) || GROUP_DEED_LEFT.test(left)) && !bodyShaped && !lookupPlace(name) && !countryByDemonym(ws[0].text) && !o.honor;
  // ("Walter Suárez Olmos, known as “El Ñato”, who was serving 22 years for drug trafficking": a nickname given
  // to the person just named is no group, whatever the passage says of crime.)
  const lastM = out[out.length - 1];
  const nickOfPerson = !!lastM && (lastM.votes.person ?? 0) > 0 && !lastM.votes.organization && !lastM.votes.group && !lastM.votes.location && /^\s*,\s*(?:(?:also|better|widely)\s+)?(?:known|nicknamed|called|dubbed)\s+(?:as\s+)?["“‘]?$/.test(text.slice(lastM.end, start));
  const groupCue = !nickOfPerson && (knownAsGroup ||
    (GROUP_LEFT_NOUN.test(left) && !civicLeft(left)) || GROUP_LEFT_NAMING_VERB.test(left) || GROUP_LEFT_ADJ.test(left) || GROUP_LEFT_SET.test(left) || GROUP_LEFT_BARE_ADJ.test(left) || membersOf || groupDeed ||
    (!!apposG && (GROUP_APPOS_ADJ.test(apposG[0]) || GROUP_NOUN_ITSELF.test(apposG[0]) || GROUP_APPOS_ACTIVITY.test(right.split(/[.;]/)[0].slice(0, 160)))) || GROUP_RIGHT.test(right) ||
    // "call themselves the Lai Valley Boys", "known to investigators as the Obock Syndicate", in a passage about violence.
    (GROUP_LEFT_SELF_NAMED.test(left) && VIOLENCE.test(near) && !civicLeft(left) && !BODY_KNOWN_AS.test(left)) ||
    (GROUP_LEFT_APPOS.test(left) && VIOLENCE.test(near) && !knownBody(name) && !lookupPlace(name) && !countryByDemonym(ws[0].text)) ||
    (GROUP_RIGHT_MOVEMENT.test(right) && VIOLENCE.test(near) && !(ws.length === 1 && /ists?$/.test(name))));
  // "Rapid Support Forces" in a text about a paramilitary force or militia: forces no state's name or arm names.
  const irregularForces = ws.length >= 2 && /^Forces?$/.test(lastWord) && !ws.some((w) => STATE_FORCE_WORDS.test(w.text) || !!countryByDemonym(w.text) || !!lookupPlace(w.text) || !!knownBody(w.text)) && IRREGULAR.test(text);
  return { apposG, membersOf, knownAsGroup, groupDeed, nickOfPerson, groupCue, irregularForces };
}

/** The shapes of an armed group's name (and the vote of the second half of a body's double name). */
export function militantCues(m: Mention, ws: Token[], name: string, lastWord: string, near: string, text: string, start: number, out: Mention[], irregularForces: boolean) {
  // "Jordan Armed Forces - Arab Army": the second half of a body's double name.
  const prevM = out[out.length - 1];
  const dashAfterBody = !!prevM && (prevM.votes.organization ?? 0) >= 3 && /^\s+[-–—]\s+$/.test(text.slice(prevM.end, start));
  // "Front de la Forêt de X", "Front for the Liberation of X", "Army of the Faithful": an armed movement's head word
  // may open its name, before "of"/"for"/"de".
  // ("Clan del Golfo", "Cartel de Jalisco", "Banda de los Choferes": so do a criminal band's, in Spanish and Portuguese.)
  const headFirst = ws.length >= 3 && /^(?:Front|Army|Brigades?|Battalions?|Legion|Movement|Mujahideen|Commandos?|Clan|Cartel|Cártel|Banda|Mara)$/.test(ws[0].text) && CONNECT.has(ws[1].text) && !ws.some((w) => /^(?:Republic|Kingdom|National|Federal|State|Democratic|Democracy|Change|Reform|Unity|Party)$/.test(w.text)) && !(ws[0].text === 'Army' && lookupPlace(phrase(ws.slice(2).filter((w) => w.text !== 'the'))));
  // ("the Gourma Liberation Front said it had killed six soldiers": a word of armed struggle inside a front's, an
  // army's or a movement's name makes it an armed group, even after a place's name.)
  const struggleName = ws.length >= 2 && /^(?:Front|Movement|Army|Brigades?|Battalions?|Legion|Commandos?|Mujahideen|Resistance)$/.test(lastWord) && ws.some((w) => /^(?:Liberation|Resistance|Revolutionary|Jihad|Jihadi|Jihadist|Mujahideen|Insurgent|Rebel|Salvation|Self-Defen[cs]e|Armed)$/.test(w.text)) && !ws.some((w) => /^(?:Police|Border|Coast|Coastal|Naval|Navy|Air|Presidential|Military|Territorial|National|Federal|Royal)$/.test(w.text)) && !knownBody(name) && !countryByName(ws[0].text);
  // ("the Rapid Intervention Battalion (BIR), an elite unit of the army, had sent …": an apposition that makes it a
  // unit of a state's force says it is no armed group, whatever violence is near.)
  const stateUnit = STATE_UNIT_APPOS.test(text.slice(m.end, m.end + 80));
  const militantShape = !dashAfterBody && !stateUnit && (irregularForces || struggleName || (headFirst && VIOLENCE.test(near)) || ws.length >= 2 && MILITANT_HEADS.has(lastWord) && !countryByDemonym(ws[0].text) && (!lookupPlace(ws[0].text) || /^(?:Syndicate|Cartel|Mafia|Boys)$/.test(lastWord)) && !/^(?:National|Royal|Federal|State|People's|Republican)$/.test(ws[0].text) && !ws.some((w) => /^(?:Coast|Coastal|Border|Naval|Navy|Air|Police|Defen[cs]e|Presidential|Marine|Military|Home|Territorial|Hellenic)$/.test(w.text) || (w.text === 'Armed' && !/^(?:Front|Movement|Brigades?)$/.test(lastWord))) && VIOLENCE.test(near));
  if (dashAfterBody) add(m.votes, 'organization', 6);
  return { headFirst, militantShape };
}

/** emitPiece's context cues for a group (none for a person's nickname): the words before and after the name, an
 * apposition, a noun after it; and the organisation votes among them. */
export function groupContextCues(m: Mention, ws: Token[], name: string, lastWord: string, left: string, right: string, near: string, text: string, start: number, end: number, apposG: RegExpExecArray | null, membersOf: boolean, knownAsGroup: boolean, groupDeed: boolean, nickOfPerson: boolean): void {
  if (!nickOfPerson) {
    if ((GROUP_LEFT_NOUN.test(left) && !civicLeft(left)) || GROUP_LEFT_NAMING_VERB.test(left) || GROUP_LEFT_ADJ.test(left) || GROUP_LEFT_SET.test(left) || GROUP_LEFT_BARE_ADJ.test(left)) {
      add(m.votes, 'group', 7);
      if (GROUP_LEFT_NOUN.test(left) && /\b(?:as|calls?|named|dubbed|dubs?)\s+(?:["“]\s*)?(?:the\s+)?["“]?$/i.test(left)) m.namedGroup = true;
      const d = /([\w-]+(?:\s+[\w-]+)?)\s+(?:group|gang|cartel|network|set|actor|organi[sz]ation|faction|militia)\b[^]*$/i.exec(left);
      m.groupDescription = d ? d[0].replace(/\s+(known as|called|calls|named|dubbed|tracked as|track as|we|the)\b.*$/i, '').trim() : undefined;
    }
    if (membersOf && !m.votes.group) add(m.votes, 'group', 5);
    if (GROUP_LEFT_APPOS.test(left) && VIOLENCE.test(near) && !knownBody(name) && !lookupPlace(name) && !countryByDemonym(ws[0].text) && !m.votes.group) add(m.votes, 'group', 7);
    if (GROUP_LEFT_SELF_NAMED.test(left) && VIOLENCE.test(near) && !civicLeft(left) && !BODY_KNOWN_AS.test(left) && !m.votes.group) add(m.votes, 'group', 7);
    if (BODY_KNOWN_AS.test(left) && ws.length <= 4 && !m.votes.group && !m.votes.person) add(m.votes, 'organization', 6);
    if (knownAsGroup && !m.votes.group) add(m.votes, 'group', 7);
    if (groupDeed && !m.votes.group) add(m.votes, 'group', 6);
  }
  // ("the Special Structure against Corruption and Organised Crime": a name of what it works against is a body's,
  // whatever its head; not a strategy's or a law's.)
  if (ws.length >= 4 && ws.some((w) => w.text === 'against') && ISSUE.test(lastWord) && !ws.some((w) => DOCUMENT_HEADS.has(w.text)) && !m.votes.group && !m.votes.document) add(m.votes, 'organization', 6);
  const appos = apposG;
  const activity = !!appos && GROUP_APPOS_ACTIVITY.test(right.split(/[.;]/)[0].slice(0, 160));
  if (appos && (GROUP_APPOS_ADJ.test(appos[0]) || GROUP_NOUN_ITSELF.test(appos[0]) || activity)) {
    add(m.votes, 'group', 6);
    m.groupDescription ??= appos[0].replace(/^\s*(?:\([^()]*\)\s*)?,\s*(?:a|an|the)\s+/i, '').trim();
  } else if (appos && /\bgroup$/i.test(appos[0])) add(m.votes, 'organization', 5); // "a private hospital group"
  if (GROUP_RIGHT.test(right) && !new RegExp(`^${GROUP_ADJ}$`, 'i').test(name)) {
    add(m.votes, 'group', 6);
    // "the Dhiab clan": a clan is named with its noun.
    const clan = /^\s+clan\b/.exec(right);
    if (clan && ws.length <= 2) {
      m.end = end + clan[0].length;
      m.text = `${name} clan`;
    }
  }
  // "a group her office calls the Porto Romano group": a group named after a place keeps its noun, so that it is not
  // the place.
  const nounAfter = m.namedGroup ? /^\s+(?:group|gang|network|ring|cartel|crew)\b/.exec(right) : null;
  if (nounAfter && ws.length <= 3 && (lookupPlace(name) || new RegExp(`\\b(?:in|at|near|to|from|outside)\\s+(?:the\\s+)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b(?!\\s+(?:group|gang|network|ring|cartel|crew)\\b)`).test(text))) {
    m.end = end + nounAfter[0].length;
    m.text = `${name}${nounAfter[0].replace(/^\s+/, ' ')}`;
  }
  if (GROUP_RIGHT_MOVEMENT.test(right) && VIOLENCE.test(near) && !m.votes.group && !(ws.length === 1 && /ists?$/.test(name))) add(m.votes, 'group', 5);
  // "Grey Heron, which …, said on its leak site": only an extortion crew has a leak site.
  if (ws.length <= 3 && /^[^.;"“”]{0,140}?\b(?:said|posted|wrote|claimed|announced|published)\s+on\s+(?:its|their)\s+(?:data\s+|dark[- ]web\s+)?leak\s+site\b/.test(right) && !m.votes.person && !m.votes.location && !knownBody(name)) add(m.votes, 'group', 7);
  if (m.votes.group) m.groupKind = CYBER.test(text.slice(Math.max(0, start - 120), Math.min(text.length, end + 120))) ? 'intrusion-set' : 'threat-actor';
}
