/**
 * Strict parsing of the TAXII 2.1 URL query parameters (§3.4, §3.4.1): added_after, limit, next and
 * match[id|type|version|spec_version]. Anything malformed is a 400 (§3.4: "If any of the URL query parameters are
 * malformed, the TAXII Server MUST return an HTTP 400"), never a 500 and never silently ignored; a parameter that an
 * endpoint does not take is refused too, except match fields the specification does not define, which §3.4 lets a
 * server ignore.
 */
import { LiaisonError } from '../errors.js';
import { parseMicros as parseTimestamp } from '../store/time.js';
import type { VersionSelector } from '../store/store.js';

/** The endpoints that take query parameters, and which ones each takes (§5.3, §5.4, §5.6, §5.7, §5.8). */
export const ENDPOINT_PARAMS = {
  manifest: ['added_after', 'limit', 'next', 'match[id]', 'match[type]', 'match[version]', 'match[spec_version]'],
  objects: ['added_after', 'limit', 'next', 'match[id]', 'match[type]', 'match[version]', 'match[spec_version]'],
  object: ['added_after', 'limit', 'next', 'match[version]', 'match[spec_version]'],
  versions: ['added_after', 'limit', 'next', 'match[spec_version]'],
  delete: ['match[version]', 'match[spec_version]'],
  none: [],
} as const satisfies Record<string, readonly string[]>;

export type Endpoint = keyof typeof ENDPOINT_PARAMS;


export interface TaxiiQuery {
  /** Microseconds; only entries added strictly after it. */
  addedAfter?: number;
  /** The page size actually used: the client's limit capped by the server's. */
  limit: number;
  /** The raw `next` token, checked later against the query and caller (see cursor.ts). */
  next?: string;
  ids?: string[];
  types?: string[];
  /** match[version] (§3.4.1): `last` unless the client asks otherwise; `all` stands alone. */
  versions: VersionSelector;
  /** Whether the client sent match[version] (DELETE removes every version otherwise). */
  versionGiven: boolean;
  /** Spec versions asked for; absent means "only the latest spec version of each object" (§3.4.1). */
  specVersions?: string[];
  /** A canonical text of the filters (not limit, not next), which a next token is bound to. */
  canonical: string;
}

export interface QueryLimits {
  /** Server cap on a page (§3.4 limit: a response MAY hold fewer objects than asked). */
  maxPage: number;
  /** Page size when the client sends no limit. */
  defaultPage: number;
  /** Most values in one match[...] list. */
  maxListItems: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxPage: 1000, defaultPage: 100, maxListItems: 1000 };

export const IDENTIFIER = /^[a-z0-9][a-z0-9-]{0,249}--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const TYPE = /^[a-z0-9][a-z0-9-]{0,249}$/;
const SPEC_VERSION = /^\d{1,3}\.\d{1,3}$/;
/** TAXII integers are 54-bit signed (§2); anything longer is not an integer we can represent. */
const POSITIVE_INTEGER = /^[0-9]{1,16}$/;
const NEXT_TOKEN = /^[A-Za-z0-9_-]{1,2048}$/;

function bad(name: string, reason: string): LiaisonError {
  return new LiaisonError('BAD_PARAMETER', { what: name, reason });
}

/**
 * Splits a raw query string into name → value, refusing repeats, malformed percent-encoding and text that does
 * not decode to valid Unicode. Order is kept for error messages only.
 */
export function splitQuery(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  if (raw === '') return out;
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    let name: string, value: string;
    try {
      name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      throw bad(JSON.stringify(rawName.slice(0, 64)), 'malformed percent-encoding or not UTF-8');
    }
    if (out.has(name)) throw bad(name, 'given more than once (TAXII 2.1 §3.4 allows one instance of each)');
    out.set(name, value);
  }
  return out;
}

function list(name: string, value: string, limits: QueryLimits, check: (v: string) => boolean, what: string): string[] {
  if (value === '') throw bad(name, 'empty');
  const items = value.split(',');
  if (items.length > limits.maxListItems) throw bad(name, `more than ${limits.maxListItems} values`);
  const seen = new Set<string>();
  for (const item of items) {
    if (item === '') throw bad(name, 'an empty value in the comma-separated list (no spaces, no trailing comma)');
    if (!check(item)) throw bad(name, `${JSON.stringify(item.slice(0, 80))} is not ${what}`);
    seen.add(item);
  }
  return [...seen];
}

function parseVersions(name: string, value: string, limits: QueryLimits): VersionSelector {
  if (value === '') throw bad(name, 'empty');
  const items = value.split(',');
  if (items.length > limits.maxListItems) throw bad(name, `more than ${limits.maxListItems} values`);
  const seen = new Set<string>();
  const instants = new Set<number>();
  let first = false, last = false, all = false;
  const exact: string[] = [];
  for (const item of items) {
    if (item === '') throw bad(name, 'an empty value in the comma-separated list');
    if (seen.has(item)) throw bad(name, `${JSON.stringify(item)} given twice (§3.4.1)`);
    seen.add(item);
    if (item === 'all') all = true;
    else if (item === 'first') first = true;
    else if (item === 'last') last = true;
    else {
      const us = parseTimestamp(item);
      if (us === undefined) throw bad(name, `${JSON.stringify(item.slice(0, 80))} is neither first, last, all nor a timestamp`);
      if (instants.has(us)) throw bad(name, `${JSON.stringify(item)} names a version already asked for`);
      instants.add(us);
      exact.push(item);
    }
  }
  if (all) {
    if (items.length > 1) throw bad(name, '"all" must not be combined with other versions (§3.4.1)');
    return { all: true };
  }
  return { first, last, exact };
}

/** A canonical text of a version selector, for binding next tokens. */
function versionsText(v: VersionSelector): string {
  if (v.all) return 'all';
  const exact = (v.exact ?? []).map((t) => String(parseTimestamp(t))).sort();
  return [v.first ? 'first' : '', v.last ? 'last' : '', ...exact].filter(Boolean).join(',');
}

/**
 * Parses the query string of a request to `endpoint`. `raw` is the part after `?` (without it), still
 * percent-encoded. Throws a BAD_PARAMETER LiaisonError (400) for anything malformed.
 */
export function parseQuery(raw: string, endpoint: Endpoint, limits: QueryLimits = DEFAULT_QUERY_LIMITS): TaxiiQuery {
  const params = splitQuery(raw);
  const allowed: readonly string[] = ENDPOINT_PARAMS[endpoint];
  const q: TaxiiQuery = { limit: limits.defaultPage, versions: { last: true }, versionGiven: false, canonical: '' };
  const canonical: string[] = [];
  for (const [name, value] of params) {
    if (!allowed.includes(name)) {
      if (/^match\[[^\]]*\]$/.test(name) && !['match[id]', 'match[type]', 'match[version]', 'match[spec_version]'].includes(name)) {
        continue; // §3.4: servers MAY ignore match fields they do not understand.
      }
      throw bad(name, allowed.length ? `not taken by this endpoint (it takes ${allowed.join(', ')})` : 'this endpoint takes no query parameters');
    }
    switch (name) {
      case 'added_after': {
        const us = parseTimestamp(value);
        if (us === undefined) throw bad(name, `${JSON.stringify(value.slice(0, 80))} is not an RFC 3339 UTC timestamp (YYYY-MM-DDTHH:MM:SS.ssssssZ)`);
        q.addedAfter = us;
        canonical.push(`a=${us}`);
        break;
      }
      case 'limit': {
        if (!POSITIVE_INTEGER.test(value)) throw bad(name, `${JSON.stringify(value.slice(0, 80))} is not a positive integer`);
        const n = Number(value);
        if (n < 1) throw bad(name, 'must be greater than zero');
        if (n > Number.MAX_SAFE_INTEGER) throw bad(name, 'larger than a TAXII integer (2^53 - 1)');
        q.limit = Math.min(n, limits.maxPage);
        break;
      }
      case 'next':
        if (!NEXT_TOKEN.test(value)) throw new LiaisonError('BAD_CURSOR', { reason: 'is malformed' });
        q.next = value;
        break;
      case 'match[id]':
        q.ids = list(name, value, limits, (v) => IDENTIFIER.test(v), 'a STIX identifier (type--UUID)');
        q.ids = q.ids.map((v) => v.toLowerCase());
        canonical.push(`i=${[...q.ids].sort().join(',')}`);
        break;
      case 'match[type]':
        q.types = list(name, value, limits, (v) => TYPE.test(v), 'an object type');
        canonical.push(`t=${[...q.types].sort().join(',')}`);
        break;
      case 'match[version]':
        q.versions = parseVersions(name, value, limits);
        q.versionGiven = true;
        canonical.push(`v=${versionsText(q.versions)}`);
        break;
      case 'match[spec_version]':
        q.specVersions = list(name, value, limits, (v) => SPEC_VERSION.test(v), 'a specification version such as 2.1');
        canonical.push(`s=${[...q.specVersions].sort().join(',')}`);
        break;
    }
  }
  q.canonical = canonical.sort().join('&');
  return q;
}

/** The query part of a request URL, without the `?`. */
export function rawQuery(url: string): string {
  const i = url.indexOf('?');
  return i < 0 ? '' : url.slice(i + 1);
}
