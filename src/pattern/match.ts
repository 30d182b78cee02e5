/**
 * `matchPattern`: does a pattern match a set of observations, and which observed-data bound the match (STIX 2.1
 * section 9).
 *
 * @module
 */
import type { PatternAst } from './ast.js';
import { parsePattern } from './parser.js';
import { observationsFrom, type ObservedWindow, type ObservationProblem } from './observations.js';
import { compilePattern, findBinding, leafCandidates, type CompiledPattern } from './matcher.js';

export interface MatchOptions {
  /** Grammar for pattern text (default '2.1'); ignored when an AST is given. */
  stixVersion?: '2.0' | '2.1';
}

export interface MatchResult {
  matched: boolean;
  /** Ids of the observed-data that one binding of the pattern used, in input order, each once. */
  observedDataRefs: string[];
  /** The same observations (useful for observed-data without an id). */
  observations: ObservedWindow[];
}

/** Observations prepared once (observed-data resolved against their SCOs) for matching many patterns. */
export class ObservationSet {
  readonly observations: readonly ObservedWindow[];
  readonly problems: readonly ObservationProblem[];
  constructor(input: unknown) {
    const { observations, problems } = observationsFrom(input);
    this.observations = observations;
    this.problems = problems;
  }
}

export function toCompiled(pattern: string | PatternAst | CompiledPattern, opts: MatchOptions = {}): CompiledPattern {
  if (typeof pattern === 'string') return compilePattern(parsePattern(pattern, { stixVersion: opts.stixVersion }));
  return 'plan' in pattern ? pattern : compilePattern(pattern);
}

/**
 * Matches a pattern (text, AST or compiled) against observations: STIX objects in any mix of bundles and arrays
 * (observed-data 2.1 with the SCOs their object_refs name, or 2.0 with embedded objects), or an ObservationSet.
 * Throws PatternSyntaxError for text that does not parse and PatternMatchError when the pattern cannot be
 * evaluated (an invalid constant, a non-timestamp compared with a timestamp, an exhausted search).
 */
export function matchPattern(
  pattern: string | PatternAst | CompiledPattern,
  input: unknown,
  opts: MatchOptions = {},
): MatchResult {
  const compiled = toCompiled(pattern, opts);
  const set = input instanceof ObservationSet ? input : new ObservationSet(input);
  const observations = set.observations;
  const binding = findBinding(compiled, observations, leafCandidates(compiled, observations));
  if (!binding) return { matched: false, observedDataRefs: [], observations: [] };
  const used = [...new Set(binding)].sort((a, b) => a - b).map((i) => observations[i]);
  return {
    matched: true,
    observedDataRefs: used.map((o) => o.id).filter((id): id is string => id !== undefined),
    observations: used,
  };
}
