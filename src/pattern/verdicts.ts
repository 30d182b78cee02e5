/**
 * The pattern engine's answer for one pattern text as the STIX validator asks it (STIX 2.1 §9 syntax and checks,
 * and the object paths compared, §9.7), from one parse, kept in a cache: the same pattern comes back in
 * every version of an indicator, and when an object is validated again on its way out. The cache is a small
 * first-in-first-out window, so it costs little on bundles whose patterns are all different.
 *
 * @module
 */
import type { ComparisonExpression, ObservationExpression, PatternAst } from './ast.js';
import { examinePattern, type PatternCheck } from './check.js';

/** An object path's object type and first property (a name, or '' when the path starts with an index). */
export interface ComparedProperty {
  objectType: string;
  property: string;
}

export interface PatternVerdict {
  /** What `checkPattern(text)` returns. Shared between callers: read it, never change it. */
  readonly check: PatternCheck;
  /** The compared properties in pattern order, or undefined when the pattern does not parse. */
  readonly paths: readonly ComparedProperty[] | undefined;
}

/** The object type and first property of every comparison of a pattern, in order. */
export function comparedProperties(ast: PatternAst): ComparedProperty[] {
  const out: ComparedProperty[] = [];
  collect(ast.expression, out);
  return out;
}

function collect(n: ObservationExpression | ComparisonExpression, out: ComparedProperty[]): void {
  switch (n.kind) {
    case 'observation':
      return collect(n.comparison, out);
    case 'qualified':
      return collect(n.expression, out);
    case 'observation-and':
    case 'observation-or':
    case 'followed-by':
    case 'comparison-and':
    case 'comparison-or':
      for (const o of n.operands) collect(o, out);
      return;
    default: {
      const first = n.path.steps[0];
      out.push({ objectType: n.path.objectType, property: first.kind === 'key' ? first.name : '' });
    }
  }
}

/**
 * Most verdicts kept, and the longest pattern text cached (UTF-16 units), so the cache holds at most a few MB.
 * Kept small on purpose: a miss costs an insertion and keeps the verdict alive a while longer, which on bundles
 * of unique patterns (most real ones) cost more than it saved with thousands of entries.
 */
export const VERDICT_CACHE_ENTRIES = 256;
export const VERDICT_CACHE_MAX_TEXT = 4096;

/** Cached verdicts, and their texts in a ring in the order they came: the oldest is dropped first. */
const cache = new Map<string, PatternVerdict>();
const ring: (string | undefined)[] = [];
let next = 0;
/** The last verdict, cached or not: the validator asks for the check and then the paths of the same text. */
let lastText: string | undefined;
let lastVerdict: PatternVerdict | undefined;

/** The verdict for a STIX 2.1 pattern (`checkPattern` with default options, and its compared properties). */
export function patternVerdict(text: string): PatternVerdict {
  if (text === lastText) return lastVerdict!;
  let v = cache.get(text);
  if (!v) {
    const { check, ast } = examinePattern(text);
    v = { check, paths: ast && comparedProperties(ast) };
    if (text.length <= VERDICT_CACHE_MAX_TEXT) {
      const old = ring[next];
      if (old !== undefined) cache.delete(old);
      ring[next] = text;
      next = (next + 1) % VERDICT_CACHE_ENTRIES;
      cache.set(text, v);
    }
  }
  lastText = text;
  lastVerdict = v;
  return v;
}
