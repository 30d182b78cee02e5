/** Reported speech, sentence by sentence: "Lepik said that …", "…, the ministry said", "The gangs, she said, had …",
 * "…, said Commissioner Montoro", "It was said by several witnesses that …". */
import { REPORTING_VERBS } from '../gazetteer/words.js';
import { unnamed, words } from '../statement-parts.js';
import type { Span } from '../../types.js';
import type { Ref } from '../refs.js';
import type { Sentence } from '../text.js';
import type { StatementContext } from './context.js';
import { INTRO, GO_ON_TO, turnBody } from './subject.js';
import { findAccordingTo } from './according-to.js';
import { isTrailingAttribution, findTrailingAttribution } from './trailing-attribution.js';

/** The object of "told" / "informed" that is a body's long name, perhaps with when ("the Ministry of Foreign Affairs and
 * Human Mobility in October"). */
const LONG_NAMED_OBJECT = /^(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:[\p{Lu}][\p{L}'’-]*|of|and|for|on|the))*(?:\s+(?:in|on|last|this)\s+\S+)?$/u;
/** A finding inside a reported clause: "… had found that", "… concludes that", "… warns that". */
const INNER_FINDING = /\b(?:(?:had|has|have)\s+)?(?:found|finds|concluded|concludes|shown|shows|showed|warned|warns|says|said|stated|states)\s+that\s+/;
/** An official statement's own saying in the infinitive: "The Ministry wishes to state that", "would like to inform the
 * public that", "is pleased to announce that". */
const WISH_TO = /\b(?:wish|wishes|wished|would\s+like|wants|is\s+pleased|are\s+pleased|hereby\s+wishes)\s+to\s+$/i;
const WISH_TO_SAY = /^(?:state|inform|clarify|assure|reassure|confirm|announce|stress|emphasi[sz]e|remind|note|advise|reiterate|underline|underscore|reaffirm|recall|highlight)$/;
/** Participles of saying that go on with the subject of the clause before the comma ("…, finding that"). */
const PARTICIPLE_SAY = /^(?:finding|concluding|noting|stating|arguing|claiming|insisting|stressing|estimating|acknowledging|alleging|admitting|confirming|explaining|recommending|announcing|reporting)$/;
/** Bare forms of reporting verbs that a plural subject takes in the present ("the Guidelines state that"). */
const PLURAL_PRESENT_SAY = /^(?:state|note|find|conclude|recommend|stress|claim|estimate|indicate|report|show|write|observe|declare|emphasi[sz]e|underline|reiterate|affirm)$/;
/** After "make", "point" or "let", the rest of a verb of saying in two or three words: "made (it) clear that", "pointed out
 * that", "made it known that", "let it be known that" (the last two, translated press's "a fait savoir que"). */
const SAY_IN_WORDS_REST = /^\s+(?:(?:it\s+)?(?:clear|known)|out|it\s+be\s+known)\s+that\b/;

/** The bare verbs of saying that follow "went on to", "proceeded to", "was quick to". */
const GO_ON_BARE_SAY = /^(?:say|add|explain|warn|insist|stress|note|emphasi[sz]e|argue|claim|tell|reveal|deny|admit|predict|suggest|describe|accuse|point|state|declare|announce|confirm|acknowledge)$/;
/** Nouns of a person the text describes without naming, who may report ("a senior officer", "one resident"). */
const UNNAMED_NOUNS = 'official|officer|source|diplomat|spokes(?:person|man|woman)|analyst|resident|witness|expert|investigator|commander|soldier|member|aide|adviser|advisor';
/** After a subordinate clause, the main clause's own subject and reporting verb (", the judge said"). */
const MAIN_CLAUSE_REPORT = new RegExp(`,\\s+(?:the\\s+[a-z]+\\s+|(?:[\\p{Lu}][\\p{L}'’-]+\\s+){1,3}|he\\s+|she\\s+|they\\s+|it\\s+)(?:${[...REPORTING_VERBS].join('|')})\\b`, 'u');
/** ", though he concedes that", ", but the ministry insists": a coordinated clause with a speaker and verb of its own. */
// ("The group said it had killed 14 soldiers; the army said four died": after a semicolon too.)
// ("…, but a senior Nigerian officer who asked not to be named said …": an unnamed person, with who they are.)
// ("…, and the ZSTC has informed the Ministry that …": a body named with its article, and an auxiliary before the verb.)
const COORD_REPORT = new RegExp(`(?:,\\s+(?:though|although|but|while|whereas|and)|;)\\s+(?:he|she|they|it|the\\s+[a-z]+(?:['’]s\\s+[a-z]+)?|(?:the\\s+)?[\\p{Lu}][\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]+){0,4}|(?:a|an|one|another)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${UNNAMED_NOUNS})(?:\\s+who\\s+[^,;"“”]{1,50}?)?)\\s+(?:also\\s+)?(?:(?:has|have|had)\\s+)?(?:${[...REPORTING_VERBS].join('|')})\\b`, 'u');

/** One word of any kind before a plural of people, saying which people ("Church leaders"), but no determiner or pronoun. */
const WHICH_PEOPLE = '(?:(?!(?:Our|My|Your|His|Her|Its|Their|This|That|These|Those|We|I|You|He|She|It|They)\\s)[\\p{L}][\\p{L}-]*\\s+)?';
/** Where such people are: a preposition of place and a name ("in Tangalle", "on Isla San Lorenzo") or a common noun
 * after "the" ("at the port", "along the river"). */
// ("Shopkeepers on the old town's side streets say": a common noun's owner, and the place it owns, after "the".)
const WHERE_PEOPLE_ARE = '(?:\\s+(?:in|from|of|at|on|near|across|along|around|outside|inside|beyond)\\s+(?:(?:the\\s+)?[\\p{Lu}][\\p{L}-]+(?:\\s+[\\p{Lu}][\\p{L}-]+){0,2}|the\\s+\\p{Ll}[\\p{Ll}-]+(?:\\s+\\p{Ll}[\\p{Ll}-]+)?(?:[\'’]s(?:\\s+\\p{Ll}[\\p{Ll}-]+){1,2})?))?';
/** Collective nouns of people that take a plural verb with no plural ending: "Registry staff in Tegucigalpa say". */
const PEOPLE_AS_ONE = '(?:staff|personnel|crew|police|[Pp]eople)';
/** A bare plural that names nobody, perhaps with where they are: "Fishermen in Tangalle", "Guatemalan farmers' groups". */
// ("Human rights groups have long said the …": a lower-case word of what they do before the plural, and an adverb after
// the auxiliary.)
const BARE_PLURAL_SUBJECT = new RegExp(`^\\s*(${WHICH_PEOPLE}(?:\\p{Ll}[\\p{Ll}-]+s['’]\\s+|\\p{Ll}[\\p{Ll}-]+\\s+)?(?:[\\p{L}][\\p{Ll}-]+(?:s|men|people)|${PEOPLE_AS_ONE})${WHERE_PEOPLE_ARE})\\s+(?:(?:also|have|had)\\s+)?(?:(?:long|always|repeatedly)\\s+)?$`, 'u');
/** Such people who did something first and then said: "fishermen welcomed the detention but said". */
const PLURAL_DID_AND = new RegExp(`^\\s*((?:(?:the|some|many|local|most)\\s+)?${WHICH_PEOPLE}\\p{L}[\\p{Ll}-]+(?:s|men|people))\\s+\\p{Ll}+ed\\b[^,;"“”]{0,80}?\\s+(?:and|but)\\s+(?:also\\s+)?$`, 'u');

/** The passive with its agent and a that-clause: "It was said by several witnesses that …". Whether it found one. */
function findPassiveWithAgent(ctx: StatementContext, s: Sentence, ti: number, rest: string): boolean {
  const { speakerRefs, push } = ctx;
  const tok = ctx.tk.tokens[ti];
  const by = /^\s+by\s+([^,;:"“”]{2,80}?)\s+that\s+/.exec(rest);
  if (by && words(rest.slice(by[0].length)) >= 3) {
    const at = tok.end + by[0].indexOf(by[1]);
    const agent = speakerRefs.find((r) => r.start >= at && r.end <= at + by[1].length) ?? unnamed(at, at + by[1].length, s.index);
    push({ start: tok.end + by[0].length, end: s.end }, 'reported', agent, { start: tok.start, end: agent.end }, 65);
    return true;
  }
  return false;
}

/** A parenthetical attribution: "The gangs, she said, had bribed port workers for years." Whether it found one. */
function findParentheticalAttribution(ctx: StatementContext, s: Sentence, ti: number, rest: string): boolean {
  const { text, refs, push } = ctx;
  const tok = ctx.tk.tokens[ti];
  // A parenthetical attribution: "The gangs, she said, had bribed port workers for years."
  // (Not "…, a spokesman said, raising pressure on …": a participle after the comma goes with the whole sentence.)
  // ("The organisers are not fishermen, she tells me, but businessmen who …": the one told, a pronoun, after the verb.)
  const paren = /^(?:\s+(?:me|us|him|her|them))?(?:\s+(?:on|in|at)\s+\w+)?\s*,\s*(?=[\p{Ll}\p{N}"“])(?!\p{Ll}+ing\b)/u.exec(rest);
  const headClause = text.slice(s.start, tok.start);
  const pc = headClause.lastIndexOf(',');
  // ("Transfers had moved east as checks tightened, she said, “and they will move again …”": a quotation after the
  // attribution goes on in the speaker's words and is a statement of its own; the clause before the comma is hers.)
  const quotedAfter = !/["“”]/.test(text.slice(s.start, tok.end)) && /^[^"“”]*,\s*["“]/.test(rest);
  if (paren && pc > 0 && (quotedAfter || !/["“”]/.test(text.slice(s.start, s.end))) && words(headClause.slice(0, pc)) >= 1 && words(headClause.slice(pc + 1)) <= 6) {
    // ("By night, people say, it belongs to other men.": a bare plural of people says it, whom the text does not name.)
    // ("At two in the morning, the fishermen say, the river …": with its article too.)
    const bare = /^\s*((?:the\s+)?(?:local\s+)?(?:people|residents|locals|villagers|fishermen|fishers|farmers|traders|porters|boatmen|drivers|workers|shopkeepers|vendors|growers|herders|officials|diplomats|analysts|witnesses|neighbours|neighbors))\s+$/.exec(headClause.slice(pc + 1));
    const bareAt = bare ? s.start + pc + 1 + bare[0].indexOf(bare[1]) : -1;
    const subj = refs.find((r) => r.start > s.start + pc && r.end <= tok.start && !(r.kind === 'entity' && r.entityKind === 'location')) ?? (bare ? unnamed(bareAt, bareAt + bare[1].length, s.index) : undefined);
    if (subj && (quotedAfter ? words(headClause.slice(0, pc)) >= 3 : words(rest.slice(paren[0].length)) >= 3)) {
      push({ start: s.start, end: quotedAfter ? s.start + pc : s.end }, 'reported', subj, { start: subj.start, end: tok.end }, 70);
      return true;
    }
  }
  return false;
}

/** "…, said Cecilia Farfán, a researcher at the university.": the speaker after the verb, the statement before the comma. Whether it found one. */
function findSpeakerAfterVerb(ctx: StatementContext, s: Sentence, ti: number, rest: string, head: string, apposSubject: boolean): boolean {
  const { text, speakerRefs, push } = ctx;
  const tok = ctx.tk.tokens[ti];
  if (/,\s*$/.test(head) && !apposSubject && !/["“”]/.test(text.slice(s.start, s.end)) && words(rest) <= 16 && !/\bthat\b/.test(rest)) {
    const who = speakerRefs.find((r) => r.start >= tok.end && r.start <= tok.end + 2 && r.kind !== 'pronoun');
    const comma = head.lastIndexOf(',');
    // The speaker is all that follows, with at most a short tail and an appositive ("…, a researcher at X."),
    // not the subject of a clause ("said the group had grown since …").
    const tail = who ? text.slice(who.end, s.end).split(',')[0] : '';
    if (who && words(tail) <= 3 && !/\b(?:had|has|have|is|was|were|are|will|would|can|could|may|might|should|must|did|does)\b/.test(tail) && words(head.slice(0, comma)) >= 4) {
      push({ start: s.start, end: s.start + comma }, 'reported', who, { start: tok.start, end: who.end }, 75);
      return true;
    }
  }
  return false;
}

/** "…, say the aid groups that work along the route.": speakers the text describes after the verb. Whether it found one. */
function findDescribedSpeakersAfterVerb(ctx: StatementContext, s: Sentence, ti: number, w: string, rest: string, head: string, apposSubject: boolean): boolean {
  const { text, push } = ctx;
  const tok = ctx.tk.tokens[ti];
  // "…, say the aid groups that work along the route.": speakers the text describes after the verb, with a
  // relative clause of their own (the "that" is theirs, not a statement's).
  const described = /,\s*$/.test(head) && !apposSubject && !/["“”]/.test(text.slice(s.start, s.end)) && /^(?:said|says|say)$/.test(w) ? /^\s+((?:the|some|many|several|local|other|most)\s+(?:(?!(?:were|was|are|is|had|have|has|will|would)\b)[\p{Ll}-]+\s+){0,3}?(?:groups|organi[sz]ations|officials|experts|analysts|residents|activists|witnesses|diplomats|sources|researchers|campaigners|agencies|charities|unions|cooperatives|co-operatives|operators|companies|firms|authorities|police|prosecutors|lawyers|doctors|medics|nurses|teachers|farmers|fishermen|fishers|traders|workers|villagers|survivors|families|relatives|volunteers|monitors|observers|people|locals|owners|shipowners|insurers|airlines|banks|investigators|critics|opponents|supporters|economists|scientists|engineers|negotiators|mediators|militants|rebels|fighters|soldiers|troops|officers|guards|migrants|refugees|students|parents))(?:\s+(?:that|who|which|in|from|at|on|working|based)\b[^"“”]{0,80})?[.!?]?\s*$/u.exec(rest) : null;
  if (described && words(head.slice(0, head.lastIndexOf(','))) >= 4) {
    const at = tok.end + rest.indexOf(described[1]);
    push({ start: s.start, end: s.start + head.lastIndexOf(',') }, 'reported', unnamed(at, at + described[1].length, s.index), { start: tok.start, end: at + described[1].length }, 70);
    return true;
  }
  return false;
}

/** Where the statement a reporting verb reports starts: after "that", the verb's object, an adverbial or a day, or
 * right after the verb; undefined when the verb reports no clause. */
function clauseStartAfterVerb(ctx: StatementContext, ti: number, w: string, rest: string): number | undefined {
  const tok = ctx.tk.tokens[ti];
  let clauseStart: number | undefined;
  // ("informed the Committee, through its embassy in Nairobi, that …", "said, in a written reply, that …": one
  // aside between commas may stand before "that".)
  // ("said in a statement carried by the Kuwait News Agency (KUNA) that": a body's acronym in parentheses among them.)
  const thatM = /^((?:\s+(?:[\p{L}\p{N}’'-]+|\([\p{Lu}\p{N}&]{2,10}\))){0,10}?)\s+that(?:\s+|\s*,\s*)/u.exec(rest) ?? /^((?:\s+[\p{L}\p{N}’'-]+){0,6}?)\s*,\s*[^,;:"“”]{2,100},\s*that\s+/u.exec(rest);
  // "that" opens the clause only right after the verb, its object or an adverbial ("told reporters that",
  // "said in a statement on Tuesday that", and the Indian, Gulf and wire "said while addressing a press conference in
  // Mumbai that", "said when asked about … that", "said over the phone from Luanda that"), not as a relative pronoun
  // further on.
  const pre = thatM ? thatM[1].trim().split(/\s+/).filter(Boolean) : [];
  // "said the frigate that answered the call had been hit": after a noun phrase "that" is a relative pronoun and
  // the statement starts at the noun; "told the committee that" keeps its object.
  const relative = pre.length > 0 && /^(?:the|a|an|this|these|those|its|his|her|their|our)$/i.test(pre[0]) && !/^(?:told|tells|warned|warns|reminded|reminds|remind|(?:re)?assur(?:ed|es|e)|informed|informs|inform)$/.test(w);
  // "told the TV channel Formula that": the object of "told" may be a longer noun phrase.
  // (Not past an infinitive: "told banks in March to report any account that …" is a demand.)
  // ("told the Ministry of Foreign Affairs and Human Mobility in October that": a body's long name, then when.)
  const toldObj = /^(?:told|tells|reminded|reminds|remind|informed|informs|inform|(?:re)?assur(?:ed|es|e))$/.test(w) && (pre.length <= 8 || LONG_NAMED_OBJECT.test(pre.join(' '))) && !pre.includes('to');
  const thatOk = thatM && !/["“”]/.test(thatM[1]) && !relative && (pre.length <= 2 || toldObj || (/^(?:put|let|lets)$/.test(w) && pre.length <= 5) || /^(?:in|on|at|during|after|before|from|with|to|separately|also|publicly|repeatedly|again|later|earlier|late|early|shortly|overnight|yesterday|today|last|this|previously|recently|reporters|journalists|lawmakers|parliament|while|when|speaking|addressing|over|via|by|through|outside|afterwards)$/i.test(pre[0]));
  // "said on Wednesday it was tracking a vessel that has stayed …": a day after the verb, then the statement
  // without "that" (the later "that" is a relative pronoun).
  const dayLead = /^\s+(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?=\s+(?:it|he|she|they|we|the|its|his|her|their|there|this|no|all|a|an)\s)/.exec(rest);
  // "Qantara recommends blocking the indicators above": a recommendation in a gerund clause.
  const gerund = /^(?:recommends|recommended|recommend|advises|advised|suggests|suggested)$/.test(w) ? /^\s+(?=\p{Ll}+ing\s)/u.exec(rest) : null;
  // "he said that would be for a court to decide": "that" before a modal or "is/was" is the clause's subject, a
  // demonstrative, and belongs to what was said.
  const demonstrative = /^\s+(?=that\s+(?:would|will|was|is|could|should|might|may|must|depends|remains|seems|seemed)\b)/.exec(rest);
  // ("Karimova said: The trucks will move again from Monday.", "told reporters: We …": the colon of translated and
  // wire copy that gives the words without quotation marks.)
  const colon = /^(?:\s+(?:reporters|journalists|the\s+press|me|us|(?:[\p{Lu}][\p{L}\p{N}-]+\s+){0,3}[\p{Lu}][\p{L}\p{N}-]+))?(?:\s+(?:on|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|a\s+statement|an\s+interview))?\s*:\s+(?=[\p{Lu}\p{N}])/u.exec(rest);
  if (colon) clauseStart = tok.end + colon[0].length;
  else if (gerund) clauseStart = tok.end + gerund[0].length;
  else if (demonstrative) clauseStart = tok.end + demonstrative[0].length;
  else if (dayLead && /^(?:said|says|say|added|adds|told|tells)$/.test(w) && (!thatM || words(rest.slice(dayLead[0].length, thatM[0].length)) >= 3)) clauseStart = tok.end + dayLead[0].length;
  else if (thatM && thatOk) clauseStart = tok.end + thatM[0].length;
  else if (/^(said|says|say|added|adds|told|tells|tell|stressed|warned|insisted|noted|argued|argues|claimed|claims|wrote|writes|saying|adding|warning|insisting|arguing|believe|believes|believed|think|thinks|suspects|suspected|fears|feared)$/.test(w)) {
    let r2 = rest;
    let off = tok.end;
    // ("People in Kayes tell us the convoys …": the plural present too.)
    if (w === 'told' || w === 'tells' || w === 'tell') {
      // ("She tells me she received …", "The Council told us the money …": an object pronoun, then the clause.)
      // ("told his mother he had found work": one's own kin or circle too.)
      const obj = /^\s+(?:reporters|journalists|the press|lawmakers|parliament|the committee|the court|the hearing|senators|me|us|him|her|them|(?:his|her|their|my|our)\s+(?:mother|father|wife|husband|family|parents|sister|brother|son|daughter|friends?|lawyer|employer|neighbours?|neighbors?|colleagues?)|[\p{Lu}][\p{L}\p{N}-]+(?:\s+[\p{Lu}][\p{L}\p{N}-]+)*)(?=\s)/u.exec(r2);
      if (!obj) return undefined;
      off += obj[0].length;
      r2 = r2.slice(obj[0].length);
    }
    // "said in a statement", "said on Friday" frame a clause further on; "said at least 30 ..." is the clause.
    // ("tells us what he knows": a question word opens no statement.)
    if (/^\s*\(/.test(r2) || (/^claim/.test(w) && /^\s+(?:responsibility|credit|(?:an?|the)\s+(?:[a-z-]+\s+)?(?:attack|bombing|killing|victory|seat|title|win)s?\b)/.test(r2)) || /^\s+(?:in|on|at(?!\s+(?:least|most)\b)|after|during|before|from|with|to|for|by|of|about(?!\s+\d)|so|as|nothing|yes|no(?=\s*(?:[.,;!?]|to\b|$))|outside|inside|near|ahead|following|while|when|via|over|under|through|behind|amid|upon|shortly|late|early|afterwards|later|what|how|why|where|whether)\b/i.test(r2) || /^\s*[.,;:!?]/.test(r2)) return undefined;
    clauseStart = off;
  }
  return clauseStart;
}

/** A subject the text describes but does not name, before the verb at token `ti` of sentence `s`. */
function unnamedSubject(ctx: StatementContext, s: Sentence, ti: number): Ref | undefined {
  const { text } = ctx;
  const tok = ctx.tk.tokens[ti];
  let subj: Ref | undefined;
  // "The two ministers confirmed that ...": a subject the text describes but does not name.
  const intro = INTRO.exec(text.slice(s.start, tok.start));
  const from = turnBody(text, s.start + (intro ? intro[0].length : 0), tok.start);
  // ("One of the licensed operators told us": one of people or bodies the text does not name.)
  const np = /^\s*((?:the|a|an|its|their|his|her|this|these|both|two|three|four|several|many|some|most|other|all|one\s+of\s+the)\s+[\p{L}\p{N}\s,'’-]{2,70}?)\s+(?:(?:also|later|then|have|has|had|publicly|jointly)\s+)?$/iu.exec(text.slice(from, tok.start));
  if (np && words(np[1]) <= 8) subj = unnamed(from + np.index, from + np.index + np[0].trimEnd().length, s.index);
  // "Fishermen in Tangalle say the ship …": a bare plural, perhaps with where they are, names nobody.
  // ("Church leaders in Dili said": one word of any kind before the plural says which people, and names nobody.)
  // ("Guatemalan farmers' groups say": whose groups, in a plural possessive, too.)
  const bare = np ? null : BARE_PLURAL_SUBJECT.exec(text.slice(from, tok.start));
  if (bare) subj = unnamed(from + bare.index, from + bare.index + bare[0].trimEnd().length, s.index);
  // "fishermen welcomed the detention but said the problem was …": people the text does not name, who did
  // something first and then said.
  // ("Conservation groups welcomed the arrests but warned that …": one word before the plural, as above.)
  const coordVP = np || bare ? null : PLURAL_DID_AND.exec(text.slice(from, tok.start));
  if (coordVP) subj = unnamed(from + coordVP.index, from + coordVP.index + coordVP[0].indexOf(coordVP[1]) + coordVP[1].length, s.index);
  // ("Bales wash up on the beaches, and local health services say the drug …": a clause coordinated after a comma
  // or semicolon, with a bare plural of its own for subject.)
  const coords = subj ? [] : [...text.slice(from, tok.start).matchAll(/(?:,\s*(?:and|but|while|whereas)|;)\s+/g)];
  const lastCoord = coords[coords.length - 1];
  const coordAt = lastCoord ? from + lastCoord.index + lastCoord[0].length : -1;
  const coordBare = coordAt >= 0 ? BARE_PLURAL_SUBJECT.exec(text.slice(coordAt, tok.start)) ?? /^\s*((?:local|some|many|most|other|the)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?:s|men|people))\s+$/u.exec(text.slice(coordAt, tok.start)) : null;
  if (coordBare) subj = unnamed(coordAt + coordBare.index, coordAt + coordBare.index + coordBare[0].trimEnd().length, s.index);
  return subj;
}

/** Where a reported clause that starts at `clause.start` ends, before a main clause or a coordinated statement with a
 * speaker of its own, or the reporter's own words (`clause.end` is set); the main or coordinated clause's start, or -1. */
function endReportedClause(ctx: StatementContext, s: Sentence, ti: number, clause: Span): number {
  const { text } = ctx;
  const tok = ctx.tk.tokens[ti];
  // "When Ebrahim objected that the answers were inconsistent, the judge said …": a subordinate clause's statement
  // ends where the main clause and its own speaker begin.
  let mainAt = -1;
  if (/^\W*(?:When|While|As|After|Although|Though|Because|If|Once|Since|Before|Whereas)\b/.test(text.slice(s.start, tok.start))) {
    const main = MAIN_CLAUSE_REPORT.exec(text.slice(clause.start, clause.end));
    if (main) {
      mainAt = clause.start + main.index;
      clause.end = mainAt;
    }
  }
  // "He believes most of the rifles were smuggled, though he concedes that …": a second statement, coordinated,
  // with a subject and a reporting verb of its own, ends the first.
  if (mainAt < 0) {
    const coord = COORD_REPORT.exec(text.slice(clause.start, clause.end));
    if (coord) {
      mainAt = clause.start + coord.index;
      clause.end = mainAt;
    }
  }
  // "… has said that any officer who protects them will be charged, and I agree with him": a coordinated clause in
  // the first person is the reporter's own again, not the reported speaker's.
  const own = /,\s+(?:and|but)\s+(?:I|we)\s/.exec(text.slice(clause.start, clause.end));
  if (own) clause.end = clause.start + own.index;
  return mainAt;
}

/** The reported statements of each sentence, by the reporting verbs in it, in order. */
export function findReportedSpeech(ctx: StatementContext): void {
  const { text, tk, refs, quotes, absorbed, speakerRefs, insideQuote, subjectOf, push } = ctx;
  // 1. Reported speech, sentence by sentence.
  for (const s of tk.sentences) {
    const sText = text.slice(s.start, s.end);
    for (let ti = s.tokenStart; ti < s.tokenEnd; ti++) {
      const tok = tk.tokens[ti];
      if (tok.kind !== 'word' || insideQuote(tok.start)) continue;
      const w = tok.text.toLowerCase();
      if (w === 'according' && tk.tokens[ti + 1]?.text === 'to') {
        findAccordingTo(ctx, s, ti);
        continue;
      }
      // ("As per Rajesh Kumar, the rains …", "…, as per Kumar.": South Asian English; "…, per Anjali Desai, a
      // researcher.": American. Bare "per" only at a clause's edge, and before a capital: not "per cent", "per day".)
      if (w === 'as' && tk.tokens[ti + 1]?.text.toLowerCase() === 'per') {
        findAccordingTo(ctx, s, ti, ti + 1);
        continue;
      }
      if (w === 'per' && tk.tokens[ti - 1]?.text.toLowerCase() !== 'as' && /(?:^|,)\s*$/.test(text.slice(s.start, tok.start)) && /^\s+\p{Lu}/u.test(text.slice(tok.end, tok.end + 3))) {
        findAccordingTo(ctx, s, ti, ti);
        continue;
      }
      // ("Counsel put it to the witness that …": a court's way of reporting what counsel said.)
      // (And its bare form in two or three words: "wishes to make clear that", "would like to point out that".)
      const wishTo = (WISH_TO_SAY.test(w) || (/^(?:make|point)$/.test(w) && SAY_IN_WORDS_REST.test(text.slice(tok.end, tok.end + 20)))) && WISH_TO.test(text.slice(Math.max(s.start, tok.start - 24), tok.start));
      // ("Global Fishing Watch showed last year that …": a finding, when a named body or document shows it.)
      const shows = /^(?:showed|shows)$/.test(w) && /^(?:\s+[\p{L}\p{N}’'-]+){0,3}?\s+that\s/u.test(text.slice(tok.end, tok.end + 40));
      // ("The Guidelines … state that", "Both reports conclude that": a plural subject's verb in the present, where the
      // bare form is no reporting verb of its own, before "that": after a plural, "they", a capitalised word or the
      // comma closing an appositive, not after "to", a modal, an article or a noun ("a police state that").)
      const pluralThat = PLURAL_PRESENT_SAY.test(w) && /^\s+that\s/.test(text.slice(tok.end, tok.end + 6)) && /(?:\b\p{L}[\p{L}'’-]*s|\b[Tt]hey|\b\p{Lu}[\p{L}'’-]*|,)\s+$/u.test(text.slice(Math.max(s.start, tok.start - 30), tok.start)) && !/\b(?:this|its|his|was|is|has|does|as|us|thus|perhaps)\s+$/i.test(text.slice(Math.max(s.start, tok.start - 8), tok.start));
      // ("GRETA published its report on Malta, finding that …": a participle of saying after a comma goes on with the
      // clause's subject.)
      const participle = PARTICIPLE_SAY.test(w) && /,\s*$/.test(text.slice(Math.max(s.start, tok.start - 3), tok.start)) && /^\s+that\s/.test(text.slice(tok.end, tok.end + 6));
      // ("The Authority pointed out that", "The minister made it clear that": a verb of saying in two or three words.)
      const phrasal = /^(?:pointed|points|made|makes|let|lets)$/.test(w) && SAY_IN_WORDS_REST.test(text.slice(tok.end, tok.end + 20));
      // ("went on to say that …", "was quick to add that …": the bare verb after a verb of going on reports too.)
      const goneOn = GO_ON_BARE_SAY.test(w) && GO_ON_TO.test(text.slice(Math.max(s.start, tok.start - 24), tok.start));
      if ((!REPORTING_VERBS.has(w) && !goneOn && !wishTo && !shows && !pluralThat && !phrasal && !participle && !(w === 'put' && /^\s+it\s+to\s+/.test(text.slice(tok.end, tok.end + 8)))) || /^\p{Lu}/u.test(tok.text)) continue;
      // "Investigators believe the guns came by sea, she added": a belief inside another's statement is part of it.
      // ("His officers believe the drums were ordered by …, he said, and that its leaders …": also when the statement goes
      // on after the attribution.)
      if (/^(?:believe|think|thinks)$/.test(w) && /,\s*(?:he|she|they|it|the\s+[\p{Ll}-]+|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)*)\s+(?:said|says|added|adds|told|noted|explained)\b(?:[^,]{0,40}$|,\s*(?:and|but)\s+(?:that\s+)?\p{Ll})/u.test(text.slice(tok.end, s.end))) continue;
      // "a think tank in Accra": a noun, not a verb of belief.
      if (w === 'think' && /^\s+tanks?\b/i.test(text.slice(tok.end, tok.end + 8))) continue;
      // "did not say how much", "declined to say": no statement.
      if (!wishTo && !goneOn && /\b(?:not|n['’]t|never|declined to|refused to|to)\s+$/i.test(text.slice(Math.max(s.start, tok.start - 16), tok.start))) continue;
      const rest = text.slice(tok.end, s.end);
      // The passive: "It was said by several witnesses that police used pepper spray", "it was claimed by X that".
      if (/\b(?:was|were|is|are|has been|have been|had been)\s+$/i.test(text.slice(s.start, tok.start))) {
        if (findPassiveWithAgent(ctx, s, ti, rest)) break;
        if (w !== 'saying') continue;
      }
      if (findParentheticalAttribution(ctx, s, ti, rest)) break;
      if (isTrailingAttribution(w, rest)) {
        findTrailingAttribution(ctx, s, ti);
        continue;
      }
      // "…, said Cecilia Farfán, a researcher at the university.": the speaker after the verb, the statement before
      // the comma.
      const head = text.slice(s.start, tok.start);
      // (Not "The commission's chairman, Ola Olukoyede, said the suspects were students": a name in apposition before
      // the verb is its subject.)
      const apposSubject = speakerRefs.some((r) => r.kind === 'entity' && r.entityKind === 'person' && r.start > s.start && /^\s*,\s*$/.test(text.slice(r.end, tok.start)) && /,\s*$/.test(text.slice(s.start, r.start)));
      if (findSpeakerAfterVerb(ctx, s, ti, rest, head, apposSubject)) break;
      if (findDescribedSpeakersAfterVerb(ctx, s, ti, w, rest, head, apposSubject)) break;
      // "said: "…"" or "said, "…"" frames a direct quotation: handled below.
      if (/^\s*[:,—–-]?\s*["“‘]/.test(rest)) continue;
      const clauseStart = clauseStartAfterVerb(ctx, ti, w, rest);
      if (clauseStart === undefined) continue;
      // ("UNC5221, a group it believes works for the ministry": a belief about the noun before it, no clause.)
      if (/^(?:believe|believes|believed|think|thinks|suspects|suspected|fears|feared|says|said)$/.test(w) && /^\s*(?:\p{Ll}+s|is|was|has|had|works|worked)\s+(?:for|with|in|on|at|to|under|by|a|an|the)\b/u.test(text.slice(clauseStart, clauseStart + 30)) && /\b(?:group|network|company|firm|man|woman|person|unit|body|actor|operation|one)\s+(?:that\s+)?(?:it|he|she|they|we|\p{Lu}[\p{L}-]+)\s+$/u.test(text.slice(Math.max(s.start, tok.start - 40), tok.start))) continue;
      // ("People in the villages believed it for a week": a belief in what was said, its object a pronoun, reports no clause.)
      if (/^(?:believe|believes|believed|think|thinks)$/.test(w) && /^\s*(?:it|them|him|her)(?:\s+(?:for|at|in|on|until|when|then|too|either|now|again|at\s+first)\b|\s*[.,;!?])/.test(text.slice(clauseStart, clauseStart + 30))) continue;
      const clause = { start: clauseStart, end: s.end };
      const mainAt = endReportedClause(ctx, s, ti, clause);
      if (words(text.slice(clause.start, clause.end)) < 3) continue;
      let subj = subjectOf(s, tok.start);
      if (!subj) subj = unnamedSubject(ctx, s, ti);
      if (!subj || (shows && !(subj.key && (subj.entityKind === 'organization' || subj.entityKind === 'group' || subj.entityKind === 'document')))) continue;
      for (const q of quotes) if (q.start >= clause.start - 1 && q.start < clause.end) absorbed.add(q);
      // "He said the police's Drug Threat Assessment 2026, which …, had found that local dealers …": a document's
      // finding reported inside someone's words is the document's (the innermost speaker).
      const found = INNER_FINDING.exec(text.slice(clause.start, clause.end));
      const doc = found ? refs.find((r) => r.entityKind === 'document' && r.key && r.start >= clause.start && r.end <= clause.start + found.index + found[0].length && !/\b(?:which|that|who)\b/.test(text.slice(clause.start, r.start))) : undefined;
      if (found && doc && words(text.slice(clause.start + found.index + found[0].length, clause.end)) >= 3) {
        push({ start: clause.start + found.index + found[0].length, end: clause.end }, 'reported', doc, { start: doc.start, end: clause.start + found.index + found[0].length }, 70);
        if (mainAt < 0) break;
        continue;
      }
      push(clause, 'reported', subj, { start: subj.start, end: tok.end }, 75);
      void sText;
      if (mainAt < 0) break;
      while (ti + 1 < s.tokenEnd && tk.tokens[ti + 1].start < mainAt) ti++;
    }
  }
}
