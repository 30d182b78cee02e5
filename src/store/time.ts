/**
 * @module Conversions between the store's microsecond clock (`Micros`) and TAXII 2.1 timestamps (section 3.1:
 * RFC 3339, UTC, `Z`, microsecond precision on the server's `date_added`), and the version-ordering key.
 */
import type { Micros } from './types.js';

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?Z$/;

/** `Micros` as a TAXII timestamp with exactly six fractional digits, e.g. `2026-11-29T19:27:19.123456Z`. */
export function formatMicros(us: Micros): string {
  const ms = Math.floor(us / 1000);
  const iso = new Date(ms).toISOString(); // …SS.mmmZ
  const micro = String(us % 1000).padStart(3, '0');
  return iso.slice(0, 23) + micro + 'Z';
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether the captured date-time fields name a real moment (no February 30, no hour 24), without building a Date. */
function realMoment(m: RegExpExecArray): boolean {
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 && leap ? 29 : DAYS[mo - 1]);
}

/** The instant's milliseconds when the captured date-time fields name a real moment, else undefined. */
function validMs(m: RegExpExecArray): number | undefined {
  if (!realMoment(m)) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}

/**
 * A STIX/TAXII timestamp (`YYYY-MM-DDTHH:MM:SS[.s+]Z`) as `Micros`, truncating digits below the microsecond;
 * undefined for anything else (including impossible dates such as February 30).
 */
export function parseMicros(text: string): Micros | undefined {
  const m = TIMESTAMP.exec(text);
  const ms = m ? validMs(m) : undefined;
  if (m === null || ms === undefined) return undefined;
  return ms * 1000 + Number((m[7] ?? '').padEnd(6, '0').slice(0, 6));
}

/**
 * The ordering key of a version timestamp: the instant as `YYYY-MM-DDTHH:MM:SS.fffffffffZ` (nine fractional
 * digits), so that string order is time order and `…01Z` equals `…01.000Z`. Undefined when not a timestamp.
 */
export function versionKey(text: string): string | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m || !realMoment(m)) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${(m[7] ?? '').padEnd(9, '0').slice(0, 9)}Z`;
}

/**
 * The wall clock in microseconds: Date.now() for the milliseconds (so a long-running process follows the system
 * clock, as other processes on the same database do) and the high-resolution timer for the digits below. Not
 * monotonic by itself; the store makes date_added strictly increasing (last + 1 µs at least).
 */
export function nowMicros(): Micros {
  return Date.now() * 1000 + (Math.floor(performance.now() * 1000) % 1000);
}
