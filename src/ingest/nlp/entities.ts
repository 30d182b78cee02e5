/**
 * From mentions to entities: one kind per name from the evidence of all its mentions, spelling variants and
 * acronyms joined as aliases, a surname alone (or with an honorific) joined to the full name, and entities already
 * stored in the node reused.
 */
import type { EntityFinding, EntityKind, Span } from '../types.js';
import { nameKey, type KnownEntities } from '../known.js';
import type { Mention, Vote } from './mentions/index.js';
import { METONYMS, GOV_HEADS, ORG_HEADS, knownBody } from './gazetteer/bodies.js';
import { countryByDemonym, countryByName } from './gazetteer/countries.js';
import { SURNAME_OPENERS } from './mentions/words.js';

/** Patronymic particles of Malay and Arabic names: "Aminah binti Karim", "Faisal bin Nasser". */
const PATRONYMIC = /^(?:bin|binti|binte|bint|ibn|ibni|bte)$/;

/** "APT52, a state-sponsored intrusion set that other vendors call Saffron Kitten": another tracker's name. */
const ALIAS_CLAUSE = /^\s*,\s*(?:an?\s+)?[^,.;"“”()]{0,70}?\b(?:that|which|whom)\s+(?:\w+\s+){0,2}(?:call|calls|track as|tracks as|name|names|refer to as|refers to as|know as)\s+(?:the\s+)?$/i;
// ("The Anti-Corruption Bureau (ACB), known in Swahili as the Taasisi ya …", "known locally as": the name in the
// country's own language is the same body's.)
/** "CARICOM IMPACS" after "… of the Caribbean Community": two acronyms whose first is the owner's own (known) one. */
function unitOfOwnerAcronym(acronym: string, owner: Mention): boolean {
  const [first, second, ...rest] = acronym.split(/\s+/);
  if (!second || rest.length || !/^[A-Z][A-Z0-9]{1,7}$/.test(first) || !/^[A-Z][A-Z0-9]{1,7}$/.test(second)) return false;
  const body = knownBody(first);
  return !!body && body.name === knownBody(owner.canonical ?? owner.text)?.name;
}
const ALIAS_CUE = /^\s*(?:\)?\s*,\s*(?:better\s+|widely\s+|locally\s+|officially\s+)?known(?:\s+(?:locally\s+)?in\s+[A-Z][a-z]+)?\s+as|,?\s*(?:\(|(?:whose name is\s+)?(?:also|sometimes|often|previously|formerly)\s+(?:known as|spelled|spelt|written|called|transliterated as|referred to as|tracked as|tracks as)|a\.?k\.?a\.?|or))\s*(?:the\s+)?$/i;

/** "The Latvian Maritime Administration, known by its Latvian initials LJA": the initials a body is known by (not
 * where the body is a unit "of the" one the initials may be for: "The Naval Component of the Timor-Leste Defence Force,
 * known by its Portuguese initials F-FDTL"). */
const KNOWN_BY_INITIALS = /^\s*,\s*(?:(?:better|widely|also)\s+)?known\s+(?:by|under)\s+(?:its|their|the)\s+(?:[A-Za-z-]+\s+)?(?:initials|acronym|abbreviation)\s*$/i;
/** The words of forces' names in Spanish, Portuguese, French and Italian, as in keys (lower case, no accents), with
 * their English. */
const ROMANCE_FORCE_WORDS: Record<string, string> = {
  guardia: 'guard', guarda: 'guard', garde: 'guard', policia: 'police', police: 'police', polizia: 'police',
  gendarmeria: 'gendarmerie', gendarmerie: 'gendarmerie', armada: 'navy', marina: 'navy', marinha: 'navy',
  ejercito: 'army', exercito: 'army', esercito: 'army', armee: 'army', prefectura: 'prefecture',
  civil: 'civil', civile: 'civil', nacional: 'national', nationale: 'national', nazionale: 'national', federal: 'federal',
  federale: 'federal', republicana: 'republican', republicaine: 'republican', costera: 'coast', costeira: 'coast',
  costiera: 'coast', municipal: 'municipal', municipale: 'municipal', estatal: 'state', militar: 'military',
  militare: 'military', naval: 'naval', navale: 'naval', aerea: 'air', aeree: 'air', rural: 'rural',
};
const NICKNAME_CUE = /^\s*,\s*(?:an?\s+|the\s+)?[^,.;"“”()]{0,70}?\b(?:known|called|nicknamed|dubbed)\s+(?:to\s+[^,.;"“”()]{1,30}?\s+)?(?:as\s+)?(?:["“‘](?:\p{Lu}\p{Ll}{1,6}\.?\s+)?)?$/u;

const NICKNAME_NOT = /\b(?:who|whom|which|that|company|firm|business|group|organi[sz]ation|party|network|unit|operation|ship|vessel|boat|village|town)\b/i;

export interface Entities {
  entities: EntityFinding[];
  /** For each mention index, the key of its entity (or undefined when it was dropped). */
  mentionEntity: (string | undefined)[];
  /** Gender per person key where an honorific said it. */
  gender: Map<string, 'm' | 'f'>;
}

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'against', 'de', 'des', 'du', 'la', 'le', 'del', 'di', 'y', 'e', 'et', 'und', 'da', 'do', 'dos', 'das', '&']);

/** The head words of bodies' names, as name keys ("bank", "mission", "council"). */
const HEAD_KEYS = new Set([...GOV_HEADS, ...ORG_HEADS].map((h) => nameKey(h)));

/** A force's head word in the languages its full name may be written in (as in keys: lower case, no accents). */
const FORCE_WORDS: Record<string, RegExp> = {
  police: /\b(?:police|policia|polizia|politie|polizei|policja|gendarmerie|constabulary)\b/,
  army: /\b(?:army|ejercito|exercito|esercito|armee|defen[cs]e force)\b/,
  navy: /\b(?:navy|armada|marinha|marina|marine nationale)\b/,
  'coast guard': /\b(?:coast ?guard|guardia costiera|guarda costeira|guardia costera|garde cotes)\b/,
  'armed forces': /\b(?:armed forces|fuerzas armadas|forcas armadas|forze armate|forces armees|defen[cs]e force)\b/,
};
/** A place noun as a name key, which alone names no place ("the Bay", "the Islands", "the State"); not "gulf". */
const BARE_PLACE_NOUN = /^(?:bay|strait|straits|islands?|isles?|state|lake|river|valley|peninsula|coast|delta|lagoon|sea|channel|archipelago|atoll|reef|harbou?r|region|province|district|county|territory)$/;
const KIND_MIN: Record<EntityKind, number> = { person: 3, organization: 3, group: 4, location: 3, document: 5 };

function best(v: Vote): [EntityKind, number] | undefined {
  let top: [EntityKind, number] | undefined;
  for (const [k, n] of Object.entries(v) as [EntityKind, number][]) if (!top || n > top[1]) top = [k, n];
  return top;
}

/** "KEPSA" for the "Kenya Private Sector Alliance": an acronym that takes the first letter or letters of every word
 * of exactly one body's name, in order (at least three letters, and more than the plain initials). */
function spelledBy(acr: string, initialsOf: Map<string, Mention>): Mention | undefined {
  if (acr.length < 3) return undefined;
  const fits = (ws: string[], a: string): boolean => {
    if (!ws.length) return !a;
    const w = ws[0].toUpperCase();
    for (let n = Math.min(w.length, a.length - ws.length + 1); n >= 1; n--) if (a.startsWith(w.slice(0, n)) && fits(ws.slice(1), a.slice(n))) return true;
    return false;
  };
  const hits = [...new Set(initialsOf.values())].filter((m) => {
    const ws = m.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    return ws.length >= 2 && ws.length < acr.length && fits(ws, acr);
  });
  return hits.length === 1 ? hits[0] : undefined;
}

export function buildEntities(text: string, mentions: Mention[], known?: KnownEntities): Entities {
  // 1. Pool the evidence of every mention of the same name.
  const keys = new Map<Mention, string>();
  for (const m of mentions) keys.set(m, nameKey(m.canonical ?? m.text));
  const keyOf = (m: Mention) => keys.get(m) as string;
  // An acronym the text does not define in parentheses stands for the body or group it names in full whose
  // initials it spells ("the Australian Federal Police ... the AFP", "Rapid Support Forces ... RSF"), before any
  // other body a gazetteer knows by the same letters.
  const initialsOf = new Map<string, Mention>();
  for (const m of mentions) {
    const og = Math.max(m.votes.organization ?? 0, m.votes.group ?? 0);
    if (m.titleOnly || og < 3 || (m.votes.person ?? 0) >= og || (m.votes.location ?? 0) >= og) continue;
    const ws = m.text.split(/\s+/).filter((w) => /^[\p{Lu}]/u.test(w));
    if (ws.length < 2 || ws.length !== m.text.split(/\s+/).filter((w) => !CONNECTORS.has(w)).length) continue;
    const ini = ws.map((w) => w[0]).join('');
    if (!initialsOf.has(ini)) initialsOf.set(ini, m);
    // ("Sociedad Química y Minera de Chile" is SQM: an acronym may leave out the country the name ends with.)
    const own = m.text.split(/\s+/);
    if (ws.length >= 3 && own.length >= 3 && CONNECTORS.has(own[own.length - 2]) && countryByName(own[own.length - 1]) && !initialsOf.has(ini.slice(0, -1))) initialsOf.set(ini.slice(0, -1), m);
  }
  const acronymAlias = new Map<string, string>();
  for (const m of mentions) {
    // (Not a place a gazetteer knows by those letters: "the DRC" beside the Danish Refugee Council is Congo.)
    if (!/^[A-Z][A-Z&]{1,7}$/.test(m.text) || (m.votes.location ?? 0) >= 8) continue;
    const full = initialsOf.get(m.text.replace(/&/g, '')) ?? (m.canonical ? undefined : spelledBy(m.text, initialsOf));
    if (!full || full === m) continue;
    keys.set(m, nameKey(m.text));
    m.canonical = undefined;
    acronymAlias.set(nameKey(m.text), keyOf(full));
  }
  const initialOnly = new Map<string, boolean>();
  for (const m of mentions) initialOnly.set(keyOf(m), (initialOnly.get(keyOf(m)) ?? true) && !!m.initial);
  const pooled = new Map<string, Vote>();
  for (const m of mentions) {
    if (m.titleOnly) continue;
    const k = keyOf(m);
    const v = pooled.get(k) ?? {};
    for (const [kind, n] of Object.entries(m.votes) as [EntityKind, number][]) v[kind] = (v[kind] ?? 0) + n;
    pooled.set(k, v);
  }
  // A name the text gives a group in so many words ("an intrusion set we track as Amber Lynx") is no person, whatever
  // its first word looks like.
  for (const m of mentions) {
    const v = m.namedGroup && !m.titleOnly ? pooled.get(keyOf(m)) : undefined;
    if (v?.person) v.person = 0;
  }

  // A name the text gives a programme or show in quotation marks ("Pwani FM's “Bahari Leo” programme … welcome to
  // Bahari Leo") is no person.
  for (const m of mentions) {
    const v = m.namedWork && !m.titleOnly ? pooled.get(keyOf(m)) : undefined;
    if (v?.person) v.person = 0;
  }

  const mentionsOf = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = mentionsOf.get(keyOf(m));
    if (list) list.push(m);
    else mentionsOf.set(keyOf(m), [m]);
  }
  const anyMention = (k: string, test: (m: Mention) => boolean) => (mentionsOf.get(k) ?? []).some(test);

  // 2. Explicit aliases: "X, also known as Y", "X (ACR)", "X, sometimes spelled Y".
  const aliasOf = new Map<string, string>(acronymAlias);
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.titleOnly) continue;
    const between = (j: number) => text.slice(mentions[j].end, m.start);
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (mentions[j].titleOnly || mentions[j].sentence !== m.sentence) continue;
      const gap = between(j);
      // "… of the Organization of American States (OAS/EOM)": the second acronym of a pair names the whole.
      const paren = (/^\s*\($/.test(gap) || (/^\s*\(\s*[A-Z][A-Za-z]{1,9}\s*\/\s*$/.test(gap) && mentions[j].text.includes(' '))) && /^\)/.test(text.slice(m.end, m.end + 1));
      // "The AIVD, the General Intelligence and Security Service, said": an acronym, then the body's name.
      // "Jordan Armed Forces - Arab Army": a body's double name, joined by a dash.
      if (j === i - 1 && /^\s+[-–—]\s+$/.test(gap) && (m.votes.organization ?? 0) >= 5 && (mentions[j].votes.organization ?? 0) >= 3 && !m.votes.location && !mentions[j].votes.location) {
        if (keyOf(mentions[j]) !== keyOf(m)) aliasOf.set(keyOf(m), keyOf(mentions[j]));
        break;
      }
      const spelled = /^[A-Z]{2,7}$/.test(mentions[j].text) && /^\s*,\s*the\s+$/.test(gap) && (m.votes.organization ?? 0) >= 5 && m.text.includes(' ') && /^\s*,/.test(text.slice(m.end, m.end + 2));
      if (spelled) {
        if (keyOf(mentions[j]) !== keyOf(m)) aliasOf.set(keyOf(mentions[j]), keyOf(m));
        break;
      }
      // "Johannes Botha, a former sergeant known to the recruits as "Oom Hansie"": a person's nickname.
      // (Not "Kagiso Molefe, who ran a company called X": what is called so is something of theirs.)
      const nickname = NICKNAME_CUE.test(gap) && !NICKNAME_NOT.test(gap) && (mentions[j].votes.person ?? 0) >= 3 && !m.votes.organization && !m.votes.group && !m.votes.location;
      // "an exchange in Armenia or Türkiye": two places the gazetteer knows apart are never one another's names.
      // ("in Dakar or Geneva": without the comma of "Myanmar, or Burma", "or" between two places is a choice.)
      const twoPlaces = !!m.votes.location && !!mentions[j].votes.location && (m.canonical ?? m.text) !== (mentions[j].canonical ?? mentions[j].text) && (((m.votes.location ?? 0) >= 8 && (mentions[j].votes.location ?? 0) >= 8) || /^\s+or\s+$/.test(gap));
      // ("a maritime security centre in Pointe-Noire, known as CRESMAC": the acronym names the centre described, not
      // the place it sits in.)
      const seatOfDescribed = !paren && /^[A-Z][A-Z0-9]{1,9}$/.test(m.text) && !!mentions[j].votes.location && !mentions[j].votes.organization && /\b(?:in|at|near)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, mentions[j].start - 12), mentions[j].start));
      // ("Jean Paoli (U Levante)": several words in parentheses after a person, none of them from the name, are the
      // body the person speaks for, not another name of theirs.)
      // ("Cyril Ramaphosa (ANC) said", "Thabo Nkosi (Soweto) said": so are letters that do not open with the person's
      // initial, a party's, and a place the gazetteer knows, the person's home or seat.)
      // ("SANTONI (Collectif Massimu Susini): …": so is a transcript's speaker label in capitals at the start of a line.)
      const speakerLabel = /^\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,3}$/u.test(mentions[j].text) && /(?:^|\n)\s*$/.test(text.slice(Math.max(0, mentions[j].start - 4), mentions[j].start)) && /^\)\s*:/.test(text.slice(m.end, m.end + 4));
      const affiliation = paren && !/\b(?:Hon|MP|Deputy|Senator|Sen|Rep|Member|Councillor|Councilor|Assemblyman|Assemblywoman)\.?\s+$/.test(text.slice(Math.max(0, mentions[j].start - 16), mentions[j].start)) && (speakerLabel || ((mentions[j].votes.person ?? 0) >= 3 && (mentions[j].votes.person ?? 0) > (mentions[j].votes.organization ?? 0))) && (m.text.includes(' ') || speakerLabel || (/^[A-Z]{2,6}$/.test(m.text) && m.text[0] !== mentions[j].text[0]) || (m.votes.location ?? 0) >= 8) && !/\d/.test(m.text) && !m.text.split(/\s+/).some((w) => mentions[j].text.split(/\s+/).includes(w));
      if (affiliation) break;
      // ("the Central Bank or the Revenue Authority": without a comma, "or the" puts two bodies side by side as
      // alternatives; a second name of one body comes after a comma, ", or the X,", or with no article, "X or Y".)
      const alternatives = /^\s*or\s+the\s*$/i.test(gap);
      if (!twoPlaces && !seatOfDescribed && !alternatives && (paren || (ALIAS_CUE.test(gap) && gap.length < 60) || (KNOWN_BY_INITIALS.test(gap) && !/ of the /.test(mentions[j].text)) || ALIAS_CLAUSE.test(gap) || nickname)) {
        // "Mission in the Democratic Republic of the Congo (MONUSCO)": the whole name, not the place inside it.
        let t = j;
        for (let k = j - 1; k >= 0 && k >= j - 4; k--) if (mentions[k].end === mentions[j].end && mentions[k].start < mentions[t].start && !mentions[k].titleOnly) t = k;
        // ("Implementation Agency for Crime and Security of the Caribbean Community (CARICOM IMPACS)": an acronym that
        // opens with the owner's own acronym, then the unit's, names the unit "of the" owner.)
        if (paren && t === j && j > 0 && unitOfOwnerAcronym(m.text, mentions[j]) && /^\s+of\s+the\s+$/.test(text.slice(mentions[j - 1].end, mentions[j].start)) && (mentions[j - 1].votes.organization ?? 0) > 0) t = j - 1;
        if (keyOf(mentions[t]) !== keyOf(m)) aliasOf.set(keyOf(m), keyOf(mentions[t]));
        break;
      }
      // a whole relative clause may sit between: "Mr. Warsame, whose name is also spelled Warsome"
      if (/^\s*,\s*whose name is (?:also|sometimes) (?:spelled|spelt|written)\s*$/i.test(gap)) {
        aliasOf.set(keyOf(m), keyOf(mentions[j]));
        break;
      }
    }
  }
  // "Khalid Al Mansouri … Al Mansouri said", "Giulia Lo Russo … Lo Russo said it would close": a surname that opens
  // with a particle keeps it when written alone, and is the one person named before in full with it, whatever a weak
  // cue made of the short form.
  const fullBySurname = new Map<string, string[]>();
  for (const l of pooled.keys()) {
    const ws = l.split(' ');
    for (let i = 1; i < ws.length - 1; i++) {
      const surname = ws.slice(i).join(' ');
      if (SURNAME_OPENERS.has(ws[i])) fullBySurname.set(surname, [...(fullBySurname.get(surname) ?? []), l]);
    }
  }
  const firstAt = (k: string) => Math.min(...(mentionsOf.get(k) ?? []).map((m) => m.start));
  for (const [k, v] of pooled) {
    const full = aliasOf.has(k) ? undefined : fullBySurname.get(k);
    if (full?.length !== 1 || Math.max(v.organization ?? 0, v.group ?? 0, v.location ?? 0) >= 8 || firstAt(full[0]) > firstAt(k)) continue;
    const fv = pooled.get(full[0]) ?? {};
    const person = fv.person ?? 0;
    // (A full name with only weak evidence of a person stays unlinked, unless the surname alone is a person's:
    // "Faf Du Plessis … Du Plessis said"; linking on a given name alone cost fresh28 a quote.)
    const own = v.person ?? 0;
    const others = (x: Vote) => Math.max(x.organization ?? 0, x.group ?? 0, x.location ?? 0);
    if ((person >= 3 && person > others(fv)) || (own >= 3 && own > others(v) && person >= others(fv) && !others(fv))) aliasOf.set(k, full[0]);
  }
  const root = (k: string): string => {
    const seen = new Set<string>();
    while (aliasOf.has(k) && !seen.has(k)) {
      seen.add(k);
      k = aliasOf.get(k) as string;
    }
    return k;
  };
  for (const [alias, target] of aliasOf) {
    const r = root(target);
    const v = pooled.get(r) ?? {};
    const a = pooled.get(alias) ?? {};
    for (const [kind, n] of Object.entries(a) as [EntityKind, number][]) v[kind] = (v[kind] ?? 0) + n;
    pooled.set(r, v);
  }

  // 3. A kind per root name.
  const kindOf = new Map<string, [EntityKind, number]>();
  for (const [k, v] of pooled) {
    if (aliasOf.has(k)) continue;
    const b = best(v);
    if (b && b[1] >= KIND_MIN[b[0]]) kindOf.set(k, b);
  }

  // A two- or three-word name with weak evidence whose last word the text later uses alone ("Olena Kravets ...
  // Kravets, 54,"): a person called by their surname.
  for (const [k, v] of pooled) {
    const words = k.split(' ');
    if (words.length < 2 || words.length > 3 || kindOf.has(k) || aliasOf.has(k) || (v.person ?? 0) < 1) continue;
    const last = words[words.length - 1];
    if (pooled.has(last) && !kindOf.has(last) || kindOf.get(last)?.[0] === 'person') kindOf.set(k, ['person', 3]);
  }
  // A full name with no evidence of its own whose surname alone is a person ("Nikos Stavrou has commanded ...
  // Stavrou: “…”"): the full name is that person.
  for (const [k] of pooled) {
    if (kindOf.has(k) || aliasOf.has(k) || !k.includes(' ') || k.split(' ').length > 4) continue;
    const last = k.split(' ').at(-1) as string;
    // ("José Luis Quispe Mamani opened … Quispe Mamani said": or the two surnames Hispanic names end with.)
    const lastTwo = k.split(' ').length >= 3 ? k.split(' ').slice(-2).join(' ') : '';
    if ((kindOf.get(last)?.[0] === 'person' || (!!lastTwo && kindOf.get(lastTwo)?.[0] === 'person')) && anyMention(k, (m) => m.text.split(/\s+/).every((w) => /^\p{Lu}\p{Ll}/u.test(w)))) kindOf.set(k, ['person', 3]);
  }
  // 4. Surnames and short forms: "Lepik" → "Kaarel Lepik", "Orchid" → "Orchid Markets".
  const multi = [...kindOf.entries()].filter(([k]) => k.includes(' '));
  for (const [k, v] of pooled) {
    if (k.includes(' ') || aliasOf.has(k)) continue;
    const own = kindOf.get(k);
    if (own && own[1] >= 8 && own[0] !== 'person') continue; // a gazetteer hit stays itself
    // (Or an inner word of a longer name: "Víctor Ccori Sulca … Ccori said", the first of two Spanish surnames;
    // "Kelvin Yap Wei Ming … Yap said", a Chinese surname after an English given name.)
    const persons = multi.filter(([mk, [kind]]) => kind === 'person' && (mk.split(' ').at(-1) === k || mk.split(' ')[0] === k || (mk.split(' ').length >= 3 && mk.split(' ').slice(1, -1).includes(k) && !PATRONYMIC.test(k))));
    const lastOnly = persons.filter(([mk]) => mk.split(' ').at(-1) === k);
    let pick = lastOnly.length === 1 ? lastOnly : persons;
    // "Sheikh Mohammed": a given name with an honorific is the person introduced with the same honorific.
    if (pick.length > 1) {
      const hon = new Set((mentionsOf.get(k) ?? []).filter((m) => m.honorific).map((m) => m.honorific));
      const same = pick.filter(([mk]) => anyMention(mk, (m) => !!m.honorific && hon.has(m.honorific)));
      if (hon.size && same.length === 1) pick = same;
    }
    // ("Sub-Commissioner Dennis Castro … “…,” Castro said … President Xiomara Castro": of two people with the surname,
    // the one named before the surname is first used alone.)
    if (pick.length > 1) {
      const firstOf = (key: string) => Math.min(...(mentionsOf.get(key) ?? []).map((m) => m.start));
      const earlier = pick.filter(([mk]) => firstOf(mk) < firstOf(k));
      if (earlier.length === 1 && lastOnly.length > 1) pick = earlier;
    }
    // ("Paz" of "Rigoberto Paz Mejía" and of "Paz Mejía", which is already one of its names: one person.)
    const roots = new Set(pick.map(([mk]) => root(mk)));
    const whole = pick.find(([l]) => pick.every(([mk]) => ` ${l} `.includes(` ${mk} `)));
    if (pick.length === 1 || (pick.length > 1 && (roots.size === 1 || !!whole))) {
      aliasOf.set(k, pick.length === 1 ? pick[0][0] : roots.size === 1 ? [...roots][0] : (whole as [string, unknown])[0]);
      kindOf.delete(k);
      continue;
    }
    const onlyInitial = initialOnly.get(k) ?? true;
    // (A one-word company that only opens sentences, "Kairik said …", is still its longer name.)
    if ((!own || own[1] < 5) && (!onlyInitial || own?.[0] === 'organization')) {
      // ("the Attorney General's Office (Fiscalía General de la Nación) … According to the Fiscalía": or the first word
      // of another name the text gave the body.)
      const bodyKind = (key: string) => ['organization', 'group'].includes(kindOf.get(key)?.[0] ?? '');
      const orgs = new Set<string>();
      for (const [mk] of multi) if (bodyKind(mk) && mk.split(' ')[0] === k) orgs.add(root(mk));
      for (const a of aliasOf.keys()) if (a.includes(' ') && a.split(' ')[0] === k && bodyKind(root(a))) orgs.add(root(a));
      // (Not an adjective: "Amnesty's European institutions office" says nothing of the European Commission.)
      // ("Kairik said": a verb after it is no adjective's noun.)
      const adjective = anyMention(k, (m) => /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3)) && !/^\s+(?:said|says|told|tells|added|announced|confirmed|denied|rejects|rejected|has|had|is|was|will|would|\p{Ll}+ed)\b/u.test(text.slice(m.end, m.end + 20)));
      // ("the Siliguri Syndicate … an officer in Siliguri said": the first word of a gang's name that the text also
      // uses after a preposition of place is the place the gang is named after; so is "the marshes around Doñana" for the
      // "Doñana Biological Station".)
      // ("In Jigjiga, the head of the Commission's Jigjiga Branch": the preposition may open the sentence.)
      const placeUse = own?.[0] === 'location' && anyMention(k, (m) => /\b(?:in|at|near|outside|from|into|around|across|off|towards?|through|within|inside|beyond|along)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start)));
      if (orgs.size === 1 && k.length > 3 && !adjective && !placeUse) {
        aliasOf.set(k, [...orgs][0]);
        kindOf.delete(k);
      }
    }
    void v;
  }
  // "M1 Limited" … "M1's chief executive", "Tenvora Inc." … "Tenvora": a company named with and without its legal form.
  for (const [k, [kind]] of [...kindOf.entries()]) {
    const bare = /^(.+) (?:limited|ltd|inc|plc|llc|sa|ag|gmbh|nv|bv|ab|asa|oyj|oy|spa|pty|corp|corporation)$/.exec(k);
    if (kind !== 'organization' || !bare || aliasOf.has(bare[1]) || !pooled.has(bare[1]) || kindOf.get(bare[1])?.[0] === 'person' || anyMention(bare[1], (m) => !!m.canonical)) continue;
    aliasOf.set(bare[1], k);
    kindOf.delete(bare[1]);
  }
  // A person's multi-word surname alone: "Van Damme" → "Eric Van Damme"; a hyphenated one, even when a weak cue
  // took it for something else: "Back in Titanyen, Pierre-Louis was" → "Marie-Josée Pierre-Louis".
  const personKeys = [...kindOf.entries()].filter(([, [kind]]) => kind === 'person').map(([k]) => k);
  const weakOthers = [...kindOf.entries()].filter(([k, [kind, n]]) => kind !== 'person' && n < 8 && k.includes(' ')).map(([k]) => k);
  // A hyphenated surname with no evidence of its own ("Ndiaye-Sarr said"): the key of "Ndiaye-Sarr" has a space.
  const bareHyphenated = [...pooled.keys()].filter((k) => !kindOf.has(k) && !aliasOf.has(k) && k.includes(' ') && anyMention(k, (m) => /-/.test(m.text)));
  for (const short of [...personKeys, ...weakOthers, ...bareHyphenated]) {
    // "Ahmad Faiz bin Omar … Ahmad Faiz said": the given names before a patronymic are how the person is called.
    // ("Kristján Örn Bergsson … Kristján Örn said": two given names, as Icelanders are called, the same.)
    const given = personKeys.filter((l) => l !== short && l.startsWith(short + ' ') && (PATRONYMIC.test(l.slice(short.length + 1).split(' ')[0]) || l.split(' ').length === short.split(' ').length + 1));
    if (given.length === 1 && short.includes(' ') && personKeys.includes(short)) {
      aliasOf.set(short, given[0]);
      kindOf.delete(short);
      continue;
    }
    const longer = personKeys.filter((l) => l !== short && l.endsWith(' ' + short));
    if (longer.length === 1 && short.includes(' ') && (personKeys.includes(short) || anyMention(short, (m) => /-/.test(m.text)))) {
      aliasOf.set(short, longer[0]);
      kindOf.delete(short);
    }
  }
  // "the Pentagon" and "the Department of Defense": one body by its building and by its name.
  for (const [name, names] of METONYMS) {
    const k = nameKey(name);
    if (!kindOf.has(k) || aliasOf.has(k)) continue;
    const target = names.map(nameKey).find((n) => kindOf.get(n)?.[0] === 'organization');
    if (target) {
      aliasOf.set(k, target);
      kindOf.delete(k);
    }
  }
  // "Black Sea Shipping Outlook" and "Black Sea Shipping Outlook 2026": one document, named with and without its year.
  const undated = new Map<string, string[]>();
  for (const [l, [lk]] of kindOf) {
    const m = lk === 'document' ? /^(.+?) \d{4}(?: \d{4})?$/.exec(l) : null;
    if (m) undated.set(m[1], [...(undated.get(m[1]) ?? []), l]);
  }
  for (const [k, [kind]] of [...kindOf.entries()]) {
    const dated = undated.get(k);
    if (dated?.length === 1 && kind !== 'person' && dated[0] !== k) {
      aliasOf.set(k, dated[0]);
      kindOf.delete(k);
    }
  }
  // "Bayelsa State" and "Bayelsa", "Stung Treng province" and "Stung Treng": one place.
  let locKeys = [...kindOf.entries()].filter(([, [kind]]) => kind === 'location').map(([k]) => k);
  // ("Puerto Laurel … the province of Laurel", "villages on Tambuli Island … residents of Tambuli"): a short name the
  // text calls another kind of place, a division or a town, is that place, no short form of the longer name.
  const calledKind = (short: string, kinds: RegExp) => anyMention(short, (m) => kinds.test(text.slice(Math.max(0, m.start - 40), m.start)));
  const DIVISION_OF = /\b(?:department|province|state|region|district|county|municipality|governorate|prefecture)\s+of\s+$/i;
  const TOWN_OF = /\b(?:town|city|village|residents|inhabitants|mayor)\s+of\s+$/i;
  // "off Santo … north of Espiritu Santo": a place no gazetteer knows, named by the last word of a longer place name.
  for (const short of locKeys) {
    if (short.includes(' ') || (kindOf.get(short)?.[1] ?? 0) >= 8 || calledKind(short, DIVISION_OF)) continue;
    // ("Nieuw Nickerie … in Nickerie", "Puerto Ayora … Ayora": a town's name after a prefix that says "new", "port",
    // "fort" or "city" in its own language is the town, whatever a gazetteer knows of the full name; not English
    // "New", "Upper", "Old": New York is not York.)
    const PLACE_PREFIX = /^(?:nieuw|nova|novo|nueva|nuevo|neu|nowy|nowa|novi|port|porto|puerto|fort|bandar|kota|ciudad|villa|vila)$/;
    // ("West Bengal … north Bengal", "North Kivu … Kivu": a compass point before a name makes a part of the place, not
    // another name for it.)
    const longer = locKeys.filter((l) => l.endsWith(` ${short}`) && l.split(' ').length === 2 && !/^(?:north|south|east|west|upper|lower|central|northern|southern|eastern|western)$/.test(l.split(' ')[0]) && ((kindOf.get(l)?.[1] ?? 0) < 8 || PLACE_PREFIX.test(l.split(' ')[0])));
    if (longer.length === 1) {
      aliasOf.set(short, longer[0]);
      kindOf.delete(short);
    }
  }
  locKeys = locKeys.filter((k) => kindOf.has(k));
  // ("Bubiyan Island … Bubiyan", "the Caspian Sea … the Caspian": an island or a sea named by its name alone too.)
  for (const long of locKeys) {
    const m = /^(.+) (?:state|province|county|region|district|oblast|prefecture|governorate|department|municipality|mountains|hills|highlands|foothills|river|valley|plateau|desert|lagoon|delta|estuary|peninsula|archipelago|glacier|gorge|marshes|wetlands|island|sea)$/.exec(long);
    if (m && locKeys.includes(m[1]) && !(/ island$/.test(long) && calledKind(m[1], TOWN_OF))) {
      aliasOf.set(long, m[1]);
      kindOf.delete(long);
    }
  }
  // ("the Bay of Fundy … young men from the Bay", "90 tonnes left the Islands", "40 shops in the State": a place noun
  // standing alone points back at a place, the one the text named with that noun or the one the text is about; it is
  // no name of its own. "the Gulf" is a region's own name in news and stays.)
  for (const bare of locKeys.filter((k) => BARE_PLACE_NOUN.test(k) && (kindOf.get(k)?.[1] ?? 0) < 8)) {
    const named = locKeys.filter((l) => l !== bare && kindOf.has(l) && l.split(' ').includes(bare));
    if (named.length === 1) aliasOf.set(bare, named[0]);
    kindOf.delete(bare);
  }
  locKeys = locKeys.filter((k) => kindOf.has(k));
  // Organisations named with and without a national prefix: "Danish Centre for Cyber Security" / "Centre for Cyber
  // Security"; or without the country they belong to: "Ministry of Foreign Affairs [of the Republic of Lithuania]".
  // "Peace and Security Council of the African Union" is part of the African Union, not another name for it.
  let orgKeys = [...kindOf.entries()].filter(([, [kind]]) => kind === 'organization').map(([k]) => k);
  // "Polish border guards" and "the Border Guard": a national institution named by demonym and common noun is the
  // body the text also names.
  for (const long of orgKeys) {
    const [first, ...rest] = long.split(' ');
    if (!rest.length || !countryByDemonym(first.charAt(0).toUpperCase() + first.slice(1)) || !anyMention(long, (m) => /^\S+\s+\p{Ll}/u.test(m.text))) continue;
    const bare = rest.join(' ');
    const short = orgKeys.find((k) => k !== long && (k === bare || k === bare.replace(/s$/, '')));
    if (short && !aliasOf.has(short)) {
      aliasOf.set(long, short);
      kindOf.delete(long);
    }
  }
  // "Montenegrin police" and "the Police Administration": a country's police named by demonym or country is the one
  // police body the text names.
  // (A force's own name may end in "Police", "Hellenic Police"; what is no name is the demonym with "police" in lower
  // case.)
  // ("South African Police Service … Zimbabwe Republic Police … Zimbabwean police": where the text names the police of
  // several countries, the one of that country.)
  const policeBodies = orgKeys.filter((k) => /\bpolice\b/.test(k) && k.split(' ').length >= 2 && !anyMention(k, (x) => /\spolice$/.test(x.text)));
  const countryOf = (word: string) => {
    const w = word.charAt(0).toUpperCase() + word.slice(1);
    return countryByDemonym(w) ?? countryByName(w);
  };
  const policeCountries = new Map(policeBodies.map((k) => [k, k.split(' ').map(countryOf).filter((x) => !!x)]));
  for (const long of orgKeys) {
    const m = /^(\S+) police$/.exec(long);
    if (!policeBodies.length || !m || aliasOf.has(long) || !anyMention(long, (x) => /\spolice$/.test(x.text))) continue;
    const c = countryOf(m[1]);
    if (!c) continue;
    // (Not another country's police: "Kenyan police" is not the "Uganda Police Force".)
    const ofCountry = policeBodies.filter((k) => policeCountries.get(k)?.some((x) => x.code === c.code));
    const body = ofCountry.length === 1 ? ofCountry[0] : policeBodies.length === 1 && !policeCountries.get(policeBodies[0])?.length ? policeBodies[0] : undefined;
    if (!body) continue;
    aliasOf.set(long, body);
    kindOf.delete(long);
  }
  // "the Civil Guard … a sergeant of the Guardia Civil": a force's two-word name in a Romance language (noun, then
  // adjective) is its English name (adjective, then noun) that the text also uses.
  for (const k of orgKeys) {
    const ws = k.split(' ');
    if (ws.length !== 2 || aliasOf.has(k)) continue;
    const [noun, adj] = ws.map((w) => ROMANCE_FORCE_WORDS[w]);
    if (!noun || !adj) continue;
    const english = `${adj} ${noun}`;
    if (english !== k && orgKeys.includes(english) && !aliasOf.has(english)) {
      aliasOf.set(k, english);
      kindOf.delete(k);
    }
  }
  orgKeys = orgKeys.filter((k) => !aliasOf.has(k));
  // An acronym's body, as the text names it ("oas" → "organization of american states").
  const ownerOfAcronym = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (!/^[A-Z][A-Z&]{1,7}$/.test(m.text) || m.titleOnly) continue;
    const a = nameKey(m.text);
    const set = ownerOfAcronym.get(a) ?? new Set<string>();
    set.add(root(keyOf(m)));
    ownerOfAcronym.set(a, set);
  }
  // "Wydmar Logistics … Wydmar reported": a company named by its first word alone is the one company whose name
  // opens with it and ends in a company word, when the text names one such.
  const COMPANY_TAIL = /^(?:logistics|services|trading|construction|transport|resources|minerals|foods|exports|group|holdings|shipping|freight|airlines|airways|technologies|systems|solutions|software|industries|energy|telecom|bank|motors|mining|petroleum|pharmaceuticals|capital|securities|insurance|ltd|ltd\.|inc|inc\.|llc|plc|gmbh|ag|sa|s\.a\.|nv|bv|ab|oy|spa|pty|limited|corporation|corp|company|enterprises|ventures|labs|media|consulting|partners|analytics|electronics|chemicals|steel|maritime|lines)$/;
  for (const short of orgKeys) {
    if (short.includes(' ') || aliasOf.has(short) || locKeys.includes(short)) continue;
    const longer = orgKeys.filter((l) => l.startsWith(`${short} `) && COMPANY_TAIL.test(l.split(' ').pop() as string) && l.split(' ').length <= 4);
    if (longer.length === 1) {
      aliasOf.set(short, longer[0]);
      kindOf.delete(short);
    }
  }
  for (const short of orgKeys) {
    if (short.split(' ').length < 2) continue;
    const ofPlace = orgKeys.filter((l) => l.startsWith(short + ' of ') && !/ (?:ministry|department|office|agency|committee|council|commission) /.test(l.slice(short.length)));
    // ("the Central Bank … the Central Bank of Nigeria", "the Electoral Observation Mission … of the OAS": any body
    // named first or later by the words before its own "of" is the one body, when the text names only one such.)
    const headed = HEAD_KEYS.has(short.split(' ').at(-1) as string);
    if (ofPlace.length === 1 && (headed || /^(?:ministry|department|office|agency|committee|council|commission|government|embassy|parliament)\b/.test(short))) {
      aliasOf.set(short, ofPlace[0]);
      kindOf.delete(short);
      continue;
    }
    // "a spokesman for the National Army … the Surinamese army": a country's force named by its demonym and, once, by
    // its national name with the same head is the one body, when the text names one such.
    const dem = /^(\S+) (army|navy|police|air force|coast guard|guard|gendarmerie|armed forces|defence force|defense force)$/.exec(short);
    // "Timor-Leste police" and "the Polícia Nacional de Timor-Leste": a force named by its country and, once, in full
    // (in any language) with the country's name in it is the one body, when the text names one such.
    const byCountry = /^(.+) (police|army|navy|coast guard|armed forces)$/.exec(short);
    const surface = mentionsOf.get(short)?.[0]?.text.replace(/^the\s+/i, '') ?? '';
    if (byCountry && countryByName(surface.slice(0, surface.length - byCountry[2].length).trim())) {
      const head = FORCE_WORDS[byCountry[2]];
      const full = orgKeys.filter((l) => l !== short && l.includes(byCountry[1]) && head.test(l));
      if (full.length === 1) {
        aliasOf.set(short, full[0]);
        kindOf.delete(short);
        continue;
      }
    }
    if (dem && countryByDemonym(dem[1])) {
      // (Or by another adjective of the same country: "Greek coast guard" and the "Hellenic Coast Guard".)
      const sameCountry = (w: string) => countryByDemonym(w.charAt(0).toUpperCase() + w.slice(1))?.code === countryByDemonym(dem[1].charAt(0).toUpperCase() + dem[1].slice(1))?.code;
      const national = orgKeys.filter((l) => l !== short && (new RegExp(`^(?:national|royal|federal|people's|armed) ${dem[2]}$`).test(l) || (l.endsWith(` ${dem[2]}`) && l.split(' ').length === dem[2].split(' ').length + 1 && sameCountry(l.split(' ')[0]) && /\s\p{Ll}+$/u.test(surface) && !aliasOf.has(l))));
      if (national.length === 1) {
        aliasOf.set(short, national[0]);
        kindOf.delete(short);
        continue;
      }
    }
    // "the Ministry of Foreign Affairs and International Cooperation … The Ministry of Foreign Affairs said": a body
    // named later (or first) by its full name cut before its last "and" is the one body, when the text names only one
    // body whose name goes on so.
    const andMore = orgKeys.filter((l) => l.startsWith(short + ' and ') && !/ (?:ministry|department|office|agency|committee|council|commission|the) /.test(l.slice(short.length + 5)));
    if (andMore.length === 1 && / (?:of|for|on) /.test(short) && /^(?:ministry|department|office|agency|committee|council|commission|secretariat|directorate|bureau|institute|authority|centre|center)\b/.test(short)) {
      aliasOf.set(short, andMore[0]);
      kindOf.delete(short);
      continue;
    }
    // "the OAS Electoral Observation Mission" and "the Electoral Observation Mission of the Organization of American
    // States": a body named with its owner's acronym before it and with the owner after its own "of".
    const [first, ...restW] = short.split(' ');
    if (restW.length >= 2 && HEAD_KEYS.has(restW.at(-1) as string)) {
      const owners = new Set([first, ...(ownerOfAcronym.get(first) ?? [])]);
      const after = orgKeys.filter((l) => l.startsWith(`${restW.join(' ')} of `) && owners.has(l.slice(restW.join(' ').length + 4).replace(/^the /, '')));
      if (after.length === 1) {
        aliasOf.set(short, after[0]);
        kindOf.delete(short);
        continue;
      }
    }
    // "the Inter-Agency Task Force on Illegal Mining … According to the Task Force": a body named later by its head
    // words alone, which its full name holds before its own "on", "of", "for" or "against", is that body, when the
    // text names only one such.
    if (short.split(' ').length <= 3 && HEAD_KEYS.has(short.split(' ').at(-1) as string)) {
      const holder = orgKeys.filter((l) => l !== short && new RegExp(`(?:^|\\s)${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (?:on|of|for|against) `).test(l));
      if (holder.length === 1 && !aliasOf.has(short)) {
        aliasOf.set(short, holder[0]);
        kindOf.delete(short);
        continue;
      }
    }
    // ("Ministry of Interior" named first, as the text's own, then "the Syrian Ministry of Interior": two bodies.)
    const firstAt = (k: string) => Math.min(...(mentionsOf.get(k) ?? []).map((m) => m.start));
    let longer = orgKeys.filter((l) => l !== short && l.endsWith(' ' + short) && !/ (?:of|of the|for|for the|in|to)$/.test(l.slice(0, -short.length - 1)) && !(firstAt(short) < firstAt(l) && l.slice(0, -short.length - 1).split(' ').length === 1 && !!countryByDemonym(l.charAt(0).toUpperCase() + l.slice(1, l.indexOf(' ')))));
    // ("the Kenya Ports Authority … the Ports Authority … the Tanzania Ports Authority": of two such bodies, the short
    // form is the one named before it.)
    if (longer.length > 1) longer = longer.filter((l) => firstAt(l) < firstAt(short));
    if (longer.length === 1) {
      aliasOf.set(short, longer[0]);
      kindOf.delete(short);
    }
  }
  // "The Customary Senate said … and the Senate was right": a chamber or court named in full and then by its head word
  // alone is that body, when the text names only one body so headed (the bare word is otherwise a known body, the
  // Senate of the United States).
  const firstMention = (k: string) => Math.min(...(mentionsOf.get(k) ?? []).map((m) => m.start));
  for (const short of orgKeys) {
    if (!/^(?:senate|assembly|congress|parliament|council|court|tribunal|chamber)$/.test(short) || aliasOf.has(short)) continue;
    const longer = orgKeys.filter((l) => l.endsWith(` ${short}`) && !aliasOf.has(l) && firstMention(l) < firstMention(short));
    if (longer.length === 1) {
      aliasOf.set(short, longer[0]);
      kindOf.delete(short);
    }
  }

  // 5. Build the entities.
  const byRoot = new Map<string, EntityFinding>();
  const gender = new Map<string, 'm' | 'f'>();
  const mentionEntity: (string | undefined)[] = [];
  let n = 0;
  for (const m of mentions) {
    if (m.titleOnly) {
      mentionEntity.push(undefined);
      continue;
    }
    const r = root(keyOf(m));
    const kind = kindOf.get(r);
    if (!kind) {
      mentionEntity.push(undefined);
      continue;
    }
    let e = byRoot.get(r);
    const surface = m.canonical ?? m.text;
    if (!e) {
      e = { key: `e${++n}`, kind: kind[0], name: surface, aliases: [], roles: [], spans: [], confidence: Math.min(95, 40 + kind[1] * 5) };
      byRoot.set(r, e);
    } else if (nameKey(surface) === r && nameKey(e.name) !== r) {
      // the root's own form is the canonical name: "Kaarel Lepik" over an earlier "Lepik"
      if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
      e.name = surface;
    } else if (surface.split(' ').length > e.name.split(' ').length && nameKey(surface).endsWith(nameKey(e.name)) && e.kind === 'person') {
      e.aliases.push(e.name);
      e.name = surface;
    }
    if (surface !== e.name && !e.aliases.includes(surface)) e.aliases.push(surface);
    if (m.text !== e.name && !e.aliases.includes(m.text) && m.canonical && m.text.toLowerCase() !== e.name.toLowerCase()) e.aliases.push(m.text);
    e.spans.push({ start: m.start, end: m.end });
    if (m.title && e.kind === 'person' && !e.roles.includes(m.title)) e.roles.push(m.title);
    if (m.country && !e.country) e.country = m.country;
    if (m.isCountry) e.isCountry = true;
    if (m.government !== undefined && e.kind === 'organization') e.government = e.government || m.government;
    if (m.groupKind && e.kind === 'group') e.groupKind = e.groupKind === 'intrusion-set' ? 'intrusion-set' : m.groupKind;
    if (m.groupDescription && !e.description) e.description = m.groupDescription;
    if (m.gender && e.kind === 'person') gender.set(e.key, m.gender);
    mentionEntity.push(e.key);
  }
  const entities = [...byRoot.values()];
  for (const e of entities) {
    if (e.kind === 'group' && !e.groupKind) e.groupKind = 'threat-actor';
    // The canonical name of a person is their longest form ("Kaarel Lepik", not "Lepik").
    if (e.kind === 'person') {
      const all = [e.name, ...e.aliases];
      const longest = all.reduce((a, b) => (b.split(' ').length > a.split(' ').length ? b : a), e.name);
      if (longest !== e.name) {
        e.aliases = all.filter((x) => x !== longest);
        e.name = longest;
      }
    }
    e.aliases = [...new Set(e.aliases.filter((a) => nameKey(a) !== nameKey(e.name) || a !== e.name))].filter((a) => a !== e.name);
    if (known) {
      for (const name of [e.name, ...e.aliases]) {
        const hit = known.lookup(e.kind, name);
        if (hit.length === 1) {
          e.knownId = hit[0].id;
          break;
        }
      }
    }
  }
  void ({} as Span);
  return { entities, mentionEntity, gender };
}
