/** emitPiece's context cues for an organisation: the words around a name that make it a body (a newsroom's post, a
 * civic or company noun, a body that speaks of itself as "it", what only bodies do), and the outlets. Moved out of
 * emitPiece as they were; emitPiece calls them where the statements stood. */
import { PREFIXED_CERT, type Token } from '../text.js';
import { TITLE_WORDS, DOCUMENT_HEADS, ROLE_NOUNS } from '../gazetteer/words.js';
import { countryByDemonym } from '../gazetteer/countries.js';
import { knownBody } from '../gazetteer/bodies.js';
import { knownGroup } from '../gazetteer/groups.js';
import type { Mention, MentionContext } from './types.js';
import { NAME_PARTICLES, givenName, lookupPlace } from './words.js';
import { compromiseVote, add } from './votes.js';
import { lineLabels } from './lines.js';
import { SPEECH_RIGHT, ROLE_AFTER, personThenParen, surnameIn, SPEAKER_LABEL_PAREN, NAME_RIGHT_SHARED_ROLE, personByName, ROLE_NEXT } from './cues-people.js';
import { POLITICAL_HEAD, membersFor, VENDOR_LAST, SECURITY_FIELD_FIRST, COMPANY_LEFT_APPOS, STATE_BODY_POSS_LEFT, HEAD_OF_BODY_LEFT, OPERATION_LEFT, ORG_LEFT, ORG_LEFT_CALLED, ORG_POSTS_RIGHT, ORG_LEFT_DESCRIBED, ORG_LEFT_WORK, CIVIC_NOUN, civicLeft, ORG_LEFT_STAFF, ROLE_OF_BODY_APPOS, APPOS_OPENS_CLAUSE, ORG_RIGHT_APPOS, ORG_RIGHT_APPOS_POSSESSED, commonWordsThenCountry, serviceThenPlace, BODIES_LISTED, SPOKEN_FOR_LEFT, POST_IN_BODY_LEFT, TRADE_PLURALS, BODY_ONLY_RIGHT, BODY_DOES_LEFT, bodyDoes, GOV_OR_ORG_HEAD_AFTER, LEGAL_FORM_BEFORE, COLLECTIVE_POSSESSOR, MEMBERS_BODY_HEAD, HOTLINE_LEFT, OUTLET_RIGHT, OUTLET_LEFT } from './cues-bodies.js';
import { acronymLike, COMMON_ACRONYMS } from './acronyms.js';
import { CYBER } from './cues-groups.js';
import { PREP_OBJECT, LOC_LEFT_SITE, LOC_RIGHT } from './cues-places.js';

/** The whole of a transcript label's parenthesis ("TEMBE (Rádio Kaya):"), capitalised words, no place, title or role. */
function speakerLabelBody(ws: Token[], name: string, left: string, right: string): boolean {
  return ws.length <= 5 && ws[0].cap && ws.every((w) => w.kind === 'word' || w.kind === 'poss') && SPEAKER_LABEL_PAREN.test(left) && /^\)[ \t]*:/.test(right) && !lookupPlace(name) && !ws.some((w) => TITLE_WORDS.has(w.text) || ROLE_NOUNS.has(w.text.toLowerCase()));
}

/** emitPiece's step 5 for organisations: context votes after the group cues. */
export function orgContextCues(m: Mention, ws: Token[], name: string, left: string, right: string, text: string, o: { honor: boolean }, ctx: MentionContext, sentence: number): void {
  // "security editor of the Daily Courier", "a correspondent for the Island Post": a newsroom's post names its outlet.
  if (/\b(?:editor|editors|correspondent|correspondents|reporter|reporters|columnist|journalist|presenter|editor-in-chief|bureau chief)\s+(?:of|at|for|with)\s+(?:the\s+)?$/i.test(left) && ws.length <= 4 && !lookupPlace(name) && !m.votes.person && !m.votes.group && !o.honor) add(m.votes, 'organization', 5);
  // (", the electoral commission chair,": a body's noun before a role noun qualifies the role; ", a British importer,"
  // after a given name's name is a person's: personByName.)
  const orgAppos = ORG_RIGHT_APPOS.exec(right);
  // ("The network Bakyt worked for calls itself …": a name that opens a relative clause is its subject, not the
  // network's name.)
  const contactClause = /^\s+\p{Ll}+(?:ed|s)\s+(?:for|with|at|under|alongside|in)\s+\p{Ll}/u.test(right);
  if ((ORG_LEFT.test(left) && !contactClause) || ORG_LEFT_STAFF.test(left) || civicLeft(left) || (ws.length >= 2 && /\bthe\s+$/i.test(left) && CIVIC_NOUN.test(/^\s+([\w-]+)/.exec(right)?.[1] ?? '')) || (orgAppos && !ROLE_OF_BODY_APPOS.test(right) && !APPOS_OPENS_CLAUSE.test(right) && !ROLE_NEXT.test(right.slice(orgAppos[0].length)) && !(NAME_RIGHT_SHARED_ROLE.test(right) && personByName(ws.map((w) => w.text), right))) || OPERATION_LEFT.test(left)) add(m.votes, 'organization', 5);
  // "who led the Qantara response", "the Kestrel team": a one-word name that qualifies a team's work is its firm.
  if (ws.length === 1 && /\b(?:the|a|an)\s+$/i.test(left) && /^\s+(?:incident\s+)?(?:response|team|teams|investigators|analysts|researchers|engineers)\b(?!\s+(?:to|of)\b)/.test(right) && !lookupPlace(name) && !countryByDemonym(name) && !m.votes.person && !m.votes.group && !o.honor) add(m.votes, 'organization', 4);
  // "The head of the PPA's Ida Prefecture, Police Colonel …": what a body's head heads, under another body, is a unit.
  if (HEAD_OF_BODY_LEFT.test(left) && ws.length <= 4 && !lookupPlace(name) && !m.votes.group && !o.honor) add(m.votes, 'organization', 8);
  // "The police's Sea Patrol escorted the boat": capitalised words after a state body's possessive name a unit of it
  // (not its document, operation or officer: "the ministry's Annual Report", "the army's Operation Dawn").
  // (Nor a person, "the police's John Otieno said", nor a plan or a programme, "the ministry's Vision 2030 plan".)
  // ("The VSAT's Vilnius Frontier District has found …": or after the possessive of a body's acronym, whatever place word
  // ends the unit's name.)
  const acronymPossessor = /\b([A-Z]{2,7})['’]s\s+$/.exec(left)?.[1];
  if ((STATE_BODY_POSS_LEFT.test(left) || (!!acronymPossessor && acronymLike(acronymPossessor) && ws.length >= 2)) && ws.length <= 6 && !TITLE_WORDS.has(ws[0].text) && !givenName(ws[0].text) && ws[0].text !== 'Operation' && !DOCUMENT_HEADS.has(ws[ws.length - 1].text) && !/^\s*(?:\d|(?:[\p{Ll}-]+\s+)?(?:plan|programme|program|strategy|project|initiative|scheme|campaign|policy|report|app|account|page|website|portal|hotline)s?\b)/u.test(right) && !lookupPlace(name) && !m.votes.person && !m.votes.group && !o.honor) add(m.votes, 'organization', 5);
  // "which Riverstone Security calls TA-Mekong", "Prepared by: Lotus Cyber, Hanoi": in a text about intrusions, a coined
  // word before Security or Cyber names a security vendor.
  if (ws.length === 2 && VENDOR_LAST.test(ws[1].text) && ws[0].cap && !SECURITY_FIELD_FIRST.test(ws[0].text) && !TITLE_WORDS.has(ws[0].text) && !lookupPlace(ws[0].text) && !countryByDemonym(ws[0].text) && !knownBody(name) && CYBER.test(text) && !m.votes.person && !o.honor) add(m.votes, 'organization', 6);
  // "Fjordnet, the port's hosting company, restored …": an apposition saying whose body it is (not a place's).
  if (ORG_RIGHT_APPOS_POSSESSED.test(right) && ws.length <= 5 && !lookupPlace(name) && !m.votes.group && !o.honor) add(m.votes, 'organization', 5);
  // "one of the forwarders, Nordvik, also …": a company named in apposition after what it is to the story (a name
  // that opens with a given name only where the words after it say it is a company: not "the ship's owner, Grace X,").
  if (COMPANY_LEFT_APPOS.test(left) && /^\s*,/.test(right) && ws.length <= 4 && (!givenName(ws[0].text) || ORG_RIGHT_APPOS.test(right)) && !lookupPlace(name) && !m.votes.group && !o.honor) add(m.votes, 'organization', 5);
  // "Space Norway, which operates the cable, said": "which" is not said of a person.
  if (/^\s*,\s*which\b[^.;"“”]{1,90},\s*(?:said|says|told|announced|confirmed|stated|added|warned)\b/.test(right) && !m.votes.group && !m.votes.person && !m.votes.location) add(m.votes, 'organization', 4);
  // "Terminais Sul, which runs two terminals": what a body does, in a "which" clause.
  if (/^\s*,\s*which\s+(?:runs|ran|operates|operated|owns|owned|makes|made|manufactures|sells|sold|builds|provides|supplies|employs|manages|managed|produces|develops|publishes|trades|exports|imports)\b/.test(right) && !m.votes.group && !m.votes.location) add(m.votes, 'organization', 5);
  // "a security company in Centurion called Veld Guard": a company the text names after describing it.
  if (ORG_LEFT_CALLED.test(left) && !m.votes.group) add(m.votes, 'organization', 6);
  // "Kalmora's head of product security": a post that only a body has.
  if (ORG_POSTS_RIGHT.test(right) && !m.votes.group && !m.votes.location && !m.votes.person) add(m.votes, 'organization', 4);
  // "the Drug Control Police (PCD)": a name that defines an acronym in parentheses names a body.
  // ("Cyril Ramaphosa (ANC) said": not a given name then letters that do not open with its initial, a party's or a
  // body's the person speaks for.)
  const acr = /^\s*\(\s*([A-Z][A-Za-z]*[A-Z][A-Z0-9-]*)\s*\)/.exec(right);
  if (ws.length >= 2 && acr && !(givenName(ws[0].text) && acr[1][0] !== ws[0].text[0]) && !m.votes.group && !m.votes.person && !m.votes.location) add(m.votes, 'organization', 3);
  if (/^[A-Z]{2,}(?:-[A-Z]{2,})?$/.test(name) && /^\s*\)/.test(right)) add(m.votes, 'organization', 2);
  if ((/(^|-)(CERT|CSIRT|NCSC)(-|$)/.test(name) && /-/.test(name)) || PREFIXED_CERT.test(name) || /^(?:CERT|CSIRT|NCSC)\.[A-Za-z]{2,3}$/.test(name) || (/^(CERT|CSIRT)$/.test(ws[0].text) && ws.length >= 2)) {
    add(m.votes, 'organization', 5);
    // (A national response team is a public body: "the company said" after it is another body.)
    if (PREFIXED_CERT.test(name)) m.government = true;
  }
  // "We sent our report to UKMTO", "notified CERT-In": an acronym that receives reports is a body.
  if (acronymLike(name) && /\b(?:report(?:ed|s)?|sent|send|sends|notified|notify|alerted|alert|contacted|informed|escalated|submitted|forwarded)\b[^,.;:"“”]{0,40}?\s+(?:to\s+)?(?:the\s+)?$/i.test(left) && /\b(?:to|notified|notify|alerted|alert|contacted|informed)\s+(?:the\s+)?$/i.test(left)) add(m.votes, 'organization', 4);
  // Acronyms: "known as the HUR", "HUR spokesman": a body.
  if (acronymLike(name) && (/\bknown as (?:the\s+)?$/i.test(left) || ROLE_AFTER.test(right))) add(m.votes, 'organization', 4);
  // ("told the Kigali Evening Post", "in a statement to the Diario del Sur", "an interview with the Weekly Courier": what
  // one tells, after "the", is an outlet.)
  if (/\b(?:told|telling|(?:a|an|its|his|her|their)\s+(?:written\s+)?(?:statement|interview|comments?|remarks|reply)\s+(?:to|with)|speaking\s+to|(?:an\s+)?interview\s+with)\s+the\s+$/i.test(left) && ws.length >= 2 && !m.votes.person) add(m.votes, 'organization', 4);
  // ("a reporter for the Lusaka weekly Mirror", "the state broadcaster Radio Lamu": an outlet's noun, then its name.)
  if (OUTLET_LEFT.test(left) && !m.votes.person && !m.votes.location && !m.votes.group) add(m.votes, 'organization', 5);
  // "questioned by the SRPJ", "handed to the PNF", "officers of the OCRTIS", "the JIRS in Marseille took over", "GIGN
  // commandos": an acronym after "the" that acts, receives or has a seat, or before its staff, is a body (not "the
  // GDP", "the EEZ": common nouns).
  if (acronymLike(name) && ws.length === 1 && /^[A-Z]{3,6}$/.test(name) && !COMMON_ACRONYMS.test(name) && !lookupPlace(name) && (/\b(?:by|to|from|of|at|with|according to|for|against)\s+the\s+$/i.test(left) || (/\b[Tt]he\s+$/.test(left) && /^\s+in\s+\p{Lu}/u.test(right)) || /^\s+(?:agents|officers|investigators|inspectors|commandos|gendarmes|detectives|operatives|officials|analysts|patrols|divers)\b/.test(right)) && !m.votes.group && !m.votes.person) add(m.votes, 'organization', 4);
  // "he told NRK", "speaking to CNN": an acronym told something is a news outlet.
  if (acronymLike(name) && /\b(?:told|telling|speaking to|interview with|said to)\s+$/i.test(left)) add(m.votes, 'organization', 4);
  if (/\b(?:vendor|company|firm|maker|manufacturer|provider|operator|developer|supplier|publisher|bank|insurer|broadcaster|newspaper|agency|ministry|regulator),\s+$/i.test(left)) add(m.votes, 'organization', 5);
  // "The operator of the cable, Elisa, said", "its owner, Gasvik,": a company named in apposition to what it does.
  else if (ORG_LEFT_DESCRIBED.test(left) && /^\s*,/.test(right) && !m.votes.person && !m.votes.location) add(m.votes, 'organization', 5);
  // "who leads incident response at Quillay Security": a person's employer.
  // (Not "the authority, which runs the customs post at Paga": what a body runs somewhere is in a place.)
  // ("licensed companies, including Kwanta and …": a name in a list of bodies is a body.)
  if (ws.length <= 4 && BODIES_LISTED.test(left) && !m.votes.person && !m.votes.location && !m.votes.group && !lookupPlace(name)) add(m.votes, 'organization', 5);
  // ("Jean Paoli (U Levante)": several capitalised words in parentheses right after a person's name are the body they
  // speak for.)
  // (Not "Hon. Nakiru Lokwang-Ochola (Moroto Municipality)": after a member's title it is the seat.)
  if ((ws.length >= 2 || /^[A-Z]{2,6}$/.test(name)) && ws.every((w) => w.kind === 'word') && personThenParen(left) && /^\)/.test(right) && !m.votes.location && !m.votes.group && !lookupPlace(name) && !o.honor) add(m.votes, 'organization', 5);
  // ("TEMBE (Rádio Kaya): …", "NICOLÒ D'ANNA (TeleSegesta): …": in a transcript the label is the person, so the name
  // in its parenthesis is their outlet or body, even of one word, and no person however much it reads like one.)
  if (speakerLabelBody(ws, name, left, right) && !m.votes.location && !m.votes.group && !o.honor) {
    delete m.votes.person;
    add(m.votes, 'organization', 5);
  }
  // ("Jean Paoli, president of U Levante", "spokeswoman for Corsica Libera": a post held in it makes a name a body.)
  // ("Speaking for Corsica Libera, …", "a statement from Kanak Unity": whom one speaks for, or what a statement comes
  // from, is a body, unless its first word is a given name.)
  if ((ws.length >= 2 || acronymLike(name)) && ws.length <= 4 && SPOKEN_FOR_LEFT.test(left) && !givenName(ws[0].text) && !lookupPlace(name) && !countryByDemonym(ws[0].text) && !m.votes.location && !m.votes.group && !o.honor) add(m.votes, 'organization', 7);
  if ((ws.length >= 2 || acronymLike(name)) && ws.length <= 4 && POST_IN_BODY_LEFT.test(left) && !lookupPlace(name) && !countryByDemonym(ws[0].text) && !m.votes.location && !m.votes.group && !o.honor) add(m.votes, 'organization', 7);
  // "Federated Farmers urged", "United Fishers said": capitalised words ending in the plural of a trade, where the
  // name speaks, are its members' association (a crowd of farmers is written in lower case).
  if (ws.length >= 2 && ws.length <= 4 && TRADE_PLURALS.test(ws[ws.length - 1].text) && SPEECH_RIGHT.test(right) && ws.slice(0, -1).every((w) => w.cap && !countryByDemonym(w.text) && !lookupPlace(w.text) && !TITLE_WORDS.has(w.text)) && !m.votes.group) add(m.votes, 'organization', 6);
  // "Natural Resources Wales", "Inland Fisheries Ireland", "Statistics Norway", "WWF Spain": common words or
  // initials, then a country's name, are a public body's name (a person's surname is seldom a country's, and a given name is a name).
  // (Not after a lower-case word and "in": "a house in Antigua Guatemala" is a town named after its country.)
  if (commonWordsThenCountry(ws) && !/\b\p{Ll}+\s+(?:in|near|outside)\s+$/u.test(left) && !m.votes.group && !m.votes.location) add(m.votes, 'organization', 6);
  // "Police Scotland said", "published by Maritime Cook Islands": a field of public service, then a place, is that
  // place's agency, though the place alone would be voted a place.
  if (serviceThenPlace(ws) && !m.votes.group) add(m.votes, 'organization', 8);
  // (Not where the work is done at a site named after it: "works in the transit centre at Vinojug".)
  if (ORG_LEFT_WORK.test(left) && !LOC_LEFT_SITE.test(left) && !/\bwhich\s+[^,.;:"“”]*$/.test(left) && !m.votes.location && !m.votes.person) add(m.votes, 'organization', 4);
  // "Stavrou: “…”": a name that labels interview or transcript lines (two at least, or one with a quotation) is a
  // person's ("Dropper: hxxp://…" in a list is not).
  ctx.labels ??= lineLabels(text);
  if (ctx.tk.sentences[sentence].lineStart && left.trim() === '' && ws.length <= 3 && /^\s*:\s+\S/.test(right) && ((ctx.labels.get(name) ?? 0) >= 2 || /^\s*:\s+["“„«]/.test(right)) && !m.votes.organization && !m.votes.location && !m.votes.group && ws.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) || NAME_PARTICLES.has(w.text))) add(m.votes, 'person', 4);
  // "the ABVV union", "the Likud party": a name before the noun that says what kind of body it is ("the Mundo Verde
  // radio programme" is a programme, no body).
  if (/^\s+(?:(?:public|state|state-owned|state-run|private|national|local|regional|independent|online|commercial|community|weekly|daily|evening|news)\s+){0,2}(?:trade\s+)?(?:union|party|federation|confederation|association|alliance|agency|news agency|company|firm|coalition|bloc|newspaper|broadcaster|daily|weekly|magazine|tabloid|channel|television|TV|radio|website|outlet|foundation|charity|institute|think tank|think-tank)\b(?!\s+(?:programme|program|show)\b)/i.test(right) && /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(left) && !m.votes.person && !m.votes.location && !m.votes.group) add(m.votes, 'organization', 4);
  // "the Fishermen's Syndicate of the North", "the Boatmen's Guild": a collective's possessive, then the head of a
  // members' body, names a body of those people (a gang is not named for a trade's members).
  if (ws.length >= 3 && ws[1].kind === 'poss' && COLLECTIVE_POSSESSOR.test(ws[0].text) && MEMBERS_BODY_HEAD.test((ws.find((w, i) => i > 1 && ws[i + 1]?.text === 'of') ?? ws[ws.length - 1]).text) && !m.votes.location && !m.votes.person && !m.votes.organization && !knownGroup(name)) add(m.votes, 'organization', 6);
  // "The Islamic Action Front called for an inquiry": a name ending in a political body's head, with nothing making it
  // an armed group, is that body, not a person (no given name opens it).
  if (ws.length >= 2 && POLITICAL_HEAD.test(ws[ws.length - 1].text) && !m.votes.group && !m.votes.organization && !m.votes.location && !givenName(ws[0].text) && !o.honor) {
    delete m.votes.person;
    add(m.votes, 'organization', 5);
  }
  // ("Lawyers for Liberty", "Mothers Against Drunk Driving": people in the plural, then what they stand for or against.)
  if (membersFor(ws) && !m.votes.group && !knownGroup(name)) {
    delete m.votes.person;
    delete m.votes.location;
    add(m.votes, 'organization', 6);
  }
  // "Caritas Madre de Dios", "Oxfam Novib": a known non-government body's name, then more capitalised words, is a
  // branch of it, not a person.
  if (ws.length >= 2 && ws.length <= 5 && knownBody(ws[0].text)?.government === false && !knownBody(name) && !m.votes.group) {
    delete m.votes.person;
    add(m.votes, 'organization', 7);
  }
  // "Chanda & Partners said": a firm's name joined with "&" (the chunker keeps it whole) is a company's.
  if (ws.length >= 3 && ws.some((w) => w.text === '&') && !lookupPlace(name) && !m.votes.group && !m.votes.location) {
    delete m.votes.person;
    add(m.votes, 'organization', 6);
  }
  // "PT Samudera Lintas", "JSC Baltic Reefers", "SARL Transmer": a legal form written before the name is a company's.
  if (ws.length >= 2 && LEGAL_FORM_BEFORE.test(ws[0].text) && ws[1].cap && !m.votes.group) {
    delete m.votes.person;
    delete m.votes.location;
    add(m.votes, 'organization', 8);
  }
  // "call Crime Stoppers on 555-8477", "ring Childline at 0800 1111": a name one calls on a telephone number is a
  // service's (not "contact Detective Sergeant Ana Ruiz on …": a title, or a given name, is a person's).
  if (HOTLINE_LEFT.test(left) && /^\s+(?:on|at)\s+[+(]?\d/.test(right) && !givenName(ws[0].text) && !ws.some((w) => TITLE_WORDS.has(w.text)) && !lookupPlace(name) && !m.votes.group && !o.honor) add(m.votes, 'organization', 7);
  // "of Sawt al-Bahr radio", "Voz del Sur radio reported": a name the text calls an outlet by the noun after it,
  // wherever it stands, is that outlet (a place before "radio" is the state's radio, "Tehran radio": not a name).
  if (OUTLET_RIGHT.test(right) && !lookupPlace(name) && !countryByDemonym(ws[0].text) && !m.votes.person && !m.votes.group && !o.honor) add(m.votes, 'organization', 7);
  // "Medis Polska, which runs 14 hospitals": "which" is not said of a person, and running things is a body's.
  if (/^\s*,\s*which\s+(?:runs|operates|owns|makes|manages|employs|provides|supplies|builds|produces|sells|publishes|represents|controls|develops|offers)\b/.test(right) && !m.votes.person && !m.votes.location && !m.votes.group) add(m.votes, 'organization', 4);
  if (ws.length === 1 && ctx.companies?.has(name) && !m.votes.person && !m.votes.location && !m.votes.group) add(m.votes, 'organization', 4);
  // "Harmo said it had restored service": what speaks of itself as "it" is not a person (but in "X, which runs the
  // terminal at Lautoka, said it …" the name after a preposition is not the one that speaks).
  if (/^\s*,?\s*(?:said|says|announced|confirmed|stated|added|warned|denied|reported|disclosed)(?:\s+(?:on|in|late|early|last)\s+(?:a\s+)?\w+(?:\s+\w+)?)?\s+(?:that\s+)?(?:it|its)\b/.test(right) && !PREP_OBJECT.test(left) && !m.votes.person && !m.votes.location && !m.votes.group) add(m.votes, 'organization', 4);
  // "Ahl al-Nahr said its fighters took nothing": a body with fighters of its own is an armed group.
  if (ws.length <= 4 && /^\s+(?:said|says|claimed|claims|denied|denies|insisted|insists)\s+(?:that\s+)?its\s+(?:fighters|militants|gunmen|combatants|mujahideen|members|men)\b/.test(right) && !m.votes.person && !knownBody(name)) add(m.votes, 'group', 6);
  // "Halvora said production at its plants was not affected": its own assets, a few words into the clause.
  if (ws.length === 1 && /^\s+(?:said|says|announced|confirmed|stated|added|reported)\s+(?:that\s+)?(?:[\p{Ll}-]+\s+){1,4}?(?:at|in|on|of|from|for)\s+its\b/u.test(right) && !m.votes.person && !m.votes.location && !m.votes.group) add(m.votes, 'organization', 4);
  // "Ericsson, which …" or "Ericsson's customers", "its shares": a one-word name whose shares, customers or
  // subscribers the text mentions is a company.
  if (ws.length === 1 && /^['’]s\s+(?:[a-z-]+\s+)?(?:shares|customers|subscribers|clients|stock|products|software|network|networks|services|chief executive|ceo|board|shareholders|headquarters|factory|factories|plant|plants|subsidiary|app|platform|users|revenue|profits?)\b/.test(right) && !m.votes.person && !m.votes.location && !m.votes.group) add(m.votes, 'organization', 4);

  // A one-word name no other name in the text ends with (so no surname) that does what bodies do and people rarely do
  // is a body: it speaks in a statement, a note or an advisory, publishes one, reports that, has a spokesman or a press
  // office, is called in or hired, employs, operates, exports, acts on "its" own things, is joined by staff "in 2019",
  // or has shares.
  // ("the ZRA's Investigations Division", "KPA's Marine Unit": an acronym that owns a named unit or post is a body.)
  if (ws.length === 1 && acronymLike(name) && GOV_OR_ORG_HEAD_AFTER.test(right) && !m.votes.person && !m.votes.location && !m.votes.group && !knownGroup(name)) add(m.votes, 'organization', 4);
  // ("wrote in the Zambia Daily Mail", "in an op-ed for the X", "an interview with the X": where one writes or is
  // interviewed is an outlet, not a place.)
  if (ws.length <= 4 && /\b(?:(?:wrote|writes|writing|written)\s+(?:in|for)|(?:an?|his|her|their)\s+(?:article|column|op-ed|opinion piece|editorial|interview|commentary|letter)\s+(?:in|for|with|to))\s+(?:the\s+)?$/i.test(left) && !lookupPlace(name) && !m.votes.person && !m.votes.group) add(m.votes, 'organization', 5);
  // ("The Zambian Watchdog reported that": a name after a sentence's opening "The" that reports or speaks is no
  // person; not "the report on the North East said", where the name is an object.)
  if (ws.length >= 2 && ws.length <= 4 && /^\s*The\s+$/.test(left) && /^\s+(?:has\s+)?(?:reported|reports|said|says|wrote|writes|published|revealed|quoted)\b/.test(right) && !lookupPlace(name) && !m.votes.person && !m.votes.group && !m.votes.location && !m.votes.document && !DOCUMENT_HEADS.has(ws[ws.length - 1].text)) add(m.votes, 'organization', 4);
  // ("she told Postimees that", "told Diggers on Monday": a one-word name, no person's, told something is an outlet;
  // a surname of someone the text names, a given name compromise knows, or a place is not. Two words may be a person
  // compromise does not know: not those.)
  if (ws.length === 1 && /\btold\s+$/.test(left) && /^\s*(?:that\b|,|\.|on\s+\p{Lu}|in\s+an?\s+(?:interview|statement)|last\s+\w+|earlier\b)/u.test(right) && !m.votes.person && !m.votes.location && !m.votes.group &&
    ws.every((w) => /^\p{Lu}/u.test(w.text)) && !lookupPlace(name) && !ws.some((w) => lookupPlace(w.text)) && !compromiseVote(name).person && !compromiseVote(ws[0].text).person && !surnameIn(text, ws[ws.length - 1].text) && !new RegExp(`\\b${ws[0].text}[ \\t]+\\p{Lu}`, 'u').test(text.replace(name, ''))) add(m.votes, 'organization', 4);
  // ("Terminais Atlântico employs 600 people", "shares in Kestrel Marine fell": names of two or three words, where a
  // person's name is as likely, only by what people never do.)
  // (Not a site: "the Chililabombwe Mine employs 3,000 people".)
  if (ws.length >= 2 && ws.length <= 3 && ws.every((w) => w.cap) && !m.votes.person && !m.votes.location && !m.votes.group && (BODY_ONLY_RIGHT.test(right) || (BODY_DOES_LEFT.test(left) && !LOC_RIGHT.test(right))) && !lookupPlace(name) && !knownGroup(name) && !/^(?:Mine|Dam|Farm|Hotel|Factory|Plant|Field|Oilfield|Camp|Market|Quarry|Reserve|Park|Lake|River|Estate|Hall|Building|Tower|Stadium)$/.test(ws[ws.length - 1].text)) add(m.votes, 'organization', 5);
  if (ws.length === 1 && !m.votes.person && !m.votes.location && !m.votes.group && bodyDoes(name, left, right) && !lookupPlace(name) && !knownGroup(name) && !surnameIn(text, name)) add(m.votes, 'organization', 5);
}
