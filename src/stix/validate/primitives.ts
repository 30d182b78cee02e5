/**
 * Checks of the STIX common data types (STIX 2.1 §2) written as char-code scans: no regular expressions with
 * backtracking and no allocation on the success path, because they run for every property of every object.
 */
import { ISO_639_1, ISO_639_2 } from '../iso-codes.js';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

function num(s: string, from: number, len: number): number {
  let n = 0;
  for (let i = from; i < from + len; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * §2.15 timestamp: RFC 3339 in UTC, `YYYY-MM-DDTHH:MM:SS[.s+]Z`, with a real calendar date.
 * Returns undefined when valid, else the reason.
 */
export function timestampProblem(s: string): string | undefined {
  const n = s.length;
  if (n < 20) return 'expected YYYY-MM-DDTHH:MM:SS[.s+]Z';
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58)
    return 'expected YYYY-MM-DDTHH:MM:SS[.s+]Z';
  if (s.charCodeAt(n - 1) !== 90) return 'must be in UTC and end with Z';
  const year = num(s, 0, 4), month = num(s, 5, 2), day = num(s, 8, 2);
  const hour = num(s, 11, 2), minute = num(s, 14, 2), second = num(s, 17, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return 'expected YYYY-MM-DDTHH:MM:SS[.s+]Z';
  if (n > 20) {
    if (s.charCodeAt(19) !== 46 || n === 21) return 'expected fractional seconds after a dot';
    for (let i = 20; i < n - 1; i++) if (!isDigit(s.charCodeAt(i))) return 'fractional seconds must be digits';
  }
  if (month < 1 || month > 12) return 'month out of range';
  const dim = month === 2 && isLeap(year) ? 29 : DAYS[month - 1];
  if (day < 1 || day > dim) return 'day is out of range for month';
  if (hour > 23) return 'hour out of range';
  if (minute > 59) return 'minute out of range';
  if (second > 60) return 'second out of range';
  if (second === 60 && !(hour === 23 && minute === 59)) return 'a leap second can only be 23:59:60';
  return undefined;
}

/** Whether a valid timestamp carries at least millisecond precision (§3.2 created/modified). */
export function hasMillis(s: string): boolean {
  return s.length >= 24 && s.charCodeAt(19) === 46;
}

/** A sortable key of a valid timestamp: fractional part padded to nanoseconds so that strings compare as times. */
export function timestampKey(s: string): string {
  const base = s.slice(0, 19);
  const frac = s.length > 20 ? s.slice(20, s.length - 1) : '';
  return base + '.' + (frac.length >= 9 ? frac : frac + '000000000'.slice(frac.length));
}

/**
 * Compares two valid timestamps as times, like comparing their `timestampKey`s (the same order, ties included),
 * without building the keys: negative, zero or positive.
 */
export function compareTimestamps(a: string, b: string): number {
  for (let i = 0; i < 19; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  const fa = a.length > 20 ? a.length - 21 : 0, fb = b.length > 20 ? b.length - 21 : 0;
  const la = fa > 9 ? fa : 9, lb = fb > 9 ? fb : 9;
  const n = la > lb ? la : lb;
  for (let i = 0; i < n; i++) {
    // The key's fraction: the digits, then '0' up to nine digits, then the end of the key (before any digit).
    const ca = i < fa ? a.charCodeAt(20 + i) : i < la ? 48 : -1;
    const cb = i < fb ? b.charCodeAt(20 + i) : i < lb ? 48 : -1;
    if (ca !== cb) return ca - cb;
  }
  return 0;
}

/** §3.1 type names: 3-250 chars of a-z, 0-9, '-', starting with a letter; no empty segments. */
export function isValidTypeName(t: string): boolean {
  const n = t.length;
  if (n < 3 || n > 250) return false;
  if (!isLower(t.charCodeAt(0))) return false;
  for (let i = 1; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c === 45) {
      if (t.charCodeAt(i - 1) === 45) return false;
    } else if (!isLower(c) && !isDigit(c)) return false;
  }
  return t.charCodeAt(n - 1) !== 45;
}

/** §3.1 property names: 3-250 chars of a-z, 0-9, '_', starting with a letter (custom names §11.1). */
export function isValidPropertyName(p: string): boolean {
  const n = p.length;
  if (n < 3 || n > 250) return false;
  if (!isLower(p.charCodeAt(0))) return false;
  for (let i = 1; i < n; i++) {
    const c = p.charCodeAt(i);
    if (c !== 95 && !isLower(c) && !isDigit(c)) return false;
  }
  return true;
}

/** Parsed identifier: `type--uuid` (§2.7); undefined when the form is wrong. */
export interface ParsedId {
  type: string;
  version: number;
}

/**
 * Length of the type part of a well-formed identifier `type--UUID` (RFC 4122 form, version 1-5, RFC variant), or
 * -1. Allocation-free: references are checked by the million.
 */
export function idTypeLength(id: string): number {
  const n = id.length;
  if (n < 36 + 2 + 3) return -1;
  const sep = n - 38;
  if (id.charCodeAt(sep) !== 45 || id.charCodeAt(sep + 1) !== 45) return -1;
  const u = sep + 2;
  for (let i = 0; i < 36; i++) {
    const c = id.charCodeAt(u + i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return -1;
    } else if (!isHex(c)) return -1;
  }
  const version = id.charCodeAt(u + 14) - 48;
  if (version < 1 || version > 5) return -1;
  const variant = id.charCodeAt(u + 19) | 0x20;
  if (variant !== 56 && variant !== 57 && variant !== 97 && variant !== 98) return -1;
  // The type part: 3-250 chars of a-z, 0-9, '-', starting with a letter, no '--', not ending with '-'.
  if (sep > 250 || !isLower(id.charCodeAt(0))) return -1;
  for (let i = 1; i < sep; i++) {
    const c = id.charCodeAt(i);
    if (c === 45) {
      if (id.charCodeAt(i - 1) === 45) return -1;
    } else if (!isLower(c) && !isDigit(c)) return -1;
  }
  return id.charCodeAt(sep - 1) === 45 ? -1 : sep;
}

/** The UUID version digit of a well-formed identifier. */
export const idVersion = (id: string): number => id.charCodeAt(id.length - 22) - 48;

/** Parses `type--UUID` (RFC 4122 form with version 1-5 and the RFC variant). */
export function parseId(id: string): ParsedId | undefined {
  const n = id.length;
  if (n < 36 + 2 + 1) return undefined;
  const sep = n - 38;
  if (id.charCodeAt(sep) !== 45 || id.charCodeAt(sep + 1) !== 45) return undefined;
  const u = sep + 2;
  for (let i = 0; i < 36; i++) {
    const c = id.charCodeAt(u + i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return undefined;
    } else if (!isHex(c)) return undefined;
  }
  const version = id.charCodeAt(u + 14) - 48;
  if (version < 1 || version > 5) return undefined;
  const variant = id.charCodeAt(u + 19) | 0x20;
  if (variant !== 56 && variant !== 57 && variant !== 97 && variant !== 98) return undefined;
  const type = id.slice(0, sep);
  if (!isValidTypeName(type)) return undefined;
  return { type, version };
}

/** §2.2 binary: base64 with correct padding. */
export function isBase64(s: string): boolean {
  const n = s.length;
  if (n === 0 || n % 4 !== 0) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isUpper(c) || isLower(c) || isDigit(c) || c === 43 || c === 47) continue;
    if (c === 61 && (i === n - 1 || (i === n - 2 && s.charCodeAt(n - 1) === 61))) continue;
    return false;
  }
  return true;
}

/** §2.6 hex: an even number of hexadecimal characters. */
export function isHexString(s: string): boolean {
  const n = s.length;
  if (n === 0 || n % 2 !== 0) return false;
  for (let i = 0; i < n; i++) if (!isHex(s.charCodeAt(i))) return false;
  return true;
}

/** Whether every character is a hex digit and the length is exactly `len`. */
export function isHexOfLength(s: string, len: number): boolean {
  if (s.length !== len) return false;
  for (let i = 0; i < len; i++) if (!isHex(s.charCodeAt(i))) return false;
  return true;
}

/** §2.4 dictionary keys: 1-250 ASCII chars of a-z, A-Z, 0-9, '_' and '-'. */
export function isValidDictionaryKey(k: string): boolean {
  const n = k.length;
  if (n < 1 || n > 250) return false;
  for (let i = 0; i < n; i++) {
    const c = k.charCodeAt(i);
    if (!isLower(c) && !isUpper(c) && !isDigit(c) && c !== 95 && c !== 45) return false;
  }
  return true;
}

/** §2.5 custom hash names: 3-250 chars of a-z, A-Z, 0-9, '_' and '-'. */
export function isValidHashKey(k: string): boolean {
  return k.length >= 3 && isValidDictionaryKey(k);
}

/** Lowercase letters, digits and hyphens only (open-vocab-format, kill-chain-names). */
export function isLowerHyphenated(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isUpper(c) || c === 32 || c === 95) return false;
  }
  return true;
}

/**
 * An absolute URI (RFC 3986 §3): a scheme, ':' and no characters that are never allowed in a URI
 * (spaces, controls, '<', '>', '"', '{', '}', '|', '\\', '^', '`').
 */
export function isValidUrl(s: string): boolean {
  const n = s.length;
  if (n < 3) return false;
  if (!isLower(s.charCodeAt(0) | 0x20)) return false;
  let i = 1;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 58) break;
    if (!(isLower(c | 0x20) || isDigit(c) || c === 43 || c === 45 || c === 46)) return false;
  }
  if (i >= n - 1) return false;
  for (i++; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 127 || c === 60 || c === 62 || c === 34 || c === 123 || c === 125 || c === 124 || c === 92 || c === 94 || c === 96)
      return false;
    if (c === 37 && !(isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2)))) return false;
  }
  return true;
}

/**
 * RFC 5646 language tag: a primary subtag that is an ISO 639-1/639-2 code (or 'i'/'x' private and grandfathered
 * forms), then subtags of 1-8 alphanumerics.
 */
export function isLanguageTag(s: string): boolean {
  const n = s.length;
  if (n < 1 || n > 64) return false;
  const dash = s.indexOf('-');
  const primary = (dash < 0 ? s : s.slice(0, dash)).toLowerCase();
  if (primary === 'x' || primary === 'i') return dash > 0;
  if (primary.length === 2 ? !ISO_639_1.has(primary) : primary.length === 3 ? !ISO_639_2.has(primary) : true) return false;
  let seg = 0;
  let first = true;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? s.charCodeAt(i) : 45;
    if (c === 45) {
      if (seg === 0 || seg > 8 || (first && seg < 2)) return false;
      first = false;
      seg = 0;
    } else if (isLower(c | 0x20) || (!first && isDigit(c))) seg++;
    else return false;
  }
  return true;
}

/** Dotted-quad IPv4 with an optional CIDR suffix (/0-32). */
export function isIpv4(s: string): boolean {
  let parts = 0, digits = 0, value = 0, i = 0;
  const n = s.length;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      if (digits > 0 && value === 0) return false; // leading zero
      value = value * 10 + c - 48;
      if (++digits > 3 || value > 255) return false;
    } else if (c === 46 || c === 47) {
      if (digits === 0) return false;
      parts++;
      digits = 0;
      value = 0;
      if (c === 47) break;
    } else return false;
  }
  if (i === n) return digits > 0 && parts === 3;
  if (parts !== 4) return false;
  const prefix = s.slice(i + 1);
  return /^(?:[0-9]|[12][0-9]|3[0-2])$/.test(prefix);
}

/** IPv6 (RFC 4291 §2.2 text forms, embedded IPv4 allowed) with an optional CIDR suffix (/0-128). */
export function isIpv6(s: string): boolean {
  let addr = s;
  const slash = s.indexOf('/');
  if (slash >= 0) {
    addr = s.slice(0, slash);
    const p = s.slice(slash + 1);
    if (!/^(?:[0-9]|[1-9][0-9]|1[01][0-9]|12[0-8])$/.test(p)) return false;
  }
  if (addr.length < 2 || addr.length > 45) return false;
  const dbl = addr.indexOf('::');
  if (dbl >= 0 && addr.indexOf('::', dbl + 1) >= 0) return false;
  const groups = addr.split(':');
  let count = 0;
  for (let g = 0; g < groups.length; g++) {
    const part = groups[g];
    if (part === '') continue;
    if (g === groups.length - 1 && part.includes('.')) {
      if (!isIpv4(part) || part.includes('/')) return false;
      count += 2;
      continue;
    }
    if (part.length > 4) return false;
    for (let i = 0; i < part.length; i++) if (!isHex(part.charCodeAt(i))) return false;
    count++;
  }
  if (dbl < 0) {
    if (addr.startsWith(':') || addr.endsWith(':')) return false;
    return count === 8;
  }
  if ((addr.startsWith(':') && !addr.startsWith('::')) || (addr.endsWith(':') && !addr.endsWith('::'))) return false;
  return count < 8;
}

/** MAC-48 / EUI-64 in lowercase colon-separated hex (§6.9: MUST be a single colon-delimited, lowercase MAC-48). */
export function isMacAddress(s: string): boolean {
  if (s.length !== 17 && s.length !== 23) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (i % 3 === 2) {
      if (c !== 58) return false;
    } else if (!(isDigit(c) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}
