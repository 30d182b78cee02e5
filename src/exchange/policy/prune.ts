/**
 * Removing content from a copy of an object and keeping its granular markings true to what is left
 * (STIX 2.1 section 7.2.3: selectors MUST refer to content that is present). Removing a list item shifts the items
 * after it, so surviving selectors are renumbered; a list or object emptied by the removal goes too (STIX lists
 * must not be empty), and selectors into removed content are dropped, as are granular markings left with none.
 *
 * @module
 */
import { formatSelector, parseSelector, selectorCovers, type SelectorStep } from '../../stix/selectors.js';

interface Trie {
  terminal: boolean;
  children: Map<string, Trie>;
}

const stepKey = (s: SelectorStep): string => (s.kind === 'index' ? `i${s.index}` : `k${s.key}`);
const pathKey = (steps: readonly SelectorStep[]): string => JSON.stringify(steps.map(stepKey));

function buildTrie(paths: readonly (readonly SelectorStep[])[]): Trie {
  const root: Trie = { terminal: false, children: new Map() };
  for (const p of paths) {
    let node = root;
    for (const s of p) {
      const k = stepKey(s);
      let next = node.children.get(k);
      if (!next) node.children.set(k, (next = { terminal: false, children: new Map() }));
      node = next;
    }
    node.terminal = true;
  }
  return root;
}

interface PruneState {
  /** Path keys (in the original) of content that is gone from the copy. */
  removed: Set<string>;
  /** For each list (by original path key) that lost items: old index -> new index, -1 when removed. */
  indexMaps: Map<string, number[]>;
}

const REMOVED = Symbol('removed');

function prune(value: unknown, node: Trie, path: SelectorStep[], st: PruneState): unknown {
  if (node.terminal && path.length > 0) {
    st.removed.add(pathKey(path));
    return REMOVED;
  }
  if (node.children.size === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    const map: number[] = [];
    value.forEach((item, i) => {
      const child = node.children.get(`i${i}`);
      const r = child ? prune(item, child, [...path, { kind: 'index', index: i }], st) : item;
      if (r === REMOVED) map.push(-1);
      else map.push(out.push(r) - 1);
    });
    st.indexMaps.set(pathKey(path), map);
    if (out.length === 0 && value.length > 0 && path.length > 0) {
      st.removed.add(pathKey(path));
      return REMOVED;
    }
    return out;
  }
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = { ...src };
  for (const [k, child] of node.children) {
    if (k[0] !== 'k') continue;
    const key = k.slice(1);
    if (!Object.prototype.hasOwnProperty.call(src, key)) continue;
    const r = prune(src[key], child, [...path, { kind: 'key', key }], st);
    if (r === REMOVED) delete out[key];
    else out[key] = r;
  }
  if (Object.keys(out).length === 0 && Object.keys(src).length > 0 && path.length > 0) {
    st.removed.add(pathKey(path));
    return REMOVED;
  }
  return out;
}

/** Where content at `steps` of the original sits in the copy, or undefined when it was removed. */
function remap(steps: readonly SelectorStep[], st: PruneState): SelectorStep[] | undefined {
  const out: SelectorStep[] = [];
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    if (s.kind === 'index') {
      const map = st.indexMaps.get(pathKey(steps.slice(0, i)));
      if (map) {
        const n = map[s.index];
        if (n === undefined || n < 0) return undefined;
        out.push({ kind: 'index', index: n });
      } else out.push(s);
    } else out.push(s);
    if (st.removed.has(pathKey(steps.slice(0, i + 1)))) return undefined;
  }
  return out;
}

export interface PruneResult {
  copy: Record<string, unknown>;
  /** Selectors (in the original) of everything that is gone, cascades included, sorted. */
  removed: string[];
  /** Where content at a path of the original now sits in the copy; undefined when it is gone. */
  locate(steps: readonly SelectorStep[]): SelectorStep[] | undefined;
}

/**
 * A copy of `obj` without the content at `paths` (parsed selectors of the original), with granular_markings
 * renumbered to match. Paths that select nothing present are ignored.
 */
export function removeContent(obj: Record<string, unknown>, paths: readonly (readonly SelectorStep[])[]): PruneResult {
  const st: PruneState = { removed: new Set(), indexMaps: new Map() };
  const copy = prune(obj, buildTrie(paths), [], st) as Record<string, unknown>;
  if (st.removed.size > 0 && Array.isArray(copy.granular_markings)) {
    const kept: unknown[] = [];
    for (const g of copy.granular_markings as unknown[]) {
      if (g === null || typeof g !== 'object' || !Array.isArray((g as { selectors?: unknown }).selectors)) {
        kept.push(g);
        continue;
      }
      const selectors: string[] = [];
      for (const s of (g as { selectors: unknown[] }).selectors) {
        const steps = parseSelector(s);
        if (!steps) {
          selectors.push(s as string); // unparseable: left for the validator to report, never silently fixed
          continue;
        }
        const moved = remap(steps, st);
        if (moved) selectors.push(formatSelector(moved));
      }
      if (selectors.length > 0) kept.push({ ...(g as object), selectors });
    }
    if (kept.length > 0) copy.granular_markings = kept;
    else delete copy.granular_markings;
  }
  // Report only the outermost removed content (a removed list item, not each of its properties as well).
  const removedSteps = [...st.removed].map((k) => (JSON.parse(k) as string[]).map(fromKey));
  const outermost = removedSteps.filter((p) => !removedSteps.some((q) => q.length < p.length && selectorCovers(q, p)));
  return { copy, removed: outermost.map(formatSelector).sort(), locate: (steps) => remap(steps, st) };
}

function fromKey(k: string): SelectorStep {
  return k[0] === 'i' ? { kind: 'index', index: Number(k.slice(1)) } : { kind: 'key', key: k.slice(1) };
}
