/**
 * Evaluation of the comparison expression inside one observation expression against one observation (STIX 2.1
 * sections 9.5-9.7). All comparisons joined by AND must hold for the same root SCO (9.5); an object path selects
 * values from that SCO, following `_ref`/`_refs` to other SCOs of the same observation (9.7.4), stepping into
 * lists by index or `[*]` (9.7.2) and into dictionaries by key (9.7.3). A comparison holds when any selected value
 * satisfies it; a path that selects nothing makes the comparison false whatever the operator (9.6).
 *
 * @module
 */
import type { ComparisonExpression, ObjectPath, PathStep } from './ast.js';
import type { ObservedWindow } from './observations.js';
import { comparisonPredicate, type ValuePredicate } from './values.js';
import { decodeBase64, decodeHex } from './literals.js';

type Json = Record<string, unknown>;

/** Values of properties ending in _hex or _bin are bytes (section 9.6.4). */
function decodeSuffixed(key: string, value: unknown): unknown {
  if (typeof value !== 'string' || key.length < 5) return value;
  if (key.endsWith('_hex')) {
    const b = decodeHex(value);
    return typeof b === 'string' ? value : b;
  }
  if (key.endsWith('_bin')) {
    const b = decodeBase64(value);
    return typeof b === 'string' ? value : b;
  }
  return value;
}

type Stepper = (values: unknown[], obs: ObservedWindow) => unknown[];

function keyStepper(key: string): Stepper {
  const ref = key.endsWith('_ref');
  const refs = key.endsWith('_refs');
  return (values, obs) => {
    const out: unknown[] = [];
    for (const v of values) {
      if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof Uint8Array || !Object.hasOwn(v, key)) continue;
      const x = decodeSuffixed(key, (v as Json)[key]);
      if (ref) {
        if (typeof x === 'string') {
          const target = obs.resolve(x);
          if (target) out.push(target);
        }
      } else if (refs) {
        if (Array.isArray(x)) {
          const targets: unknown[] = [];
          for (const r of x) {
            if (typeof r !== 'string') continue;
            const target = obs.resolve(r);
            if (target) targets.push(target);
          }
          if (targets.length > 0) out.push(targets);
        }
      } else out.push(x);
    }
    return out;
  };
}

function stepper(step: PathStep): Stepper {
  if (step.kind === 'key') return keyStepper(step.name);
  if (step.kind === 'index') {
    const i = step.index;
    return (values) => {
      const out: unknown[] = [];
      for (const v of values) if (Array.isArray(v) && i >= 0 && i < v.length) out.push(v[i]);
      return out;
    };
  }
  return (values) => {
    const out: unknown[] = [];
    for (const v of values) if (Array.isArray(v)) for (const x of v) out.push(x);
    return out;
  };
}

/** Selects the values an object path names, starting from one root SCO. */
export type PathSelector = (root: Json, obs: ObservedWindow) => unknown[];

export function compilePath(path: ObjectPath): PathSelector {
  const steps = path.steps.map(stepper);
  const first = path.steps[0];
  // Fast path: one plain key (file:name, ipv4-addr:value), the commonest pattern by far.
  if (steps.length === 1 && first.kind === 'key' && !first.name.endsWith('_ref') && !first.name.endsWith('_refs')) {
    const key = first.name;
    return (root) => (Object.hasOwn(root, key) ? [decodeSuffixed(key, root[key])] : []);
  }
  return (root, obs) => {
    let values: unknown[] = [root];
    for (const s of steps) {
      values = s(values, obs);
      if (values.length === 0) break;
    }
    return values;
  };
}

/** A comparison expression compiled for one root SCO of an observation. */
export type RootTest = (root: Json, obs: ObservedWindow) => boolean;

export interface CompiledComparison {
  /** Object types the expression can start from. */
  readonly types: readonly string[];
  readonly test: RootTest;
}

function compileNode(e: ComparisonExpression): RootTest {
  switch (e.kind) {
    case 'comparison':
    case 'in': {
      const select = compilePath(e.path);
      const type = e.path.objectType;
      const pred: ValuePredicate = e.kind === 'in' ? comparisonPredicate('IN', e.values) : comparisonPredicate(e.operator, e.value);
      const negated = e.negated;
      return (root, obs) => {
        if (root.type !== type) return false;
        const values = select(root, obs);
        for (let i = 0; i < values.length; i++) if (pred(values[i]) !== negated) return true;
        return false;
      };
    }
    case 'exists': {
      const select = compilePath(e.path);
      const type = e.path.objectType;
      const negated = e.negated;
      return (root, obs) => root.type === type && select(root, obs).length > 0 !== negated;
    }
    case 'comparison-and': {
      const parts = e.operands.map(compileNode);
      return (root, obs) => {
        for (const p of parts) if (!p(root, obs)) return false;
        return true;
      };
    }
    case 'comparison-or': {
      const parts = e.operands.map(compileNode);
      return (root, obs) => {
        for (const p of parts) if (p(root, obs)) return true;
        return false;
      };
    }
  }
}

export function typesOf(e: ComparisonExpression, out = new Set<string>()): Set<string> {
  if (e.kind === 'comparison-and' || e.kind === 'comparison-or') for (const o of e.operands) typesOf(o, out);
  else out.add(e.path.objectType);
  return out;
}

/** Compiles a comparison expression; throws PatternMatchError for constants that cannot be used. */
export function compileComparison(e: ComparisonExpression): CompiledComparison {
  return { types: [...typesOf(e)], test: compileNode(e) };
}

/** Whether some root SCO of the observation satisfies the compiled comparison expression. */
export function observationMatches(c: CompiledComparison, obs: ObservedWindow): boolean {
  for (const t of c.types) {
    const roots = obs.roots.get(t);
    if (!roots) continue;
    for (const r of roots) if (c.test(r, obs)) return true;
  }
  return false;
}
