/**
 * Decoding and encoding of pattern constants (STIX 2.1 section 9.2): string escapes, hex, base64 and timestamps.
 *
 * @module
 */

/** Why a literal's text was refused, or undefined. */
export type LiteralProblem = string | undefined;

/** `\'` and `\\` are the only escapes in a string constant (section 9.2). */
export function unescapeString(body: string): string {
  return body.indexOf('\\') < 0 ? body : body.replace(/\\(['\\])/g, '$1');
}

export function escapeString(value: string): string {
  return value.replace(/[\\']/g, (c) => '\\' + c);
}

const HEX_VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < 10; i++) HEX_VALUES[48 + i] = i;
for (let i = 0; i < 6; i++) {
  HEX_VALUES[65 + i] = 10 + i;
  HEX_VALUES[97 + i] = 10 + i;
}

/** Decodes the body of `h'...'`: an even number of hex digits. */
export function decodeHex(body: string): Uint8Array | LiteralProblem {
  if (body.length % 2 !== 0) return 'a hex constant needs an even number of hex digits';
  const out = new Uint8Array(body.length / 2);
  for (let i = 0; i < body.length; i += 2) {
    const a = body.charCodeAt(i);
    const b = body.charCodeAt(i + 1);
    const hi = a < 128 ? HEX_VALUES[a] : -1;
    const lo = b < 128 ? HEX_VALUES[b] : -1;
    if (hi < 0 || lo < 0) return `'${a < 128 && hi < 0 ? body[i] : body[i + 1]}' is not a hex digit`;
    out[i / 2] = hi * 16 + lo;
  }
  return out;
}

export function encodeHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

const BASE64_BODY = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)$/;

/** Decodes the body of `b'...'` (RFC 4648 base64 with padding; line feeds are ignored, section 9.2). */
export function decodeBase64(body: string): Uint8Array | LiteralProblem {
  const compact = body.indexOf('\n') >= 0 || body.indexOf('\r') >= 0 ? body.replace(/[\r\n]/g, '') : body;
  if (!BASE64_BODY.test(compact)) {
    return 'a binary constant must be base64 (A-Z a-z 0-9 + /) in groups of four characters, padded with =';
  }
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?Z$/;

/**
 * Checks a timestamp constant against the grammar's shape (STIX 2.1 section 2.16 and the TimestampLiteral rule):
 * upper-case T and Z, months 01-12, days 01-31, hours 00-23, minutes 00-59, seconds 00-60.
 */
export function timestampProblem(text: string): LiteralProblem {
  const m = TIMESTAMP.exec(text);
  if (!m) return `'${text}' is not a timestamp of the form YYYY-MM-DDTHH:MM:SS[.fraction]Z (upper-case T and Z, UTC)`;
  const [, , mo, d, h, mi, s] = m;
  if (+mo < 1 || +mo > 12) return `month ${mo} is out of range 01-12`;
  if (+d < 1 || +d > 31) return `day ${d} is out of range 01-31`;
  if (+h > 23) return `hour ${h} is out of range 00-23`;
  if (+mi > 59) return `minute ${mi} is out of range 00-59`;
  if (+s > 60) return `second ${s} is out of range 00-60`;
  return undefined;
}

/** A day that the grammar accepts but no calendar has (Feb 30, Apr 31...), or undefined. */
export function calendarProblem(text: string): LiteralProblem {
  const m = TIMESTAMP.exec(text);
  if (!m) return undefined;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d > days ? `${m[1]}-${m[2]} has only ${days} days` : undefined;
}

/**
 * A timestamp as milliseconds since the epoch, with microseconds as the fraction (finer digits are dropped, as
 * the OASIS matcher does); NaN when the text is not a real date and time. One pass: this runs for every
 * observed-data's first_observed and last_observed.
 */
export function timestampMillis(text: string): number {
  const m = TIMESTAMP.exec(text);
  if (!m) return NaN;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  const h = +m[4];
  const mi = +m[5];
  const sec = +m[6];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 60) return NaN;
  const base = Date.UTC(y, mo - 1, d, h, mi, sec);
  // Date.UTC rolls Feb 30 into March: such a day is not a date.
  if (d > 28 && new Date(base).getUTCDate() !== d && !(sec === 60 && new Date(base - 1000).getUTCDate() === d)) return NaN;
  // Years 0-99 are mapped to 1900+ by Date.UTC; correct for them.
  const fixed = y < 100 ? new Date(base).setUTCFullYear(y) : base;
  const frac = m[7] ? Math.trunc(Number('0.' + m[7].slice(0, 6).padEnd(6, '0')) * 1e6) / 1e3 : 0;
  return fixed + frac;
}

/** Renders a finite number as a decimal without exponent, as the grammar requires; floats keep a '.'. */
export function plainNumber(value: number, float: boolean): string {
  let text = String(Math.abs(value));
  const e = text.indexOf('e');
  if (e >= 0) {
    const mantissa = text.slice(0, e);
    const exponent = Number(text.slice(e + 1));
    const dot = mantissa.indexOf('.');
    const digits = mantissa.replace('.', '');
    const intLen = (dot < 0 ? mantissa.length : dot) + exponent;
    if (intLen <= 0) text = '0.' + '0'.repeat(-intLen) + digits;
    else if (intLen >= digits.length) text = digits + '0'.repeat(intLen - digits.length);
    else text = digits.slice(0, intLen) + '.' + digits.slice(intLen);
  }
  if (float && text.indexOf('.') < 0) text += '.0';
  return (value < 0 || Object.is(value, -0) ? '-' : '') + text;
}
