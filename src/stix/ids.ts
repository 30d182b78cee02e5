/**
 * @module Deterministic identifiers for STIX Cyber-observable Objects (STIX 2.1 section 2.9 and the "ID Contributing
 * Properties" of each SCO in section 6): UUIDv5 in the namespace 00abedb4-aa42-466c-9c01-fed23315a9b7 over the
 * RFC 8785 canonical JSON of the contributing properties that are present.
 */
import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import { ownValue } from '../own-keys.js';

export const SCO_ID_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

/** The ID contributing properties of each SCO type defined by STIX 2.1. process has none: it always takes UUIDv4. */
export const ID_CONTRIBUTING_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  artifact: ['hashes', 'payload_bin'],
  'autonomous-system': ['number'],
  directory: ['path'],
  'domain-name': ['value'],
  'email-addr': ['value'],
  'email-message': ['from_ref', 'subject', 'body'],
  file: ['hashes', 'name', 'extensions', 'parent_directory_ref'],
  'ipv4-addr': ['value'],
  'ipv6-addr': ['value'],
  'mac-addr': ['value'],
  mutex: ['name'],
  'network-traffic': ['start', 'end', 'src_ref', 'dst_ref', 'src_port', 'dst_port', 'protocols', 'extensions'],
  process: [],
  software: ['name', 'cpe', 'swid', 'vendor', 'version'],
  url: ['value'],
  'user-account': ['account_type', 'user_id', 'account_login'],
  'windows-registry-key': ['key', 'values'],
  'x509-certificate': ['hashes', 'serial_number'],
};

/** Of several hashes only one contributes, the first present in this order (section 6.x "ID Contributing Properties"). */
const HASH_PREFERENCE = ['MD5', 'SHA-1', 'SHA-256', 'SHA-512'];

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

function formatUuid(b: Buffer): string {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** RFC 4122 section 4.3: a name-based UUID with SHA-1 (version 5). */
export function uuidV5(name: string, namespace: string = SCO_ID_NAMESPACE): string {
  const digest = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  const b = digest.subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  return formatUuid(b);
}

function pickHash(hashes: unknown): Record<string, unknown> | undefined {
  if (!hashes || typeof hashes !== 'object' || Array.isArray(hashes)) return undefined;
  const entries = Object.entries(hashes as Record<string, unknown>);
  if (entries.length === 0) return undefined;
  for (const algo of HASH_PREFERENCE) {
    const hit = entries.find(([k]) => k.toUpperCase() === algo);
    if (hit) return { [hit[0]]: hit[1] };
  }
  // None of the preferred algorithms: the spec only says SHOULD, so take the first by canonical key order.
  const [k, v] = entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[0];
  return { [k]: v };
}

/** The JSON object whose canonical form names the SCO, or undefined when no contributing property is present. */
export function idContributingObject(sco: Record<string, unknown>): Record<string, unknown> | undefined {
  const props = ownValue(ID_CONTRIBUTING_PROPERTIES, String(sco.type));
  if (!props) return undefined;
  const out: Record<string, unknown> = {};
  for (const p of props) {
    if (sco[p] === undefined) continue;
    if (p === 'hashes') {
      const h = pickHash(sco[p]);
      if (h) out[p] = h;
    } else {
      out[p] = sco[p];
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The deterministic id of an SCO of a type STIX 2.1 defines, or undefined when it has none (a custom type, process,
 * or no contributing property present: then a UUIDv4 MUST be used, see `scoIdOrRandom`).
 */
export function scoId(sco: Record<string, unknown>): string | undefined {
  const name = idContributingObject(sco);
  return name ? `${String(sco.type)}--${uuidV5(canonicalJson(name))}` : undefined;
}

/** The deterministic id where the SCO has one, a random UUIDv4 id otherwise (section 2.9). */
export function scoIdOrRandom(sco: Record<string, unknown>): string {
  return scoId(sco) ?? `${String(sco.type)}--${randomUUID()}`;
}
