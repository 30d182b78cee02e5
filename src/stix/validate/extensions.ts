/**
 * The `extensions` property (STIX 2.1 §7.3 extension-definition references, §6 predefined SCO `*-ext`
 * extensions, and 2.0-style custom `x-...-ext` extensions).
 */
import { pointerToken } from '../findings.js';
import { scoExtension } from '../sco-properties.js';
import { inVocabulary } from '../vocabularies.js';
import { compile, describe, isPlainObject, type Walker } from './properties.js';
import { parseId } from './primitives.js';
import { customPrefix } from './names.js';

const EXT_DEF_PREFIX = 'extension-definition--';

/** Whether the object declares an extension of one of these extension types. */
export function usesExtensionType(o: Record<string, unknown>, types: readonly string[]): boolean {
  const ext = o.extensions;
  if (!isPlainObject(ext)) return false;
  for (const k in ext) {
    const e = ext[k];
    if (isPlainObject(e) && typeof e.extension_type === 'string' && types.includes(e.extension_type)) return true;
  }
  return false;
}

/** Whether `name` has the form of an extension name: lowercase words joined by '-', ending in '-ext'. */
function isExtName(name: string): boolean {
  if (name.length < 5 || !name.endsWith('-ext')) return false;
  const c0 = name.charCodeAt(0);
  if (c0 < 97 || c0 > 122) return false;
  for (let i = 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 45) {
      if (name.charCodeAt(i - 1) === 45) return false;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * Checks `o.extensions` of an object of `type`. Predefined extensions are checked against their tables;
 * unknown properties inside them go through the walker's unknown-property hook.
 */
export function checkExtensions(w: Walker, o: Record<string, unknown>, type: string, path: string, depth: number): void {
  const ext = o.extensions;
  if (ext === undefined) return;
  const c = w.c;
  const p = path + '/extensions';
  if (!isPlainObject(ext)) return c.add('property-type', p, { property: 'extensions', expected: 'a dictionary', found: describe(ext) });
  let n = 0;
  for (const key in ext) {
    n++;
    const e = ext[key];
    const ep = p + '/' + pointerToken(key);
    if (key.startsWith(EXT_DEF_PREFIX)) {
      const id = parseId(key);
      if (!id || id.type !== 'extension-definition') c.add('extension-key', ep, { key });
      if (!isPlainObject(e)) {
        c.add('property-type', ep, { property: key, expected: 'an object', found: describe(e) });
        continue;
      }
      if (typeof e.extension_type !== 'string' || !inVocabulary('extension-type-enum', e.extension_type)) c.add('extension-type', ep, { key });
      for (const k in e) if (e[k] === null) c.add('property-type', ep + '/' + pointerToken(k), { property: k, expected: 'a value', found: 'null' });
      continue;
    }
    if (!isExtName(key)) {
      c.add('extension-key', ep, { key });
      continue;
    }
    if (!isPlainObject(e)) {
      c.add('property-type', ep, { property: key, expected: 'an object', found: describe(e) });
      continue;
    }
    const table = scoExtension(type, key);
    let m = 0;
    for (const _k in e) m++;
    if (m === 0) c.add('empty-object', ep, { property: key });
    if (table) {
      w.props(e, compile(table), ep, depth + 1);
    } else {
      // A custom (2.0-style) extension: STIX 2.1 asks for extension definitions instead (§7.3).
      if (!usesExtensionType(o, ['property-extension'])) c.add('extensions-use', ep, { what: 'extension', value: key });
      customPrefix(c, 'extension', key.slice(0, -4), ep);
    }
  }
  if (n === 0) c.add('empty-object', p, { property: 'extensions' });
}
