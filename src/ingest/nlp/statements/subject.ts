/** The subject of a verb: who says what the verb reports, by the constructions a sentence names its speaker with. */
import type { Ref } from '../refs.js';
import type { Sentence } from '../text.js';
import { TURN_LABEL, titleRunOk, unnamed } from '../statement-parts.js';
import type { StatementContext } from './context.js';

/** (The same, where a local `unnamed` shadows it.) */
const unnamedRef = unnamed;

const ADVERBIAL_GAP = /^(?:[\s,]|also|always|long|consistently|separately|later|then|again|previously|earlier|today|yesterday|has|had|have|was|were|is|publicly|repeatedly|once|briefly|recently|reportedly|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s+a\s+statement)*$/i;
/** A verb of going on or of habit before the bare verb of saying: "went on to say", "proceeded to explain", "was quick to
 * add", "likes to say", "used to say", "is fond of saying", "never tires of saying". */
export const GO_ON_TO = /\b(?:(?:(?:went|goes|go|going)\s+on|proceeded|proceeds|hastened|hastens|(?:was|were|is|are)\s+quick|likes|liked|loves|loved|used)\s+to|(?:is|was|are|were)\s+fond\s+of|(?:never\s+)?(?:tires|tired)\s+of)\s+$/;
export const INTRO = /^(?:In|On|At|During|After|Before|Testifying|Speaking|Asked|Earlier|Later|Meanwhile|However|Separately|Writing|Addressing|Responding|Since|From|Following|Despite|Under|When|While|Once|Although|Though|Because|If|Until|Whereas)\b[^,]{0,120},\s*/;

/** Where a clause's subject starts after a transcript turn's label ("YÉPEZ: The prosecutor's office says …"): the one
 * speaking is the subject only of their own first-person words ("YÉPEZ: We have asked …"); a body or person whose
 * statement the turn relays is the subject of theirs (the guide's sessions 6 and 13). */
export function turnBody(text: string, from: number, verb: number): number {
  const label = TURN_LABEL.exec(text.slice(from, verb));
  if (!label || /^(?:I|We|My|Our|Me|Us)\b/.test(text.slice(from + label[0].length, verb))) return from;
  // ("HNAWIA: Madame Le Goff, the parties say …": the one the turn addresses, by a form of address and their name, is
  // no subject; the clause starts after the comma.)
  const vocative = TURN_VOCATIVE.exec(text.slice(from + label[0].length, verb));
  return from + label[0].length + (vocative ? vocative[0].length : 0);
}
/** A form of address and a name opening a turn, then a comma: "Madame Le Goff, ", "Mr Ruiz, ", "Minister, ". */
const TURN_VOCATIVE = /^(?:(?:Madame|Madam|Monsieur|Mister|Mr|Mrs|Ms|Miss|Dr|Sir|Señor|Señora|Senhor|Senhora|Signor|Signora|Herr|Frau|Professor|Minister|Senator|Commissioner|Ambassador|General|Colonel|Judge)\.?(?:\s+[\p{Lu}][\p{L}'’-]+){0,3}|Minister|Sir|Madam)\s*,\s+(?=\p{Ll}|(?:The|A|An|Our|Your|Some|Many|These|Those)\s)/u;

/** What findSubject reads: the text, its references and quotations. */
export type SubjectContext = Pick<StatementContext, 'text' | 'refs' | 'quotes' | 'speakerRefs' | 'insideQuote'>;

/** The first reference of the verb's own clause (after an introductory phrase), or the one it stands for; `cands` are
 * the speakers before the verb in its sentence. */
function firstOfMainClause(ctx: SubjectContext, s: Sentence, vStart: number, cands: Ref[]): Ref | undefined {
  const { text, refs, quotes, speakerRefs } = ctx;
  // First reference of the main clause (after an introductory phrase).
  const sText = text.slice(s.start, vStart);
  const intro = INTRO.exec(sText);
  let from = turnBody(text, s.start + (intro ? intro[0].length : 0), vStart);
  // "Qantara found no sign …, but the vendor's advisory says …": the verb's subject is in its own clause, after the
  // last ", but" / ", and" / ";" before it.
  const coords = [...sText.matchAll(/(?:,\s*(?:but|and|while|whereas|although|though|yet)|;)\s+(?=(?:the|a|an|one|another|its|their|his|her)\s)/g)];
  const coord = coords[coords.length - 1];
  if (coord && s.start + coord.index + coord[0].length > from && !quotes.some((q) => q.start < s.start + coord.index && q.end > s.start + coord.index)) from = s.start + coord.index + coord[0].length;
  const lead = text.slice(from, vStart).replace(/^[\s"“”*-]+/, '');
  let first = cands.find((r) => r.start >= from);
  // ("The Forum Fisheries Agency's Regional Surveillance Centre (RSC) in Honiara said": the possessor's unit speaks.)
  const possEnd = first && /^['’]s?\s/.test(text.slice(first.end, first.end + 3)) ? first.end : -1;
  const owned = possEnd >= 0 ? cands.find((r) => r.start > possEnd && r.start <= possEnd + 3 && (r.entityKind === 'organization' || r.entityKind === 'group')) : undefined;
  if (owned) first = owned;
  // "Otieno's family said", "Otieno's neighbours say": a person's kin or circle, whom the text does not name, speak
  // for themselves, not for the person (a spokesperson, representative or office still speaks for them).
  if (first && possEnd >= 0 && !owned && first.entityKind === 'person' && !cands.some((r) => r.start > possEnd && r.start < vStart && r.key)) {
    const circle = /^['’]s?\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?\p{Ll}[\p{Ll}-]*)\s+(?:(?:also|later|then|has|have|had)\s+)?$/u.exec(text.slice(possEnd, vStart));
    if (circle && !/\b(?:spokes\w+|representatives?|office|aides?|press)$/.test(circle[1])) return unnamedRef(first.start, possEnd + circle[0].indexOf(circle[1]) + circle[1].length, s.index);
  }
  // "An RSF spokesman, Ahmed Tirab, denied ... and said": the person named in apposition to the role.
  if (first) {
    const f = first;
    const named = cands.find((r) => r.start > f.end && r.entityKind === 'person' && /^\s+(?:[a-z][\w-]*\s+){0,2}?(?:spokes\w+|official|minister|commander|leader|director|chief|head|envoy|ambassador|representative|analyst|researcher|lawyer)\s*,\s*$/.test(text.slice(f.end, r.start)));
    if (named && f.entityKind !== 'person') first = named;
    // "The bulk carrier's manager, Fjord Shipping of Bergen, said": a description, then the body in apposition to it,
    // perhaps with its seat.
    const body = f.kind !== 'entity' ? cands.find((r) => r.kind === 'entity' && (r.entityKind === 'organization' || r.entityKind === 'group') && r.start > f.end && /^[\p{L}\s'’-]{0,40},\s*(?:the\s+)?$/u.test(text.slice(f.end, r.start)) && /^(?:\s+(?:of|in|at|from)\s+(?:the\s+)?[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,2})?\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:(?:also|later|then|has|had|have)\s+)?$/u.test(text.slice(r.end, vStart))) : undefined;
    if (body) first = body;
  }
  // "A police commander in Mandera, ... said": an unnamed speaker opens the clause.
  const unnamed = refs.find((r) => r.kind === 'unnamed' && r.start >= from && r.start < vStart);
  if (unnamed && (!first || unnamed.start <= first.start) && /^(?:an?|one|another|two|several|some)\b/i.test(lead)) {
    // "A regional security analyst, Abdi Farah of the Institute, said": the role is named in apposition.
    const named = speakerRefs.find((r) => r.entityKind === 'person' && r.start > unnamed.end && r.start < vStart && /^\s*,\s*$/.test(text.slice(unnamed.end, r.start)));
    return named ?? unnamed;
  }
  return first;
}

/** The name just before the verb (`last`, the last of the names `named` before it in its sentence), or the person or
 * body it belongs to, when only adverbials, an aside or a first predicate stand between them. */
function nameBeforeVerb(ctx: SubjectContext, s: Sentence, vStart: number, last: Ref, named: Ref[], allBefore: Ref[]): Ref | undefined {
  const { text } = ctx;
  const gap = text.slice(last.end, vStart).replace(/^\s*\([^()]{1,20}\)(?=\s*$)/, '');
  // ("The premier of the province, Selwyn A., appealed for calm and denied that …": a first predicate coordinated
  // before the verb keeps the name its subject.)
  const appositive = /,\s*$/.test(text.slice(s.start, last.start));
  const coordinated = last.kind === 'entity' && (appositive ? /^\s*,?\s+/ : /^\s+/).test(gap) && /^[\s,]+\p{Ll}+ed\b[^,;:"“”]{0,60}?\s+and\s+(?:also\s+)?$/u.test(gap);
  if (ADVERBIAL_GAP.test(gap) || /^\s*,[^,"“”]{1,90},\s*$/.test(gap) || coordinated) {
    // "Professor Solheim of the Institute argued": the person, not the body after "of".
    // ("Major X of the police Serious Fraud Squad says": a lower-case word or two may say whose unit it is.)
    // (The lower-case words may be a description of their own, "police": the person is the name before them. And
    // the body may be a unit "of the" body it belongs to: "Commander X of the Coast Guard of the Defence Force".)
    const prev = named[named.length - 2];
    const others = named.filter((r) => !(r.kind === 'nominal' && /^\p{Ll}/u.test(text.slice(r.start, r.end))));
    let unit = others.lastIndexOf(last);
    while (unit > 0 && others[unit - 1].kind === 'entity' && others[unit - 1].entityKind === 'organization' && /^\s+of\s+(?:the\s+)?$/.test(text.slice(others[unit - 1].end, others[unit].start))) unit--;
    const person = others[unit - 1];
    const body = others[unit];
    if (person && body && person.entityKind === 'person' && last.entityKind !== 'person' && /^\s+(?:of|at|from|with)\s+(?:the\s+)?(?:(?!(?:and|or|but)\s)\p{Ll}+\s+){0,2}$/u.test(text.slice(person.end, body.start))) return person;
    // "the Parliamentary Assembly of the Council of Europe said": the body, not the one it belongs to.
    const outer = allBefore.find((r) => r !== last && r.kind === 'entity' && r.start <= last.start && r.end >= last.end);
    if (outer) return outer;
    if (prev && prev.kind === 'entity' && last.kind === 'entity' && prev.entityKind === 'organization' && /^\s+of\s+(?:the\s+)?$/.test(text.slice(prev.end, last.start))) return prev;
    return last;
  }
  return undefined;
}

/** The name just before a relative pronoun whose verb it is (`at`, the comma before "who" or "which"). */
function antecedentOfRelative(ctx: SubjectContext, s: Sentence, at: number): Ref | undefined {
  const { text, refs, speakerRefs } = ctx;
  let ante: Ref | undefined;
  for (const r of speakerRefs) {
    if (r.start >= at) break;
    if (r.end <= at && r.start >= s.start) ante = r;
  }
  // ("the Embassy of China in Accra, which has assured …": a body, then where it sits.)
  const body = ante?.entityKind === 'organization' || ante?.entityKind === 'group' ? ante : undefined;
  const seat = body ? refs.find((r) => r.kind === 'entity' && r.entityKind === 'location' && r.start > body.end && r.end <= at && /^\s+(?:in|at)\s+$/.test(text.slice(body.end, r.start))) : undefined;
  const anteEnd = seat?.end ?? ante?.end ?? at;
  if (ante && /^[\s)"”]*(?:\([^()]{1,20}\)\s*)?$/.test(text.slice(anteEnd, at)) && (ante.entityKind !== 'location' || ante.country)) return ante;
  return undefined;
}

/** The subject of the verb at `vStart` in sentence `s`. */
export function findSubject(ctx: SubjectContext, s: Sentence, vStart: number): Ref | undefined {
  const { text, refs, speakerRefs, insideQuote } = ctx;
  // "…, many of whom say", "Malaysia's security chiefs told": a part of a group, or a country's officials in the
  // plural, named by nobody.
  const part = /\b(?:many|some|most|all|several|none|few|each|one|two|three|both)\s+of\s+(?:whom|which|them)\s+$/i.exec(text.slice(s.start, vStart)) ?? /^\W*(?:[\p{Lu}][\p{L}-]+['’]s\s+)(?:[\p{Ll}-]+\s+){0,3}?(?!(?:has|was|is|does|says|always|also|thus)\s+$)[\p{Ll}-]+(?:s|men|people)\s+$/u.exec(text.slice(s.start, vStart));
  if (part) return unnamedRef(s.start + part.index, vStart - 1, s.index);
  // "Khutsishvili was quoted by Interfax as saying": the one quoted, not the outlet.
  const quoted = /\b(?:was|were|is|are|has been|had been)\s+quoted\b[^,;:"“”]{0,60}?\bas\s+$/.exec(text.slice(s.start, vStart));
  if (quoted) return findSubject(ctx, s, s.start + quoted.index);
  // "Namukasa went on to say that …", "the minister was quick to add that …", "Mwanza likes to say that …": the
  // subject of the verb the saying follows.
  const goOn = GO_ON_TO.exec(text.slice(s.start, vStart));
  if (goOn) return findSubject(ctx, s, s.start + goOn.index);
  // "One woman, who gave her name only as Rose, said": the name the relative clause gives.
  const gave = /,\s*who\s+(?:gave|gives)\s+(?:his|her|their)\s+name\s+(?:only\s+)?as\s+([^,"“”]{1,40}),\s*$/.exec(text.slice(s.start, vStart));
  if (gave) {
    const at = s.start + gave.index + gave[0].indexOf(gave[1], gave[0].indexOf(' as '));
    const named = speakerRefs.find((r) => r.start >= at && r.end <= at + gave[1].length && r.entityKind === 'person');
    if (named) return named;
  }
  // "A written submission from the X Association, read into the record by the chair, said": a body's or person's
  // written words speak for them, whoever read them out.
  const written = /^\W*(?:(?:A|An|The|In\s+a|In\s+its)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:submission|statement|letter|note|communiqu[ée]|reply|response|memorandum)\s+(?:from|by|of)\s+(?:the\s+)?$/u;
  const author = speakerRefs.find((r) => r.start >= s.start && r.end < vStart && written.test(text.slice(s.start, r.start)));
  if (author && /^[^"“”]*$/.test(text.slice(author.end, vStart))) return author;
  // "The Assembly, whose delegation joined the mission, said": skip the relative clause.
  // ("the embassy in Nairobi, which covers Malawi, has said": an auxiliary after it too.)
  const rel = /,\s*(?:who|whose|which|whom|where)\b[^,"“”]*,\s*(?:(?:also|later|then|has|had|have|publicly)\s+)?$/.exec(text.slice(s.start, vStart));
  if (rel && rel.index > 0) return findSubject(ctx, s, s.start + rel.index);
  // "… the Economic Community of West African States (ECOWAS), which described the attack as", "Mr. Issouf
  // Sawadogo, who assured him that": a relative pronoun's verb is said by the name just before it.
  const relSubj = /,\s*(?:who|which)\s+(?:(?:also|later|then|had|has|have|publicly)\s+)?$/.exec(text.slice(s.start, vStart));
  if (relSubj) {
    const ante = antecedentOfRelative(ctx, s, s.start + relSubj.index);
    if (ante) return ante;
  }
  // "Ousmane Maïga, a researcher at the University of Bamako, said": the name before the appositive.
  // ("The National Drug Agency (NDA), Malaysia's drug police, said": its acronym, and a possessive description.)
  // ("The report, presented to the committee on Monday, says …": a description that speaks, with a participle
  // clause between it and its verb; "The Coastal Assessment of 2025, prepared by the ministry, says": its year too.)
  // ("Border Force, part of the Home Office, informed", "The EEAS, in a letter to the Committee, confirmed": the body
  // it belongs to and the one written to, named in the aside, do not speak.)
  // ("Grace Tembo, 44, a teacher, says": an age before the description, in British, Commonwealth and tabloid style.)
  const pastAge = (r: Ref) => text.slice(r.end, vStart).replace(/^\s*,\s*(?:aged\s+)?\d{1,3}(?=\s*,)/, '');
  const appos = speakerRefs.find((r) => r.start >= s.start && r.end < vStart && (r.kind === 'entity' || (r.kind === 'nominal' && !!r.key && r.start === s.start + (/^\W*/.exec(text.slice(s.start, vStart))?.[0].length ?? 0))) && /^(?:\s+(?:of|for)\s+(?:19|20)\d\d)?(?:\s*\([^()]{1,20}\))?\s*,\s*(?:a|an|the|who|which|published|based|founded|owned|run|led|one|\p{Ll}+ed|\p{Ll}+en|\p{Lu}[\p{L}-]+['’]s(?=\s)|part\s+of|in\s+(?:a|an|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:letter|statement|submission|note|reply|response|evidence|report|email|message)\s+to)\b[^,"“”]{0,110},\s*(?:(?:also|later|then|has|had|have|publicly)\s+)?$/u.test(pastAge(r)));
  if (appos && !/^\s*,\s*(?:a|an|the)\s+[^,]*\b(?:of|at|for|from|with)\s*$/.test(pastAge(appos))) return appos;
  // "Mr. Takumi Arakawa, Press Secretary of the Ministry of Foreign Affairs, stated": a person, then a title
  // with no verb in it (the body the title names does not speak).
  const titled = speakerRefs.find((r) => {
    if (r.start < s.start || r.end >= vStart || r.kind !== 'entity' || r.entityKind !== 'person') return false;
    const m = /^\s*,\s*([^,"“”]{2,120}),\s*(?:(?:also|later|then|has|had|have|publicly)\s+)?$/.exec(pastAge(r));
    return !!m && titleRunOk(m[1], 16) && !speakerRefs.some((o) => o.start > r.end && o.end < vStart && o.entityKind === 'person');
  });
  if (titled) return titled;
  const cands = speakerRefs.filter((r) => r.start >= s.start && r.end <= vStart);
  const allBefore = refs.filter((r) => r.start >= s.start && r.end <= vStart && !insideQuote(r.start));
  // (A place inside the name before the verb, "the Government of Malta said", is part of that name.)
  // ("X of the Jamaica Constabulary Force (JCF) told": the acronym in parentheses after a name is that name again.)
  const named = allBefore.filter((r, i) => !(i > 0 && /^\s*\($/.test(text.slice(allBefore[i - 1].end, r.start)) && text[r.end] === ')'));
  const inner = named[named.length - 1];
  const last = (inner?.kind === 'entity' && inner.entityKind === 'location' ? named.find((r) => r !== inner && r.kind === 'entity' && r.start <= inner.start && r.end >= inner.end) : undefined) ?? inner;
  // "a spokeswoman for Brazil's Federal Police said …" when the next sentences name her ("said the spokeswoman, X").
  const namedLater = allBefore.find((r) => r.kind === 'unnamed' && r.entityKind === 'person' && r.key && /^[^,;"“”]*$/.test(text.slice(r.end, vStart)));
  if (namedLater) return namedLater;
  // A country speaks when it is the verb's own subject ("Russia, which has bases in both countries, said").
  const countrySubject = !!last?.country && ADVERBIAL_GAP.test(text.slice(last.end, vStart)) && !/['’]s?\s*$/.test(text.slice(last.end, last.end + 2)) && !/\b(?:in|at|from|of|to|near|for|with|on|by|into|across|and)\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, last.start - 12), last.start));
  // "A Nepalese cook who spoke to the delegation and is quoted in the report said": the unnamed person the sentence
  // opens with, whatever the relative clause after them names.
  const opener = refs.find((r) => r.kind === 'unnamed' && r.start >= s.start && r.start < vStart && /^\W*$/.test(text.slice(s.start, r.start)));
  if (opener && /^(?:an?|one|another)\s/i.test(text.slice(opener.start, opener.end)) && /^\s*(?:[\p{Ll}-]+\s+){0,2}?who\s[^,;:"“”]*$/u.test(text.slice(opener.end, vStart))) return opener;
  if (last && (!(last.kind === 'entity' && last.entityKind === 'location') || countrySubject)) {
    const before = nameBeforeVerb(ctx, s, vStart, last, named, allBefore);
    if (before) return before;
  }
  return firstOfMainClause(ctx, s, vStart, cands);
}
