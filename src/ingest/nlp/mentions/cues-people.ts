/** Cues that vote for a person: roles before and after a name, speech verbs, a person before a bracket. */
import { ROLE_NOUNS } from '../gazetteer/words.js';
import { PERSON_OR_COMPANY } from '../gazetteer/roles.js';
import { VIET_FAMILY } from '../gazetteer/given-names.js';
import { ORG_HEADS, GOV_HEADS, LEGAL_FORMS, knownBody } from '../gazetteer/bodies.js';
import { givenName } from './words.js';
import { escapeRegExp, wordAlternation } from '../strings.js';
import { compromiseVote } from './votes.js';

// (The reporting verbs of wire, feature and translated style too, quotes16; not those a company does as often, "posted a
// loss", "maintained its forecast", "pledged $2m", "predicted growth", "observed". An aside of how it was said may stand
// before the verb: "Sipho Ndlovu, in a statement, said", "X, speaking to the BBC, said", "X, through his lawyer, said".)
export const SPEECH_RIGHT = /^\s*(?:,\s*(?:in\s+(?:a|an|his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?:statement|letter|post|interview|speech|message|video|address|reply)|speaking\s+(?:to|on|at|from|in)\s+[^,;"“”]{1,40}?|through\s+(?:a|an|his|her|their)\s+(?:spokes(?:man|woman|person)|lawyer|lawyers|interpreter))\s*)?,?\s*(?:(?:also|later|then|separately|previously|earlier|again|has|had|have|publicly)\s+)?(?:(?:was|were|is) quoted|said|says|told|added|argued|argues|stated|states|replied|insisted|warned|stressed|noted|claimed|announced|confirmed|denied|explained|declared|wrote|writes|called|described|asked|asks|urged|urges|appealed|pleaded|answered|responded|testified|conceded|acknowledged|recalled|recounted|remarked|cautioned|emphasi[sz]ed|underlined|reiterated|lamented|complained|countered|retorted|quipped|contended|vowed|tweeted|alleged|asserted|admitted|affirmed|clarified|specified|elaborated|exclaimed|interjected|objected|disclosed|manifested|denounced)\b/;
/** The role nouns as one alternation sharing prefixes: the list is long (roles.ts), and these run at every name. */
export const ROLES = wordAlternation(ROLE_NOUNS);
// (A role noun after a hyphen is part of an adjective: "the semi-official Tasnim".)
export const NAME_LEFT_ROLE = new RegExp(`(?<![\\w-])(?:${ROLES})\\s*,?\\s+$`, 'i');
// (Not a verb: ", defended the prime minister" is what the person did, not who they are.)
// ("Deputy X, the committee's vice-chair,": a role with a prefix.)
export const NAME_RIGHT_ROLE = new RegExp(`^\\s*,\\s*(?:(?:aged\\s+)?\\d{1,3},\\s*)?(?:a|an|the|his|her|its|their|our)?\\s*(?![a-z]+ed\\s|whose\\s|(?:spoke|speaks|told|tells|said|says|met|meets|asked|asks|thanked|visited|called|interviewed|joined|introduced|took|went|came|gave)\\s)(?:[a-z][\\w'’-]*\\s+){0,4}?(?:(?:vice|co|deputy|ex)-)?(?:${ROLES})\\b`, 'i');

export const NAME_LEFT_ROLE_LONG = new RegExp(`((?:\\b[\\p{Lu}][\\p{L}-]*['’]s\\s+)?(?:\\b[\\p{L}-]+\\s+){0,2}?\\b(?:\\p{L}+-)?(?:${ROLES})\\s+(?:of|for|on|at|in|to|from)\\s+[^,.;:"“”()]{2,60}),\\s*$`, 'iu');
export const IS_A_ROLE = new RegExp(`^\\s+(?:is|was|has been|had been|became|remains)\\s+(?:a|an|the)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${ROLES})\\b`, 'i');
export const ROLE_BEFORE = new RegExp(`((?:\\b[\\p{Lu}][\\p{L}-]*['’]s\\s+)?(?:\\b[\\p{L}-]+\\s+){0,3}?(?:${ROLES}))\\s*,?\\s+$`, 'iu');

/** A noun people and companies share, in apposition or after "is a" ("Sarah Collins, a British importer", "John
 * Miller is a crane operator"): a person's only by the name (personByName). */
const SHARED = wordAlternation(PERSON_OR_COMPANY);
export const NAME_RIGHT_SHARED_ROLE = new RegExp(`^\\s*(?:,\\s*(?:a|an|the|his|her|their)|\\s(?:is|was|has been|had been|became)\\s+(?:a|an|the))\\s+(?:[a-z][\\w'’-]*\\s+){0,3}?(?:${SHARED})\\b`, 'i');
/** A name a given name (or a Vietnamese family name, "Le Thi Hoa") opens and no body's head, trade word or legal form
 * closes: "Sarah Collins", "Siti Nurhaliza", not "Pristan Terminals", "Amani Freight Ltd", "Grace Logistics" or "Joseph
 * Importers" (the shared nouns in the plural, and trade words the body heads lack, close a firm's name). */
const SHARED_PLURAL = new Set(PERSON_OR_COMPANY.map((w) => `${w}s`));
const TRADE_LAST = /^(?:Transport|Transporters|Imports|Exports|Traders|Express|Trading|Shipping|Haulage|Enterprises?|Ventures|Agencies|Stores|Supplies|Brothers|Bros\.?|Sons|& Co\.?)$/;
// ("Thomas Cook, a tour operator, said its flights …": what the sentence then calls "its" is a firm.)
export const personByName = (words: string[], right: string) => {
  const last = words[words.length - 1];
  return !/^[^.!?\n]*\b(?:its|itself)\b/i.test(right) && words.length >= 2 && words.length <= 4 && (givenName(words[0]) || VIET_FAMILY.has(words[0])) && !ORG_HEADS.has(last) && !GOV_HEADS.has(last) && !LEGAL_FORMS.has(last) && !SHARED_PLURAL.has(last.toLowerCase()) && !TRADE_LAST.test(last) && !knownBody(words.join(' '));
};
/** A role noun right after what an apposition names as a body ("the electoral commission chair", "a bank manager"):
 * the body qualifies the role, and the name is the person's who holds it. */
export const ROLE_NEXT = new RegExp(`^\\s+(?:${ROLES})\\b`, 'i');

export const ROLE_AFTER = new RegExp(`^\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?:${ROLES})\\b`);
/** A transcript's speaker label in capitals at the start of a line, then an opening parenthesis ("NICOLÒ D'ANNA (",
 * "TEMBE ("); not a label for someone unnamed ("QUESTION (", "CALLER ("), where the parenthesis describes them, nor a
 * role's, where it names the one who holds it ("MODERATOR (Ana Ruiz):"). */
export const SPEAKER_LABEL_PAREN = /(?:^|\n)[ \t]*(?!(?:QUESTION|AUDIENCE|PARTICIPANT|FLOOR|UNIDENTIFIED|CALLER|LISTENER|VIEWER|HOST|PRESENTER|MODERATOR|ANCHOR|INTERVIEWER|CHAIR|CHAIRMAN|CHAIRWOMAN|CHAIRPERSON|SPEAKER|INTERPRETER|TRANSLATOR|NARRATOR)\b)\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’.-]*){0,3}[ \t]*\($/u;
/** What a person does with the name as its subject and a body seldom does ("opened the inspections", "signed the
 * order", "thanked the drivers", "chaired the hearing", "shook hands", "sells injera", "grew up in"). */
export const HUMAN_ACTION_RIGHT = /^\s+(?:(?:also|then|later|personally|herself|himself)\s+)?(?:(?:has|had|have|will|would)\s+(?:also\s+)?)?(?:open|opened|opens|sign|signed|signs|visit|visited|visits|meet|met|meets|urge|urged|urges|thank|thanked|thanks|chair|chaired|chairs|welcome|welcomed|welcomes|praise|praised|greet|greeted|address|addressed|tour|toured|inspect|inspected|lead|led|leads|head|headed|heads|preside|presided|host|hosted|hosts|hand|handed|shake|shook|shaken|smiled|laughed|nodded|wept|walked|sat|stood|recall|recalled|remember|remembered|travel|travelled|traveled|fly|flew|flown|drive|drove|driven|arrive|arrived|return|returned|resign|resigned|plead|pleaded|testify|testified|apologise|apologised|apologize|apologized|vow|vowed|promise|promised|pledge|pledged|lament|lamented|admit|admitted|concede|conceded|recount|recounted|lay|laid|cut|unveil|unveiled|inaugurate|inaugurated|launch|launched|tell|told|tells|ask|asked|asks|sell|sells|sold|live|lives|lived|farm|farms|farmed|fishes|fished|teach|teaches|taught|cook|cooks|cooked|carry|carries|carried|grew\s+up|was\s+born)\b/;
/** A person's name (its first word a given name), then an opening parenthesis; not after a member's title, where
 * the parenthesis holds the seat ("Hon. Nakiru Lokwang-Ochola (Moroto Municipality)"). */
export function personThenParen(left: string): boolean {
  // ("SANTONI (Collectif Massimu Susini): …": a transcript's speaker label in capitals, then the body they speak for.)
  if (SPEAKER_LABEL_PAREN.test(left)) return true;
  const run = /((?:\p{Lu}[\p{L}'’-]+\s+){2,4})\($/u.exec(left);
  if (!run || /\b(?:Hon|MP|Deputy|Senator|Sen|Rep|Member|Councillor|Councilor|Assemblyman|Assemblywoman)\.?\s+$/u.test(left.slice(0, run.index))) return false;
  return givenName(run[1].trim().split(/\s+/)[0]) || !!compromiseVote(run[1].trim()).person;
}
/** `name` after a capitalised word, that word captured. */
const afterCapitalised = (name: string, flags: string) => new RegExp(`(\\p{Lu}[\\p{L}'’-]+)[ \\t]+${escapeRegExp(name)}\\b`, flags);
/** A capitalised word the text also writes as the last word of a longer name ("Chanda Mwale" … "Mwale"). */
export const surnameIn = (text: string, name: string) => afterCapitalised(name, 'u').test(text);
/** A word the text also writes after a given name, as a person's surname ("Esther Mwanza" … "Mwanza said"); answered
 * once per text and word, since every mention of a place asks. */
let surnamesOf: { text: string; answers: Map<string, boolean> } | undefined;
export function givenNameBefore(text: string, name: string): boolean {
  if (surnamesOf?.text !== text) surnamesOf = { text, answers: new Map() };
  let yes = surnamesOf.answers.get(name);
  if (yes === undefined) {
    yes = [...text.matchAll(afterCapitalised(name, 'gu'))].some((x) => givenName(x[1]));
    surnamesOf.answers.set(name, yes);
  }
  return yes;
}
