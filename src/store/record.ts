/**
 * @module What the store derives from one STIX object before writing it: its canonical JSON (RFC 8785, so equal
 * content is equal text), the SHA-256 of that text, and its version identity (STIX 2.1 section 3.6: `modified`
 * identifies a version; objects without it use `created`; SCOs, which have neither, use their content hash).
 */
import * as crypto from 'node:crypto';
import { LiaisonError } from '../errors.js';
import { canonicalJson } from '../stix/canonical-json.js';
import { versionKey } from './time.js';
import type { StixObject } from './types.js';

export interface PreparedVersion {
  id: string;
  type: string;
  specVersion: string;
  /** Identity of the version on the node: normalised `modified`/`created`, or `sha256:<hex>` for SCOs. */
  vkey: string;
  /** The version as the object states it (`modified` or `created`), or null (SCO: the entry's date_added). */
  versionText: string | null;
  /** Ordering key of the version (the normalised timestamp), or null (SCO: derived from date_added). */
  orderKey: string | null;
  hash: string;
  json: string;
}

const MAX_ID = 300;
/** Ids, types and spec versions are ASCII in STIX; anything else (NUL above all, which PostgreSQL text refuses) is refused. */
const PRINTABLE = /^[\x21-\x7e]+$/;

/** Keys JavaScript enumerates before all others whatever the insertion order (array indices). */
const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/;
class NeedsGeneralPath extends Error {}

/**
 * A copy with every object's keys in UTF-16 code-unit order (RFC 8785 section 3.2.3), for JSON.stringify. The copies
 * are plain objects, which V8 builds and stringifies faster than objects without a prototype (2.1 against 3.0 µs per
 * bench indicator); the one key a plain object would not keep as a key, "__proto__", is defined as its own property.
 */
function sortedCopy(v: unknown): unknown {
  if (typeof v === 'number' && !Number.isFinite(v)) throw new TypeError('a non-finite number has no JSON form');
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(sortedCopy);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) {
    if (INDEX_KEY.test(k)) throw new NeedsGeneralPath();
    const value = sortedCopy((v as Record<string, unknown>)[k]);
    if (k === '__proto__') Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
    else out[k] = value;
  }
  return out;
}

/** A `\\uD800`-`\\uDFFF` escape not itself escaped: JSON.stringify writes lone surrogates that way, and only them. */
const LONE_SURROGATE = /(?<!\\)(?:\\\\)*\\ud[89a-f]/i;

/**
 * The canonical JSON text the store keeps: RFC 8785 for every valid STIX object (sorted keys, JSON.stringify's
 * numbers and escapes), computed as one JSON.stringify of a key-sorted copy, several times faster than the general
 * canonicaliser (src/stix/canonical-json.ts), which it falls back to for objects with array-index-like keys (those
 * JavaScript enumerates first). Refuses lone surrogates and non-finite numbers.
 */
export function storedJson(obj: unknown): string {
  let copy: unknown;
  try {
    copy = sortedCopy(obj);
  } catch (e) {
    if (e instanceof NeedsGeneralPath) return canonicalJson(obj);
    throw e;
  }
  const text = JSON.stringify(copy);
  if (text.includes('\\u') && LONE_SURROGATE.test(text)) throw new TypeError('a string holds a lone surrogate');
  return text;
}

/** SHA-256 in hex: the one-shot `crypto.hash` (Node 20.12+) where there is one, a Hash object per text otherwise. */
export const sha256Hex: (text: string) => string = typeof crypto.hash === 'function'
  ? (text) => crypto.hash('sha256', text, 'hex')
  : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** Derives a `PreparedVersion`; `USAGE` for an object the store cannot key (callers validate before this). */
export function prepareVersion(obj: StixObject): PreparedVersion {
  const { id, type } = obj;
  if (typeof id !== 'string' || typeof type !== 'string' || !PRINTABLE.test(id) || !PRINTABLE.test(type) || id.length > MAX_ID || type.length > MAX_ID) {
    throw new LiaisonError('USAGE', { detail: 'store: an object needs string id and type of printable ASCII' });
  }
  let json: string;
  try {
    json = storedJson(obj);
  } catch (e) {
    throw new LiaisonError('USAGE', { detail: `store: ${id}: ${(e as Error).message}` });
  }
  const hash = sha256Hex(json);
  const sv = typeof obj.spec_version === 'string' ? obj.spec_version : '2.1';
  if (!PRINTABLE.test(sv) || sv.length > 16) throw new LiaisonError('USAGE', { detail: `store: ${id}: spec_version is not a version` });
  const stated = typeof obj.modified === 'string' ? obj.modified : typeof obj.created === 'string' ? obj.created : null;
  if (stated === null) {
    return { id, type, specVersion: sv, vkey: `sha256:${hash}`, versionText: null, orderKey: null, hash, json };
  }
  const key = versionKey(stated);
  if (key === undefined) throw new LiaisonError('USAGE', { detail: `store: ${id}: version ${JSON.stringify(stated)} is not a timestamp` });
  return { id, type, specVersion: sv, vkey: key, versionText: stated, orderKey: key, hash, json };
}

/** The media type of a stored version (TAXII 2.1 section 1.6.8). */
export function mediaTypeOf(specVersion: string): string {
  return `application/stix+json;version=${specVersion}`;
}
