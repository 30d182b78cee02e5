/**
 * MATCHES and LIKE as JavaScript regular expressions (STIX 2.1 section 9.6.1). MATCHES takes a PCRE expression,
 * searched (not anchored) with DOTALL; the common PCRE forms that JavaScript spells differently are rewritten
 * (`\A`, `\Z`, `\z`, `(?P<n>`, `(?P=n)`, a leading `(?i)`, identity escapes such as `\@`). LIKE turns `%` into
 * any run of characters and `_` into one character, and must match the whole value.
 *
 * @module
 */

/** Rewrites a PCRE expression for JavaScript; `unicode` selects the `u` flag's stricter escape rules. */
function translate(pcre: string, unicode: boolean): { source: string; ignoreCase: boolean } {
  let ignoreCase = false;
  let src = pcre;
  const lead = /^\(\?([imsx]+)\)/.exec(src);
  if (lead && /^[is]+$/.test(lead[1])) {
    ignoreCase = lead[1].includes('i');
    src = src.slice(lead[0].length);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\' && i + 1 < src.length) {
      const n = src[i + 1];
      i++;
      if (!inClass && n === 'A') out += '^';
      else if (!inClass && n === 'Z') out += '(?=\\n?$)';
      else if (!inClass && n === 'z') out += '$';
      else if (unicode && n === '-' && !inClass) out += '-';
      else if (unicode && !/[A-Za-z0-9]/.test(n) && !'^$\\.*+?()[]{}|/-'.includes(n)) {
        // PCRE lets any punctuation be escaped; JavaScript's unicode mode only its syntax characters.
        out += n;
      } else out += '\\' + n;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (src[i + 1] === '^') out += src[++i];
      if (src[i + 1] === ']') out += '\\' + src[++i];
      continue;
    }
    if (c === '(' && src.startsWith('(?P<', i)) {
      out += '(?<';
      i += 3;
      continue;
    }
    if (c === '(' && src.startsWith('(?P=', i)) {
      const end = src.indexOf(')', i);
      if (end > 0) {
        out += `\\k<${src.slice(i + 4, end)}>`;
        i = end;
        continue;
      }
    }
    out += c;
  }
  return { source: out, ignoreCase };
}

/**
 * Compiles a MATCHES expression. `binary` compiles it for byte strings (one character per byte, no Unicode
 * flag, as section 9.6.1 requires for _bin and _hex properties). Throws SyntaxError when it is not a valid
 * regular expression.
 */
export function compileMatches(pcre: string, binary: boolean): RegExp {
  if (!binary) {
    try {
      const t = translate(pcre, true);
      return new RegExp(t.source, 'su' + (t.ignoreCase ? 'i' : ''));
    } catch {
      // fall through: some valid PCRE is only valid for JavaScript without the u flag
    }
  }
  const t = translate(pcre, false);
  return new RegExp(t.source, 's' + (t.ignoreCase ? 'i' : ''));
}

/** Compiles a LIKE pattern to an anchored regular expression. */
export function compileLike(like: string, binary: boolean): RegExp {
  let src = '^';
  for (const ch of like) {
    if (ch === '%') src += '.*';
    else if (ch === '_') src += '.';
    else src += ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  }
  return new RegExp(src + '$', binary ? 's' : 'su');
}

/** Whether every code point is below U+0100, so that the text can stand for bytes (section 9.6.4). */
export function isLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}

/** Bytes as a string of one character per byte (U+0000-U+00FF), to run regular expressions over them. */
export function bytesToLatin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
