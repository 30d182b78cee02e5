/**
 * Reading a request body as JSON safely: valid UTF-8 only, a bound on nesting depth checked before JSON.parse
 * (so that 100,000 nested brackets cost one linear scan, not a stack overflow later in code that recurses), and
 * clear codes for each failure.
 */
import { LiaisonError } from '../errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The deepest nesting of arrays and objects in `text`, stopping as soon as it exceeds `limit`. Brackets inside
 * strings do not count; a string is skipped with indexOf to its closing quote (a quote after an odd run of
 * backslashes is escaped), so the scan costs little more than a memchr over text that is mostly strings.
 */
export function exceedsDepth(text: string, limit: number): boolean {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let j = text.indexOf('"', i + 1);
      while (j > 0) {
        let k = j - 1;
        while (text.charCodeAt(k) === 92 /* \ */) k--;
        if ((j - 1 - k) % 2 === 0) break;
        j = text.indexOf('"', j + 1);
      }
      if (j < 0) return false; // unterminated: JSON.parse refuses it
      i = j;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/** Decodes a body as UTF-8 and checks its depth; throws BAD_UTF8, TOO_DEEP or BAD_JSON (empty), all 400. */
export function decodeJsonText(body: Buffer, maxDepth: number): string {
  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    throw new LiaisonError('BAD_UTF8');
  }
  if (text.trim() === '') throw new LiaisonError('BAD_JSON', { reason: 'the body is empty' });
  if (exceedsDepth(text, maxDepth)) throw new LiaisonError('TOO_DEEP', { limit: maxDepth });
  return text;
}

/** JSON.parse with BAD_JSON (400) for text that is not JSON. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LiaisonError('BAD_JSON', { reason: e instanceof Error ? e.message.slice(0, 200) : 'unreadable' });
  }
}

/** Decodes and parses a body; throws BAD_UTF8, TOO_DEEP or BAD_JSON (all 400). */
export function parseJsonBody(body: Buffer, maxDepth: number): unknown {
  return parseJsonText(decodeJsonText(body, maxDepth));
}
