/**
 * Many patterns against many observations without evaluating every pair. Each observation expression `[...]`
 * of every pattern is reduced to anchors, conditions an observation must meet for the expression to have any
 * chance: an equality anchor (object type, path, constant) for `=` and `IN`; a CIDR anchor for ISSUBSET, found
 * through a table of prefix lengths; otherwise only its object type. AND keeps the most selective operand's
 * anchors, OR the union of its operands'. One pass over the observations looks the observed values up in these
 * tables, evaluates only the expressions found, and the binding search then runs for the patterns that have
 * candidates. The result is exactly what matching each pattern against all observations gives.
 *
 * @module
 */
import type { ComparisonExpression, Literal, PatternAst } from './ast.js';
import { parsePattern } from './parser.js';
import { printPath } from './printer.js';
import { compilePattern, findBinding, type CompiledPattern } from './matcher.js';
import { compilePath, observationMatches, type PathSelector } from './evaluate.js';
import type { ObservedWindow } from './observations.js';
import { ObservationSet } from './match.js';
import { parseCidr, type Cidr } from './cidr.js';
import { bytesToLatin1, isLatin1 } from './regex.js';

type Anchor =
  | { kind: 'type'; type: string }
  | { kind: 'eq'; type: string; path: string; selector: PathSelector; keys: string[] }
  | { kind: 'cidr'; type: string; path: string; selector: PathSelector; block: Cidr };

/** The lookup keys a constant equals under `=` (values.ts: strings and bytes meet through Latin-1). */
function literalKeys(lit: Literal): string[] | undefined {
  switch (lit.kind) {
    case 'int':
    case 'float':
      return ['n:' + lit.value];
    case 'bool':
      return ['t:' + lit.value];
    case 'string':
      return isLatin1(lit.value) ? ['s:' + lit.value, 'b:' + lit.value] : ['s:' + lit.value];
    case 'binary':
    case 'hex': {
      const s = bytesToLatin1(lit.value);
      return ['s:' + s, 'b:' + s];
    }
    default:
      return undefined; // timestamps compare by instant, not by text
  }
}

/** The lookup key of an observed value, or undefined when no constant can equal it. */
function valueKey(v: unknown): string | undefined {
  if (typeof v === 'string') return 's:' + v;
  if (typeof v === 'number') return 'n:' + v;
  if (typeof v === 'boolean') return 't:' + v;
  if (v instanceof Uint8Array) return 'b:' + bytesToLatin1(v);
  return undefined;
}

function anchorsOf(e: ComparisonExpression, selectors: Map<string, PathSelector>): Anchor[] {
  const selector = (path: string, make: () => PathSelector): PathSelector => {
    let s = selectors.get(path);
    if (!s) selectors.set(path, (s = make()));
    return s;
  };
  switch (e.kind) {
    case 'comparison': {
      const type = e.path.objectType;
      if (!e.negated && e.operator === '=') {
        const keys = literalKeys(e.value);
        if (keys) {
          const path = type + '\0' + printPath(e.path);
          return [{ kind: 'eq', type, path, selector: selector(path, () => compilePath(e.path)), keys }];
        }
      }
      if (!e.negated && e.operator === 'ISSUBSET' && e.value.kind === 'string') {
        const block = parseCidr(e.value.value);
        if (block) {
          const path = type + '\0' + printPath(e.path);
          return [{ kind: 'cidr', type, path, selector: selector(path, () => compilePath(e.path)), block }];
        }
      }
      return [{ kind: 'type', type }];
    }
    case 'in': {
      const type = e.path.objectType;
      if (!e.negated) {
        const keys = e.values.map(literalKeys);
        if (keys.every((k) => k !== undefined)) {
          const path = type + '\0' + printPath(e.path);
          return [{ kind: 'eq', type, path, selector: selector(path, () => compilePath(e.path)), keys: keys.flat() as string[] }];
        }
      }
      return [{ kind: 'type', type }];
    }
    case 'exists':
      return [{ kind: 'type', type: e.path.objectType }];
    case 'comparison-or':
      return e.operands.flatMap((o) => anchorsOf(o, selectors));
    case 'comparison-and': {
      // Any operand's anchors are necessary; keep the most selective (no bare type anchors, fewest anchors).
      let best: Anchor[] | undefined;
      const score = (a: Anchor[]): number => (a.some((x) => x.kind === 'type') ? 1e9 : 0) + a.length;
      for (const o of e.operands) {
        const a = anchorsOf(o, selectors);
        if (!best || score(a) < score(best)) best = a;
      }
      return best!;
    }
  }
}

export interface ScanPattern {
  /** The caller's name for the pattern (an indicator id). */
  id: string;
  pattern: string | PatternAst;
  stixVersion?: '2.0' | '2.1';
}

export interface ScanHit {
  id: string;
  observedDataRefs: string[];
  observations: ObservedWindow[];
}

export interface ScanResult {
  hits: ScanHit[];
  /** Patterns that could not be parsed, compiled or evaluated, with the reason. */
  errors: { id: string; message: string }[];
}

interface Leaf {
  pattern: number;
  index: number;
}

/** An index of many patterns, built once and scanned against any number of observation sets. */
export class PatternIndex {
  private readonly ids: string[] = [];
  private readonly compiled: CompiledPattern[] = [];
  private readonly leafOffsets: number[] = [];
  private readonly leaves: Leaf[] = [];
  private readonly buildErrors: { id: string; message: string }[] = [];
  private readonly selectors = new Map<string, PathSelector>();
  /** type -> leaves anchored only by their type. */
  private readonly byType = new Map<string, number[]>();
  /** type -> path -> value key -> leaves. */
  private readonly byValue = new Map<string, Map<string, Map<string, number[]>>>();
  /** type -> path -> "v4|v6/prefix" -> network bits -> leaves. */
  private readonly byCidr = new Map<string, Map<string, Map<string, Map<bigint, number[]>>>>();

  get size(): number {
    return this.ids.length;
  }

  /** Adds a pattern; a pattern that does not parse or compile is kept as an error of the scan. */
  add(p: ScanPattern): void {
    let compiled: CompiledPattern;
    let ast: PatternAst;
    try {
      ast = typeof p.pattern === 'string' ? parsePattern(p.pattern, { stixVersion: p.stixVersion }) : p.pattern;
      compiled = compilePattern(ast);
    } catch (e) {
      this.buildErrors.push({ id: p.id, message: (e as Error).message });
      return;
    }
    const patternIdx = this.ids.length;
    this.ids.push(p.id);
    this.compiled.push(compiled);
    this.leafOffsets.push(this.leaves.length);
    const observations: ComparisonExpression[] = [];
    const collect = (e: PatternAst['expression']): void => {
      if (e.kind === 'observation') observations.push(e.comparison);
      else if (e.kind === 'qualified') collect(e.expression);
      else e.operands.forEach(collect);
    };
    collect(ast.expression);
    observations.forEach((comparison, index) => {
      const leafId = this.leaves.length;
      this.leaves.push({ pattern: patternIdx, index });
      for (const a of anchorsOf(comparison, this.selectors)) this.addAnchor(a, leafId);
    });
  }

  private addAnchor(a: Anchor, leaf: number): void {
    const push = <K>(m: Map<K, number[]>, k: K): void => {
      const list = m.get(k);
      if (!list) m.set(k, [leaf]);
      else if (list[list.length - 1] !== leaf) list.push(leaf);
    };
    const child = <K, V>(m: Map<K, V>, k: K, make: () => V): V => {
      let v = m.get(k);
      if (!v) m.set(k, (v = make()));
      return v;
    };
    if (a.kind === 'type') push(this.byType, a.type);
    else if (a.kind === 'eq') {
      const values = child(child(this.byValue, a.type, () => new Map()), a.path, () => new Map());
      for (const k of a.keys) push(values, k);
    } else {
      const byPrefix = child(child(this.byCidr, a.type, () => new Map()), a.path, () => new Map());
      push(child(byPrefix, `${a.block.v6 ? 6 : 4}/${a.block.prefix}`, () => new Map()), a.block.bits);
    }
  }

  /** Leaves that may match an observation, from its observed values. */
  private candidatesOf(obs: ObservedWindow, out: Set<number>): void {
    for (const [type, roots] of obs.roots) {
      const typed = this.byType.get(type);
      if (typed) for (const l of typed) out.add(l);
      const paths = this.byValue.get(type);
      if (paths) {
        for (const [path, values] of paths) {
          const select = this.selectors.get(path)!;
          for (const root of roots) {
            for (const v of select(root, obs)) {
              const key = valueKey(v);
              const leaves = key === undefined ? undefined : values.get(key);
              if (leaves) for (const l of leaves) out.add(l);
            }
          }
        }
      }
      const cidrPaths = this.byCidr.get(type);
      if (cidrPaths) {
        for (const [path, prefixes] of cidrPaths) {
          const select = this.selectors.get(path)!;
          for (const root of roots) {
            for (const v of select(root, obs)) {
              const block = typeof v === 'string' ? parseCidr(v) : undefined;
              if (!block) continue;
              const width = block.v6 ? 128 : 32;
              for (const [key, nets] of prefixes) {
                const [family, len] = key.split('/');
                const prefix = Number(len);
                if ((family === '6') !== block.v6 || prefix > block.prefix) continue;
                const shift = BigInt(width - prefix);
                const leaves = nets.get(prefix === 0 ? 0n : (block.bits >> shift) << shift);
                if (leaves) for (const l of leaves) out.add(l);
              }
            }
          }
        }
      }
    }
  }

  /**
   * Matches every pattern against every observation. `onProgress(done, total)` is called as observations are
   * processed.
   */
  scan(input: unknown, onProgress?: (done: number, total: number) => void): ScanResult {
    const set = input instanceof ObservationSet ? input : new ObservationSet(input);
    const observations = set.observations;
    const candidates: number[][] = this.leaves.map(() => []);
    const failed = new Map<number, string>();
    const found = new Set<number>();
    for (let i = 0; i < observations.length; i++) {
      const obs = observations[i];
      found.clear();
      this.candidatesOf(obs, found);
      for (const l of found) {
        const leaf = this.leaves[l];
        if (failed.has(leaf.pattern)) continue;
        try {
          if (observationMatches(this.compiled[leaf.pattern].leaves[leaf.index], obs)) candidates[l].push(i);
        } catch (e) {
          failed.set(leaf.pattern, (e as Error).message);
        }
      }
      if (onProgress && (i & 1023) === 1023) onProgress(i + 1, observations.length);
    }
    onProgress?.(observations.length, observations.length);
    const hits: ScanHit[] = [];
    const errors = [...this.buildErrors];
    for (let p = 0; p < this.ids.length; p++) {
      const message = failed.get(p);
      if (message !== undefined) {
        errors.push({ id: this.ids[p], message });
        continue;
      }
      const first = this.leafOffsets[p];
      const own = this.compiled[p].leaves.map((_, j) => candidates[first + j]);
      if (own.every((c) => c.length === 0)) continue;
      try {
        const binding = findBinding(this.compiled[p], observations, own);
        if (!binding) continue;
        const used = [...new Set(binding)].sort((a, b) => a - b).map((i) => observations[i]);
        hits.push({ id: this.ids[p], observedDataRefs: used.map((o) => o.id).filter((x): x is string => x !== undefined), observations: used });
      } catch (e) {
        errors.push({ id: this.ids[p], message: (e as Error).message });
      }
    }
    return { hits, errors };
  }
}

/** Builds an index of the patterns and scans the observations with it. */
export function scanPatterns(patterns: Iterable<ScanPattern>, observations: unknown, onProgress?: (done: number, total: number) => void): ScanResult {
  const index = new PatternIndex();
  for (const p of patterns) index.add(p);
  return index.scan(observations, onProgress);
}
