/**
 * Validation of one STIX object (STIX 2.1 §3 common rules, then its type's table and rules). Objects without
 * spec_version that are not SCOs are STIX 2.0 content and are checked by the 2.0 rules (STIX 2.0 Part 1 §3).
 */
import { SCO_COMMON_PROPERTIES, SCO_DEFINITIONS } from '../sco-properties.js';
import { NON_SCO_TABLES, SDO_COMMON_PROPERTIES } from '../object-properties.js';
import type { PropTable } from '../property-spec.js';
import type { Collector, ValidateOptions } from './context.js';
import { categoryOf, type Category } from './kinds.js';
import { checkExtensions, usesExtensionType } from './extensions.js';
import { checkMarkings } from './markings.js';
import { customPrefix, RESERVED_PROPERTIES } from './names.js';
import { compareTimestamps, hasMillis, idTypeLength, idVersion, isLanguageTag, isValidPropertyName, isValidTypeName, timestampProblem } from './primitives.js';
import { compile, describe, isPlainObject, Walker, type CompiledTable, type UnknownPropertyHook } from './properties.js';
import { SDO_RULES } from './sdo-rules.js';
import { checkObservableDictKeys, checkScoUuid, SCO_RULES } from './sco-rules.js';
import { TABLES_20 } from './v20.js';
import { ownValue } from '../../own-keys.js';

export interface ObjectIdentity {
  id: string | null;
  type: string | null;
}

const SCO_TABLES = new Map<string, CompiledTable>(
  Object.entries(SCO_DEFINITIONS).map(([t, d]): [string, CompiledTable] => [t, compile({ ...SCO_COMMON_PROPERTIES, ...d.props })]),
);
const NON_SCO = new Map<string, CompiledTable>([...NON_SCO_TABLES].map(([t, tb]): [string, CompiledTable] => [t, compile(tb)]));
const CUSTOM_SDO: PropTable = SDO_COMMON_PROPERTIES;
const CUSTOM_SDO_20: PropTable = { ...SDO_COMMON_PROPERTIES, spec_version: { kind: 'string' } };
const CUSTOM_SCO: PropTable = SCO_COMMON_PROPERTIES;

function tableFor(type: string, cat: Category, o: Record<string, unknown>, v20: boolean): CompiledTable {
  if (v20) {
    const t = TABLES_20.get(type);
    if (t) return t;
  }
  if (cat === 'sco') return SCO_TABLES.get(type)!;
  if (cat === 'custom') return compile(o.created !== undefined || o.modified !== undefined ? (v20 ? CUSTOM_SDO_20 : CUSTOM_SDO) : CUSTOM_SCO);
  return NON_SCO.get(type)!;
}

/** Validates one object into the collector; returns its id and type as far as they can be read. */
export function validateObjectInto(c: Collector, input: unknown, path: string, opts: ValidateOptions, inherited20 = false): ObjectIdentity {
  if (!isPlainObject(input)) {
    c.add('not-an-object', path, { found: describe(input) });
    return { id: null, type: null };
  }
  const o = input;
  const type = typeof o.type === 'string' ? o.type : null;
  const id = typeof o.id === 'string' ? o.id : null;
  if (type === null) {
    c.add(o.type === undefined ? 'required-property' : 'property-type', path + '/type', { property: 'type', expected: 'a string', found: describe(o.type) });
    return { id, type };
  }
  if (!isValidTypeName(type)) c.add('type-invalid', path + '/type', { value: type });
  const cat = categoryOf(type);
  if (cat === 'bundle') {
    c.add('type-mismatch', path + '/type', { property: 'type', expected: 'a STIX object type (a bundle cannot be nested)', value: type });
    return { id, type };
  }
  const sv = o.spec_version;
  let v20 = false;
  if (sv === undefined) v20 = inherited20 || cat !== 'sco';
  else if (sv === '2.0') v20 = true;
  else if (sv !== '2.1') c.add('spec-version', path + '/spec_version', { value: typeof sv === 'string' ? sv : describe(sv) });

  // §2.7 id: type--UUID with the object's own type.
  if (id !== null) {
    const len = idTypeLength(id);
    if (len < 0) c.add('id-invalid', path + '/id', { property: 'id', value: id });
    else {
      if (len !== type.length || !id.startsWith(type)) c.add('id-type-mismatch', path + '/id', { value: id, type });
      const version = idVersion(id);
      if (cat === 'sco') checkScoUuid(c, o, type, version, path);
      else if (version !== 4) c.add('uuid-check', path + '/id', { property: 'id', value: id });
    }
  }

  if (opts.strictTypes && cat === 'custom') c.add('custom-type-forbidden', path + '/type', { value: type });
  if (cat === 'custom') {
    if (!usesExtensionType(o, NEW_OBJECT_EXTENSIONS)) c.add('extensions-use', path + '/type', { what: 'object type', value: type });
    customPrefix(c, 'object type', type, path + '/type');
  }

  const table = tableFor(type, cat, o, v20);
  const w = new ObjectWalker(c, unknownProperty, o, path, cat, opts.strictProperties === true);
  w.props(o, table, path, 0);
  checkExtensions(w, o, type, path, 0);

  // §3.2 created/modified: millisecond precision (2.1) and modified ≥ created. Like the OASIS schemas, the
  // precision rule is not applied to marking definitions (see known-differences.md).
  if (!v20 && cat !== 'sco' && type !== 'marking-definition') {
    precision(c, o, 'created', path);
    precision(c, o, 'modified', path);
  }
  const m = o.modified, cr = o.created;
  if (typeof m === 'string' && typeof cr === 'string' && !timestampProblem(m) && !timestampProblem(cr)) {
    if (timestampKeyLess(m, cr)) c.add('timestamp-order', path + '/modified', { later: 'modified', laterValue: m, op: 'later than or equal to', earlier: 'created', earlierValue: cr });
  }
  if (typeof o.lang === 'string' && !isLanguageTag(o.lang)) c.add('language-tag', path + '/lang', { property: 'lang', value: o.lang });

  if (cat === 'sco') {
    ownValue(SCO_RULES, type)?.(c, o, path);
    if (c.wants('observable-dictionary-keys')) checkObservableDictKeys(c, o, path);
  }
  else if (cat !== 'custom') ownValue(SDO_RULES, type)?.(c, o, path, opts, v20);
  if (o.object_marking_refs !== undefined || o.granular_markings !== undefined) checkMarkings(c, o, path);
  return { id, type };
}

const timestampKeyLess = (a: string, b: string): boolean => compareTimestamps(a, b) < 0;

/** §3.2: created and modified of a 2.1 object are precise to the millisecond. */
function precision(c: Collector, o: Record<string, unknown>, k: 'created' | 'modified', path: string): void {
  const t = o[k];
  if (typeof t === 'string' && !hasMillis(t) && !timestampProblem(t)) c.add('timestamp-precision', path + '/' + k, { property: k, value: t });
}

const NEW_OBJECT_EXTENSIONS = ['new-sdo', 'new-sco', 'new-sro'];
const TOPLEVEL_EXTENSIONS = ['toplevel-property-extension'];

/** The walker of one top-level object: what the unknown-property hook needs to know about it. */
class ObjectWalker extends Walker {
  /** Whether the object declares a toplevel-property-extension; computed when first needed. */
  private toplevel: boolean | undefined;

  constructor(
    c: Collector,
    hook: UnknownPropertyHook,
    readonly o: Record<string, unknown>,
    readonly path: string,
    readonly cat: Category,
    readonly strictProperties: boolean,
  ) {
    super(c, hook);
    this.lenientRefs = cat === 'sco';
  }

  get toplevelExtension(): boolean {
    return (this.toplevel ??= usesExtensionType(this.o, TOPLEVEL_EXTENSIONS));
  }
}

/**
 * A property no table knows (§3.8 reserved names, §11.1 custom property names, and the SHOULD conventions for
 * custom properties): on the object itself, or inside an SCO's embedded objects and extensions.
 */
function unknownProperty(w: Walker, name: string, v: unknown, p: string): void {
  const col = w.c;
  if (RESERVED_PROPERTIES.has(name)) return col.add('reserved-property', p, { property: name });
  if (!isValidPropertyName(name)) return col.add('custom-property-name', p, { property: name });
  if (v === null) col.add('property-type', p, { property: name, expected: 'a value (null is not allowed)', found: 'null' });
  else if (Array.isArray(v) && v.length === 0) col.add('empty-list', p, { property: name });
  const ow = w as ObjectWalker;
  if (ow.cat === 'custom') return;
  const topLevel = p.lastIndexOf('/') === ow.path.length;
  if (!topLevel && ow.cat !== 'sco') return;
  if (ow.strictProperties) col.add('custom-property-forbidden', p, { property: name });
  if (!topLevel || !ow.toplevelExtension) col.add('extensions-use', p, { what: 'property', value: name });
  customPrefix(col, 'property', name, p);
}
