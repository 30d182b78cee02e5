/**
 * STIX 2.0 tables (STIX 2.0 Part 2 §2-§4): the 2.1 tables with 2.0's required properties. 2.0 has no
 * spec_version on objects, requires `labels` on several SDOs and `identity_class` on identity, and has no
 * `pattern_type` or `is_family`.
 */
import { NON_SCO_TABLES } from '../object-properties.js';
import type { PropSpec, PropTable } from '../property-spec.js';
import { compile, type CompiledTable } from './properties.js';

const REQUIRED_20: Readonly<Record<string, readonly string[]>> = {
  indicator: ['labels'],
  malware: ['labels', 'name'],
  report: ['labels'],
  'threat-actor': ['labels'],
  tool: ['labels'],
  identity: ['identity_class'],
};
const OPTIONAL_20 = new Set(['spec_version', 'pattern_type', 'is_family']);

function to20(type: string, t: PropTable): PropTable {
  const out: Record<string, PropSpec> = {};
  const req = REQUIRED_20[type] ?? [];
  for (const [k, s] of Object.entries(t)) {
    if (OPTIONAL_20.has(k)) out[k] = { ...s, required: false };
    else if (req.includes(k)) out[k] = { ...s, required: true };
    else out[k] = s;
  }
  return out;
}

export const TABLES_20: ReadonlyMap<string, CompiledTable> = new Map(
  [...NON_SCO_TABLES].map(([type, t]): [string, CompiledTable] => [type, compile(to20(type, t))]),
);
