/**
 * @module What the store derives from one STIX object before writing it: its canonical JSON (RFC 8785, so equal
 * content is equal text), the SHA-256 of that text, and its version identity (STIX 2.1 section 3.6: `modified`
 * identifies a version; objects without it use `created`; SCOs, which have neither, use their content hash).
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../stix/canonical-json.js';
import { LiaisonError } from '../errors.js';
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

/** Derives a `PreparedVersion`; `USAGE` for an object the store cannot key (callers validate before this). */
export function prepareVersion(obj: StixObject): PreparedVersion {
  const { id, type } = obj;
  if (typeof id !== 'string' || typeof type !== 'string' || id.length === 0 || id.length > MAX_ID || type.length > MAX_ID) {
    throw new LiaisonError('USAGE', { detail: 'store: an object needs string id and type' });
  }
  let json: string;
  try {
    json = canonicalJson(obj);
  } catch (e) {
    throw new LiaisonError('USAGE', { detail: `store: ${id}: ${(e as Error).message}` });
  }
  const hash = createHash('sha256').update(json).digest('hex');
  const sv = typeof obj.spec_version === 'string' ? obj.spec_version : '2.1';
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
