/**
 * Mentions: capitalised phrases found in the text, cut into names and titles, each with the evidence for what it
 * is (a gazetteer hit, an organisation's head word, an honorific, a cue in its context). Deciding one kind per
 * entity from all its mentions is entities.ts's job.
 */
import { HONORIFICS, FEMALE_HONORIFICS, MALE_HONORIFICS, NOT_NAMES, PLURALS_BEFORE_OF, TITLE_WORDS } from '../gazetteer/words.js';
import { countryByDemonym, countryByName } from '../gazetteer/countries.js';
import { knownBody, lowerHead, GOV_HEADS, ORG_HEADS } from '../gazetteer/bodies.js';
import type { Mention, MentionContext } from './types.js';
import { vesselNames } from './vessels.js';
import { companyHints } from './companies.js';
import { chunks, kindOpensDatedTitle } from './chunks.js';
import { PATRONYMIC_SUFFIX, NAME_PARTICLES, phrase, lookupPlace, givenName } from './words.js';
import { add } from './votes.js';
import { romanceAdjectiveAfterOpener, romanceOpener } from './romance.js';
import { escapeRegExp } from '../strings.js';
import { PORTFOLIO } from './titles.js';
import { emitPiece } from './emit.js';
import { MISSION_OF, serviceThenPlace, vietBody } from './cues-bodies.js';
import { pluralPlaceNouns } from './plural-places.js';
import { lowerBodies, describedAgencies } from './lower-bodies.js';
import { DOC_TITLE, DOC_TITLE_AFTER_AUTHOR, DOC_TITLE_PUBLISHED } from './cues-documents.js';
import { shortCompanyNames, coordinate } from './across-mentions.js';
import { SOUTH_ASIAN_WOMEN_SURNAMES } from '../gazetteer/family-names.js';
import { GIVEN_NAMES } from '../gazetteer/given-names.js';
import { givenNameBefore } from './cues-people.js';
export type { Vote, Mention, MentionContext } from './types.js';

/** Offices a speaker addresses with a style, "Mr Speaker", "Madam Chair", "Senhor Presidente". */
const ADDRESSED_OFFICE = /^(?:Speaker|Chair|Chairman|Chairwoman|Chairperson|President|Presidente|Presidenta)$/;
const SENTENCE_ADVERBS = /^(?:Mostly|Mainly|Only|Reportedly|Apparently|Probably|Possibly|Certainly|Clearly|Finally|Initially|Originally|Officially|Recently|Currently|Eventually|Usually|Largely|Partly|Especially|Particularly|Presumably|Allegedly|Similarly|Fortunately|Unfortunately|Interestingly|Ironically|Notably|Separately|Additionally|Subsequently|Previously|Meanwhile|Perhaps|Maybe|Surely|Obviously|Understandably)$/;
const HYPHEN_PREFIX = /^(.+?)-(led|backed|based|linked|affiliated|aligned|sponsored|funded|allied|registered|owned|flagged|run|controlled|headquartered|made|born|trained|brokered|installed|appointed)$/;

/** Whether the text names someone in full whose given name is `given` ("Ramiro Chasiluisa" for "Ramiro"). */
const givenNameOfNamed = (text: string, given: string) => new RegExp(`(?<!\\p{L})${escapeRegExp(given)}[ \\t]+\\p{Lu}\\p{Ll}`, 'u').test(text);

/** Every mention in the text with its evidence. Titles without a name come back with `titleOnly`. */
export function findMentions(ctx: MentionContext): Mention[] {
  const { text, tk } = ctx;
  const out: Mention[] = [];
  ctx.vessels ??= vesselNames(text);
  ctx.companies ??= companyHints(text, tk);
  for (const s of tk.sentences) {
    if (ctx.meta.some((m) => s.start >= m.start && s.end <= m.end)) continue;
    const sentText = (a: number, b: number) => text.slice(Math.max(s.start, a), Math.min(s.end, b));
    for (const piece of chunks(tk.tokens, s.tokenStart, s.tokenEnd, text)) {
      let ws = piece.words;
      while (ws.length > 1 && ws[0].text === 'the') ws = ws.slice(1);
      // "Mostly Jama'at Ahl al-Buhayra.", "Reportedly Kovač said": a sentence adverb capitalised at the start is no part
      // of a name.
      if (ws.length > 1 && SENTENCE_ADVERBS.test(ws[0].text)) ws = ws.slice(1);
      // "Shares of Sociedad Química y Minera de Chile fell": a plural noun and "of" before the name.
      if (ws.length > 2 && PLURALS_BEFORE_OF.has(ws[0].text) && ws[1].text === 'of') ws = ws.slice(ws[2].text === 'the' ? 3 : 2);
      // "Ukrainian Danube ports": a demonym before a place it qualifies ("the Polish CERT Polska": or a response team).
      if (ws.length >= 2 && countryByDemonym(ws[0].text) && !countryByName(ws[0].text) && (lookupPlace(phrase(ws.slice(1))) || (ws.length >= 3 && /^(?:CERT|CSIRT|CIRT)$/.test(ws[1].text)))) ws = ws.slice(1);
      // "NATO-led Kosovo Force": the prefix is a mention of its own ("The Chittagong-based charity" too).
      if (ws.length >= 2 && ws[0].text === 'The' && HYPHEN_PREFIX.test(ws[1].text)) ws = ws.slice(1);
      const hp = HYPHEN_PREFIX.exec(ws[0].text);
      if (hp) {
        const known = knownBody(hp[1]) ?? undefined;
        const place = lookupPlace(hp[1]);
        if (known || place) {
          const m: Mention = { start: ws[0].start, end: ws[0].start + hp[1].length, text: hp[1], sentence: s.index, votes: {} };
          if (known) {
            add(m.votes, 'organization', 5);
            m.canonical = known.name;
            m.government = known.government;
          } else if (place) {
            add(m.votes, 'location', 5);
            Object.assign(m, { canonical: place.canonical, country: place.country, isCountry: place.isCountry });
          }
          out.push(m);
        } else if (/^(?:based|born|headquartered)$/.test(hp[2]) && /^\p{Lu}\p{Ll}+$/u.test(hp[1]) && !countryByDemonym(hp[1])) {
          // "the Chittagong-based charity": where a body is based is a place.
          out.push({ start: ws[0].start, end: ws[0].start + hp[1].length, text: hp[1], sentence: s.index, votes: { location: 4 } });
        }
        ws = ws.slice(1);
      }
      // Drop leading words that only start a sentence ("The", "In", "Closer").
      // ("Police Administration", "Police Directorate", "Police Service of Northern Ireland": a body whose name opens
      // with such a word.)
      // ("The All Ceylon Fisheries Union", "All India Radio": "All" opens some bodies' names.)
      // ("the New Zealand Customs Service": a place's name that opens with such a word.)
      // ("the New River Triangle", "the Old Harbour Road": after a lower-case "the", "New" and "Old" open a name.)
      // ("Police Scotland", "Police Tasmania": a field of public service, then a place, is that place's agency.)
      while (ws.length && (NOT_NAMES.has(ws[0].text) || (!ws[0].cap && ws[0].kind === 'word')) && !(ws.length >= 2 && /^(?:New|Old)$/.test(ws[0].text) && ws[1].cap && /(?:^|\s)the\s+$/.test(text.slice(Math.max(0, ws[0].start - 5), ws[0].start))) && !knownBody(phrase(ws)) && !lookupPlace(phrase(ws)) && !(ws.length > 2 && ws[0].cap && (lookupPlace(phrase(ws.slice(0, 2))) || lookupPlace(phrase(ws.slice(0, 3))))) && !(ws[0].text === 'All' && ws.length >= 3 && (GOV_HEADS.has(ws[ws.length - 1].text) || ORG_HEADS.has(ws[ws.length - 1].text) || /^(?:Congress|Radio|League)$/.test(ws[ws.length - 1].text))) && !(ws.length >= 2 && ws[0].text === 'Police' && GOV_HEADS.has(ws[1].text) && (ws.length === 2 || ['of', 'for'].includes(ws[2].text))) && !(romanceOpener(ws[0].text) && romanceAdjectiveAfterOpener(ws)) && !kindOpensDatedTitle(ws) && !serviceThenPlace(ws)) ws = ws.slice(1);
      while (ws.length && ws[ws.length - 1].kind === 'word' && !ws[ws.length - 1].cap && !(ws.length > 2 && PATRONYMIC_SUFFIX.test(ws[ws.length - 1].text)) && !romanceAdjectiveAfterOpener(ws) && !(ws.length >= 2 && lowerHead(ws[ws.length - 1].text)) && !vietBody(ws)) ws = ws.slice(0, -1);
      // ("Mrs 'Mamosa Letsie": an honorific cut from its name by an apostrophe names nothing by itself.)
      // ("Rokeya Begum … Begum said": unless the text also writes it after a given name, as a surname.)
      if (!ws.length || (ws.length === 1 && HONORIFICS.has(ws[0].text) && !(SOUTH_ASIAN_WOMEN_SURNAMES.has(ws[0].text) && givenNameBefore(text, ws[0].text)))) continue;
      // ("Mr Speaker, I rise", "Madam Chair, the committee has not met": a style before an office alone addresses its
      // holder, whom it does not name.)
      if (ws.length === 2 && HONORIFICS.has(ws[0].text) && ADDRESSED_OFFICE.test(ws[1].text)) continue;
      // Honorific: a person, whatever else.
      let gender: 'm' | 'f' | undefined;
      let honor = false;
      let honorific: string | undefined;
      if (HONORIFICS.has(ws[0].text) && ws.length > 1) {
        honorific = ws[0].text.replace(/\.$/, '');
        gender = MALE_HONORIFICS.test(ws[0].text) ? 'm' : FEMALE_HONORIFICS.test(ws[0].text) ? 'f' : undefined;
        honor = true;
        ws = ws.slice(1);
        // "the Rev. Dr. Amanaki Tuipulotu": styles stack before a name, none of them part of it.
        while (ws.length > 2 && HONORIFICS.has(ws[0].text)) ws = ws.slice(1);
        if (ws.length > 1 && MALAY_SECOND_STYLE.test(ws[0].text)) ws = ws.slice(1);
      } else if (ws.length >= 3 && ws.length <= 4 && ws[0].text === 'Justice' && ws.slice(1).every((w) => w.cap && w.kind === 'word' && !GOV_HEADS.has(w.text) && !ORG_HEADS.has(w.text) && !PORTFOLIO.has(w.text) && !lookupPlace(w.text))) {
        // "Justice Harriet Ssali": a judge's style before her name ("Justice Ministry" is a body).
        honorific = 'Justice';
        honor = true;
        ws = ws.slice(1);
      } else if ((/^(?:Don|Dom|Ato|Awang|Dayang|Dato)$/.test(ws[0].text) || STYLE_ALSO_WORD.test(ws[0].text)) && ((ws.length > 2 && ws.length <= 6) || (ws.length === 2 && (givenNameOfNamed(text, ws[1].text) || (MONONYM_STYLE.test(ws[0].text) && GIVEN_NAMES.has(ws[1].text))))) && ws.slice(1).every((w, i) => (i > 0 && NAME_PARTICLES.has(w.text)) || (w.cap && w.kind === 'word' && !GOV_HEADS.has(w.text) && !ORG_HEADS.has(w.text) && !lookupPlace(w.text)))) {
        // "Don Ernesto Vidal Rey": the Spanish and Portuguese style before a full name (before one word, "Don" is
        // a given name: "Don Haskell"; but not before the given name of someone the text names in full: "Ramiro
        // Chasiluisa … Don Ramiro"). The Amharic "Ato Yonas Haile" likewise ("Ato Boldon" is a given name), and the
        // Brunei Malay styles "Awang" and "Dayang", for a man and a woman ("Dayang Siti Aminah Haji Bujang"), and the
        // Malaysian "Dato" without its apostrophe ("Dato Sri Rahman Ismail"; "Dato Beridze" is a Georgian given name).
        // So too Polish "Pan", "Pani", Indonesian "Ibu", Portuguese "Dona" and Vietnamese "Ông", "Bà", also words or
        // given names ("Pan Am", "Bà Rịa"); Indonesian "Pak", "Bu", "Mbak" before a full name or a one-word name the
        // table knows ("Pak Mulyono", "Bu Suharti"), as Javanese mononyms go.
        honorific = ws[0].text;
        gender = FEMALE_HONORIFICS.test(ws[0].text) ? 'f' : 'm';
        honor = true;
        ws = ws.slice(1);
        // ("Ibu Sri Wahyuni": after a style of Indonesia or elsewhere, "Sri" is a given name.)
        if (ws.length > 1 && MALAY_SECOND_STYLE.test(ws[0].text) && !STYLE_ALSO_WORD.test(honorific)) ws = ws.slice(1);
      } else if (ws.length >= 3 && ws[0].text === 'Charge' && /\p{Lu}[\p{L}.]*\s+in\s+$/u.test(text.slice(Math.max(0, ws[0].start - 40), ws[0].start)) && ws.slice(1).every((w) => w.cap)) {
        // "Special Agent in Charge Kelechi Obi", "Officer in Charge Grace Kamau": a rank ending in "in Charge" (its
        // first words a piece of their own before "in") is a title before a name.
        honor = true;
        ws = ws.slice(1);
      } else if (ws.length > 2 && /^(?:Tan|Toh)$/.test(ws[0].text) && /^(?:Sri|Puan)$/.test(ws[1].text)) {
        // "Tan Sri Ahmad Faiz": a style of two words ("Tan" alone is a surname).
        honorific = `${ws[0].text} ${ws[1].text}`;
        honor = true;
        ws = ws.slice(2);
      }
      const before = out.length;
      emitPiece(ctx, s.index, ws, { honor, gender }, out, sentText, s.start, s.end);
      if (honorific) for (let k = before; k < out.length; k++) if (out[k].votes.person) out[k].honorific = honorific;
    }
  }
  // "The embassy of the Democratic Republic of Congo in Pretoria said": a country's mission named in lower case.
  for (const e of text.matchAll(MISSION_OF)) {
    const country = lookupPlace(e[3].trim());
    if (!country?.isCountry) continue;
    const start = e.index + e[1].length;
    const end = e.index + e[0].trimEnd().length;
    if (ctx.meta.some((m) => start >= m.start && end <= m.end)) continue;
    const surface = text.slice(start, end);
    out.push({ start, end, text: surface, canonical: surface[0].toUpperCase() + surface.slice(1), sentence: tk.tokens.find((t) => t.start >= start)?.sentence ?? 0, votes: { organization: 7 }, government: true, country: country.country });
  }
  pluralPlaceNouns(text, tk, ctx.meta, out);
  lowerBodies(text, tk, ctx.meta, out);
  // "The report, Smuggling of Migrants on the Eastern Route 2026, is based on", "a study titled Eyes in the Sky: Drones
  // and the Border": a document's whole title after the noun that says what it is, with its small words and a
  // subtitle after a colon, is one name.
  for (const d of [...text.matchAll(DOC_TITLE), ...text.matchAll(DOC_TITLE_PUBLISHED), ...text.matchAll(DOC_TITLE_AFTER_AUTHOR)]) {
    const start = d.index + d[0].length - d[1].length;
    const title = d[1].replace(/[\s"“”]+$/, '');
    const end = start + title.length;
    if ((title.match(/(?:^|\s)\p{Lu}/gu) ?? []).length < 2 || !/\s(?:of|on|the|in|and|for|to|with|from|at|by)\s|:/.test(title)) continue;
    if (ctx.meta.some((m) => start >= m.start && end <= m.end) || knownBody(title)) continue;
    for (let k = out.length - 1; k >= 0; k--) if (out[k].start >= start && out[k].end <= end) out.splice(k, 1);
    out.push({ start, end, text: title, sentence: tk.tokens.find((t) => t.start >= start)?.sentence ?? 0, votes: { document: 8 } });
  }
  if (ctx.headline) for (const m of out) if (m.start >= ctx.headline.start && m.end <= ctx.headline.end) m.headline = true;
  out.sort((a, b) => a.start - b.start);
  // "the OAS/EOM": a pair of acronyms names one body, the second (the mission of the OAS); the first only qualifies it.
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k];
    const b = out[k + 1];
    if (b.start === a.end + 1 && text[a.end] === '/' && /^[A-Z][A-Z&]{1,7}$/.test(a.text) && /^[A-Z][A-Z&]{1,7}$/.test(b.text)) out.splice(k, 1);
  }
  // "Garda chief tells Oireachtas committee …" where the text names one committee in full ("the Joint Committee on
  // Justice"): a legislature's name before a lower-case "committee" names that committee, not the legislature.
  for (const m of out) {
    const noun = /^\s+(committee|subcommittee|panel)\b/.exec(text.slice(m.end, m.end + 16));
    if (!noun || !m.votes.organization || m.text.includes(' ') || !/^\p{Lu}/u.test(m.text)) continue;
    const head = noun[1][0].toUpperCase() + noun[1].slice(1);
    const named = [...new Set(out.filter((o) => o !== m && (o.votes.organization ?? 0) >= 5 && new RegExp(`\\b${head}\\b`).test(o.text) && o.text.includes(' ')).map((o) => o.canonical ?? o.text))];
    if (named.length !== 1) continue;
    m.end += noun[0].length;
    m.text = text.slice(m.start, m.end);
    m.canonical = named[0];
  }
  describedAgencies(text, out);
  // (The second word of a possessive place name, "Hoek" of "Mohale's Hoek", names nothing of its own.)
  for (let k = out.length - 1; k >= 0; k--) if (out.some((o) => o !== out[k] && o.start < out[k].start && o.end >= out[k].end && /['’]s\s/.test(o.text) && !!o.votes.location)) out.splice(k, 1);
  coordinate(text, out);
  // "across the Zagros mountains", "the Naf river": a name with a lower-case word for a kind of land or water after it
  // is a place, that word included (not a demonym: "the Ethiopian highlands"). The place's name is the name alone
  // ("Naf"), the longer form an alias of it: labellers keep the bare name, some with the longer form as well.
  for (const m of out) {
    if (m.titleOnly || m.text.split(/\s+/).length > 2 || !/^\p{Lu}/u.test(m.text) || countryByDemonym(m.text.split(/\s+/)[0])) continue;
    const geo = /^\s+(mountains|hills|highlands|foothills|river|valley|plateau|desert|lagoon|delta|estuary|peninsula|archipelago|glacier|gorge|marshes|wetlands)\b(?!\s+\p{Lu})/u.exec(text.slice(m.end, m.end + 30));
    if (!geo || (m.votes.organization ?? 0) > 0 || (m.votes.person ?? 0) > 0 || (m.votes.group ?? 0) > 0) continue;
    m.canonical ??= m.text;
    m.end += geo[0].length;
    m.text = text.slice(m.start, m.end);
    add(m.votes, 'location', 6);
  }
  washingtonDC(out, text);
  subjectWordsNoPeople(out, text);
  shortCompanyNames(out, text);
  languagesNoPlaces(out, text, tk.sentences);
  return out;
}

/** A sentence that speaks of languages: "translated from", "in every language of" (not "speaking from", said of places). */
const LANGUAGE_TALK = /\b(?:languages?|translated|translation|dialects?|mother tongue|vernacular)\b/i;

/** "Translated from Chitumbuka and Chichewa", "in every language of this country: a lie in Drehu …": a single word the
 * gazetteer does not know, after "in", "into" or "translated from" in a sentence that speaks of languages, or joined by
 * "and"/"or" to a language so named, is a language (emitPiece drops the languages of its word list after these words,
 * not one listed second, "Chitumbuka and Chichewa"); it is no place there or anywhere else in the text. ("between Witu
 * and Hindi": a place that shares a language's name is joined to a place, not named as a language.) */
function languagesNoPlaces(out: Mention[], text: string, sentences: { start: number; end: number }[]): void {
  const languages = new Set<string>();
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    if (m.text.includes(' ') || (m.votes.location ?? 0) >= 8 || lookupPlace(m.text) || m.votes.person || m.votes.organization) continue;
    const prev = out[i - 1];
    const joined = (a: Mention | undefined, b: Mention | undefined) => !!a && !!b && /^\s+(?:and|or)\s+(?:in\s+|into\s+)?$/.test(text.slice(a.end, b.start));
    const s = sentences[m.sentence];
    const cue = /\b(?:in|into|(?:translated|interpreted)\s+(?:from|into))\s+$/i.test(text.slice(Math.max(0, m.start - 24), m.start)) && !!s && LANGUAGE_TALK.test(text.slice(s.start, s.end));
    if (cue || (joined(prev, m) && languages.has(prev.text))) languages.add(m.text);
  }
  for (const m of out) if (languages.has(m.text)) delete m.votes.location;
}

/** Styles that are also words or given names elsewhere, so styles only before a full name: Polish "Pan", "Pani",
 * Indonesian "Ibu", Portuguese "Dona", Vietnamese "Ông", "Bà" ("Pan Am", "Bà Rịa"). */
const STYLE_ALSO_WORD = /^(?:Pan|Pani|Ibu|Dona|Ông|Bà|Pak|Bu|Mbak)$/;
/** Javanese and Indonesian styles, which stand before a one-word name as often as a full one ("Pak Mulyono", "Bu
 * Suharti"). */
const MONONYM_STYLE = /^(?:Pak|Bu|Ibu|Mbak)$/;

/** The last word of a portfolio's or a body's name ("… Home Affairs and Police", "… Infrastructure Committee"). */
const endsBodyName = (w: string) => PORTFOLIO.has(w) || GOV_HEADS.has(w) || ORG_HEADS.has(w);

/** The second word of a Malaysian style of two words: "Datuk Seri", "Dato' Sri", "Datuk Patinggi". */
const MALAY_SECOND_STYLE = /^(?:Seri|Sri|Paduka|Patinggi|Wira|Amar)$/;

/** The capitalised words of a list that ends a portfolio's or a body's name ("Local Government, Chieftainship, Home
 * Affairs and Police", "Climate Change, Environment and Infrastructure Committee"). */
const SUBJECT_LIST_TAIL = /^(?:\s*,\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)+\s*,?\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(\p{Lu}[\p{L}'’-]*)(?![\p{L}'’-])/u;

/** ("the Minister of Lands, Survey, Mines and Energy", "Chair, Climate Change, Environment and Infrastructure
 * Committee"): a word or two with no given name in them, listed with commas after a capitalised word and before "and"
 * and the last words of a portfolio or a body, are the subjects of that portfolio or body, no one's name. */
function subjectWordsNoPeople(out: Mention[], text: string): void {
  for (const m of out) {
    if (!m.votes.person || m.text.split(/\s+/).length > 2) continue;
    // (Whether a word is a given name asks compromise, which is slow: only once a list or a name closing on a
    // subject has been seen.)
    const noGivenName = () => !m.text.split(/\s+/).some(givenName);
    if (subjectClosingName(m, text) && noGivenName()) {
      delete m.votes.person;
      continue;
    }
    // (Inside the list: a capitalised word and a comma before it, "Local Government, Chieftainship"; not "Mr Ravi
    // Persaud, Chair, …", a person before the office.)
    if (!/\p{Lu}[\p{L}'’-]*\s*,\s*$/u.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    const tail = SUBJECT_LIST_TAIL.exec(text.slice(m.end, m.end + 160));
    if (tail && endsBodyName(tail[1]) && noGivenName()) delete m.votes.person;
  }
}

/** A capitalised word of an office's or a body's name, joined by "and" or by a space alone, right before a mention. */
const NAME_WORD_BEFORE = /(\p{Lu}[\p{L}'’-]*)(?:[ \t]+and)?[ \t]+$/u;
/** "and" and the last capitalised words of a name right after a mention ("… and Anti-Corruption Agency"). */
const AND_NAME_AFTER = /^[ \t]+and[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,3}(\p{Lu}[\p{L}'’-]*)(?![\p{L}'’-])/u;

/** ("the Minister for Police and Emergency Management said", "the Division of Marine Law Enforcement", "the Major
 * Organised Crime and Anti-Corruption Agency"): a word or two that end in a portfolio's subject, glued by "and" or a
 * space to a capitalised word of an office or a body before them (no title, no given name), or followed by "and" and a
 * body's or a portfolio's last word, are inside that name; no one is called so. */
function subjectClosingName(m: Mention, text: string): boolean {
  const words = m.text.split(/\s+/);
  if (!PORTFOLIO.has(words[words.length - 1])) return false;
  const before = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (before && !HONORIFICS.has(before[1]) && !TITLE_WORDS.has(before[1]) && !givenName(before[1])) return true;
  const after = AND_NAME_AFTER.exec(text.slice(m.end, m.end + 100));
  return !!after && endsBodyName(after[1]);
}

/** "Washington, D.C., 18 November", "in Washington DC": the district after the capital's name is part of that one
 * place's name, no second place. */
function washingtonDC(out: Mention[], text: string): void {
  const places = out.filter((m) => /^Washington(?:,?\s+D\.?C\.?)?$/.test(m.text));
  for (const m of places) {
    const dc = /^,?[ \t]+D\.?C\.?(?!\p{L})/u.exec(text.slice(m.end, m.end + 8));
    if (dc) m.end += dc[0].length;
    m.text = text.slice(m.start, m.end);
    if (m.text !== 'Washington') m.canonical = 'Washington';
  }
  for (let k = out.length - 1; k >= 0; k--) if (places.some((m) => m !== out[k] && out[k].start >= m.start && out[k].end <= m.end)) out.splice(k, 1);
}
