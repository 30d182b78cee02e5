/**
 * STIX patterning (STIX 2.1 section 9): parse, print, check, match, and scan many patterns against many
 * observations. No I/O.
 *
 * @module
 */
export * from './ast.js';
export { parsePattern, type ParseOptions } from './parser.js';
export { printPattern, printLiteral, printPath } from './printer.js';
export { PatternSyntaxError } from './syntax-error.js';
export { PatternMatchError } from './match-error.js';
export { matchPattern, ObservationSet, type MatchOptions, type MatchResult } from './match.js';
export { compilePattern, type CompiledPattern } from './matcher.js';
export type { ObservedWindow, ObservationProblem } from './observations.js';
export { checkPattern, checkAst, examinePattern, hashProblem, type PatternCheck, type PatternExamination, type PatternFinding } from './check.js';
export { PatternIndex, scanPatterns, type ScanPattern, type ScanHit, type ScanResult } from './scan.js';
