/**
 * Object paths checked against the known SCO properties (STIX 2.1 sections 6 and 9.7). Placeholder until the
 * SCO property table (src/stix/sco-properties.ts) lands: no findings.
 */
import type { ObjectPath } from './ast.js';

export function objectPathProblems(_path: ObjectPath): string[] {
  return [];
}
