/**
 * Reading a request body as JSON safely: valid UTF-8 only, a bound on nesting depth checked before JSON.parse
 * (so that 100,000 nested brackets cost one linear scan, not a stack overflow later in code that recurses), and
 * clear codes for each failure.
 */
import { LiaisonError } from '../errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The deepest nesting of arrays and objects in `text`, stopping as soon as it exceeds `limit`. Brackets inside
 * strings do not count; escapes inside strings are skipped.
 */
export function exceedsDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/** Decodes and parses a body; throws BAD_UTF8, TOO_DEEP or BAD_JSON (all 400). */
export function parseJsonBody(body: Buffer, maxDepth: number): unknown {
  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    throw new LiaisonError('BAD_UTF8');
  }
  if (text.trim() === '') throw new LiaisonError('BAD_JSON', { reason: 'the body is empty' });
  if (exceedsDepth(text, maxDepth)) throw new LiaisonError('TOO_DEEP', { limit: maxDepth });
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LiaisonError('BAD_JSON', { reason: e instanceof Error ? e.message.slice(0, 200) : 'unreadable' });
  }
}
