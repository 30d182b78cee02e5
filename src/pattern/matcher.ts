/**
 * Matching a pattern against observations (STIX 2.1 section 9.5): finds a binding, i.e. an observation for every
 * observation expression, such that AND/FOLLOWEDBY/REPEATS use different observations, FOLLOWEDBY is ordered in
 * time, WITHIN windows and START/STOP intervals hold. An observed-data with number_observed n stands for n
 * observations with the same time window (section 9.1).
 *
 * Semantics follow the OASIS matcher where the specification leaves room: an observation's time is anywhere in
 * [first_observed, last_observed]; FOLLOWEDBY needs the latest first_observed on the left to be <= the earliest
 * last_observed on the right; WITHIN x needs the latest first_observed <= the earliest last_observed + x (the
 * window's ends included); START s STOP e is half-open: first_observed < e and last_observed >= s.
 *
 * The search is depth-first with backtracking. Time constraints prune as observations are bound (they only get
 * harder as more are added), REPEATS takes its repetitions in a canonical order, and a count of the observations
 * each sub-expression needs cuts impossible branches early. A budget bounds the work on adversarial input.
 *
 * @module
 */
import type { ObservationExpression, PatternAst, Qualifier } from './ast.js';
import type { ObservedWindow } from './observations.js';
import { compileComparison, observationMatches, type CompiledComparison } from './evaluate.js';
import { timestampMillis } from './literals.js';
import { PatternMatchError } from './match-error.js';

/** The search gives up (PatternMatchError) after this many tentative bindings of one observation. */
export const SEARCH_BUDGET = 2_000_000;

/** A pattern compiled for matching: the observation-expression tree with compiled leaves. */
export type Plan =
  | { readonly kind: 'leaf'; readonly id: number; readonly comparison: CompiledComparison }
  | { readonly kind: 'and' | 'or' | 'followed-by'; readonly operands: readonly Plan[] }
  | { readonly kind: 'within'; readonly ms: number; readonly operand: Plan }
  | { readonly kind: 'repeats'; readonly times: number; readonly operand: Plan }
  | { readonly kind: 'start-stop'; readonly start: number; readonly stop: number; readonly operand: Plan };

export interface CompiledPattern {
  readonly plan: Plan;
  /** The leaves in order of their `id`. */
  readonly leaves: readonly CompiledComparison[];
}

function qualify(plan: Plan, q: Qualifier): Plan {
  switch (q.kind) {
    case 'within':
      if (!(q.seconds > 0)) throw new PatternMatchError(`WITHIN ${q.text} SECONDS: the window must be a positive number of seconds`);
      return { kind: 'within', ms: q.seconds * 1000, operand: plan };
    case 'repeats':
      if (!(q.times >= 1)) throw new PatternMatchError(`REPEATS ${q.times} TIMES: the count must be at least 1`);
      return { kind: 'repeats', times: q.times, operand: plan };
    case 'start-stop': {
      const start = timestampMillis(q.start);
      const stop = timestampMillis(q.stop);
      if (Number.isNaN(start) || Number.isNaN(stop)) {
        throw new PatternMatchError(`START '${q.start}' STOP '${q.stop}': both must be valid timestamps (YYYY-MM-DDTHH:MM:SS[.s]Z)`);
      }
      return { kind: 'start-stop', start, stop, operand: plan };
    }
  }
}

/** Compiles a pattern for matching; throws PatternMatchError when a constant or qualifier cannot be used. */
export function compilePattern(ast: PatternAst): CompiledPattern {
  const leaves: CompiledComparison[] = [];
  const walk = (e: ObservationExpression): Plan => {
    switch (e.kind) {
      case 'observation': {
        const id = leaves.length;
        leaves.push(compileComparison(e.comparison));
        return { kind: 'leaf', id, comparison: leaves[id] };
      }
      case 'observation-and':
        return { kind: 'and', operands: e.operands.map(walk) };
      case 'observation-or':
        return { kind: 'or', operands: e.operands.map(walk) };
      case 'followed-by':
        return { kind: 'followed-by', operands: e.operands.map(walk) };
      case 'qualified':
        return e.qualifiers.reduce(qualify, walk(e.expression));
    }
  };
  return { plan: walk(ast.expression), leaves };
}

/** The fewest observations a binding of the plan uses. */
function need(p: Plan): number {
  switch (p.kind) {
    case 'leaf':
      return 1;
    case 'and':
    case 'followed-by':
      return p.operands.reduce((s, o) => s + need(o), 0);
    case 'or':
      return Math.min(...p.operands.map(need));
    case 'repeats':
      return p.times * need(p.operand);
    default:
      return need(p.operand);
  }
}

function leafIds(p: Plan, out: Set<number> = new Set()): Set<number> {
  if (p.kind === 'leaf') out.add(p.id);
  else if ('operands' in p) for (const o of p.operands) leafIds(o, out);
  else leafIds(p.operand, out);
  return out;
}

interface Window {
  ms: number;
  minLast: number;
  maxFirst: number;
}

/**
 * Searches for a binding. `candidates[leafId]` lists the observations (indices into `observations`, ascending)
 * that satisfy that leaf. Returns the bound observation indices (an index repeats when several of its
 * number_observed were used), or undefined.
 */
export function findBinding(
  compiled: CompiledPattern,
  observations: readonly ObservedWindow[],
  candidates: readonly (readonly number[])[],
): number[] | undefined {
  const used = new Map<number, number>();
  const stack: number[] = [];
  const windows: Window[] = [];
  const intervals: { start: number; stop: number }[] = [];
  let lastAtLeast = -Infinity;
  let minIndex = -1;
  let budget = SEARCH_BUDGET;

  // Quick impossibility check: a sub-expression needing more observations than its leaves can supply.
  const supply = (p: Plan): number => {
    let n = 0;
    const seen = new Set<number>();
    for (const id of leafIds(p)) {
      for (const i of candidates[id]) {
        if (seen.has(i)) continue;
        seen.add(i);
        n += observations[i].count;
      }
    }
    return n;
  };
  const needs = new Map<Plan, boolean>();
  const feasible = (p: Plan): boolean => {
    let ok = needs.get(p);
    if (ok === undefined) needs.set(p, (ok = need(p) <= supply(p)));
    return ok;
  };

  const bindLeaf = (ids: readonly number[], k: () => boolean): boolean => {
    const floor = minIndex;
    for (const i of ids) {
      if (i < floor) continue;
      const o = observations[i];
      const u = used.get(i) ?? 0;
      if (u >= o.count || o.last < lastAtLeast) continue;
      let ok = true;
      for (const iv of intervals) if (!(o.first < iv.stop && o.last >= iv.start)) ok = false;
      for (const w of windows) if (Math.max(w.maxFirst, o.first) > Math.min(w.minLast, o.last) + w.ms) ok = false;
      if (!ok) continue;
      if (--budget < 0) throw new PatternMatchError('the pattern needs too many combinations of these observations to decide (search budget exhausted)');
      used.set(i, u + 1);
      stack.push(i);
      const saved = windows.map((w) => [w.minLast, w.maxFirst]);
      for (const w of windows) {
        w.minLast = Math.min(w.minLast, o.last);
        w.maxFirst = Math.max(w.maxFirst, o.first);
      }
      minIndex = -1;
      const r = k();
      minIndex = floor;
      windows.forEach((w, j) => ([w.minLast, w.maxFirst] = saved[j]));
      stack.pop();
      used.set(i, u);
      if (r) return true;
    }
    return false;
  };

  const search = (p: Plan, k: () => boolean): boolean => {
    if (!feasible(p)) return false;
    switch (p.kind) {
      case 'leaf':
        return bindLeaf(candidates[p.id], k);
      case 'or':
        for (const o of p.operands) if (search(o, k)) return true;
        return false;
      case 'and': {
        const step = (j: number): boolean => (j === p.operands.length ? k() : search(p.operands[j], () => step(j + 1)));
        return step(0);
      }
      case 'followed-by': {
        // Record where each operand's binding starts so its first_observed values can be read back.
        const run = (j: number, from: number): boolean => {
          if (j === p.operands.length) return k();
          const saved = lastAtLeast;
          lastAtLeast = Math.max(saved, from);
          const begin = stack.length;
          const r = search(p.operands[j], () => {
            lastAtLeast = saved;
            const r2 = run(j + 1, Math.max(from, maxFirstSince(begin)));
            lastAtLeast = Math.max(saved, from);
            return r2;
          });
          lastAtLeast = saved;
          return r;
        };
        return run(0, -Infinity);
      }
      case 'within': {
        const w: Window = { ms: p.ms, minLast: Infinity, maxFirst: -Infinity };
        windows.push(w);
        const r = search(p.operand, () => {
          windows.splice(windows.indexOf(w), 1);
          const r2 = k();
          windows.push(w);
          return r2;
        });
        windows.splice(windows.indexOf(w), 1);
        return r;
      }
      case 'start-stop': {
        if (!(p.start < p.stop)) return false;
        const iv = { start: p.start, stop: p.stop };
        intervals.push(iv);
        const r = search(p.operand, () => {
          intervals.splice(intervals.indexOf(iv), 1);
          const r2 = k();
          intervals.push(iv);
          return r2;
        });
        intervals.splice(intervals.indexOf(iv), 1);
        return r;
      }
      case 'repeats': {
        // Repetitions are unordered: require each to start at an observation no earlier than the previous one's.
        const rep = (j: number, floor: number): boolean => {
          if (j === p.times) return k();
          const begin = stack.length;
          const saved = minIndex;
          minIndex = floor;
          const r = search(p.operand, () => {
            const m = minIndex;
            minIndex = saved;
            const r2 = rep(j + 1, stack[begin]);
            minIndex = m;
            return r2;
          });
          minIndex = saved;
          return r;
        };
        return rep(0, -1);
      }
    }
  };

  const maxFirstSince = (begin: number): number => {
    let m = -Infinity;
    for (let i = begin; i < stack.length; i++) m = Math.max(m, observations[stack[i]].first);
    return m;
  };

  let found: number[] | undefined;
  search(compiled.plan, () => {
    found = stack.slice();
    return true;
  });
  return found;
}

/** Which observations satisfy each leaf of the pattern. */
export function leafCandidates(compiled: CompiledPattern, observations: readonly ObservedWindow[]): number[][] {
  return compiled.leaves.map((leaf) => {
    const ids: number[] = [];
    for (let i = 0; i < observations.length; i++) if (observationMatches(leaf, observations[i])) ids.push(i);
    return ids;
  });
}
