/** emitPiece's context cues for a person, last of its step 5: a name's shape, roles before and after it, nicknames
 * and own names, speech, and compromise's guess. Moved out of emitPiece as they were; emitPiece calls them where the
 * statements stood. */
import type { Token } from '../text.js';
import { NOT_NAMES } from '../gazetteer/words.js';
import { countryByDemonym } from '../gazetteer/countries.js';
import { knownBody, GOV_HEADS, ORG_HEADS } from '../gazetteer/bodies.js';
import type { Mention } from './types.js';
import { PATRONYMIC_SUFFIX, NAME_PARTICLES, givenName, lookupPlace } from './words.js';
import { compromiseVote, add } from './votes.js';
import { SPEECH_RIGHT, NAME_LEFT_ROLE, NAME_RIGHT_ROLE, NAME_LEFT_ROLE_LONG, IS_A_ROLE, ROLE_BEFORE, NAME_RIGHT_SHARED_ROLE, personByName, HUMAN_ACTION_RIGHT } from './cues-people.js';
import { LOC_LEFT_OF } from './cues-places.js';
import { HYPHEN_GIVEN_FAMILY, JAPANESE_FAMILY, VIET_MIDDLE, SOUTH_ASIAN_WOMEN_SURNAMES } from '../gazetteer/family-names.js';
import { GIVEN_NAMES, VIET_FAMILY } from '../gazetteer/given-names.js';
import { fieldOfWorkRest } from './titles.js';

/** A word of a name: a capital and a small letter, or a capital, an elided particle's apostrophe and a capital
 * ("N'Diaye", "O'Brien", "D'Souza"). */
const NAME_WORD = /^\p{Lu}(?:\p{Ll}|['’]\p{Lu}\p{Ll})/u;

/** The endings of surnames in Georgian (-dze, -shvili), Russian and Central Asian (-ov, -ova, -ev, -eva), Ukrainian
 * (-enko), South Slavic (-ović, -ević), Greek (-opoulos, -akis) and Armenian (-yan) naming, and Iceland's daughters
 * (-dóttir). */
const SURNAME_ENDING = /\p{Ll}(?:dze|shvili|ov|ova|ev|eva|enko|ovi[cć]|evi[cć]|opoulos|akis|yan|dóttir|dottir)$/u;

/** A name written family name first as in Korea, China, Japan and Vietnam ("Kim Min-jun", "Tanaka Hiroshi", "Nguyễn
 * Thị Lan"). */
const eastAsianOrder = (w: string[]) =>
  (w.length === 2 && ((HYPHEN_GIVEN_FAMILY.has(w[0]) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w[1])) || (JAPANESE_FAMILY.has(w[0]) && GIVEN_NAMES.has(w[1])))) ||
  (w.length === 3 && VIET_FAMILY.has(w[0]) && VIET_MIDDLE.has(w[1]) && /^\p{Lu}\p{Ll}+$/u.test(w[2]));

/** The sentence after a name that goes on about a person: "She tells me", "His brother", or quoted words and "she
 * says". */
const PRONOUN_NEXT = /^\s*(?:(?:She|He|Her|His)\s+\p{Ll}|["“][^"”\n]{1,300}[,?!]["”]\s+(?:she|he)\s+(?:says|said|adds|added|tells|told)\b)/u;

/** emitPiece's step 5 for people, then compromise's weak votes. */
export function personContextCues(ws: Token[], o: { honor: boolean; gender?: 'm' | 'f' }, out: Mention[], sEnd: number, text: string, name: string, start: number, end: number, m: Mention, left: string, right: string, lastWord: string, camel: boolean, product: boolean): void {
  // ("the Minister for Victims and Community Safety said": words of a field of work, no given name among them, are a
  // portfolio's or a unit's, whatever speaks after them.)
  if (fieldOfWorkRest(ws)) return;
  const first = ws[0].text;
  // (Particles do not count: "Mohd Hafiz bin Abdul Rahman", "Rosa Huamán de la Cruz".)
  const nameShape = ws.length >= 2 && ws.filter((w) => !NAME_PARTICLES.has(w.text)).length <= 4 && ws.length <= 7 && ws.every((w) => (w.kind === 'word' && w.cap && !NOT_NAMES.has(w.text)) || NAME_PARTICLES.has(w.text));
  const acronym = name === name.toUpperCase();
  if (NAME_LEFT_ROLE.test(left) && !acronym) {
    add(m.votes, 'person', nameShape ? 6 : 3);
    const r = ROLE_BEFORE.exec(left);
    if (r) {
      // Only the role itself: not "Pryce questioned the minister" or "television that the envoy".
      m.title = r[1].trim().replace(/^.*\b(?:that|which|who|whom|said|says|told|and|but|by|with|from|to|the|a|an|his|her|its|their|our|was|is|were|are)\s+/i, '');
      m.titleSpan = { start: start - left.length + r.index, end: start - left.length + r.index + r[1].length };
    }
  }
  // ("the beach where Esnart Banda has sold fish for twenty years": a name of two or three words, not opening its
  // sentence, that does what people do is a person, where nothing else says what it is.)
  if (nameShape && ws.length <= 3 && !m.initial && !acronym && !m.votes.person && !m.votes.organization && !m.votes.location && !m.votes.group && !lookupPlace(name) && !knownBody(name) && !GOV_HEADS.has(lastWord) && !ORG_HEADS.has(lastWord) && /^\s+(?:(?:has|had|have)\s+(?:(?:long|always|never|just|also)\s+)?(?:sold|lived|worked|fished|farmed|taught|raised|lost|spent|run|grown|walked|carried|cooked|waited|struggled)|(?:lives|lived|works|worked|sells|sold|farms|fishes|teaches|taught|raises|walks|carries|cooks|was\s+born|grew\s+up)\b)/.test(right)) add(m.votes, 'person', 3);
  // ("Temur Aliyev, a resident of", "Eka Lomidze opens the gate": a full name whose last word ends as surnames do
  // from the Balkans to Central Asia is a person's, where nothing else says what it is.)
  // ("Shirin Akter", "Morjina Khatun": or with a word that ends women's names in Bangladesh and Pakistan; "Layla
  // el-Sayed": or with an Arabic family name joined to its article after a given name.)
  if (nameShape && ws.length <= 3 && !acronym && (SURNAME_ENDING.test(lastWord) || SOUTH_ASIAN_WOMEN_SURNAMES.has(lastWord) || (/^(?:al|el)-\p{Lu}\p{Ll}/u.test(lastWord) && givenName(first))) && (m.votes.person ?? 0) < 3 && !m.votes.organization && !m.votes.location && !m.votes.group && !lookupPlace(name) && !lookupPlace(lastWord) && !knownBody(name) && !GOV_HEADS.has(lastWord) && !ORG_HEADS.has(lastWord)) add(m.votes, 'person', 3);
  // ("Kang Seo-jun opened the meeting", "Yamamoto Akiko runs a shop", "Bui Van Hung closed his stall": an East Asian
  // name in its own order, the family name first, then a hyphenated or known given name, or a Vietnamese middle name.)
  if (nameShape && !acronym && eastAsianOrder(ws.map((w) => w.text)) && (m.votes.person ?? 0) < 3 && !m.votes.organization && !m.votes.location && !m.votes.group && !lookupPlace(name) && !knownBody(name)) add(m.votes, 'person', 3);
  // ("John Mensah (Kejetia Traders) said", "Fatou Diop (Union des Commerçants), who …": a name with the body its bearer
  // speaks for in brackets, then what people do, is a person, where nothing else says what it is.)
  const paren = /^\s*\(([^()\n]{2,80})\)/u.exec(right);
  const afterParen = paren ? right.slice(paren[0].length) : '';
  if (paren && (/^\s*[,:]|^\s+(?:said|says|told|tells|added|adds|asked|argued|explained|noted|warned|stressed|insisted|replied|responded|urged|called|voted|abstained|objected|proposed|seconded|moved)\b/.test(afterParen) || HUMAN_ACTION_RIGHT.test(afterParen)) && nameShape && ws.length <= 3 && !acronym && (givenName(first) || /^\p{Lu}\p{L}+(?:\s+\p{L}+)*\s+\p{Lu}\p{L}+$/u.test(paren[1].trim())) && (m.votes.person ?? 0) < 3 && !m.votes.organization && !m.votes.location && !m.votes.group && !lookupPlace(name) && !knownBody(name) && !GOV_HEADS.has(lastWord) && !ORG_HEADS.has(lastWord)) add(m.votes, 'person', 3);
  // ("Halima Mrisho opened the inspections", "John Smith signed the order", "Zhang Wei opened": a name of two or three
  // words whose first is a given name (or a Chinese or Korean family name before one; or four, two given names and
  // two surnames, as Hispanic names run), then what people do, is a person, where nothing else says what it is.)
  if (((nameShape && (ws.length <= 3 || (ws.length === 4 && givenName(ws[1].text)))) || (ws.length === 1 && GIVEN_NAMES.has(name))) && !acronym && HUMAN_ACTION_RIGHT.test(right) && (m.votes.person ?? 0) < 3 && !m.votes.organization && !m.votes.location && !m.votes.group && !lookupPlace(name) && !lookupPlace(lastWord) && !knownBody(name) && !GOV_HEADS.has(lastWord) && !ORG_HEADS.has(lastWord) && (givenName(first) || (ws.length === 2 && HYPHEN_GIVEN_FAMILY.has(first) && GIVEN_NAMES.has(lastWord)))) add(m.votes, 'person', 3);
  // "Cambodia's secretary of state for water resources, Sokha Vanna": a role with its portfolio, then the name.
  // ("the accountant of the network, Los Halcones del Sur,": a name after a body's noun, no given name opening it, is
  // that body's.)
  const longRole = nameShape && !acronym && !m.votes.person && !(/\b(?:of|for|in|to|from|at)\s+(?:the|a|an|its|their)\s+(?:network|gang|group|cartel|ring|syndicate|clan|militia|movement|company|firm|organi[sz]ation|crew|faction)\s*,\s*$/i.test(left) && !givenName(first)) ? NAME_LEFT_ROLE_LONG.exec(left) : null;
  if (longRole) {
    add(m.votes, 'person', 6);
    const t = longRole[1].replace(/^(?:(?:was|is|were|are|a|an|the|his|her|their|its|our)\s+)+/i, '');
    m.title ??= t;
    m.titleSpan ??= { start: start - left.length + longRole.index + longRole[1].length - t.length, end: start - left.length + longRole.index + longRole[1].length };
  }
  // "a young man everyone called El Flaco": a person known by a nickname.
  // ("A man who calls himself El Tigre": or by the one he gives himself.)
  // "the foreman, Celso Ñamandú, had been taken": a full name in apposition to a noun for what someone does.
  if (ws.length >= 2 && ws.length <= 4 && /\b(?:the|a|an|his|her|their|its|our)\s+(?:[\p{Ll}-]+\s+)?\p{Ll}{3,}(?:man|woman|er|or|ist|ian|ee)\s*,\s*$/u.test(left) && !/\b(?:border|river|water|corner|cluster|letter|number|paper|chapter|order|theatre|theater|container|computer|weather|summer|winter|center|centre|sector|corridor|quarter|harbour|harbor|shelter|tower|district|carrier|operator|lender|insurer|retailer|manufacturer|provider|broker|publisher|developer|regulator|monitor|sponsor|partner|owner|buyer|supplier|contractor|exporter|importer|producer)\s*,\s*$/.test(left) && /^\s*,/.test(right) && !m.votes.organization && !m.votes.location && !m.votes.group && !lookupPlace(name)) add(m.votes, 'person', 3);
  const nick = /\b(man|woman|boy|girl|guide|smuggler|fighter|teenager|youth|figure|driver|fixer|trafficker|boss|leader|commander)\b(?:\s*,)?[^,.;:"“”]{0,30}?\b(?:(?:called|calls)(?:\s+(?:him|her)self)?|nicknamed|known only as|known as|dubbed)\s+["“‘]?$/i.exec(left);
  if (nick && ws.length <= 3 && !m.votes.organization && !m.votes.location) {
    add(m.votes, 'person', 6);
    // ("a young man everyone called El Flaco" is a man: "she said" after him is someone else.)
    if (/^(?:man|boy)$/i.test(nick[1])) m.gender ??= 'm';
    else if (/^(?:woman|girl)$/i.test(nick[1])) m.gender ??= 'f';
  }
  // "a porter who would give only his first name, Bakhtiyar", "a driver who gave his name as Otieno", "a nurse who
  // asked to be identified only as Amina": the name one gives of oneself.
  const ownName = /\b(?:(?:gave|give|gives|giving|gave\s+only)\s+(?:only\s+)?(his|her|their)\s+(?:first\s+|given\s+|family\s+)?name(?:\s+only)?(?:\s+as)?|(?:only\s+)?(his|her)\s+(?:first|given)\s+name|identified\s+(?:only\s+)?(?:by\s+(?:his|her|their)\s+(?:first\s+|given\s+)?name,?\s*|as))\s*,?\s*$/i.exec(left);
  if (ownName && ws.length <= 2 && !m.votes.organization && !m.votes.location && !lookupPlace(name)) {
    add(m.votes, 'person', 7);
    const poss = (ownName[1] ?? ownName[2] ?? '').toLowerCase();
    if (poss === 'his') m.gender ??= 'm';
    else if (poss === 'her') m.gender ??= 'f';
  }
  // "a former officer who goes by the name Ti Rony": a person's chosen name.
  if (/\b(?:goes|go|went|going)\s+by\s+the\s+(?:name|nickname|alias)\s+$|\bnom de guerre\s+$/i.test(left) && ws.length <= 3) add(m.votes, 'person', 6);
  // "The host was Ilka Varnhoven", "moderated by Ana Ruiz": the one who holds a programme's or panel's role is a person.
  if (nameShape && ws.length <= 4 && /\b(?:(?:host|presenter|moderator|interviewer|anchor|chair(?:person|woman|man)?)\s+(?:was|is|will\s+be)|(?:hosted|presented|moderated|chaired)\s+by)\s+$/i.test(left) && !m.votes.organization && !m.votes.group && !lookupPlace(name) && !knownBody(name)) add(m.votes, 'person', 6);
  if (/,\s*$/.test(left) && out.length && out[out.length - 1].titleOnly && text.slice(out[out.length - 1].end, start).trim() === ',' && !(ws.length >= 2 && (GOV_HEADS.has(lastWord) || ORG_HEADS.has(lastWord)))) {
    add(m.votes, 'person', 7);
    m.title = out[out.length - 1].title;
    m.titleSpan = out[out.length - 1].titleSpan;
  }
  // "Lucía Paredes is a prosecutor in Lima": a name described by a role noun.
  // ("John Miller is a crane operator": a noun companies share, by the name.)
  // (Asked last: the name's test may ask compromise.)
  const byName = () => nameShape && !acronym && personByName(ws.map((w) => w.text), right);
  if (nameShape && (IS_A_ROLE.test(right) || (/^\s+\p{Ll}/u.test(right) && NAME_RIGHT_SHARED_ROLE.test(right) && byName())) && !m.votes.organization && !m.votes.group && !m.votes.location) add(m.votes, 'person', 4);
  // ("… north of Espiritu Santo, the Minister of Internal Affairs, Seule Kaltabang, said": a role followed by a name
  // of its own is that name's, not the one before it.)
  const roleOfNext = /^\s*,\s*(?:the\s+)?[^,;:"“”()]{2,70},\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+\s*,/u.test(right);
  // ("Sarah Collins, a British importer,": so in apposition.)
  const rr = acronym || roleOfNext ? null : (NAME_RIGHT_ROLE.exec(right) ?? (/^\s*,/.test(right) && NAME_RIGHT_SHARED_ROLE.test(right) && byName() ? NAME_RIGHT_SHARED_ROLE.exec(right) : null));
  if (rr) {
    add(m.votes, 'person', nameShape ? 5 : 2);
    // ("Teresa, a patient in Porto who …": a given name alone with what she is.)
    // ("Sukarno, a farmer, said", "Hemi, a fisherman": or one of the world's given names, a mononym in Java or Myanmar.)
    if (ws.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(name) && (GIVEN_NAMES.has(name) || compromiseVote(name).person)) add(m.votes, 'person', 1);
    const full = /^\s*,\s*(?:\d{1,3},\s*)?(?:(?:an|a|the)\s+)?([^,.;:"“”]+)/.exec(right);
    if (full && !m.title) {
      const t = full[1].replace(/\s+(?:who|which|said|says|told|added|was|is|has|known|called|nicknamed)\b.*$/, '').trim();
      const off = end + right.indexOf(full[1]);
      if (t) {
        m.title = t;
        m.titleSpan = { start: off, end: off + t.length };
      }
    }
  }
  // ("Mulyono said", "“We are tired,” said Wiremu": a mononym as Java, Myanmar and many peoples give, a given name the
  // table knows standing alone, that speaks is a person.)
  if (ws.length === 1 && GIVEN_NAMES.has(name) && (SPEECH_RIGHT.test(right) || /["”]\s*,?\s*(?:said|says|added|adds)\s+$/.test(left)) && !m.votes.person && !m.votes.organization && !m.votes.location && !m.votes.group && !lookupPlace(name) && !knownBody(name)) add(m.votes, 'person', 3);
  // ("Residents of Cité Soleil said": what stands after "of" is not the one who speaks.)
  if (SPEECH_RIGHT.test(right) && nameShape && !m.votes.group && !m.votes.organization && !/\bof\s+(?:the\s+)?$/.test(left)) add(m.votes, 'person', 3);
  // "One woman, who gave her name only as Rose,": a person named only so.
  if (ws.length <= 2 && /\b(?:gave|giving|gives|identified)\s+(?:his|her|their|himself|herself|themselves)\s+(?:name\s+)?(?:only\s+)?as\s+$/.test(left)) add(m.votes, 'person', 6);
  if (/["”]\s*,?\s*(?:said|says|added|told|wrote|insisted|warned)\s+$/.test(left) && nameShape && !m.votes.group && !m.votes.organization) add(m.votes, 'person', 3);
  if (/^\s*,\s*\d{1,3},/.test(right)) add(m.votes, 'person', 4); // "Abashidze, 61,"
  // "Bakyt Asanbek uulu": a Turkic patronymic names a person.
  if (ws.length >= 3 && PATRONYMIC_SUFFIX.test(lastWord)) {
    add(m.votes, 'person', 6);
    m.gender ??= /^(?:kyzy|qizi|qyzy|gyzy|kizi)$/.test(lastWord) ? 'f' : 'm';
  }
  // "Bakyt knew him only as “Dostuk”": what someone knows him or her as is a person's name.
  if (ws.length <= 3 && /\b(?:knew|know|knows|called|calls|call)\s+(?:him|her)\s+(?:only\s+|simply\s+|just\s+)?(?:as\s+)?["“‘]?$/.test(left) && !m.votes.organization && !m.votes.location && !m.votes.group) add(m.votes, 'person', 6);
  // "In Jakarta, Prabowo told reporters that": one unknown word that talks to reporters is a person (a capital
  // "said", but it does not give interviews).
  if (ws.length === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(name) && !lookupPlace(name) && !knownBody(name) && /^\s+(?:told\s+(?:reporters|journalists|the\s+press|a\s+news\s+conference|a\s+press\s+conference)|said\s+in\s+an\s+interview|wrote\s+on\s+(?:X|Twitter|Facebook|Instagram|Telegram))\b/u.test(right)) add(m.votes, 'person', 4);
  // "Comfort Mensah (Mrs.)": a signature gives the honorific after the name.
  if (nameShape && /^\s*\((?:Mrs|Mr|Ms|Miss|Dr|Prof|Hon)\.?\)/.test(right)) add(m.votes, 'person', 8);
  // ("A fisherman in the harbour of Rabo de Peixe, who gave his name": after a place noun's "of", "who" is said of the
  // phrase's head, not of the name.)
  // ("Tomasz, who keeps eleven machines in a barn, …": so is a given name alone that opens its sentence.)
  const givenAlone = ws.length === 1 && left.trim() === '' && givenName(name) && !lookupPlace(name) && !knownBody(name);
  if (/^\s*,\s*(?:who|whom|whose)\b/.test(right) && (nameShape || givenAlone) && !LOC_LEFT_OF.test(left)) add(m.votes, 'person', 3);
  // "Tarek A.": a given name and an initial, as prosecutors and courts write suspects' names.
  if (ws.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(ws[0].text) && /^\p{Lu}\.$/u.test(ws[1].text)) add(m.votes, 'person', 4);
  // A two- or three-word proper name in mid-sentence, with nothing else to say about it, is most often a person.
  // ("We did, the Halvorsen Tern": a person's name does not take "the"; a ship's, a company's, a place's does.)
  const afterThe = /\bthe\s+$/i.test(left);
  // "at Ras Kamal", "everyone in Bir Lahlou knew": an unknown name after a preposition of place, with nothing else to
  // say about it, is a place (a person is rarely "in" or "at" someone).
  // ("the crossings of Santana do Livramento", "the outskirts of Vila Nova": nor is anyone the state, the outskirts
  // or the crossings of someone.)
  // (Every word a name's: a capital and a small letter, an elided particle's shape, or a particle.)
  const nameWords = ws.every((w) => NAME_WORD.test(w.text) || NAME_PARTICLES.has(w.text));
  const placePrep = nameShape && ws.length <= 3 && !product && nameWords && !o.honor && (m.votes.person ?? 0) <= 3 && !m.votes.organization && !m.votes.group && (/\b(?:in|at|near|outside)\s+$/.test(left) || LOC_LEFT_OF.test(left)) && !/\b(?:look\w*|shout\w*|aim\w*|point\w*|laugh\w*|star\w*|glanc\w*|fir\w*|smil\w*|yell\w*|wav\w*|interest|confidence|faith|trust|belief|role|part)\s+(?:at|in)\s+$/i.test(left) && !/^['’]s?\b/.test(right) && (LOC_LEFT_OF.test(left) || !/^\s*,\s*(?:who|whom|whose|a|an|the)\s+(?!(?:town|city|village|district|province|region|port|crossing|border|oasis|area|suburb)\b)/.test(right));
  // ("… at the University of X in St. Cyprien, said": the "said" after it is the sentence subject's.)
  if (placePrep) add(m.votes, 'location', 4 + (m.votes.person ?? 0));
  // At the start of a sentence, a lower-case verb after the name says the same ("Olena Kravets pours tea").
  const doesAtStart = left.trim() === '' && /^\s+\p{Ll}+s\b|^\s+(?:has|had|was|is|said|says|told|runs|ran|leads|led)\b/u.test(right) && !countryByDemonym(ws[0].text);
  if (nameShape && ws.length <= 3 && left.trim() !== '' && !product && !afterThe && !placePrep && nameWords) add(m.votes, 'person', 1.5);
  else if (nameShape && ws.length <= 3 && doesAtStart && nameWords) add(m.votes, 'person', 1.5);
  // ("Esnart Phiri farms two acres near Neno. She tells me …", "… behind Rosa Huamán de la Cruz's stall. “…,” she
  // says.": the next sentence goes on about the one the sentence is about, as "she" or "he", or quotes her. In
  // mid-sentence only a name that owns something, does something or says something is that one; particles do not
  // count in the name's length.)
  const ownPerson = doesAtStart || /^['’]s\s+\p{Ll}|^\s+\p{Ll}+s\b/u.test(right) || /\b(?:says|said)\s+$/.test(left);
  const coreWords = ws.filter((w) => !NAME_PARTICLES.has(w.text)).length;
  if (nameShape && nameWords && ownPerson && coreWords >= 2 && coreWords <= 3 && !product && !afterThe && !placePrep && !m.votes.organization && !m.votes.location && !m.votes.group && PRONOUN_NEXT.test(text.slice(sEnd, sEnd + 400))) add(m.votes, 'person', 3);
  if ((nameShape || ws.length === 1) && !camel) {
    const cv = compromiseVote(name);
    if (cv.person && nameShape && !afterThe && !placePrep) add(m.votes, 'person', 2);
    if (cv.person && ws.length === 1 && /^\p{Lu}\p{Ll}/u.test(first)) add(m.votes, 'person', 0.5);
    if (cv.location) add(m.votes, 'location', 1);
    if (cv.organization) add(m.votes, 'organization', 1);
  }
}
