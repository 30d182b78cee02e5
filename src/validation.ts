/**
 * The public validation API: one object (`validateStix`) or a whole document (`validateDocument`: a bundle, an
 * array of objects, or one object). This is where the validator is assembled with its plug-ins (the pattern
 * check of src/pattern/ is passed in `checkPattern`).
 */
import { Collector, Selection, type PatternCheck, type PatternPaths, type ValidateOptions } from './stix/validate/context.js';
import { validateObjectInto } from './stix/validate/object.js';
import { describe, isPlainObject } from './stix/validate/properties.js';
import { parseId } from './stix/validate/primitives.js';
import type { Finding } from './stix/findings.js';
import { patternVerdict } from './pattern/verdicts.js';

export type { Finding } from './stix/findings.js';
export type { PatternCheck, PatternPaths, ValidateOptions } from './stix/validate/context.js';

/**
 * The plug-ins wired here: indicator patterns of pattern_type stix are checked by the pattern engine, and the
 * object paths they compare (STIX 2.1 §9.7) come from the same parse.
 */
const enginePatternCheck: PatternCheck = (p) => patternVerdict(p).check;
const enginePatternPaths: PatternPaths = (p) => patternVerdict(p).paths as ReturnType<PatternPaths>;

/**
 * Options with the plug-ins filled in and the selection of findings resolved: built once per validation run (a
 * bundle), and cheaply per call of `validateStix`. One shape for every caller keeps the validator's reads of the
 * options monomorphic.
 */
class Assembled implements ValidateOptions {
  readonly strict: boolean;
  readonly path: string | undefined;
  readonly checkPattern: PatternCheck;
  readonly patternPaths: PatternPaths;
  readonly disabled: readonly string[] | undefined;
  readonly enabled: readonly string[] | undefined;
  readonly strictTypes: boolean;
  readonly strictProperties: boolean;
  readonly selection: Selection;

  constructor(opts: ValidateOptions, selection?: Selection) {
    this.strict = opts.strict === true;
    this.path = opts.path;
    this.checkPattern = opts.checkPattern ?? enginePatternCheck;
    this.patternPaths = opts.patternPaths ?? enginePatternPaths;
    this.disabled = opts.disabled;
    this.enabled = opts.enabled;
    this.strictTypes = opts.strictTypes === true;
    this.strictProperties = opts.strictProperties === true;
    this.selection = selection ?? new Selection(opts);
  }
}

/** The selections of the two commonest option sets, shared by every call that uses them. */
const PLAIN = new Selection({});
const STRICT = new Selection({ strict: true });

function assemble(opts: ValidateOptions): Assembled {
  if (opts instanceof Assembled) return opts;
  const plain = (opts.disabled === undefined || opts.disabled.length === 0) && opts.enabled === undefined;
  return new Assembled(opts, plain ? (opts.strict === true ? STRICT : PLAIN) : undefined);
}

const DEFAULT = assemble({});

export interface ObjectReport {
  id: string | null;
  type: string | null;
  valid: boolean;
  errors: Finding[];
  warnings: Finding[];
}

export interface DocumentReport {
  valid: boolean;
  objects: ObjectReport[];
}

/** Validates one STIX object (STIX 2.1, or 2.0 when it has no spec_version and is not an SCO). */
export function validateStix(obj: unknown, options?: ValidateOptions): ObjectReport {
  const opts = options === undefined ? DEFAULT : assemble(options);
  const c = new Collector(opts.selection);
  const { id, type } = validateObjectInto(c, obj, opts.path ?? '', opts);
  return { id, type, valid: c.errors.length === 0, errors: c.errors, warnings: c.warnings };
}

/**
 * Validates the objects of a bundle (or an array) one at a time, in order, and adds the cross-object checks of a
 * bundle at the end. References to objects outside the bundle are legal (STIX 2.1 §8): they are never reported.
 */
export class BundleValidator {
  private readonly seen = new Map<string, string>();
  private readonly opts: Assembled;
  private readonly base: string;
  /** Objects inherit 2.0 from a bundle that says spec_version 2.0 (STIX 2.0 §5). */
  is20 = false;

  constructor(opts: ValidateOptions = {}, base = '/objects') {
    this.opts = assemble(opts);
    this.base = base;
  }

  /** Validates the object at `index` of the objects list. */
  add(obj: unknown, index: number): ObjectReport {
    const c = new Collector(this.opts.selection);
    const path = `${this.base}/${index}`;
    const { id, type } = validateObjectInto(c, obj, path, this.opts, this.is20);
    if (id !== null && isPlainObject(obj)) {
      const version = typeof obj.modified === 'string' ? obj.modified : typeof obj.created === 'string' ? obj.created : '';
      const key = id + '|' + version;
      if (this.seen.has(key)) c.add('duplicate-ids', path + '/id', { value: id });
      else this.seen.set(key, path);
    }
    return { id, type, valid: c.errors.length === 0, errors: c.errors, warnings: c.warnings };
  }

  /** The bundle's own properties (§8): type, id (bundle--UUIDv4), objects a list, no spec_version in 2.1. */
  bundleReport(bundle: Record<string, unknown>, path = ''): ObjectReport {
    const c = new Collector(this.opts.selection);
    const id = typeof bundle.id === 'string' ? bundle.id : null;
    if (bundle.id === undefined) c.add('required-property', path + '/id', { property: 'id' });
    else if (id === null || parseId(id)?.type !== 'bundle') c.add('id-invalid', path + '/id', { property: 'id', value: typeof bundle.id === 'string' ? bundle.id : describe(bundle.id) });
    else if (parseId(id)!.version !== 4) c.add('uuid-check', path + '/id', { property: 'id', value: id });
    if (bundle.objects !== undefined && !Array.isArray(bundle.objects))
      c.add('property-type', path + '/objects', { property: 'objects', expected: 'a list', found: describe(bundle.objects) });
    if (Array.isArray(bundle.objects) && bundle.objects.length === 0) c.add('empty-list', path + '/objects', { property: 'objects' });
    const sv = bundle.spec_version;
    if (sv === '2.0') this.is20 = true;
    else if (sv !== undefined) c.add('spec-version-bundle', path + '/spec_version', {});
    for (const k in bundle)
      if (k !== 'type' && k !== 'id' && k !== 'objects' && k !== 'spec_version')
        c.add('value-invalid', path + '/' + k, { property: k, reason: 'a bundle has only type, id and objects (§8)' });
    return { id, type: 'bundle', valid: c.errors.length === 0, errors: c.errors, warnings: c.warnings };
  }
}

/** Whether a parsed JSON value is a bundle. */
export const isBundle = (v: unknown): v is Record<string, unknown> => isPlainObject(v) && v.type === 'bundle';

/**
 * Validates a parsed document: a bundle (its objects, plus a report for the bundle itself first when the bundle
 * has findings of its own), a JSON array of objects, or one object.
 */
export function validateDocument(doc: unknown, opts: ValidateOptions = {}): DocumentReport {
  const objects: ObjectReport[] = [];
  if (isBundle(doc)) {
    const bv = new BundleValidator(opts, '/objects');
    const br = bv.bundleReport(doc);
    if (br.errors.length || br.warnings.length) objects.push(br);
    if (Array.isArray(doc.objects)) doc.objects.forEach((o, i) => objects.push(bv.add(o, i)));
  } else if (Array.isArray(doc)) {
    const bv = new BundleValidator(opts, '');
    doc.forEach((o, i) => objects.push(bv.add(o, i)));
  } else {
    objects.push(validateStix(doc, opts));
  }
  return { valid: objects.every((r) => r.valid), objects };
}

