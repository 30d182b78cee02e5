/**
 * Object categories (STIX 2.1 §3: SDO, SRO, SCO, meta objects, bundle) and reference target checks (§2.7 and the
 * "Embedded Relationships" of each type).
 */
import { isScoType } from '../sco-properties.js';
import { SDO_TYPES, SRO_TYPES } from '../object-properties.js';

const SDO = new Set(SDO_TYPES);
const SRO = new Set(SRO_TYPES);
const META = new Set(['marking-definition', 'language-content', 'extension-definition']);

export type Category = 'sdo' | 'sro' | 'sco' | 'meta' | 'bundle' | 'custom';

export function categoryOf(type: string): Category {
  if (SDO.has(type)) return 'sdo';
  if (isScoType(type)) return 'sco';
  if (SRO.has(type)) return 'sro';
  if (META.has(type)) return 'meta';
  if (type === 'bundle') return 'bundle';
  return 'custom';
}

export const isKnownType = (type: string): boolean => categoryOf(type) !== 'custom';

/**
 * Whether an object of `type` may be the target of a reference allowing `allowed` (`*sco`, `*sdo`, `*custom`...).
 * A custom type (one this specification does not define) is never refused: an extension definition may make it
 * an object of any category (§7.3 new-sdo/new-sco/new-sro), which a single object cannot tell.
 */
export function targetAllowed(type: string, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return true;
  if (categoryOf(type) === 'custom') return true;
  for (const a of allowed) {
    if (a === type) return true;
    if (a.charCodeAt(0) === 42) {
      const cat = categoryOf(type);
      if ((a === '*sco' && cat === 'sco') || (a === '*sdo' && cat === 'sdo') || (a === '*sro' && cat === 'sro') || (a === '*custom' && cat === 'custom'))
        return true;
    }
  }
  return false;
}

/** Human description of allowed targets for messages. */
export function describeTargets(allowed: readonly string[]): string {
  return allowed
    .map((a) => (a === '*sco' ? 'an SCO' : a === '*sdo' ? 'an SDO' : a === '*sro' ? 'an SRO' : a === '*custom' ? 'a custom object' : `'${a}'`))
    .join(' or ');
}
