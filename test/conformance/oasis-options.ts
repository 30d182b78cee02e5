/**
 * Maps the options of an OASIS stix2-validator test vector (strict, disabled, enabled, strict_types,
 * strict_properties) onto ours. The OASIS validator picks its SHOULD checks by a fixed procedure
 * (stix2validator/v21/shoulds.py `list_shoulds`); this file reproduces that selection as an `enabled` list of our
 * codes, which share the OASIS check names.
 */
import type { ValidateOptions } from '../../src/validation.js';

const NUMBERS: Record<string, string> = {
  '1': 'format-checks', '101': 'custom-prefix', '102': 'custom-prefix-lax', '103': 'uuid-check', '111': 'open-vocab-format',
  '121': 'kill-chain-names', '141': 'observable-object-keys', '142': 'observable-dictionary-keys', '143': 'malware-analysis-product',
  '149': 'windows-process-priority-format', '150': 'hash-length', '2': 'approved-values', '201': 'marking-definition-type',
  '202': 'relationship-types', '203': 'duplicate-ids', '210': 'all-vocabs', '211': 'attack-motivation', '212': 'attack-resource-level',
  '213': 'identity-class', '214': 'indicator-types', '215': 'industry-sector', '216': 'malware-types', '218': 'report-types',
  '219': 'threat-actor-types', '220': 'threat-actor-role', '221': 'threat-actor-sophistication', '222': 'tool-types', '223': 'region',
  '225': 'grouping-context', '226': 'implementation-languages', '227': 'infrastructure-types', '228': 'malware-capabilities',
  '230': 'processor-architecture', '231': 'malware-result', '241': 'hash-algo', '243': 'windows-pebinary-type', '244': 'account-type',
  '245': 'indicator-pattern-types', '270': 'all-external-sources', '271': 'mime-type', '272': 'protocols', '273': 'ipfix',
  '274': 'http-request-headers', '275': 'socket-options', '276': 'pdf-doc-info', '277': 'countries', '301': 'network-traffic-ports',
  '302': 'extref-hashes', '303': 'indicator-properties', '304': 'deprecated-properties', '305': 'extension-description',
  '306': 'extension-properties', '401': 'extensions-use',
};

const FORMAT = ['uuid-check', 'open-vocab-format', 'kill-chain-names', 'observable-object-keys', 'observable-dictionary-keys',
  'malware-analysis-product', 'windows-process-priority-format', 'hash-length'];
const VOCABS = ['attack-motivation', 'attack-resource-level', 'grouping-context', 'implementation-languages', 'infrastructure-types',
  'malware-capabilities', 'malware-result', 'processor-architecture', 'identity-class', 'indicator-types', 'industry-sector',
  'malware-types', 'indicator-pattern-types', 'report-types', 'threat-actor-types', 'threat-actor-role', 'threat-actor-sophistication',
  'tool-types', 'region', 'hash-algo', 'windows-pebinary-type', 'account-type'];
const EXTERNAL = ['mime-type', 'protocols', 'ipfix', 'http-request-headers', 'socket-options', 'pdf-doc-info', 'countries'];
const APPROVED = ['marking-definition-type', 'relationship-types', 'duplicate-ids', ...VOCABS, ...EXTERNAL];
const ALL = [...FORMAT, ...APPROVED, 'network-traffic-ports', 'extref-hashes', 'indicator-properties', 'deprecated-properties',
  'extension-description', 'extension-properties', 'extensions-use'];
const GROUPS: Record<string, string[]> = {
  all: ALL, 'format-checks': FORMAT, 'approved-values': APPROVED, 'all-vocabs': VOCABS, 'all-external-sources': EXTERNAL,
};
/** Our warnings that have no OASIS check: always on. */
const OURS_ONLY = ['url-format', 'spec-version-bundle', 'reference-malformed', 'pattern-advice'];

export interface OasisOptions {
  strict?: boolean;
  disabled?: string | string[];
  enabled?: string | string[];
  strict_types?: boolean;
  strict_properties?: boolean;
  [k: string]: unknown;
}

const list = (v: string | string[] | undefined): string[] =>
  (Array.isArray(v) ? v : v ? v.split(',') : []).map((s) => s.trim()).filter(Boolean).map((s) => NUMBERS[s] ?? s);

/** Our options for an OASIS vector, or `undefined` when the OASIS validator would refuse the options themselves. */
export function mapOptions(o: OasisOptions): ValidateOptions | undefined {
  const disabled = list(o.disabled);
  const enabled = list(o.enabled);
  if (o.silent === true && o.verbose === true) return undefined; // refused by ValidationOptions
  const known = new Set([...ALL, ...Object.keys(GROUPS), 'custom-prefix', 'custom-prefix-lax']);
  if (enabled.some((e) => !known.has(e))) return undefined;
  let run: string[];
  if (!disabled.length && !enabled.length) run = [...ALL];
  else {
    const off = (n: string): boolean => disabled.includes(n);
    run = [];
    if (disabled.length && !off('all')) {
      if (!off('format-checks')) run.push(...FORMAT.filter((n) => n !== 'uuid-check' && !off(n)));
      if (!off('approved-values')) {
        run.push(...['marking-definition-type', 'relationship-types', 'duplicate-ids'].filter((n) => !off(n)));
        if (!off('all-vocabs')) run.push(...VOCABS.filter((n) => !off(n)));
        if (!off('all-external-sources')) run.push(...EXTERNAL.filter((n) => !off(n)));
      }
      run.push(...['network-traffic-ports', 'extref-hashes', 'indicator-properties', 'deprecated-properties'].filter((n) => !off(n)));
      if (!off('extensions-use')) run.push('extensions-use');
      else if (!off('format-checks')) {
        if (!off('custom-prefix')) run.push('custom-prefix');
        else if (!off('custom-prefix-lax')) run.push('custom-prefix-lax');
      }
    }
    for (const e of enabled) run.push(...(GROUPS[e] ?? [e]));
  }
  return {
    strict: o.strict === true,
    enabled: [...new Set([...run, ...OURS_ONLY])],
    strictTypes: o.strict_types === true,
    strictProperties: o.strict_properties === true,
  };
}
