/** Which finding code reports a value outside each open vocabulary (the OASIS check names, §10). */
import type { FindingCode } from '../findings.js';

export const VOCAB_CODES: Readonly<Record<string, FindingCode>> = {
  'attack-motivation-ov': 'attack-motivation',
  'attack-resource-level-ov': 'attack-resource-level',
  'identity-class-ov': 'identity-class',
  'indicator-type-ov': 'indicator-types',
  'industry-sector-ov': 'industry-sector',
  'malware-type-ov': 'malware-types',
  'report-type-ov': 'report-types',
  'threat-actor-type-ov': 'threat-actor-types',
  'threat-actor-role-ov': 'threat-actor-role',
  'threat-actor-sophistication-ov': 'threat-actor-sophistication',
  'tool-type-ov': 'tool-types',
  'region-ov': 'region',
  'grouping-context-ov': 'grouping-context',
  'implementation-language-ov': 'implementation-languages',
  'infrastructure-type-ov': 'infrastructure-types',
  'malware-capabilities-ov': 'malware-capabilities',
  'processor-architecture-ov': 'processor-architecture',
  'malware-result-ov': 'malware-result',
  'hash-algorithm-ov': 'hash-algo',
  'windows-pebinary-type-ov': 'windows-pebinary-type',
  'account-type-ov': 'account-type',
  'pattern-type-ov': 'indicator-pattern-types',
};
