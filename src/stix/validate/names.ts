/**
 * Naming rules for custom content: MUST rules of STIX 2.1 §11 (custom property and type names) and the SHOULD
 * conventions (prefixes `x-`/`x_`, and the preference for extension definitions, §7.3).
 */
import type { Collector } from './context.js';

/** 'x_' + source + '_' + name (custom-prefix); 'x_' + anything (custom-prefix-lax). */
function prefixState(s: string, sep: string): 0 | 1 | 2 {
  if (s.length < 3 || s.charCodeAt(0) !== 120 || s[1] !== sep) return 0;
  const rest = s.indexOf(sep, 3);
  return rest > 2 && rest < s.length - 1 ? 2 : 1;
}

/** Reports the prefix conventions for a custom type, property or extension name. */
export function customPrefix(c: Collector, what: 'object type' | 'property' | 'extension', value: string, path: string): void {
  const state = prefixState(value, what === 'property' ? '_' : '-');
  if (state < 2) c.add('custom-prefix', path, { what, value });
  if (state < 1) c.add('custom-prefix-lax', path, { what, value });
}

export const RESERVED_PROPERTIES: ReadonlySet<string> = new Set(['severity', 'username', 'phone_number', 'phone_numbers', 'action']);
