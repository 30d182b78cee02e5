/**
 * The relationships the specification defines between object types (STIX 2.1 Appendix B, the summary of each
 * SDO's "Relationships" section): source type → relationship type → target types. `*sco` stands for every SCO.
 * Relationships outside this table are permitted (§5.1) but not suggested: a SHOULD-level finding.
 */
import { ownValue } from '../own-keys.js';

const SUGGESTED_RELATIONSHIPS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'attack-pattern': {
    'delivers': ['malware'],
    'targets': ['identity', 'location', 'vulnerability'],
    'uses': ['malware', 'tool'],
  },
  'campaign': {
    'attributed-to': ['intrusion-set', 'threat-actor'],
    'compromises': ['infrastructure'],
    'originates-from': ['location'],
    'targets': ['identity', 'location', 'vulnerability'],
    'uses': ['attack-pattern', 'infrastructure', 'malware', 'tool'],
  },
  'course-of-action': {
    'investigates': ['indicator'],
    'mitigates': ['attack-pattern', 'indicator', 'malware', 'tool', 'vulnerability'],
    'remediates': ['malware', 'vulnerability'],
  },
  'domain-name': {
    'resolves-to': ['domain-name', 'ipv4-addr', 'ipv6-addr'],
  },
  'identity': {
    'located-at': ['location'],
  },
  'indicator': {
    'indicates': ['attack-pattern', 'campaign', 'infrastructure', 'intrusion-set', 'malware', 'threat-actor', 'tool'],
    'based-on': ['observed-data'],
  },
  'infrastructure': {
    'communicates-with': ['infrastructure', 'ipv4-addr', 'ipv6-addr', 'domain-name', 'url'],
    'consists-of': ['infrastructure', 'observed-data', '*sco'],
    'controls': ['infrastructure', 'malware'],
    'delivers': ['malware'],
    'has': ['vulnerability'],
    'hosts': ['tool', 'malware'],
    'located-at': ['location'],
    'uses': ['infrastructure'],
  },
  'intrusion-set': {
    'attributed-to': ['threat-actor'],
    'compromises': ['infrastructure'],
    'hosts': ['infrastructure'],
    'owns': ['infrastructure'],
    'originates-from': ['location'],
    'targets': ['identity', 'location', 'vulnerability'],
    'uses': ['attack-pattern', 'infrastructure', 'malware', 'tool'],
  },
  'ipv4-addr': {
    'belongs-to': ['autonomous-system'],
    'resolves-to': ['mac-addr'],
  },
  'ipv6-addr': {
    'belongs-to': ['autonomous-system'],
    'resolves-to': ['mac-addr'],
  },
  'malware': {
    'authored-by': ['threat-actor', 'intrusion-set'],
    'beacons-to': ['infrastructure'],
    'exfiltrates-to': ['infrastructure'],
    'communicates-with': ['ipv4-addr', 'ipv6-addr', 'domain-name', 'url'],
    'controls': ['malware'],
    'downloads': ['malware', 'tool', 'file'],
    'drops': ['malware', 'tool', 'file'],
    'exploits': ['vulnerability'],
    'originates-from': ['location'],
    'targets': ['identity', 'infrastructure', 'location', 'vulnerability'],
    'uses': ['attack-pattern', 'infrastructure', 'malware', 'tool'],
    'variant-of': ['malware'],
  },
  'malware-analysis': {
    'characterizes': ['malware'],
    'av-analysis-of': ['malware'],
    'static-analysis-of': ['malware'],
    'dynamic-analysis-of': ['malware'],
  },
  'threat-actor': {
    'attributed-to': ['identity'],
    'compromises': ['infrastructure'],
    'hosts': ['infrastructure'],
    'owns': ['infrastructure'],
    'impersonates': ['identity'],
    'located-at': ['location'],
    'targets': ['identity', 'location', 'vulnerability'],
    'uses': ['attack-pattern', 'infrastructure', 'malware', 'tool'],
  },
  'tool': {
    'delivers': ['malware'],
    'drops': ['malware'],
    'has': ['vulnerability'],
    'targets': ['identity', 'infrastructure', 'location', 'vulnerability'],
    'uses': ['infrastructure'],
  },
};

/** §5.1 relationship types every pair of objects may use. */
export const COMMON_RELATIONSHIPS: readonly string[] = ['derived-from', 'duplicate-of', 'related-to'];

/** The target types the specification suggests for a `source` `relationshipType` relationship, or undefined. */
export function suggestedTargets(source: string, relationshipType: string): readonly string[] | undefined {
  const bySource = ownValue(SUGGESTED_RELATIONSHIPS, source);
  return bySource && ownValue(bySource, relationshipType);
}
