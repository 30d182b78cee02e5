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

/**
 * A STIX/TAXII timestamp (`YYYY-MM-DDTHH:MM:SS[.s+]Z`) as `Micros`, truncating digits below the microsecond;
 * undefined for anything else (including impossible dates such as February 30).
 */
export function parseMicros(text: string): Micros | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  if (Number.isNaN(ms)) return undefined;
  // Date.parse rolls over impossible dates in some engines: round-trip to refuse them.
  if (new Date(ms).toISOString().slice(0, 19) !== `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`) return undefined;
  const frac = (m[7] ?? '').padEnd(6, '0').slice(0, 6);
  return ms * 1000 + Number(frac);
}

/**
 * The ordering key of a version timestamp: the instant as `YYYY-MM-DDTHH:MM:SS.fffffffffZ` (nine fractional
 * digits), so that string order is time order and `…01Z` equals `…01.000Z`. Undefined when not a timestamp.
 */
export function versionKey(text: string): string | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m || parseMicros(text) === undefined) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${(m[7] ?? '').padEnd(9, '0').slice(0, 9)}Z`;
}

/** The wall clock in microseconds (`performance` gives sub-millisecond resolution, monotonic within a process). */
export function nowMicros(): Micros {
  return Math.floor((performance.timeOrigin + performance.now()) * 1000);
}
