/**
 * The properties a copy must keep to remain a valid object of its type (STIX 2.1 sections 3.2, 4.x, 5.x, 6.x, 7.x
 * "required"): withholding one of them means refusing the whole object rather than sending something invalid.
 * Where the specification asks for at least one of several properties, the entry is a list of alternatives.
 *
 * @module
 */

import { ownValue } from '../../own-keys.js';

type Requirement = string | readonly string[];

/** Never removed from a copy, whatever the agreement says: removing them would break the object or drop its labels. */
export const PROTECTED_PROPERTIES: ReadonlySet<string> = new Set([
  'type',
  'id',
  'spec_version',
  'created',
  'modified',
  'object_marking_refs',
  'granular_markings',
]);

const BY_TYPE: Readonly<Record<string, readonly Requirement[]>> = {
  'attack-pattern': ['name'],
  campaign: ['name'],
  'course-of-action': ['name'],
  grouping: ['context', 'object_refs'],
  identity: ['name'],
  incident: ['name'],
  indicator: ['pattern', 'pattern_type', 'valid_from'],
  infrastructure: ['name'],
  'intrusion-set': ['name'],
  location: [['region', 'country', 'latitude']],
  malware: ['is_family'],
  'malware-analysis': ['product', ['result', 'analysis_sco_refs']],
  note: ['content', 'object_refs'],
  'observed-data': ['first_observed', 'last_observed', 'number_observed'],
  opinion: ['opinion', 'object_refs'],
  report: ['name', 'published', 'object_refs'],
  'threat-actor': ['name'],
  tool: ['name'],
  vulnerability: ['name'],
  relationship: ['relationship_type', 'source_ref', 'target_ref'],
  sighting: ['sighting_of_ref'],
  'extension-definition': ['name', 'schema', 'version', 'extension_types', 'created_by_ref'],
  'language-content': ['object_ref', 'object_modified', 'contents'],
  'autonomous-system': ['number'],
  directory: ['path'],
  'domain-name': ['value'],
  'email-addr': ['value'],
  file: [['hashes', 'name']],
  'ipv4-addr': ['value'],
  'ipv6-addr': ['value'],
  'mac-addr': ['value'],
  mutex: ['name'],
  software: ['name'],
  url: ['value'],
  'x-liaison-request': ['recipient_ref', 'kind', 'object_refs', 'text', 'created_by_ref'],
  'x-liaison-response': ['request_ref', 'status', 'created_by_ref'],
};

/**
 * The first requirement of the object's type that `copy` no longer meets although `original` did (so an object
 * that was already incomplete is not blamed on the policy), as a property name or `a|b|c`.
 */
export function missingRequired(original: Record<string, unknown>, copy: Record<string, unknown>): string | undefined {
  const has = (o: Record<string, unknown>, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  for (const req of ownValue(BY_TYPE, String(original.type)) ?? []) {
    const alts = typeof req === 'string' ? [req] : req;
    if (alts.some((k) => has(original, k)) && !alts.some((k) => has(copy, k))) return alts.join('|');
  }
  // A new STIX object type defined by an extension (section 7.3) is unusable without its extension entry.
  const ext = original.extensions;
  if (ext && typeof ext === 'object') {
    for (const [key, val] of Object.entries(ext as Record<string, unknown>)) {
      const t = (val as { extension_type?: unknown } | null)?.extension_type;
      if (typeof t === 'string' && t.startsWith('new-')) {
        const cext = copy.extensions as Record<string, unknown> | undefined;
        if (!cext || !has(cext, key)) return `extensions.${key}`;
      }
    }
  }
  return undefined;
}
