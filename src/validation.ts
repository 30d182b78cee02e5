/**
 * The public validation API: one object (`validateStix`) or a whole document (`validateDocument`: a bundle, an
 * array of objects, or one object). This is where the validator is assembled with its plug-ins (the pattern
 * check of src/pattern/ is passed in `checkPattern`).
 */
import { Collector, type PatternPaths, type ValidateOptions } from './stix/validate/context.js';
import { validateObjectInto } from './stix/validate/object.js';
import { describe, isPlainObject } from './stix/validate/properties.js';
import { parseId } from './stix/validate/primitives.js';
import type { Finding } from './stix/findings.js';
import { checkAst, checkPattern, parsePattern, type ComparisonExpression, type ObservationExpression, type PatternAst } from './pattern/index.js';

export type { Finding } from './stix/findings.js';
export type { PatternCheck, PatternPaths, ValidateOptions } from './stix/validate/context.js';

/**
 * The plug-ins wired here: indicator patterns of pattern_type stix are checked by the pattern engine. The paths
 * plug-in runs right after the check on the same text, so the check keeps its AST (immutable) for it: one parse
 * per pattern instead of two (a large share of validating an indicator).
 */
let lastParsed: { text: string; ast: PatternAst } | undefined;
const enginePatternCheck = (p: string): ReturnType<typeof checkPattern> => {
  lastParsed = undefined;
  let ast: PatternAst;
  try {
    ast = parsePattern(p, { positions: true });
  } catch {
    return checkPattern(p);
  }
  lastParsed = { text: p, ast };
  return checkAst(ast, p);
};

/** The object paths of a pattern, from the pattern engine's AST (STIX 2.1 §9.7). */
const enginePatternPaths: PatternPaths = (pattern) => {
  let ast: PatternAst;
  try {
    ast = lastParsed?.text === pattern ? lastParsed.ast : parsePattern(pattern);
  } catch {
    return undefined;
  }
  const out: { objectType: string; property: string }[] = [];
  const visit = (n: ObservationExpression | ComparisonExpression): void => {
    switch (n.kind) {
      case 'observation':
        return visit(n.comparison);
      case 'qualified':
        return visit(n.expression);
      case 'observation-and':
      case 'observation-or':
      case 'followed-by':
      case 'comparison-and':
      case 'comparison-or':
        for (const o of n.operands) visit(o);
        return;
      default: {
        const first = n.path.steps[0];
        out.push({ objectType: n.path.objectType, property: first.kind === 'key' ? first.name : '' });
      }
    }
  };
  visit(ast.expression);
  return out;
};

function assemble(opts: ValidateOptions): ValidateOptions {
  if (opts.checkPattern && opts.patternPaths) return opts;
  return { ...opts, checkPattern: opts.checkPattern ?? enginePatternCheck, patternPaths: opts.patternPaths ?? enginePatternPaths };
}

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
export function validateStix(obj: unknown, options: ValidateOptions = {}): ObjectReport {
  const opts = assemble(options);
  const c = new Collector(opts);
  const { id, type } = validateObjectInto(c, obj, opts.path ?? '', opts);
  return { id, type, valid: c.errors.length === 0, errors: c.errors, warnings: c.warnings };
}

/**
 * Validates the objects of a bundle (or an array) one at a time, in order, and adds the cross-object checks of a
 * bundle at the end. References to objects outside the bundle are legal (STIX 2.1 §8): they are never reported.
 */
export class BundleValidator {
  private readonly seen = new Map<string, string>();
  private readonly opts: ValidateOptions;
  private readonly base: string;
  /** Objects inherit 2.0 from a bundle that says spec_version 2.0 (STIX 2.0 §5). */
  is20 = false;

  constructor(opts: ValidateOptions = {}, base = '/objects') {
    this.opts = assemble(opts);
    this.base = base;
  }

  /** Validates the object at `index` of the objects list. */
  add(obj: unknown, index: number): ObjectReport {
    const c = new Collector(this.opts);
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
    const c = new Collector(this.opts);
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

