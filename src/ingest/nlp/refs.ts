/**
 * Everything that can be the subject of "said": entity mentions, pronouns ("she"), descriptions that point back
 * ("the minister", "the ministry", "prosecutors") and unnamed speakers ("a senior official"). Pronouns and
 * descriptions are resolved to an entity where the text makes it clear, else to `null` (known to be unknown).
 */
import type { EntityFinding, Span } from '../types.js';
import type { Mention } from './mentions/index.js';
import type { Tokenised } from './text.js';
import { countryByDemonym, countryOfCapital } from './gazetteer/countries.js';
import { ROLE_NOUNS } from './gazetteer/words.js';
import { KIN_AND_STATUS } from './gazetteer/roles.js';
import { GIVEN_NAMES, FEMALE_SURNAME, NOT_FEMALE_SURNAME, MALE_SURNAME, VIET_FAMILY, VIET_MIDDLE_SEX } from './gazetteer/given-names.js';
import nlp from 'compromise';
import { escapeRegExp, foldAccents, wordAlternation } from './strings.js';
import { OUTLET_LEFT, OUTLET_RIGHT } from './mentions/cues-bodies.js';

const givenNameCache = new Map<string, 'm' | 'f' | null>();
/** The sex a person's name suggests ("Helen Rourke", "Chiamaka Nwosu", "Dalė Kazlauskienė" → f), from the gazetteer's
 * given names, surname endings and Vietnamese middle names, else compromise's (cached); asked only when a pronoun has
 * to choose between people. */
function givenNameGender(name: string): 'm' | 'f' | undefined {
  const first = name.split(/\s+/)[0] ?? '';
  if (!name.includes(' ') || !first) return undefined;
  // A patronymic says it: "Aminah binti Karim" (daughter of), "Rosli bin Hamzah" (son of).
  if (/\s(?:binti|binte|bint|bte)\s/.test(name)) return 'f';
  if (/\s(?:bin|ibn)\s/.test(name)) return 'm';
  const ws = name.split(/\s+/);
  // "Nguyễn Thị Lan", "Trần Văn Minh": the Vietnamese middle name says it (the first word is the family name).
  if (ws.length >= 3 && VIET_FAMILY.has(first) && VIET_MIDDLE_SEX[ws[1]]) return VIET_MIDDLE_SEX[ws[1]];
  // The world's given names in the gazetteer, then the surname's ending where the given name is unknown or given to
  // both ("Saša Horáková", "Dalė Kazlauskienė", "Vanja Sokolov"), then compromise.
  const known = GIVEN_NAMES.get(first);
  if (known === 'm' || known === 'f') return known;
  const last = ws[ws.length - 1];
  if (ws.length >= 2 && /^\p{Lu}/u.test(last)) {
    if (FEMALE_SURNAME.test(last) && !NOT_FEMALE_SURNAME.test(last)) return 'f';
    if (MALE_SURNAME.test(last)) return 'm';
  }
  if (known === 'b') return undefined;
  let g = givenNameCache.get(first);
  if (g === undefined) {
    g = null;
    try {
      const d = nlp(`${first} Smith`);
      const f = d.has('#FemaleName');
      if (f !== d.has('#MaleName')) g = f ? 'f' : 'm';
    } catch {
      // compromise is only advice
    }
    if (givenNameCache.size > 5000) givenNameCache.clear();
    givenNameCache.set(first, g);
  }
  return g ?? undefined;
}

export type RefKind = 'entity' | 'pronoun' | 'nominal' | 'unnamed';

export interface Ref extends Span {
  kind: RefKind;
  sentence: number;
  /** The entity it denotes; null when it is a speaker the text does not name. */
  key: string | null;
  entityKind?: EntityFinding['kind'];
  /** A country or its capital (which speak for its government: "Russia said it was ready to mediate", "Tokyo said"). */
  country?: boolean;
  /** An object pronoun ("according to her"): never the subject of a verb. */
  object?: boolean;
  /** A title alone, resolved to the person introduced with it ("The Inspector-General of Police said"). */
  byTitle?: boolean;
  /** A kinship description ("Her mother shrugs."): its noun, resolved through the kin the text named ("her daughter, Y"). */
  kin?: string;
}

/** Kinship nouns that say a man, and those that say a woman. */
const MALE_KIN = 'husband|son|brother|father|uncle|nephew|grandson|grandfather|boyfriend|fiancé|stepfather|stepson';
const FEMALE_KIN = 'wife|daughter|sister|mother|aunt|niece|granddaughter|grandmother|girlfriend|fiancée|stepmother|stepdaughter|widow';
const MALE_KIN_RE = new RegExp(`^(?:${MALE_KIN})$`, 'i');
/** "Her husband, Karwan," / "whose late son": a kinship noun right before a name. */
const KIN_APPOS = new RegExp(`\\b(?:his|her|their|my|our|your|whose|a|the)\\s+(?:(?:late|younger|elder|older|eldest|youngest|only|own|former|first|second)\\s+)?(${MALE_KIN}|${FEMALE_KIN})\\s*,?\\s*$`, 'i');
/** Kinship nouns, and the nouns that name the same tie from the other side. */
const KIN_INVERSE: Record<string, string[]> = { mother: ['son', 'daughter'], father: ['son', 'daughter'], son: ['mother', 'father'], daughter: ['mother', 'father'], husband: ['wife'], wife: ['husband'], brother: ['brother', 'sister'], sister: ['brother', 'sister'] };
const KIN_SEX: Record<string, 'm' | 'f'> = { mother: 'f', father: 'm', son: 'm', daughter: 'f', husband: 'm', wife: 'f', brother: 'm', sister: 'f' };
const KIN_NOUNS = Object.keys(KIN_SEX).join('|');
/** "His mother …" opening a sentence: a person described through someone's kin. */
const KIN_SUBJECT_RE = new RegExp(`(?<=(?:^|[.!?]["”’]?[ \\t]+|\\n[ \\t]*))(His|Her)\\s+(${KIN_NOUNS})\\b`, 'g');
/** Before a name: "her daughter, Sunneva," / "with his son Tomas" / "Ana's husband, Luis,". */
const KIN_BEFORE_NAME = new RegExp(`\\b(his|her|[\\p{Lu}][\\p{L}.-]*['’]s)\\s+(?:(?:late|younger|elder|older|eldest|youngest|only|own)\\s+)?(${KIN_NOUNS})\\s*,?\\s*$`, 'iu');

const PERSON_NOUNS = ['minister', 'general', 'official', 'ambassador', 'senator', 'president', 'spokesperson', 'spokesman', 'spokeswoman', 'director', 'chief', 'commander', 'secretary', 'prosecutor', 'envoy', 'adviser', 'advisor', 'chair', 'chairman', 'chairwoman', 'chairperson', 'colonel', 'researcher', 'analyst', 'lawyer', 'leader', 'governor', 'mayor', 'commissioner', 'executive', 'premier', 'chancellor', 'diplomat', 'admiral', 'commodore', 'captain', 'major', 'superintendent', 'inspector', 'judge', 'sheriff', 'detective', 'sergeant', 'lieutenant', 'brigadier', 'marshal', 'king', 'queen', 'emir', 'sultan', 'attorney', 'lawmaker', 'speaker', 'deputy', 'founder', 'ceo', 'coordinator', 'negotiator', 'mediator', 'rapporteur', 'magistrate', 'constable', 'councillor', 'councilor', 'warden', 'priest', 'pastor', 'imam', 'bishop', 'cleric', 'rabbi', 'doctor', 'nurse', 'surgeon', 'physician', 'engineer', 'teacher', 'farmer', 'fisherman', 'trader', 'pilot', 'journalist', 'activist', 'veteran',
  // Offices of a state's or a body's envoys and overseers ('the delegate said' after 'X, the government's delegate in Y').
  'delegate', 'prefect', 'consul', 'ombudsman', 'ombudsperson', 'administrator', 'auditor', 'registrar'];
const ORG_NOUNS = ['association', 'federation', 'confederation', 'corporation', 'society', 'foundation', 'charity', 'chamber', 'coalition', 'tribunal', 'directorate', 'inspectorate', 'secretariat', 'line', 'airline', 'carrier', 'lender', 'insurer', 'retailer', 'manufacturer', 'maker', 'carmaker', 'chipmaker', 'shipper', 'conglomerate', 'navy', 'army', 'military', 'coastguard', 'ministry', 'agency', 'committee', 'subcommittee', 'council', 'prefecture', 'superintendency', 'municipality', 'governorate', 'commission', 'office', 'service', 'department', 'company', 'firm', 'vendor', 'group', 'gang', 'cartel', 'network', 'government', 'bureau', 'command', 'centre', 'center', 'organisation', 'organization', 'authority', 'administration', 'court', 'parliament', 'mission', 'observatory', 'institute', 'exchange', 'utility', 'alliance', 'union', 'panel', 'board', 'militia', 'brigade', 'battalion', 'movement', 'party', 'actor', 'operator', 'bank', 'hospital', 'university', 'embassy', 'newspaper', 'broadcaster', 'regulator', 'watchdog', 'daily', 'weekly', 'magazine', 'lab', 'team', 'unit', 'clinic', 'school', 'cert', 'force', 'operation', 'trust', 'fund', 'cooperative', 'co-operative', 'consortium', 'forum', 'initiative'];
const DOC_NOUNS = ['strategy', 'report', 'document', 'paper', 'review', 'advisory', 'assessment', 'plan', 'resolution', 'doctrine', 'statement', 'study', 'audit', 'alert', 'bulletin', 'guidelines', 'guideline', 'sheet', 'factsheet', 'survey'];
/** The head nouns of bodies' names in Spanish, Portuguese, French and Italian, by the English noun a text in English
 * calls them by after naming them ("the Agencia de …" → "the Agency"), accents folded. */
const FOREIGN_HEADS: Record<string, string[]> = {
  agency: ['agencia', 'agence', 'agenzia'],
  ministry: ['ministerio', 'ministere', 'ministero'],
  commission: ['comision', 'comissao', 'commission', 'commissione'],
  directorate: ['direccion', 'direcao', 'direction', 'direzione', 'diretoria', 'directoria'],
  council: ['consejo', 'conselho', 'conseil', 'consiglio'],
  institute: ['instituto', 'institut', 'istituto'],
  service: ['servicio', 'servico', 'service', 'servizio'],
  secretariat: ['secretaria', 'secretariat', 'segretariato', 'segreteria'],
  authority: ['autoridad', 'autoridade', 'autorite', 'autorita'],
  court: ['tribunal', 'corte', 'cour', 'tribunale'],
  bank: ['banco', 'banque', 'banca'],
  federation: ['federacion', 'federacao', 'federation', 'federazione'],
  association: ['asociacion', 'associacao', 'association', 'associazione'],
  party: ['partido', 'parti', 'partito'],
  chamber: ['camara', 'chambre', 'camera'],
  unit: ['unidad', 'unidade', 'unite', 'unita'],
  office: ['oficina', 'bureau', 'ufficio', 'gabinete', 'cabinet'],
  union: ['union', 'uniao', 'unione', 'sindicato', 'syndicat'],
  prosecutor: ['fiscalia', 'procuraduria', 'procuradoria', 'parquet', 'procura', 'procuratura'],
};
/** A state's forces and government by their bare nouns: no body unless named (the guide's session-13 decision). */
const STATE_FORCE_NOUNS = /^(?:navy|army|military|coastguard|force|police|militia|brigade|battalion|command|government|court|parliament)$/;
/** A news outlet described by its kind, and the last (or first) words of the names of newspapers and broadcasters. */
const PRESS_NOUNS = /^(?:newspaper|broadcaster|daily|weekly|magazine)$/;
const PRESS_NAME = /\b(?:Times|Post|Herald|Ledger|Gazette|Tribune|Journal|News|Press|Observer|Chronicle|Telegraph|Guardian|Courier|Examiner|Inquirer|Enquirer|Sentinel|Dispatch|Bulletin|Mercury|Argus|Clarion|Advertiser|Gleaner|Mirror|Recorder|Standard|Daily|Weekly|Magazine|Radio|Television|TV|FM|Broadcasting)$|^(?:Radio|Television|TV)\b/;
const GROUP_NOUNS = new Set(['group', 'gang', 'cartel', 'network', 'militia', 'movement', 'actor']);
const COMPANY_NOUNS = new Set(['line', 'company', 'firm', 'vendor', 'exchange', 'utility', 'operator', 'bank', 'airline', 'carrier', 'lender', 'insurer', 'retailer', 'manufacturer', 'maker', 'carmaker', 'chipmaker', 'shipper', 'conglomerate']);

const NOMINAL_RE = new RegExp(`(?:\\b[Tt]he|\\b[\\p{Lu}][\\p{L}-]+['’]s)\\s+((?:[a-z][\\w-]*\\s+){0,2})(${[...PERSON_NOUNS, ...ORG_NOUNS, ...DOC_NOUNS].join('|')})\\b`, 'giu');
/** "its commander", "her spokesman": a person described through whom they belong to. */
const POSS_NOMINAL_RE = new RegExp(`\\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s+((?:[a-z][\\w-]*\\s+){0,2})(${PERSON_NOUNS.join('|')})\\b`, 'g');
/** "its latest report", "their survey": a body's document, named through the body. */
const POSS_DOC_RE = new RegExp(`\\b(?:[Ii]ts|[Tt]heir)\\s+((?:[a-z][\\w-]*\\s+){0,2})(${DOC_NOUNS.join('|')})\\b`, 'g');
const PLURAL_RE = /\b(?:[Pp]rosecutors|[Ii]nvestigators|[Pp]olice|[Oo]fficials|[Oo]fficers|[Aa]nalysts|[Rr]esearchers|[Ee]xperts|[Oo]bservers|[Dd]iplomats|[Ww]itnesses|[Rr]esidents|[Ss]ources|[Aa]ctivists|[Mm]onitors|[Vv]illagers|[Ss]urvivors|[Rr]elatives|[Ff]amilies|[Ww]orkers|[Ee]mployees|[Cc]ritics|[Ll]awmakers|[Dd]octors|[Cc]olleagues|[Cc]ounterparts)\b(?:\s+(?:at|from|with|of)\s+(?:the\s+)?)?/g;
// (A state's own people too: "a civil servant who asked not to be named", "a ministry staffer", "an inspector".)
const UNNAMED_RE = /(?<!\b(?:as|like|became|become|becomes|becoming)\s)\b(?:[Mm]y|[Oo]ur|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Ss]everal|[Ss]ome)\s+(?:(?!(?:as|an?|the|of|in|at|to|for|with|from|and|or)\s)[\w-]+\s+){0,3}?(?:official|officials|commander|source|sources|diplomat|diplomats|officer|spokesperson|spokesman|spokeswoman|analyst|person|member|resident|witness|aide|adviser|advisor|insider|expert|researcher|investigator|lawmaker|woman|man|villager|villagers|farmer|driver|mother|father|student|teacher|worker|doctor|nurse|survivor|victim|relative|neighbour|neighbor|shopkeeper|trader|fisherman|soldier|soldiers|employee|engineer|journalist|activist|elder|refugee|passenger|garda|detective|prosecutor|boy|girl|youth|teenager|child|operator|porter|miner|guard|guards|smuggler|merchant|vendor|dealer|broker|herder|herdsman|shepherd|labourer|laborer|mechanic|carpenter|builder|sailor|crewman|fisher|boatman|ferryman|tailor|baker|butcher|cleaner|cook|waiter|guide|pupil|pensioner|widow|widower|grandmother|grandfather|son|daughter|brother|sister|husband|wife|uncle|aunt|cousin|friend|colleague|customer|client|buyer|seller|landlord|tenant|owner|manager|clerk|banker|accountant|lawyer|policeman|policewoman|ranger|fighter|rebel|migrant|protester|demonstrator|voter|citizen|local|pastor|priest|monk|nun|cleric|headman|nomad|miller|planter|grower|rancher|trucker|lorry driver|taxi driver|mason|welder|smith|hunter|poacher|trapper|logger|ranger|volunteer|medic|paramedic|midwife|pharmacist|veteran|conscript|deserter|recruit|inmate|prisoner|detainee|defector|informant|broker|middleman|courier|porter|servant|staffer|functionary|bureaucrat|inspector|consultant|contractor)\b(?:\s+(?:for|of|at|from|with)\s+(?:the\s+)?)?/g;
const PRONOUN_RE = /\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\b/g;
/** "Noraini asked him", "thanked her whether": a person who did something to "him" / "her". */
const DID_TO_HIM = /^\s+(?:(?:also|then|later|twice)\s+)?\p{Ll}+\s+him\b/u;
const DID_TO_HER = /^\s+(?:(?:also|then|later|twice)\s+)?\p{Ll}+\s+her\b(?!\s+(?!(?:whether|if|why|how|what|to|that|about)\b)\p{Ll})/u;
/** "the commander says", "the pastor said": a role noun that speaks. */
const ROLE_SPEAKS = new RegExp(`\\b[Tt]he\\s+(${wordAlternation([...ROLE_NOUNS].filter((n) => /^[a-z]+$/.test(n)))})(?=\\s+(?:said|says|told|tells|added|adds|explained|explains|insisted|insists|warned|warns|recalled|recalls|believes|conceded|concedes|replied|replies)\\b)`, 'g');
/** A person's own verb of saying right after the name, past an appositive ("Y, the director, said", "Y told"). */
const SPOKE_AFTER = /^(?:\s*,[^,.;:"“”]{1,110},)?\s*,?\s+(?:(?:also|later|then|has|had)\s+)?(?:said|says|told|tells|added|adds|stated|states|explained|warned|insisted|testified|replied|noted)\b/;
/** After a document's noun, what leads to its title: " presented to the board, titled “" / " entitled ". */
const TITLED_AFTER = /^(?:\s+\p{Ll}+(?:ed|en)\s[^,;:"“”]{1,60},)?\s*,?\s+(?:titled|entitled|called)\s+["“]?/u;
/** "according to her", "told him": object pronouns, resolved like their subject forms. */
const OBJECT_PRONOUN_RE = /\b(?:[Hh]im|[Hh]er)\b(?!\s+(?:own\s+)?\p{L})/gu;
/** "the Finnish Border Guard's spokesperson": one who speaks for the body named before it. */
const SPEAKS_FOR = /['’]s\s+(?:[a-z-]+\s+){0,2}(?:spokes(?:person|man|woman)|representative|press office|press secretary|press service|press officer)$/;

/** "The Ministry told Parliament": where a description's match ends on a name (the regex took "Ministry told" as the
 * modifiers of "Parliament"), the description is the shortest match before that name, if there is one. */
function nominalBeforeName(text: string, s: number, e: number, covered: (s: number, e: number) => boolean): number {
  let at = s;
  while (at < e && !covered(at, at + 1)) at++;
  if (at >= e || at === s) return e;
  const head = new RegExp(`^${NOMINAL_RE.source}(?=\\s+\\p{Ll})`, 'iu').exec(text.slice(s, at));
  return head ? s + head[0].length : e;
}

/** The short forms a body's name is called by after its first mention: the words before its "of" ("Border Troops" of
 * "Border Troops of the State Security Service"), or the name without a first word that says whose it is ("Customs"
 * of "Finnish Customs"). A single word that is only a body's noun ("Ministry") is a description, resolved elsewhere. */
function shortForms(name: string): string[] {
  const out: string[] = [];
  const of = /^((?:\p{Lu}[\p{L}-]+\s+)*\p{Lu}[\p{L}-]+)\s+of\s/u.exec(name);
  if (of && of[1].includes(' ')) out.push(of[1]);
  const whose = /^(\p{Lu}[\p{L}-]+)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)$/u.exec(name);
  if (whose && countryByDemonym(whose[1])) out.push(whose[2]);
  // ("Sector for the Fight against Organised Crime … The Sector considers", "Public Prosecution … The Prosecution has
  // asked": one head word before the body's "of"/"for"/"against", or after a word that says only what kind of public
  // body it is; not a title, "Commissioner for Human Rights".)
  const head = /^(\p{Lu}[\p{L}-]+)\s+(?:of|for|against)\s/u.exec(name) ?? /^(?:Public|National|Federal|Central|State|Special)\s+(\p{Lu}[\p{L}-]+)$/u.exec(name);
  if (head && !ROLE_NOUNS.has(head[1].toLowerCase()) && !PERSON_NOUNS.includes(head[1].toLowerCase())) out.push(head[1]);
  return out.filter((f) => !(!f.includes(' ') && ORG_NOUNS.includes(f.toLowerCase().replace(/s$/, ''))));
}

/** "Finnish Customs … Customs recalls that", "the Border Troops of the State Security Service … According to the
 * Border Troops, …": a body called by the short form of its name, where that short form stands as a subject (before a
 * verb in the present or past) or after "according to", and no other body named before has the same short form. */
function shortFormRefs(text: string, refs: Ref[], byKey: Map<string, EntityFinding>, sentenceAt: (pos: number) => number): Ref[] {
  const firstAt = new Map<string, number>();
  for (const r of refs) if (r.key && (r.entityKind === 'organization' || r.entityKind === 'group') && !firstAt.has(r.key)) firstAt.set(r.key, r.end);
  const owners = new Map<string, string[]>();
  for (const key of firstAt.keys()) for (const f of shortForms(byKey.get(key)?.name ?? '')) owners.set(f, [...(owners.get(f) ?? []), key]);
  const out: Ref[] = [];
  for (const [form, keys] of owners) {
    if (keys.length !== 1) continue;
    const key = keys[0];
    const re = new RegExp(`\\b${escapeRegExp(form)}\\b(?!\\s+(?:of\\s|\\p{Lu}))`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + form.length;
      if (start < (firstAt.get(key) ?? Infinity) || refs.some((r) => r.start < end && r.end > start)) continue;
      const left = text.slice(Math.max(0, start - 20), start);
      const right = text.slice(end, end + 30);
      const subject = /(?:^|[.!?]\s+|\n\s*(?:\d+\.\s+)?|\bthe\s+|(?:^|[.!?:]\s+|\n\s*)The\s+)$/.test(left) && /^\s+(?:also\s+)?\p{Ll}+(?:s|ed)\b/u.test(right) && !/^\s+(?:officers|officials|agents|staff|inspectors|officers'|brokers|posts|checks|data|figures|records|rules|declarations)\b/.test(right);
      if (!subject && !/\baccording\s+to\s+(?:the\s+)?$/i.test(left)) continue;
      const from = /\bthe\s+$/i.exec(left);
      const s0 = from && subject ? start - from[0].length : start;
      out.push({ start: s0, end, kind: 'entity', sentence: sentenceAt(start), key, entityKind: byKey.get(key)?.kind });
    }
  }
  return out;
}

export function buildRefs(text: string, tk: Tokenised, mentions: Mention[], mentionEntity: (string | undefined)[], entities: EntityFinding[], gender: Map<string, 'm' | 'f'>): Ref[] {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const sentenceAt = (pos: number): number => {
    let lo = 0;
    let hi = tk.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tk.sentences[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const refs: Ref[] = [];
  mentions.forEach((m, i) => {
    const key = mentionEntity[i];
    if (!key) return;
    refs.push({ start: m.start, end: m.end, kind: 'entity', sentence: m.sentence, key, entityKind: byKey.get(key)?.kind, country: !!byKey.get(key)?.isCountry || (byKey.get(key)?.kind === 'location' && !!countryOfCapital(byKey.get(key)?.name ?? '')) });
  });
  refs.push(...shortFormRefs(text, refs, byKey, sentenceAt));
  // "The Inspector-General of Police said": a title alone, after a person was introduced with it, is that person.
  const norm = (t: string) => t.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  mentions.forEach((m) => {
    if (!m.titleOnly || !m.title || /^\s*,\s*\p{Lu}/u.test(text.slice(m.end, m.end + 4))) return;
    const t = norm(m.title);
    // (A title in apposition after the name is held too: "X, Director of Operations of the Y Police," → "the Director".)
    const appos = (r: Ref) => {
      const a = /^\s*,\s*(?:the\s+)?(\p{Lu}[^,.;:"“”]{2,100}),/u.exec(text.slice(r.end, r.end + 110));
      return a ? [a[1], a[1].replace(/\s+(?:of|for|at|in)\s.*$/, '')] : [];
    };
    const holds = (r: Ref) => r.entityKind === 'person' && r.start < m.start && [...(byKey.get(r.key as string)?.roles ?? []), ...appos(r)].some((x) => {
      // ("UN Special Rapporteur on …" is held by the one "the Special Rapporteur" means: a body's acronym before it.)
      const role = norm(x.replace(/^(?:the\s+)?[A-Z]{2,6}\s+/, ''));
      return role === t || role.startsWith(`${t} `) || role.endsWith(` ${t}`) || norm(x) === t;
    });
    const hit = refs.filter(holds).pop();
    if (!hit) {
      // "IOM's Director General said": a body's head whom the text does not name speaks for the body.
      const body = refs.find((r) => r.kind === 'entity' && (r.entityKind === 'organization' || r.entityKind === 'group') && r.end < m.start && /^['’]s\s+(?:the\s+)?$/.test(text.slice(r.end, m.start)));
      if (!body || refs.some((r) => r.entityKind === 'person' && (byKey.get(r.key as string)?.roles ?? []).some((x) => norm(x).endsWith(t)))) return;
      for (let i = refs.length - 1; i >= 0; i--) if (refs[i].start >= m.start && refs[i].end <= m.end) refs.splice(i, 1);
      refs.push({ start: body.start, end: m.end, kind: 'nominal', sentence: m.sentence, key: body.key, entityKind: body.entityKind });
      return;
    }
    for (let i = refs.length - 1; i >= 0; i--) if (refs[i].start >= m.start && refs[i].end <= m.end) refs.splice(i, 1);
    refs.push({ start: m.start, end: m.end, kind: 'nominal', sentence: m.sentence, key: hit.key, entityKind: 'person', byTitle: true });
  });
  // "Superintendent Joseph Tanda, Enga's provincial police commander, … “…,” the commander says": a lower-case role
  // noun that speaks is the one person the text described with it (in a title or in apposition).
  const personRefs = refs.filter((r) => r.kind === 'entity' && r.entityKind === 'person');
  for (const m of text.matchAll(ROLE_SPEAKS)) {
    // ("an economist at the Institute …": the role's head noun stands before "at"/"of"/"for".)
    const endsWithNoun = new RegExp(`\\b${m[1].toLowerCase()}$`, 'i');
    const headOf = (x: string) => x.trim().replace(/\s+(?:at|of|for|with|in|from)\s+.*$/i, '');
    const has = (r: Ref) => {
      if ((byKey.get(r.key as string)?.roles ?? []).some((x) => endsWithNoun.test(headOf(x)))) return true;
      const appos = /^\s*,\s*([^,.;:"“”]{3,80}),/.exec(text.slice(r.end, r.end + 90));
      return !!appos && endsWithNoun.test(headOf(appos[1]));
    };
    const keys = new Set<string | null>();
    for (const r of personRefs) {
      if (r.start >= m.index) break;
      if (!keys.has(r.key) && has(r)) keys.add(r.key);
    }
    if (keys.size !== 1 || refs.some((r) => r.start < m.index + m[0].length && r.end > m.index)) continue;
    refs.push({ start: m.index, end: m.index + m[0].length, kind: 'nominal', sentence: sentenceAt(m.index), key: [...keys][0] as string, entityKind: 'person', byTitle: true });
  }
  const mask = new Uint8Array(text.length + 1);
  for (const r of refs) mask.fill(1, r.start, r.end);
  const covered = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (mask[i]) return true;
    return false;
  };
  for (const m of text.matchAll(UNNAMED_RE)) {
    // "A Philippine Coast Guard officer": a body named as a modifier of the person does not make the body speak;
    // the person's own noun must be free.
    const head = /(\w+)(?:\s+(?:for|of|at|from|with)\s+(?:the\s+)?)?$/.exec(m[0]);
    const headAt = m.index + (head ? head.index : 0);
    if (covered(headAt, headAt + (head ? head[1].length : 0)) || covered(m.index, m.index + 1)) continue;
    // "CALLER: My cousin went in August. … He says …": the speaker's kin or friend, unnamed, in words not quoted (a
    // transcript's turn, a letter); inside quotation marks "My father …" opens the speaker's own words and the
    // quotation's speaker stays the one named around it.
    if (/^[Mm]y|^[Oo]ur/.test(m[0]) && inQuote(text, text.lastIndexOf('\n', m.index) + 1, m.index)) continue;
    refs.push({ start: m.index, end: m.index + m[0].length, kind: 'unnamed', sentence: sentenceAt(m.index), key: null });
  }
  for (const m of text.matchAll(NOMINAL_RE)) {
    const s = m.index;
    let e = s + m[0].length;
    // "The Ministry told Parliament that": the description's words may run on into a verb and a name; the description
    // is the head before them.
    e = nominalBeforeName(text, s, e, covered);
    // "Bangladesh's foreign ministry": the country is a mention of its own; the description starts with it.
    const poss = /^[\p{Lu}][\p{L}-]+['’]s\s+/u.exec(m[0]);
    if (covered(poss ? s + poss[0].length : s, e) || refs.some((r) => r.kind === 'unnamed' && s >= r.start && s < r.end)) continue;
    // "the Ministry of Foreign Affairs" is a name, not a description.
    if (/^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(e, e + 12)) && /^\p{Lu}/u.test(m[2])) continue;
    refs.push({ start: s, end: e, kind: 'nominal', sentence: sentenceAt(s), key: null });
  }
  for (const m of text.matchAll(/\b[Tt]he\s+\d{1,3}-year-old(?=\s+(?:said|says|told|added|recalled|explained|insisted|admitted|replied)\b)/g)) {
    if (covered(m.index, m.index + m[0].length)) continue;
    refs.push({ start: m.index, end: m.index + m[0].length, kind: 'nominal', sentence: sentenceAt(m.index), key: null });
  }
  for (const m of [...text.matchAll(POSS_NOMINAL_RE), ...text.matchAll(POSS_DOC_RE)]) {
    if (covered(m.index, m.index + m[0].length) || refs.some((r) => r.start < m.index + m[0].length && r.end > m.index)) continue;
    refs.push({ start: m.index, end: m.index + m[0].length, kind: 'nominal', sentence: sentenceAt(m.index), key: null });
  }
  for (const m of text.matchAll(PLURAL_RE)) {
    if (covered(m.index, m.index + m[0].length)) continue;
    refs.push({ start: m.index, end: m.index + m[0].length, kind: 'nominal', sentence: sentenceAt(m.index), key: null });
  }
  for (const m of text.matchAll(PRONOUN_RE)) refs.push({ start: m.index, end: m.index + m[0].length, kind: 'pronoun', sentence: sentenceAt(m.index), key: null });
  for (const m of text.matchAll(KIN_SUBJECT_RE)) if (!covered(m.index, m.index + m[0].length)) refs.push({ start: m.index, end: m.index + m[0].length, kind: 'nominal', sentence: sentenceAt(m.index), key: null, kin: m[2].toLowerCase() });
  refs.sort((a, b) => a.start - b.start);

  // "A 24-year-old man from Soweto told the court … ¶ Lwazi Khumalo was the first witness …": a lede's unnamed subject
  // is the person the next sentence opens with and says who they are.
  for (const r of refs) {
    if (r.kind !== 'unnamed' || r.key || !/^(?:an?|one)\s/i.test(text.slice(r.start, r.end))) continue;
    const st = tk.sentences[r.sentence];
    const next = tk.sentences[r.sentence + 1];
    if (!st || !next || !/(?:^|\n)\s*$/.test(text.slice(Math.max(0, st.start - 2), st.start))) continue;
    // ("…, a senior garda told the committee on Wednesday. ¶ Assistant Commissioner Declan Ó Murchú of An Garda
    // Síochána … said …": an official's lede with a trailing attribution, then the next paragraph names them, with
    // their title, as saying it.)
    const titled = /^(?:[\p{Lu}][\p{L}.-]*\s+){1,4}$/u;
    const opens = text.slice(st.start, r.start).trim() === '';
    const official = !opens && /,\s*$/.test(text.slice(st.start, r.start)) && /\b(?:official|officer|commander|garda|detective|inspector|prosecutor|minister|diplomat|spokes(?:person|man|woman))\b/i.test(text.slice(r.start, r.end)) && /^\s*(?:told|said|says|tells|testified)\b/.test(text.slice(r.end, st.end)) && /\n\s*$/.test(text.slice(st.end, next.start));
    if (!opens && !official) continue;
    const who = refs.find((x) => x.kind === 'entity' && x.entityKind === 'person' && x.start >= next.start && (text.slice(next.start, x.start).trim() === '' || (official && titled.test(text.slice(next.start, x.start)))));
    if (who && ((opens && /^\s+(?:was|is)\s+(?:the|a|an|one)\b/.test(text.slice(who.end, who.end + 12))) || (official && /\b(?:said|says|told|tells)\b/.test(text.slice(who.end, next.end))))) {
      r.key = who.key;
      r.entityKind = 'person';
    }
  }
  // "A man from her village, whom everyone called Jit Bahadur, had promised …": an unnamed person the same clause
  // names is that person (and "man" / "woman" tells the sex).
  for (const r of refs) {
    if (r.kind !== 'unnamed' || r.key) continue;
    const who = refs.find((x) => x.kind === 'entity' && x.entityKind === 'person' && x.start > r.end && x.start <= r.end + 90 && /^[^.;:"“”]{0,60}?(?:,\s*(?:whom|who)\s+(?:\p{Ll}+\s+){0,2}(?:called|calls|call|knew|know|knows)(?:\s+as)?|,?\s*(?:called|named|known\s+as|nicknamed)|\s+who\s+(?:would\s+|did\s+not\s+|asked\s+to\s+be\s+)?(?:gave|give|gives|identified)\s+(?:only\s+)?(?:(?:his|her|their)\s+(?:first\s+|given\s+|family\s+)?name(?:\s+only)?(?:\s+as)?|as)\s*,?)\s+$/u.test(text.slice(r.end, x.start)));
    if (!who) continue;
    r.key = who.key;
    r.entityKind = 'person';
    const noun = text.slice(r.start, r.end).replace(/\s+(?:for|of|at|from|with)\s+(?:the\s+)?$/i, '').trim();
    const sex = /\b(?:man|boy|father|son|brother|husband)$/i.test(noun) ? 'm' : /\b(?:woman|girl|mother|daughter|sister|wife)$/i.test(noun) ? 'f' : undefined;
    if (sex && who.key && !gender.has(who.key)) gender.set(who.key, sex);
  }
  // "Her husband, Karwan, was killed": a kinship noun in apposition tells the sex of the one it names.
  for (const r of refs) {
    if (r.kind !== 'entity' || r.entityKind !== 'person' || !r.key || gender.has(r.key)) continue;
    const kin = KIN_APPOS.exec(text.slice(Math.max(0, r.start - 50), r.start));
    if (kin) gender.set(r.key, MALE_KIN_RE.test(kin[1]) ? 'm' : 'f');
  }
  // "Gulnara Osmon, 40, arrived with her daughter Aisha": "his"/"her" before a kinship noun, after the one person the
  // sentence has named so far, is that person's, and tells their sex (so a "she" after is the mother, not the child).
  for (const m of text.matchAll(/\b(his|her)\s+(?:(?:late|younger|elder|older|eldest|youngest|only|own|two|three|four|infant|baby|teenage|adult)\s+)?(?:husband|sons?|brothers?|father|uncle|nephews?|grandsons?|grandfather|wife|daughters?|sisters?|mother|aunt|nieces?|granddaughters?|grandmother|children|child|family|parents)\b/gi)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (inQuote(text, lineStart, m.index)) continue;
    const st = tk.sentences[sentenceAt(m.index)];
    const people = refs.filter((r) => r.kind === 'entity' && r.entityKind === 'person' && r.key && r.start >= st.start && r.end <= m.index && !inQuote(text, lineStart, r.start));
    const key = people[0]?.key;
    if (key && !gender.has(key) && people.every((r) => r.key === key)) gender.set(key, m[1].toLowerCase() === 'his' ? 'm' : 'f');
  }
  // Resolve in text order: a pronoun may point at a description resolved just before.
  const resolved: Ref[] = [];
  const quotedOnly = quotedSentences(text, tk);
  // The kin the text named: "her daughter, Sunneva" (of: the one "her" is, kin: daughter, who: Sunneva).
  const kinTies: { of: string; kin: string; who: string }[] = [];
  /** Whom a possessive "his"/"her" at `at` points to, resolved as "he"/"she" would be there. */
  const possessor = (at: number, word: string, sentence: number): string | null => {
    const named = /['’]s$/.test(word) ? resolved.find((x) => x.kind === 'entity' && x.entityKind === 'person' && x.end === at + word.length - 2) : undefined;
    if (named) return named.key;
    if (!/^h(?:is|er)$/i.test(word)) return null;
    const tmp: Ref = { start: at, end: at + word.length, kind: 'pronoun', sentence, key: null };
    resolvePronoun(text, tmp, resolved, byKey, gender, /^his$/i.test(word) ? 'he' : 'she', quotedOnly);
    return tmp.key;
  };
  for (const r of refs) {
    if (r.kind === 'entity' && r.entityKind === 'person' && r.key) {
      const tie = KIN_BEFORE_NAME.exec(text.slice(Math.max(0, r.start - 60), r.start));
      const of = tie ? possessor(r.start - tie[0].length + tie[0].indexOf(tie[1]), tie[1], r.sentence) : null;
      if (tie && of && of !== r.key) kinTies.push({ of, kin: tie[2].toLowerCase(), who: r.key });
    }
    if (r.kin) {
      // "Her mother shrugs.": the one whose daughter or son "her" is, or whom the text named as her mother.
      const p = possessor(r.start, text.slice(r.start, r.start + 3), r.sentence);
      const tie = p ? kinTies.find((t) => t.of === p && t.kin === r.kin) ?? kinTies.find((t) => t.who === p && KIN_INVERSE[r.kin as string].includes(t.kin)) : undefined;
      const key = tie ? (tie.of === p ? tie.who : tie.of) : null;
      if (key) {
        r.key = key;
        r.entityKind = 'person';
        if (!gender.has(key)) gender.set(key, KIN_SEX[r.kin]);
      }
      resolved.push(r);
      continue;
    }
    // "a Medis Polska spokeswoman", "A State Department spokesperson": one who speaks for the body named inside.
    // ("A ministry official said" after "Peru's energy ministry said": an unnamed official of the body the last
    // sentences named by that common noun speaks for it, as the guide has it; an officer keeps no speaker.)
    if (r.kind === 'unnamed' && /\b(?:spokes(?:person|man|woman)|representative|officials?)$/.test(text.slice(r.start, r.end))) {
      // ("Cyprus Police officers removed the bullets, and a police spokesman said": a body's common noun before the
      // role is the body of that kind named in this sentence or the one before.)
      const noun = /^\S+\s+([a-z]+)\s+(?:spokes|representative|official)/.exec(text.slice(r.start, r.end))?.[1];
      const named = (x: Ref) => (x.entityKind === 'organization' || x.entityKind === 'group') && !!x.key && !!noun && (noun === 'police' || ORG_NOUNS.includes(noun)) && (byKey.get(x.key)?.name ?? '').toLowerCase().split(/\s+/).includes(noun);
      // (An official with a body named inside, "A UNAMI official", keeps no speaker, as fresh11 labels it.)
      const inside = /officials?$/.test(text.slice(r.start, r.end)) ? undefined : refs.find((x) => x.kind === 'entity' && x.start > r.start && x.end < r.end && (x.entityKind === 'organization' || x.entityKind === 'group'));
      const body = inside ?? [...resolved].reverse().find((x) => x.kind === 'entity' && x.sentence >= r.sentence - 1 && named(x)) ?? (/^an?\s+spokes(?:person|man|woman)$/i.test(text.slice(r.start, r.end)) ? bodySpokenFor(r, undefined, resolved, byKey) : undefined);
      if (body) {
        r.key = body.key;
        r.entityKind = body.entityKind;
      }
    }
    // "The report, Smuggling of Migrants on the Eastern Route 2026, is based on": the name in apposition says which.
    // ("The review presented to the board, titled “Silent Wells 2027”, says": the title after "titled" says which.)
    const titled = r.kind === 'nominal' && !r.byTitle ? TITLED_AFTER.exec(text.slice(r.end, r.end + 140)) : null;
    const appos = r.kind === 'nominal' && !r.byTitle && (titled || /^\s*,\s*$/.test(text.slice(r.end, r.end + 2))) ? refs.find((x) => x.kind === 'entity' && x.start >= r.end + (titled ? titled[0].length : 0) && x.start <= r.end + (titled ? titled[0].length : 3) && x.entityKind === 'document') : undefined;
    // "managing director of the bus operator Trakline": a description with the name right after it is that name.
    // ("The national central bank, the Reserve Authority, said", "Mozambique's tax authority, the Autoridade …
    // (AT), says": a body's description with its name in apposition is that body, whatever was named before.)
    const apposBody = !appos && r.kind === 'nominal' && !r.byTitle && /^(?:[Tt]he\s|[\p{Lu}][\p{L}-]+['’]s\s)/u.test(text.slice(r.start, r.end)) ? refs.find((x) => x.kind === 'entity' && (x.entityKind === 'organization' || x.entityKind === 'group') && x.start > r.end && /^\s*,\s*(?:the\s+)?$/i.test(text.slice(r.end, x.start)) && /^\s*(?:\([^()]{1,12}\)\s*)?,/.test(text.slice(x.end, x.end + 20))) : undefined;
    // ("Ministry for Primary Industries officials said": a body's officials, named as a modifier before them, speak for it.)
    const officialsOf = r.kind === 'nominal' && /^(?:officials|spokespeople|representatives)\b/i.test(text.slice(r.start, r.end)) ? resolved.find((x) => x.kind === 'entity' && (x.entityKind === 'organization' || x.entityKind === 'group') && x.end < r.start && /^[ \t]+$/.test(text.slice(x.end, r.start))) : undefined;
    const close = !appos && r.kind === 'nominal' && !r.byTitle ? refs.find((x) => x.kind === 'entity' && x.start === r.end + 1 && text[r.end] === ' ' && (x.entityKind === 'organization' || x.entityKind === 'group')) : undefined;
    const denotes = appos ?? apposBody ?? officialsOf ?? close;
    if (denotes) {
      r.key = denotes.key;
      r.entityKind = denotes.entityKind;
    } else if (r.kind === 'nominal' && !r.byTitle) resolveNominal(text, r, resolved, byKey);
    if (r.kind === 'nominal' && !r.key && /^\s*,\s*$/.test(text.slice(r.end, r.end + 2))) {
      const next = refs.find((x) => x.kind === 'entity' && x.start >= r.end && x.start <= r.end + 3);
      if (next && next.entityKind !== 'location') {
        r.key = next.key;
        r.entityKind = next.entityKind;
      }
    }
    if (r.kind === 'unnamed' || r.kind === 'nominal') {
      // "a spokesperson for the Swedish Security Service": the body speaks.
      // "A diplomat at the UN" is a person the text does not name, not the body: only one who speaks for it.
      const own = text.slice(r.start, r.end);
      // "a spokeswoman for Brazil's Federal Police said … “…,” said the spokeswoman, Ana Paula Teixeira": the one the
      // next sentences name with the same noun is the one who spoke.
      const noun = r.kind === 'unnamed' ? /^(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(spokes(?:person|man|woman)|representative|official|officer|commander|director)\b/i.exec(own) : null;
      const named = noun ? refs.find((x) => x.kind === 'entity' && x.entityKind === 'person' && x.start > r.end && x.sentence <= r.sentence + 2 && new RegExp(`\\bthe\\s+${noun[1]}\\s*,\\s*$`, 'i').test(text.slice(Math.max(0, x.start - 40), x.start))) : undefined;
      if (named) {
        r.key = named.key;
        r.entityKind = 'person';
      } else if (/\b(?:for|of|at|from|with)\s+(?:the\s+)?$/.test(own) && (r.kind === 'nominal' || /\bfor\s+(?:the\s+)?$/.test(own) || /\b(?:spokes\w+|representatives?|statement)\s+\w+\s+(?:the\s+)?$/.test(own))) {
        const next = refs.find((x) => x.kind === 'entity' && x.start >= r.end && x.start <= r.end + 1);
        // ("a spokeswoman for the Ministry says", "a spokesperson for the company said": a body's common noun.)
        const noun = /^an?\s+spokes(?:person|man|woman)\s+for\s+the\s+$/i.test(own) ? /^([\p{L}-]+)\b/u.exec(text.slice(r.end))?.[1].toLowerCase() : undefined;
        const body = next && (next.entityKind === 'organization' || next.entityKind === 'group') ? next : !next && noun && ORG_NOUNS.includes(noun) ? bodySpokenFor(r, noun, resolved, byKey) : undefined;
        if (body) {
          r.key = body.key;
          r.entityKind = body.entityKind;
        }
      }
    } else if (r.kind === 'pronoun') resolvePronoun(text, r, resolved, byKey, gender, undefined, quotedOnly);
    if (r.kind === 'nominal' && !r.key && SPEAKS_FOR.test(text.slice(r.start, r.end))) {
      const poss = r.start + /['’]s\s/.exec(text.slice(r.start, r.end))!.index;
      const body = resolved.find((x) => x.kind === 'entity' && x.end === poss && (x.entityKind === 'organization' || x.entityKind === 'group'));
      if (body) {
        r.key = body.key;
        r.entityKind = body.entityKind;
      }
    }
    resolved.push(r);
  }
  bodyNamedNext(text, resolved, byKey);
  // Object pronouns last, so that they teach and take nothing from the subjects around them.
  const objects: Ref[] = [];
  let upTo = 0;
  for (const m of text.matchAll(OBJECT_PRONOUN_RE)) {
    const r: Ref = { start: m.index, end: m.index + m[0].length, kind: 'pronoun', sentence: sentenceAt(m.index), key: null, object: true };
    while (upTo < resolved.length && resolved[upTo].start < r.start) upTo++;
    // Only the references of the last few sentences can be its antecedent.
    let from = upTo;
    while (from > 0 && resolved[from - 1].sentence >= r.sentence - 3) from--;
    resolvePronoun(text, r, resolved.slice(from, upTo), byKey, gender, /^h[ie]m$/i.test(m[0]) ? 'he' : 'she');
    objects.push(r);
  }
  return objects.length ? [...resolved, ...objects].sort((a, b) => a.start - b.start) : resolved;
}

// Common nouns that any body may be called by, whatever its name ("the company" for Meta).
const ANY_BODY_NOUNS = ['company', 'firm', 'organisation', 'organization'];

/** The body an unnamed spokesperson speaks for when the text names it by a common noun only ("a spokeswoman for the
 * Ministry", "a spokesperson for the company") or not at all ("A spokesman said that …" after the body's own
 * statement): the last body of that noun named in this sentence or the two before (for "company" or "firm", the first
 * body of the nearest sentence that names one); with no noun, the one body the sentence before or this one names, none if they name two. */
function bodySpokenFor(r: Ref, noun: string | undefined, resolved: Ref[], byKey: Map<string, EntityFinding>): Ref | undefined {
  const bodies = resolved.filter((x) => !!x.key && (x.kind === 'entity' || x.kind === 'pronoun') && (x.entityKind === 'organization' || x.entityKind === 'group') && x.sentence >= r.sentence - (noun ? 2 : 1) && x.sentence <= r.sentence).reverse();
  if (!noun) return new Set(bodies.map((x) => x.key)).size === 1 ? bodies[0] : undefined;
  // ("Meta, which owns Facebook, said … after a report from the OGCIO. A spokesperson for the company said": any body's
  // noun goes to the subject of the nearest sentence naming bodies, the first body it names.)
  if (ANY_BODY_NOUNS.includes(noun)) return bodies.filter((x) => x.sentence === bodies[0]?.sentence).pop();
  return bodies.find((x) => (byKey.get(x.key as string)?.name ?? '').toLowerCase().split(/\s+/).includes(noun));
}

/** "…, the interior ministry said. ¶ The Ministry of Interior said in a statement …", "…, the French prefecture said.
 * ¶ The Prefecture of Mayotte said …": a body's description that nothing before it resolves (a lede's trailing
 * attribution) is the body named in full in the next two sentences whose name holds its noun, when each of its other
 * words is in that name too or says the country ("French"). Not a state's force or government by its bare noun. */
function bodyNamedNext(text: string, refs: Ref[], byKey: Map<string, EntityFinding>): void {
  for (const r of refs) {
    if (r.kind !== 'nominal' || r.key) continue;
    const words = text.slice(r.start, r.end).toLowerCase().split(/\s+/);
    if (words[0] !== 'the' || words.length > 4) continue;
    const noun = words[words.length - 1];
    if (!ORG_NOUNS.includes(noun) || STATE_FORCE_NOUNS.test(noun)) continue;
    const named = refs.find((x) => x.kind === 'entity' && x.start > r.end && x.sentence <= r.sentence + 2 && x.entityKind === 'organization' && (byKey.get(x.key as string)?.name ?? '').toLowerCase().split(/[\s-]+/).includes(noun));
    const name = named ? (byKey.get(named.key as string)?.name ?? '').toLowerCase() : '';
    if (!named || !words.slice(1, -1).every((w) => name.split(/[\s-]+/).includes(w) || !!countryByDemonym(w[0].toUpperCase() + w.slice(1)))) continue;
    r.key = named.key;
    r.entityKind = named.entityKind;
  }
}

function resolveNominal(text: string, r: Ref, before: Ref[], byKey: Map<string, EntityFinding>): void {
  const noun = (/(\w+)$/.exec(text.slice(r.start, r.end))?.[1] ?? '').toLowerCase().replace(/s$/, '');
  const prior = before.filter((x) => x.key && x.start < r.start).reverse();
  const ent = (x: Ref) => byKey.get(x.key as string) as EntityFinding;
  let hit: Ref | undefined;
  if (PERSON_NOUNS.includes(noun) && !/^(prosecutor|investigator|analyst|researcher|official)$/.test(noun) || (PERSON_NOUNS.includes(noun) && /^the\b/i.test(text.slice(r.start, r.end)))) {
    // ("the Minister" is not the Vice Minister; where no minister is named, a Secretary of State holds a minister's
    // office, as in the Americas and Portugal.)
    // (A "Vice Admiral" is an admiral: ranks are not offices.)
    const plain = /^(?:minister|president|chair\w*|director|governor|secretary|mayor|speaker|commissioner)$/.test(noun) && !/\b(?:vice|deputy|assistant|junior|under|associate)\b/i.test(text.slice(r.start, r.end));
    const junior = new RegExp(`\\b(?:vice|deputy|assistant|junior|under|associate)[\\s-]+${noun}`);
    hit = prior.find((x) => x.entityKind === 'person' && ent(x).roles.some((t) => t.toLowerCase().includes(noun) && !(plain && junior.test(t.toLowerCase()))));
    if (!hit && noun === 'minister' && plain) {
      const heads = new Set(prior.filter((x) => x.entityKind === 'person' && ent(x).roles.some((t) => /^secretary of state\b/i.test(t))).map((x) => x.key));
      if (heads.size === 1) hit = prior.find((x) => heads.has(x.key));
    }
    // "The navy's spokesperson, Commander Lisa Hart, ... The spokesperson said": the role stood before the name.
    if (!hit) hit = prior.find((x) => x.entityKind === 'person' && x.kind === 'entity' && new RegExp(`\\b${noun}s?\\s*,\\s*(?:[\\p{Lu}][\\p{L}.]*\\s+){0,3}$`, 'iu').test(text.slice(Math.max(0, x.start - 80), x.start)));
    // "…, said Pedro Ruiz, the central government's delegate in Murcia. … the delegate said": the role in apposition
    // after the name, however many people were named since.
    if (!hit) hit = prior.find((x) => x.entityKind === 'person' && x.kind === 'entity' && describedAs(text, x, noun));
    // ("The prosecutor's office said" after "the Fiscalía de la Nación": a prosecution service named in its own language.)
    if (!hit && noun === 'prosecutor') hit = prior.find((x) => x.entityKind === 'organization' && (ent(x).name.toLowerCase().includes(noun) || FOREIGN_HEADS.prosecutor.includes(foldAccents(ent(x).name.split(/\s+/)[0]))));
    // "Her colleague, Dr. Jean Mukwege, left. … the surgeon said": the one person the sentence before named, in the
    // same paragraph, when the text gave them no role that could say otherwise (a relation or a status, "her
    // colleague", "a passenger", says nothing of one's work).
    if (!hit && /^the\s/i.test(text.slice(r.start, r.end)) && !/^(prosecutor|investigator|analyst|researcher|official)$/.test(noun)) {
      const last = prior.find((x) => x.entityKind === 'person');
      if (last && last.sentence >= r.sentence - 1 && !text.slice(last.end, r.start).includes('\n') && ent(last).roles.every((t) => KIN_AND_STATUS.has(/(\S+)$/.exec(t.toLowerCase())?.[1] ?? '')) && prior.filter((x) => x.entityKind === 'person' && x.sentence === last.sentence).every((x) => x.key === last.key)) hit = last;
    }
  } else if (/-year-old$/.test(text.slice(r.start, r.end))) {
    // "“Somebody had to,” the 42-year-old says": the person the last sentences were about.
    const last = prior.find((x) => x.entityKind === 'person');
    if (last && last.sentence >= r.sentence - 2) hit = last;
  } else if (GROUP_NOUNS.has(noun)) {
    hit = prior.find((x) => x.entityKind === 'group');
    // "X, which researchers link to the Y operation, said … the group wrote": the group its sentence is about (the
    // first it names), not one named inside a relative clause.
    const h = hit;
    if (h) hit = prior.filter((x) => x.entityKind === 'group' && x.sentence === h.sentence && x.kind === 'entity').pop() ?? h;
    // "Siemens Energy cut its forecast. The group said …": a company group when no armed or criminal one was named.
    if (!hit && noun === 'group' && !prior.some((x) => x.entityKind === 'group')) hit = prior.find((x) => x.sentence >= r.sentence - 2 && x.entityKind === 'organization' && !ent(x).government);
  } else if (COMPANY_NOUNS.has(noun)) {
    // ("Mediterránea Salud, a prepaid health insurer, … The insurer's chief executive": a company of a particular trade
    // is the one the text introduced as such, before any company named since; "the company" is the last one.)
    const trade = noun !== 'company' && noun !== 'firm' ? prior.find((x) => x.entityKind === 'organization' && x.kind === 'entity' && !ent(x).government && describedAs(text, x, noun)) : undefined;
    hit = trade ?? prior.find((x) => x.entityKind === 'organization' && (ent(x).name.toLowerCase().includes(noun) || !ent(x).government));
    // "the vendor's advisory says …" in a report that never names the product's vendor: a maker is one the text
    // introduced as such, not any company named before.
    if (hit && /^(?:vendor|maker|manufacturer)$/.test(noun)) hit = prior.find((x) => x.entityKind === 'organization' && (ent(x).name.toLowerCase().includes(noun) || describedAs(text, x, noun) || new RegExp(`\\b(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}${noun}\\s*,?\\s*$`, 'i').test(text.slice(Math.max(0, x.start - 60), x.start))));
  } else if (/^police\b/i.test(text.slice(r.start, r.end)) && !/\bthe\s+$/i.test(text.slice(Math.max(0, r.start - 4), r.start))) {
    // "…, police said", "Police say …": with no article, officers the text does not name, not the force it named
    // ("The police say …" still points at the force named before, as fresh3 labels it).
  } else if (ORG_NOUNS.includes(noun) || /^(prosecutor|police)$/.test(noun)) {
    // "MINISTRY OF TRADE AND INDUSTRY ¶ PRESS STATEMENT … The Ministry urges farmers …": in a statement under a
    // body's letterhead (its name in capitals on the first lines), "the Ministry" with a capital is the issuer, even
    // just after another ministry was named (an acronym defined early, "… Committee (JFC)", is no letterhead).
    const issuer = /^the\s+\p{Lu}/iu.test(text.slice(r.start, r.end)) && /^\p{Lu}/u.test(noun ? text.slice(r.end - noun.length - (/s$/i.test(text.slice(r.start, r.end)) ? 1 : 0), r.end) : '')
      ? before.filter((x) => x.key && x.kind === 'entity' && x.entityKind === 'organization' && x.start < 300 && !/\p{Ll}/u.test(text.slice(x.start, x.end)) && /\s/.test(text.slice(x.start, x.end)) && ent(x).name.toLowerCase().split(/\s+/).some((w) => w.replace(/s$/, '') === noun))
      : [];
    if (issuer.length && issuer.every((x) => x.key === issuer[0].key)) hit = issuer[0];
    // (The last mention that names such a body, by its name or by the same noun: not a pronoun or another description
    // resolved to some body in between, "the psychiatric hospital at Kissy" after "Guinea's security ministry".)
    const namesIt = (x: Ref) => x.kind === 'entity' || new RegExp(`\\b${noun}s?$`, 'i').test(text.slice(x.start, x.end));
    if (!hit) hit = prior.find((x) => (x.entityKind === 'organization' || x.entityKind === 'group') && namesIt(x) && [ent(x).name, ...ent(x).aliases].some((n) => n.toLowerCase().split(/[\s'’-]+/).some((w) => w.replace(/s$/, '') === noun)));
    // "the Agencia de Acceso a la Información Pública … The Agency said": a body named in Spanish, Portuguese, French or
    // Italian is called by its head noun in English.
    if (!hit && FOREIGN_HEADS[noun]) hit = prior.find((x) => x.entityKind === 'organization' && FOREIGN_HEADS[noun].includes(foldAccents(ent(x).name.split(/\s+/)[0])));
    // "the European Union's naval force, Operation Atalanta, said ... The force said": the body described so.
    if (!hit) hit = prior.find((x) => (x.entityKind === 'organization' || x.entityKind === 'group') && describedAs(text, x, noun));
    // "The Mombasa Courier reported … The newspaper said": an outlet of the press, named by the usual last words of
    // newspapers' and broadcasters' names, is the newspaper or broadcaster the text speaks of.
    if (!hit && PRESS_NOUNS.test(noun)) hit = pressOutlet(text, r, prior, ent);
    // ("The ministry of economic affairs": a body the text describes by its portfolio is none of those named.)
    if (!hit && (noun === 'agency' || noun === 'government' || noun === 'ministry') && !/^\s+(?:of|for)\s+(?!the\b)\p{Ll}/u.test(text.slice(r.end, r.end + 12))) hit = prior.find((x) => x.entityKind === 'organization' && ent(x).government);
    // "Amnesty International said … The organisation said": a body's kind that no name says is the body the sentence
    // before was about (its subject, the first mention in it that is no place). (Not a state's force or government
    // named by its bare noun, "the navy said", which the guide leaves with no speaker.)
    if (!hit && /^the\s/i.test(text.slice(r.start, r.end)) && !STATE_FORCE_NOUNS.test(noun)) {
      const subject = before.find((x) => x.sentence === r.sentence - 1 && !(x.kind === 'entity' && x.entityKind === 'location'));
      if (subject?.key && (subject.entityKind === 'organization' || subject.entityKind === 'group') && subject.kind === 'entity') hit = subject;
    }
  } else if (DOC_NOUNS.includes(noun) && /^(?:its|their)\s/i.test(text.slice(r.start, r.end))) {
    // "The Panel … made the point in its last report", "…, their latest survey says": the body the sentence (or the one
    // before) is about speaks through its document, and so does "the report" after it.
    const body = (x: Ref) => x.entityKind === 'organization' || x.entityKind === 'group';
    // (Not a dateline's town, "STRASBOURG - The Council of Europe's Group of Experts … published its report", nor the
    // possessor of the subject's name.)
    const subjectLike = (x: Ref) => x.kind !== 'pronoun' && (x.entityKind !== 'location' || !!x.country) && !/^['’]s?\b/.test(text.slice(x.end, x.end + 2));
    const subject = before.find((x) => x.sentence === r.sentence && x.start < r.start && subjectLike(x)) ?? before.find((x) => x.sentence === r.sentence - 1 && subjectLike(x));
    if (subject?.key && body(subject)) hit = subject;
  } else if (DOC_NOUNS.includes(noun)) {
    hit = prior.find((x) => x.entityKind === 'document' && ent(x).name.toLowerCase().includes(noun));
    // "Interpol's annual assessment says", "the World Food Programme's annual review says": the body that owns the
    // document speaks through it (its name ends where the description's possessive begins).
    const poss = /^[\p{Lu}][\p{L}.-]*['’]s\s/u.exec(text.slice(r.start, r.end));
    const apostrophe = poss ? r.start + poss[0].trimEnd().length - 2 : -1;
    if (!hit && poss) hit = before.find((x) => x.kind === 'entity' && x.key && x.start <= r.start && x.end === apostrophe && (x.entityKind === 'organization' || x.entityKind === 'group'));
    // "The agency's annual review, Coastal Futures 2027, ... the review says": the document introduced so.
    if (!hit) hit = prior.find((x) => x.entityKind === 'document' && describedAs(text, x, noun));
    // "a Congressional Budget Office study ... The study found": the body whose study it is speaks through it.
    if (!hit) hit = prior.find((x) => x.sentence >= r.sentence - 3 && (x.entityKind === 'organization' || x.entityKind === 'group') && x.kind === 'entity' && authorOf(text, x, noun));
    // "… according to the report": the same report as the last "the report" the text resolved.
    const same = new RegExp(`\\b${noun}s?$`, 'i');
    if (!hit) hit = prior.find((x) => x.kind === 'nominal' && x.sentence >= r.sentence - 8 && same.test(text.slice(x.start, x.end)));
    // ("The weekly X reported … The paper said": with no document of that name, "the paper" is the newspaper.)
    if (!hit && noun === 'paper' && /^the\s+paper$/i.test(text.slice(r.start, r.end))) hit = pressOutlet(text, r, prior, ent);
  }
  // "the Swedish government", "Bangladesh's foreign ministry": a description tied to a country points only at a body
  // named after it.
  const own = text.slice(r.start, r.end).split(/\s+/);
  const modifiers = [...(/['’]s$/.test(own[0]) ? [own[0].replace(/['’]s$/, '')] : []), ...own.slice(1, -1).filter((w) => /^\p{Lu}/u.test(w))];
  // ("the German carrier": a company's nationality describes it; it need not be in its name.)
  if (COMPANY_NOUNS.has(noun)) modifiers.splice(0, modifiers.length, ...modifiers.filter((m) => !countryByDemonym(m)));
  // ("The county government has said …" after the Kenya Fisheries Service: a level of government the description
  // names must be in the body's name.)
  const level = /\b(county|district|provincial|province|regional|region|state|city|municipal|municipality|local|village|federal|national|island)\s+(?:[a-z-]+\s+)?\w+$/.exec(text.slice(r.start, r.end));
  if (hit && level && ![ent(hit).name, ...ent(hit).aliases].some((n) => n.toLowerCase().includes(level[1].slice(0, 5)))) hit = undefined;
  if (hit && modifiers.length) {
    const names = [ent(hit).name, ...ent(hit).aliases, ...ent(hit).roles].join(' ').toLowerCase();
    if (!modifiers.every((m) => names.includes(m.toLowerCase()))) hit = undefined;
  }
  // "Panama's government's plan … it says": with no body of that country's government named, the country stands for it
  // (where the description itself speaks, "Panama's government says", it is a body of its own: see lowerBodies).
  if (!hit && noun === 'government' && /^[\p{Lu}][\p{L}-]+['’]s\s+(?:[a-z-]+\s+){0,2}government$/u.test(text.slice(r.start, r.end))) hit = before.find((x) => x.kind === 'entity' && x.start === r.start && x.country);
  if (hit) {
    r.key = hit.key;
    r.entityKind = hit.entityKind;
  }
}

/** "The Mombasa Courier reported … The newspaper said", "The weekly Kigoma Leo reported …", "… told Al-Fajr newspaper
 * that …": the outlet of the press of the last six sentences, named by the usual last words of newspapers' and
 * broadcasters' names or introduced by its kind just before or after its name. */
function pressOutlet(text: string, r: Ref, prior: Ref[], ent: (x: Ref) => EntityFinding): Ref | undefined {
  const introducedAsOutlet = (x: Ref) => OUTLET_LEFT.test(text.slice(Math.max(0, x.start - 50), x.start).replace(/\bThe(?=\s)/g, 'the')) || OUTLET_RIGHT.test(text.slice(x.end, x.end + 30));
  return prior.find((x) => x.entityKind === 'organization' && x.sentence >= r.sentence - 6 && (PRESS_NAME.test(ent(x).name) || (x.kind === 'entity' && introducedAsOutlet(x))));
}

/** Whether a body is named as the author of a document ("a GAO report", "the agency's review", "a study by X"). */
function authorOf(text: string, x: Ref, noun: string): boolean {
  if (new RegExp(`^(?:['’]s)?\\s+(?:[\\w-]+\\s+){0,2}?${noun}s?\\b`, 'i').test(text.slice(x.end, x.end + 50))) return true;
  return new RegExp(`\\b${noun}s?\\s+(?:[\\w-]+\\s+){0,4}?(?:by|from|of)\\s+(?:the\\s+)?$`, 'i').test(text.slice(Math.max(0, x.start - 60), x.start));
}

/** Whether the text introduced an entity with a description ending in `noun` ("its naval force, Operation X",
 * "X, the company that ..."). */
const describedCache = new Map<string, [RegExp, RegExp]>();
function describedAs(text: string, x: Ref, noun: string): boolean {
  let res = describedCache.get(noun);
  if (!res) {
    res = [
      // ("a 2025 report by the network TRAFFIC, Roe on the Road,": the author may stand between the noun and the title.)
      new RegExp(`\\b${noun}s?(?:\\s+(?:by|from)\\s+[^,;:"“”.]{1,60},|(?:\\s+\\p{Ll}+(?:ed|en)\\s[^,;:"“”]{1,60},)?\\s*,?)\\s*(?:the\\s+|(?:titled|entitled|called)\\s*["“]?)?$`, 'iu'),
      new RegExp(`^\\s*(?:\\([^()]{1,20}\\)\\s*)?,\\s*(?:a|an|the|its|their)\\s+(?:[\\w'’-]+\\s+){0,4}?${noun}\\b`, 'i'),
    ];
    describedCache.set(noun, res);
  }
  if (res[0].test(text.slice(Math.max(0, x.start - 60), x.start))) return true;
  return res[1].test(text.slice(x.end, x.end + 80));
}

/** The sentences that are wholly someone's quoted words ("“The chains.", "The breathing.", "Sometimes forty in one
 * night.”"): no quotation mark inside them but an opening one before them in the paragraph. A narrative "she" after a
 * speaker's quotation of several sentences looks past them to the narrative that named her. */
function quotedSentences(text: string, tk: Tokenised): Set<number> {
  const out = new Set<number>();
  for (const s of tk.sentences) {
    const body = /^\s*["“]?([\s\S]*?)["”]?\s*$/.exec(text.slice(s.start, s.end))?.[1] ?? '';
    if (!body.trim() || /["“”]/.test(body)) continue;
    const at = s.start + text.slice(s.start, s.end).indexOf(body);
    if (inQuote(text, text.lastIndexOf('\n', s.start) + 1, at)) out.add(s.index);
  }
  return out;
}

/** Per text (its gender map): the people whose sex only a given name suggested. */
const GUESSED = new WeakMap<Map<string, 'm' | 'f'>, Set<string>>();

function resolvePronoun(text: string, r: Ref, before: Ref[], byKey: Map<string, EntityFinding>, gender: Map<string, 'm' | 'f'>, as?: string, quotedOnly?: Set<number>): void {
  resolvePronounOnce(text, r, before, byKey, gender, as, true, quotedOnly);
  const p = as ?? text.slice(r.start, r.end).toLowerCase();
  if (!r.key && (p === 'he' || p === 'she')) resolvePronounOnce(text, r, before, byKey, gender, as, false, quotedOnly);
}

function resolvePronounOnce(text: string, r: Ref, before: Ref[], byKey: Map<string, EntityFinding>, gender: Map<string, 'm' | 'f'>, as: string | undefined, trust: boolean, quotedOnly?: Set<number>): void {
  const p = as ?? text.slice(r.start, r.end).toLowerCase();
  if (p === 'they') return; // plural: too often several people
  const wantPerson = p === 'he' || p === 'she';
  const g = p === 'he' ? 'm' : p === 'she' ? 'f' : undefined;
  // "He said" resolved to a person tells that person's gender for the pronouns after it.
  // (Not one inside a quotation: "“I see him and he greets me,” she says" is about someone else.)
  const quoted = inQuote(text, text.lastIndexOf('\n', r.start) + 1, r.start);
  const guesses = GUESSED.get(gender) ?? new Set<string>();
  const learn = (key: string | null) => {
    settle(key);
    if (key && g && wantPerson && !quoted && !gender.has(key)) gender.set(key, g);
    // (A sex the given name suggested and a pronoun then confirmed is no longer a guess: "he" later cannot be her.)
    else if (key && g && wantPerson && !quoted && gender.get(key) === g) guesses.delete(key);
  };
  GUESSED.set(gender, guesses);
  const fits = (x: Ref) => {
    if (!x.key) return false;
    // (A pronoun inside a quotation is the speaker's, not a mention the narrative goes on from.)
    if (x.kind === 'pronoun' && !quoted && inQuote(text, text.lastIndexOf('\n', x.start) + 1, x.start)) return false;
    if (wantPerson && x.entityKind === 'person' && !gender.has(x.key)) {
      const gg = givenNameGender(byKey.get(x.key)?.name ?? '');
      if (gg) {
        gender.set(x.key, gg);
        guesses.add(x.key);
      }
    }
    if (wantPerson) return x.entityKind === 'person' && (!gender.get(x.key) || gender.get(x.key) === g || (!trust && guesses.has(x.key)));
    return x.entityKind === 'organization' || x.entityKind === 'group' || x.entityKind === 'document';
  };
  // A sex guessed from a given name ("Josefa" is a woman's name in Spain, a man's in Fiji) gives way when no one
  // else fits: "Josefa Waqanivalu told the committee … He said …".
  const settle = (key: string | null) => {
    if (key && g && !trust && guesses.has(key) && gender.get(key) !== g) {
      gender.set(key, g);
      guesses.delete(key);
    }
  };
  // The subject (first fitting reference) of the nearest sentence that has one, this sentence first.
  // A possessor ("the Swedish government's bill ... it states") is not the subject.
  // "Asked by the chair when …, he said": the one who asked is not the one who answers.
  const askedBy = wantPerson && /(?:^|[.!?]\s+|\n)\W*Asked\s+by\s[^.!?\n]*,\s*$/.test(text.slice(Math.max(0, r.start - 300), r.start));
  const same = askedBy ? [] : before.filter((x) => x.sentence === r.sentence && x.start < r.start && fits(x) && !inQuote(text, x.start, r.start) && !/^['’]s?\b/.test(text.slice(x.end, x.end + 2)));
  if (same.length) {
    const hit = same[0];
    if (same.every((x) => x.key === hit.key)) {
      r.key = hit.key;
      r.entityKind = hit.entityKind;
      learn(hit.key);
      return;
    }
  }
  // "Noraini asked him whether … He acknowledged that it was.": one who did something to "him" is not the "he" after.
  const notThem = new Set<string>();
  // (A narrative "She" that opens its sentence ("She pours the tea.") skips the sentences that are wholly quoted words:
  // they are not where the narrative was. A "he" inside a clause, "Prosecutors believe he was killed", does not.)
  const opensSentence = /(?:^|[.!?]["”’]?\s+|\n[ \t]*)$/.test(text.slice(Math.max(0, r.start - 6), r.start));
  const skip = (s: number) => !quoted && wantPerson && opensSentence && !!quotedOnly?.has(s);
  for (let s = r.sentence - 1, seen = 0; s >= 0 && seen < 3; s--) {
    if (skip(s)) continue;
    seen++;
    // "A mine worker who survived said ... "…," he said": the nearest person is one the text does not name.
    const inS = before.filter((x) => x.sentence === s);
    // ("“… Dostuk has three more in his phone.” He paused": one named inside a quotation is what the speaker talks
    // about, not whom the narrative goes on with.)
    let cands = inS.filter((x) => fits(x) && !/^['’]s?\b/.test(text.slice(x.end, x.end + 2)) && !notThem.has(x.key as string) && (quoted || !wantPerson || !inQuote(text, text.lastIndexOf('\n', x.start) + 1, x.start)));
    // "Asked by the chair whether …, Okoro said no. He urged …": the one who asked is not the "he" after.
    const asker = (x: Ref) => /(?:^|[.!?]\s+|\n)\W*Asked\s+by\s+[^,.;!?]{0,60}$/.test(text.slice(Math.max(0, x.start - 80), x.start));
    if (wantPerson && cands.some(asker) && cands.some((x) => !asker(x))) cands = cands.filter((x) => !asker(x));
    if (wantPerson && !as && cands.length && cands[0].entityKind === 'person' && (g === 'm' ? DID_TO_HIM : DID_TO_HER).test(text.slice(cands[0].end, cands[0].end + 40))) {
      notThem.add(cands[0].key as string);
      if (cands.every((x) => x.key === cands[0].key)) continue;
    }
    // (Not one whose noun says the other sex: "a young man" is not "she".)
    const otherSex = (x: Ref) => (g === 'f' ? /\b(?:man|men|boy|father|son|brother|husband|king|monk)$/i : /\b(?:woman|women|girl|mother|daughter|sister|wife|queen|nun)$/i).test(text.slice(x.start, x.end).replace(/\s+(?:for|of|at|from|with)\s+(?:the\s+)?$/i, '').trim());
    // ("A spokesman for Golden Lead said … He said it would cooperate": an unnamed spokesperson who speaks for a body
    // goes on speaking for it.)
    const forBody = wantPerson && !cands.length ? inS.find((x) => x.kind === 'unnamed' && !!x.key && x.entityKind === 'organization' && /\b(?:spokes(?:person|man|woman)|representative)\b/i.test(text.slice(x.start, x.end)) && !otherSex(x)) : undefined;
    if (forBody) {
      r.key = forBody.key;
      r.entityKind = forBody.entityKind;
      return;
    }
    if (!cands.length && wantPerson && inS.some((x) => x.kind === 'unnamed' && !otherSex(x))) return;
    // "A police officer …, who asked not to be named because he …, said …. “…,” he said": the sentence is about one
    // the text does not name, who opens it. (Unless it names them in apposition, perhaps with a title: "A lawyer for
    // three of the officers, Dr. Kofi Mensah, said …"; nor when it gives the name they go by: "A man who calls himself
    // El Tigre agrees to meet me".)
    const opener = wantPerson ? inS.find((x) => !inQuote(text, x.start, r.start)) : undefined;
    const namedSo = (between: string) => /^[\p{L}\s'’-]{0,40},\s*(?:\p{Lu}[\p{L}]{0,5}\.?\s+){0,2}$/u.test(between) || /^\s+(?:who\s+(?:calls|called)\s+(?:him|her)self|(?:known|nicknamed|called)(?:\s+only)?(?:\s+as)?)\s+["“‘]?$/.test(between);
    if (wantPerson && opener?.kind === 'unnamed' && !opener.key && !otherSex(opener) && /^(?:an?|one|another)\s/i.test(text.slice(opener.start, opener.end)) && (!cands.length || cands[0].start > opener.start) && !cands.some((c) => c.start >= opener.end && namedSo(text.slice(opener.end, c.start)))) return;
    // "The interior ministry said ... In a statement, it said": the nearest body is one the text does not name.
    // "The statement said … NATO …. “…,” it said": the sentence's subject is a description that names nothing.
    const subject = inS.find((x) => x.kind !== 'pronoun' && !inQuote(text, x.start, r.start));
    if (!wantPerson && subject && subject.kind === 'nominal' && !subject.key && /^the\s/i.test(text.slice(subject.start, subject.end)) && /(?:ministry|agency|government|office|service|department|council|committee|commission|company|firm|party|statement|report|strategy|study|review|document|paper|plan|resolution|assessment)$/i.test(text.slice(subject.start, subject.end))) return;
    if (!cands.length && !wantPerson && inS.some((x) => x.kind === 'nominal' && !x.key && /(?:ministry|agency|government|office|service|department|council|committee|commission|company|firm|party|army|police|court|statement|report|strategy|study|review|document|paper|plan|resolution|assessment)$/i.test(text.slice(x.start, x.end)))) return;
    // Of two people in that sentence, one already known to be "she" is the "she" after, rather than one whose sex
    // nothing told yet ("Asked by Hon. Banda whether …, Chileshe said …. She said …" after Chileshe's "she said").
    // Of two people there, the one who said something is the "he"/"she" who goes on saying ("The Minister of X, Y,
    // said …. He said …": Y, not a name inside Y's title).
    const spoke = wantPerson ? cands.filter((x) => x.entityKind === 'person' && !notThem.has(x.key as string) && (!gender.get(x.key as string) || gender.get(x.key as string) === g) && SPOKE_AFTER.test(text.slice(x.end, x.end + 130))) : [];
    const speakerFirst = spoke.length && spoke.every((x) => x.key === spoke[0].key) && cands.some((x) => x.entityKind === 'person' && x.key !== spoke[0].key) ? spoke[0] : undefined;
    const pick = speakerFirst ?? (wantPerson ? cands.find((x) => !notThem.has(x.key as string) && x.entityKind === 'person' && gender.get(x.key as string) === g) : undefined) ?? cands.find((x) => !notThem.has(x.key as string));
    if (pick) {
      r.key = pick.key;
      r.entityKind = pick.entityKind;
      learn(pick.key);
      return;
    }
  }
  const owner = !trust && wantPerson && !quoted ? possessiveTopic(text, r, before, fits) : undefined;
  if (owner) {
    r.key = owner.key;
    r.entityKind = owner.entityKind;
    learn(owner.key);
  }
}

/** A feature's opening person named only as an owner ("The house at the end of Vesna Markovic's street hums. In
 * summer, she says, …"): where no one else within three sentences fits a "he"/"she", the one person named there
 * with a possessive is the one the narrative is about. (Not a body's: "the government's bill … it states".) */
function possessiveTopic(text: string, r: Ref, before: Ref[], fits: (x: Ref) => boolean): Ref | undefined {
  const owners = before.filter((x) => x.sentence < r.sentence && x.sentence >= r.sentence - 3 && x.entityKind === 'person' && /^['’]s?\b/.test(text.slice(x.end, x.end + 2)) && !ownsAPerson(text, x.end) && !inQuote(text, text.lastIndexOf('\n', x.start) + 1, x.start) && fits(x));
  return owners.length && owners.every((x) => x.key === owners[0].key) ? owners[0] : undefined;
}

/** "Nadia Karam's lawyer", "Rania Saade's mother": what is owned is a person, who may be the "she" that follows. */
const OWNED_PERSON = new RegExp(`^['’]s?\\s+(?:[a-z][\\w-]*\\s+)?(?:${MALE_KIN}|${FEMALE_KIN}|${PERSON_NOUNS.join('|')})s?\\b`, 'i');
const ownsAPerson = (text: string, end: number) => OWNED_PERSON.test(text.slice(end, end + 60));

/** Whether an odd number of quotation marks lies between two offsets (so the first is inside a quotation). */
function inQuote(text: string, a: number, b: number): boolean {
  const seg = text.slice(a, b);
  return (seg.match(/["“”]/g) ?? []).length % 2 === 1;
}
