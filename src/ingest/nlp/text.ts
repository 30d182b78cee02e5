/** Tokens and sentences with their offsets: the ground every rule stands on. */
import type { Span } from '../types.js';
import { QUOTE_MARK_PAIRS } from './gazetteer/quote-marks.js';

export type TokenKind = 'word' | 'num' | 'punct' | 'poss';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** A capitalised word, or a name particle joined to one ("al-Shabaab"). */
  cap: boolean;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the first and one-past-last token. */
  tokenStart: number;
  tokenEnd: number;
  /** Starts a line (a paragraph, a heading, a list item). */
  lineStart: boolean;
}

const ABBREV = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Eng', 'Engr', 'Ing', 'Lic', 'Arq', 'Atty', 'Adv', 'Fr', 'Sra', 'Dra', 'Srta', 'Dña', 'Dott', 'Avv', 'Smt', 'Mx', 'Col', 'Gen', 'Lt', 'St', 'No', 'Sen', 'Rep', 'Gov', 'Prof', 'Jr', 'Sr', 'Inc', 'Ltd', 'Co', 'Corp', 'Sdn', 'Bhd', 'vs', 'Capt', 'Maj', 'Adm', 'Sgt', 'Mt', 'Ft', 'Rev', 'Hon', 'Mme', 'Gen', 'Brig', 'Cmdr', 'Supt', 'Insp', 'Dkt', 'Mhe', 'Bw', 'Bi', 'Lcdo', 'Lcda', 'Sig', 'Hr', 'Frk', 'Dhr', 'Mevr', 'Mw', 'Mnr', 'Mev', 'Mej', 'Mag', 'Drs', 'Ir', 'Mgr', 'Bc', 'PhDr', 'MUDr', 'JUDr', 'RNDr', 'Dl', 'Dna', 'Mnu', 'Nkk', 'Nkz', 'Tmt', 'Gng', 'Bb', 'Kgg', 'Mlle', 'Barr', 'Pharm', 'Cde', 'Ts', 'Ch', 'Sh', 'Zh', 'Kh', 'Ya', 'Yu', 'approx', 'etc', 'e.g', 'i.e', 'cf', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'Art', 'para', 'Fig', 'Nos']);
/** Given names written short before another name: "Ma. Cristina" (María, in the Philippines), "Wm. Hart", "Md. Abdul
 * Karim" and "Mohd. Faizal" (Muhammad, in Bangladesh, Pakistan and Malaysia). Not after a given name, where they are a
 * surname ending a sentence ("said Jack Ma. The company …"). */
const GIVEN_ABBREV = new Set(['Ma', 'Wm', 'Jas', 'Chas', 'Thos', 'Geo', 'Md', 'Mohd', 'Muhd']);
const givenAbbrevAt = (text: string, end: number, w: string) => GIVEN_ABBREV.has(w) && !/\p{Lu}[\p{L}-]*\s+$/u.test(text.slice(Math.max(0, end - w.length - 30), end - w.length)) && /^\.\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 4));
// ("d'Ivoire", "l'Aquila", "dell'Interno": an elided article before a capital is part of a name.)
// ("'s-Hertogenbosch", "'s-Gravenzande": Dutch places whose names open with an elided article and a hyphen.)
// ("Renata deSouza-Lima", "Luis dePaula": a surname written solid with its particle in lower case.)
const PARTICLE = /^(?:(?:al|el|ad|as|an|ash|at|az|ibn|bin|bint|abu|ben|ould)[-‐]|(?:d|l|dell|dall|all|nell)['’]|['’]s-|(?:de|da|di|du|van|von|del|dos)(?=\p{Lu}\p{Ll}))(?=\p{Lu})/u;
// ("CERT.br", "Booking.com": a name with a domain ending is one word.)
// ("CERT.LV", "CSIRT.SK": a response team's name with an upper-case country ending is one word too.)
// ("Johannes !Gaeb", "ǁKaras": a Khoekhoe or San name may open with a click letter, written "!" after a space.)
// ("'s-Hertogenbosch", "Ruud 't Hooft": a Dutch elided article, before a hyphen or a surname, is one word.)
const TOKEN_RE = /(?<=^|[\s("“])['’]s-\p{Lu}[\p{L}\p{M}-]*|(?<=^|[\s("“])['’]t(?=[ \t]+\p{Lu})|(?<=^|[\s("“])![\p{Lu}][\p{L}\p{M}]*|(?<=^|\s)(?:S\.A\.(?:B\.)? de C\.V\.|SA de CV|S\. de R\.L\.(?: de C\.V\.)?|Sp\. z o\.o\.|s\.r\.o\.|a\.s\.|spol\.|k\.s\.|v\.o\.s\.|d\.o\.o\.|d\.d\.|a\.d\.|e\.V\.|S\.(?:r\.l|p\.A|a\.s|n\.c)\.)(?![\p{L}\p{N}])|(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{N}]*\.[a-z]{2,3}(?![\p{L}\p{N}.])|(?:CERT|CSIRT|CIRT)\.[A-Z]{2,3}(?![\p{L}\p{N}.])|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*['’]?|\p{N}+(?:[.,:/-]\p{N}+)*|\S/gu;

/** "maCERT", "tunCERT": a response team named with a lower-case prefix is a name all the same. */
export const PREFIXED_CERT = /^\p{Ll}{1,6}(?:CERT|CSIRT|CIRT)$/u;

/** Companies' legal forms written in lower case after the name ("Stroj s.r.o.", "Kovač d.o.o."): part of the capitalised run. */
const LOWER_LEGAL_FORM = /^(?:(?:s\.r\.o|a\.s|spol|k\.s|v\.o\.s|d\.o\.o|d\.d|a\.d|e\.V)\.|e?hf|eG)$/u;

export function isCapWord(w: string): boolean {
  return LOWER_LEGAL_FORM.test(w) || /^[!ǃǂǁǀ]?\p{Lu}/u.test(w) || PARTICLE.test(w) || PREFIXED_CERT.test(w);
}

/** A sentence's end: . ! ? and any closing marks, then an opening mark or none before a capital or digit (the world's
 * quotation marks too, with French spacing: "… here.« Then", "… week. „Wir …", "… calm. « Nous …"). */
const CLOSERS = `"”’)${QUOTE_MARK_PAIRS.map((p) => p.close).join('')}`;
const OPENERS = `"“‘(${QUOTE_MARK_PAIRS.map((p) => p.open).join('')}`;
const SENTENCE_END = new RegExp(`[.!?]+[${CLOSERS}]*\\s+(?=(?:[${OPENERS}][ \\u00a0\\u202f]?)?[\\p{Lu}\\p{N}])`, 'gu');

/** Splits `text` into sentences: a line break always ends one; so does . ! ? before a capital, except after
 * an abbreviation or an initial. */
export function sentenceSpans(text: string): { start: number; end: number; lineStart: boolean }[] {
  const out: { start: number; end: number; lineStart: boolean }[] = [];
  let lineStart = 0;
  const lines = text.split('\n');
  for (const line of lines) {
    let s = 0;
    let first = true;
    for (const m of line.matchAll(SENTENCE_END)) {
      const cut = m.index + m[0].trimEnd().length;
      const before = /([\p{L}.]+)\.+$/u.exec(line.slice(Math.max(0, m.index - 12), m.index + 1));
      const word = before?.[1] ?? '';
      if (m[0][0] === '.' && (ABBREV.has(word.replace(/\.$/, '')) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}?$/u.test(word) || givenAbbrevAt(line, m.index, word))) continue;
      if (line.slice(s, cut).trim()) out.push({ start: lineStart + s + (line.slice(s).length - line.slice(s).trimStart().length), end: lineStart + cut, lineStart: first });
      first = false;
      s = cut;
    }
    const rest = line.slice(s);
    if (rest.trim()) out.push({ start: lineStart + s + (rest.length - rest.trimStart().length), end: lineStart + s + rest.trimEnd().length, lineStart: first });
    lineStart += line.length + 1;
  }
  return out;
}

export interface Tokenised {
  tokens: Token[];
  sentences: Sentence[];
}

export function tokenise(text: string): Tokenised {
  const spans = sentenceSpans(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  spans.forEach((sp, index) => {
    const tokenStart = tokens.length;
    const slice = text.slice(sp.start, sp.end);
    for (const m of slice.matchAll(TOKEN_RE)) {
      let w = m[0];
      const start = sp.start + m.index;
      if (/^[\p{L}\p{M}]|^!\p{Lu}|^['’](?:s-|t$)/u.test(w)) {
        // Possessive: "Mali's" is "Mali" + "'s"; "Workers'" keeps its apostrophe as a possessive token.
        const poss = /['’]s$/u.exec(w) ?? (/s['’]$/u.test(w) ? /['’]$/u.exec(w) : null);
        if (poss && w.length > poss[0].length + 1) {
          w = w.slice(0, poss.index);
          tokens.push({ text: w, start, end: start + w.length, kind: 'word', cap: isCapWord(w), sentence: index });
          tokens.push({ text: poss[0], start: start + w.length, end: start + m[0].length, kind: 'poss', cap: false, sentence: index });
          continue;
        }
        if (/['’]$/u.test(w)) w = w.slice(0, -1);
        // Abbreviations keep their full stop ("Col.", "Mr.").
        const next = text[start + w.length];
        if (next === '.' && (ABBREV.has(w) || /^\p{Lu}$/u.test(w) || givenAbbrevAt(text, start + w.length, w))) w += '.';
        tokens.push({ text: w, start, end: start + w.length, kind: 'word', cap: isCapWord(w), sentence: index });
        if (w.endsWith('.') && !m[0].endsWith('.')) {
          // the regex will meet the "." again; skip it below
        }
        continue;
      }
      if (w === '.' && tokens.length && tokens[tokens.length - 1].end === start + 1 && tokens[tokens.length - 1].text.endsWith('.')) continue;
      tokens.push({ text: w, start, end: start + w.length, kind: /^\p{N}/u.test(w) ? 'num' : 'punct', cap: false, sentence: index });
    }
    sentences.push({ ...sp, index, tokenStart, tokenEnd: tokens.length });
  });
  return { tokens, sentences };
}
