/**
 * Granular-marking selectors (STIX 2.1 section 7.2.3, "Selector Syntax"): a path from the root of the marked object,
 * components separated by `.`, each a property name / dictionary key or a zero-based list index `[N]`.
 * A selector selects the content it reaches and, recursively, everything inside it.
 *
 * @module
 */

export type SelectorStep = { kind: 'key'; key: string } | { kind: 'index'; index: number };

/** Longest selector we parse: far beyond any real object, small enough to bound the work on hostile input. */
export const MAX_SELECTOR_LENGTH = 4096;

const INDEX = /^\[([0-9]{1,9})\]$/;

/** Parses a selector into steps; `undefined` when it breaks the syntax of section 7.2.3. */
export function parseSelector(selector: unknown): SelectorStep[] | undefined {
  if (typeof selector !== 'string' || selector.length === 0 || selector.length > MAX_SELECTOR_LENGTH) return undefined;
  const steps: SelectorStep[] = [];
  for (const part of selector.split('.')) {
    if (part.length === 0) return undefined;
    const m = INDEX.exec(part);
    if (m) steps.push({ kind: 'index', index: Number(m[1]) });
    else if (part.includes('[') || part.includes(']')) return undefined;
    else steps.push({ kind: 'key', key: part });
  }
  return steps;
}

/** Writes steps back as a selector string. */
export function formatSelector(steps: readonly SelectorStep[]): string {
  return steps.map((s) => (s.kind === 'index' ? `[${s.index}]` : s.key)).join('.');
}

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * The content a selector reaches in `root`, or `{ found: false }` when it refers to content that is not present
 * (section 7.2.3: selectors MUST refer to properties or list items actually present).
 */
export function resolveSelector(root: unknown, steps: readonly SelectorStep[]): { found: true; value: unknown } | { found: false } {
  let cur: unknown = root;
  for (const step of steps) {
    if (step.kind === 'index') {
      if (!Array.isArray(cur) || step.index >= cur.length) return { found: false };
      cur = cur[step.index];
    } else {
      if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !own(cur, step.key)) return { found: false };
      cur = (cur as Record<string, unknown>)[step.key];
    }
  }
  return { found: true, value: cur };
}

/** True when `prefix` selects `path` or one of its ancestors (so content at `path` is covered by `prefix`). */
export function selectorCovers(prefix: readonly SelectorStep[], path: readonly SelectorStep[]): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (!sameStep(prefix[i], path[i])) return false;
  return true;
}

export function sameStep(a: SelectorStep, b: SelectorStep): boolean {
  return a.kind === 'index' ? b.kind === 'index' && a.index === b.index : b.kind === 'key' && a.key === b.key;
}
