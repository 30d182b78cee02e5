/**
 * A hand-written lexer for STIX patterns (the lexer rules of STIXPattern.g4, STIX 2.1 section 9), producing
 * chevrotain tokens. Written by hand for speed and for precise messages: a malformed constant is reported where it
 * starts, with what is wrong with it, rather than as a stray identifier.
 *
 * @module
 */
import type { IToken, TokenType } from 'chevrotain';
import * as T from './tokens.js';
import { PatternSyntaxError } from './syntax-error.js';
import { decodeBase64, decodeHex, timestampProblem, unescapeString } from './literals.js';

/** Longest pattern text accepted, in UTF-16 units. */
export const MAX_PATTERN_LENGTH = 100_000;
/** Deepest nesting of brackets and parentheses accepted. */
export const MAX_NESTING = 100;

function token(tokenType: TokenType, image: string, start: number, payload?: unknown): IToken {
  return {
    image,
    startOffset: start,
    endOffset: start + image.length - 1,
    startLine: 1,
    startColumn: start + 1,
    tokenType,
    tokenTypeIdx: tokenType.tokenTypeIdx!,
    payload,
  };
}

function isWhitespace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isNameStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isNameChar = (c: number): boolean => isNameStart(c) || isDigit(c);

function describeChar(text: string, i: number): string {
  const cp = text.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  return cp < 32 || cp === 0x7f ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : `'${ch}'`;
}

/** Finds the closing quote of a quoted body starting at `i` (just after the opening quote). */
function scanQuoted(text: string, i: number, start: number, what: string, escapes: boolean): number {
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 39) return j;
    if (c === 92 && escapes) {
      const n = text.charCodeAt(j + 1);
      if (n === 39 || n === 92) {
        j++;
        continue;
      }
      throw new PatternSyntaxError(
        `only \\' and \\\\ are escapes in a quoted string: write \\\\ for a backslash (in regular expressions too)`,
        text,
        j,
      );
    }
  }
  throw new PatternSyntaxError(`${what} is not closed: add the closing quote (')`, text, start);
}

/** Splits a pattern into tokens; throws PatternSyntaxError on the first character that cannot start a token. */
export function tokenize(text: string): IToken[] {
  if (text.length > MAX_PATTERN_LENGTH) {
    throw new PatternSyntaxError(`the pattern is longer than ${MAX_PATTERN_LENGTH} characters`, text, MAX_PATTERN_LENGTH);
  }
  const out: IToken[] = [];
  const n = text.length;
  let depth = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWhitespace(c)) {
      i++;
      continue;
    }
    const start = i;
    switch (c) {
      case 91: // [
      case 40: // (
        if (++depth > MAX_NESTING) throw new PatternSyntaxError(`brackets and parentheses nest deeper than ${MAX_NESTING}`, text, i);
        out.push(token(c === 91 ? T.LBracket : T.LParen, c === 91 ? '[' : '(', i++));
        continue;
      case 93: // ]
      case 41: // )
        depth--;
        out.push(token(c === 93 ? T.RBracket : T.RParen, c === 93 ? ']' : ')', i++));
        continue;
      case 58:
        out.push(token(T.Colon, ':', i++));
        continue;
      case 44:
        out.push(token(T.Comma, ',', i++));
        continue;
      case 42:
        out.push(token(T.Asterisk, '*', i++));
        continue;
      case 61: // = or ==
        if (text.charCodeAt(i + 1) === 61) {
          out.push(token(T.Eq, '==', i));
          i += 2;
        } else out.push(token(T.Eq, '=', i++));
        continue;
      case 33: // !=
        if (text.charCodeAt(i + 1) === 61) {
          out.push(token(T.Neq, '!=', i));
          i += 2;
          continue;
        }
        throw new PatternSyntaxError(`'!' is not an operator: write != for "not equal", or NOT before an operator`, text, i);
      case 60: // < <= <>
        if (text.charCodeAt(i + 1) === 61) {
          out.push(token(T.Le, '<=', i));
          i += 2;
        } else if (text.charCodeAt(i + 1) === 62) {
          out.push(token(T.Neq, '<>', i));
          i += 2;
        } else out.push(token(T.Lt, '<', i++));
        continue;
      case 62: // > >=
        if (text.charCodeAt(i + 1) === 61) {
          out.push(token(T.Ge, '>=', i));
          i += 2;
        } else out.push(token(T.Gt, '>', i++));
        continue;
      case 39: {
        // 'string'
        const end = scanQuoted(text, i + 1, i, 'the string', true);
        out.push(token(T.StringLiteral, text.slice(i, end + 1), i, unescapeString(text.slice(i + 1, end))));
        i = end + 1;
        continue;
      }
      case 47: // comments
        if (text.charCodeAt(i + 1) === 42) {
          const end = text.indexOf('*/', i + 2);
          if (end < 0) throw new PatternSyntaxError(`the comment is not closed: add */`, text, i);
          i = end + 2;
          continue;
        }
        if (text.charCodeAt(i + 1) === 47) {
          while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
          continue;
        }
        throw new PatternSyntaxError(
          `'/' cannot start anything here: regular expressions are quoted strings after MATCHES, e.g. MATCHES '^a.*b$'`,
          text,
          i,
        );
    }
    // Numbers: [+-]? digits, or [+-]? digits? '.' digits.
    if (isDigit(c) || c === 43 || c === 45 || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      let j = i;
      const sign = c === 43 || c === 45 ? c : 0;
      if (sign) j++;
      const intStart = j;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      const intDigits = j - intStart;
      if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
        j++;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
        const image = text.slice(i, j);
        out.push(token(sign === 45 ? T.FloatNeg : T.FloatPos, image, i, Number(image)));
        i = j;
        continue;
      }
      if (intDigits === 0) {
        if (sign) {
          throw new PatternSyntaxError(
            `'${String.fromCharCode(sign)}' must be followed by a number` +
              (sign === 45 ? `; names with hyphens are object types only, property names with hyphens need quotes` : ''),
            text,
            i,
          );
        }
      } else {
        if (intDigits > 1 && text.charCodeAt(intStart) === 48) {
          throw new PatternSyntaxError(`a whole number cannot start with 0: write ${Number(text.slice(intStart, j))}`, text, intStart);
        }
        const image = text.slice(i, j);
        out.push(token(sign === 45 ? T.IntNeg : T.IntPos, image, i, Number(image)));
        i = j;
        continue;
      }
    }
    if (c === 46) {
      out.push(token(T.Dot, '.', i++));
      continue;
    }
    if (isNameStart(c)) {
      let j = i + 1;
      while (j < n && isNameChar(text.charCodeAt(j))) j++;
      // t'..', h'..', b'..': typed constants.
      if (j === i + 1 && text.charCodeAt(j) === 39 && (c === 116 || c === 104 || c === 98)) {
        const end = scanQuoted(text, j + 1, i, c === 116 ? 'the timestamp' : c === 104 ? 'the hex constant' : 'the binary constant', false);
        const body = text.slice(j + 1, end);
        const image = text.slice(i, end + 1);
        if (c === 116) {
          const problem = timestampProblem(body);
          if (problem) throw new PatternSyntaxError(`invalid timestamp t'${body}': ${problem}`, text, i);
          out.push(token(T.TimestampLiteral, image, i, body));
        } else {
          const bytes = c === 104 ? decodeHex(body) : decodeBase64(body);
          if (typeof bytes === 'string') throw new PatternSyntaxError(`invalid ${c === 104 ? 'hex' : 'binary'} constant ${image}: ${bytes}`, text, i);
          out.push(token(c === 104 ? T.HexLiteral : T.BinaryLiteral, image, i, bytes));
        }
        i = end + 1;
        continue;
      }
      let hyphen = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isNameChar(d)) j++;
        else if (d === 45) {
          hyphen = true;
          j++;
        } else break;
      }
      const image = text.slice(i, j);
      const keyword = hyphen ? undefined : T.KEYWORDS.get(image);
      out.push(token(keyword ?? (hyphen ? T.HyphenIdentifier : T.Identifier), image, i, keyword === T.BoolLiteral ? image === 'true' : undefined));
      i = j;
      continue;
    }
    throw new PatternSyntaxError(`unexpected character ${describeChar(text, start)}`, text, start);
  }
  return out;
}
