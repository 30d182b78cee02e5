/**
 * `liaison pattern validate|match|scan`: STIX patterning from the command line (STIX 2.1 section 9).
 *
 * - validate [--json] PATTERN: exit 0 valid, 1 invalid; `{"valid", "errors": [{"message", "column"}], "warnings"}`.
 * - match [--json] PATTERN FILE: FILE is a bundle of observed-data and SCOs; exit 0 matched, 1 not matched,
 *   2 error; `{"matched", "observed_data_refs"}`.
 * - scan [--json] INDICATORS OBSERVATIONS: every STIX-pattern indicator of one bundle against every observed-data
 *   of another; prints the hits, with a progress bar on a terminal; exit 0 when something matched, 1 when
 *   nothing did, 2 on error.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { LiaisonError } from '../../errors.js';
import { EXIT, emit, progress } from '../output.js';
import {
  checkPattern,
  matchPattern,
  ObservationSet,
  PatternIndex,
  PatternMatchError,
  PatternSyntaxError,
  type PatternCheck,
} from '../../pattern/index.js';

/** Largest JSON file read by these commands. */
const MAX_FILE_BYTES = 512 * 1024 * 1024;

function readJson(file: string): unknown {
  let text: string;
  try {
    if (file === '-') text = readFileSync(0, 'utf8');
    else {
      const size = statSync(file).size;
      if (size > MAX_FILE_BYTES) throw new LiaisonError('TOO_LARGE', { what: file, limit: `${MAX_FILE_BYTES} bytes` });
      text = readFileSync(file, 'utf8');
    }
  } catch (e) {
    if (e instanceof LiaisonError) throw e;
    throw new LiaisonError('FILE_UNREADABLE', { file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LiaisonError('NOT_JSON', { file, reason: (e as Error).message });
  }
}

function version(v: string | undefined): '2.0' | '2.1' {
  if (v === undefined || v === '2.1') return '2.1';
  if (v === '2.0') return '2.0';
  throw new LiaisonError('USAGE', { detail: `--stix-version must be 2.0 or 2.1, not ${v}` });
}

function showCheck(pattern: string, r: PatternCheck): string {
  const lines: string[] = [r.valid ? 'valid' : 'invalid'];
  const caret = (column: number): string => `  ${pattern}\n  ${' '.repeat(Math.max(0, column - 1))}^`;
  for (const e of r.errors) lines.push(`error: column ${e.column}: ${e.message}`, caret(e.column));
  for (const w of r.warnings) lines.push(`warning: column ${w.column}: ${w.message}`);
  return lines.join('\n') + '\n';
}

interface Opts {
  json?: boolean;
  stixVersion?: string;
}

export function registerPattern(program: Command): void {
  const pattern = program.command('pattern').description('check STIX patterns and match them against observed data');

  pattern
    .command('validate')
    .description('check a STIX pattern: exit 0 when valid, 1 when invalid')
    .argument('<pattern>', 'the pattern text')
    .option('--json', 'print {"valid", "errors", "warnings"} as JSON')
    .option('--stix-version <version>', 'grammar to use: 2.0 or 2.1', '2.1')
    .action((text: string, opts: Opts) => {
      const r = checkPattern(text, { stixVersion: version(opts.stixVersion) });
      emit(!!opts.json, r, () => showCheck(text, r));
      process.exitCode = r.valid ? EXIT.OK : EXIT.NEGATIVE;
    });

  pattern
    .command('match')
    .description('match a pattern against a bundle of observed-data and SCOs: exit 0 matched, 1 not matched, 2 error')
    .argument('<pattern>', 'the pattern text')
    .argument('<file>', 'a JSON bundle (or array) of observed-data and the SCOs they refer to; - for standard input')
    .option('--json', 'print {"matched", "observed_data_refs"} as JSON')
    .option('--stix-version <version>', 'grammar to use: 2.0 or 2.1', '2.1')
    .action((text: string, file: string, opts: Opts) => {
      const stixVersion = version(opts.stixVersion);
      const check = checkPattern(text, { stixVersion });
      if (!check.valid) throw new LiaisonError('PATTERN_INVALID', { detail: `column ${check.errors[0].column}: ${check.errors[0].message}` });
      const set = new ObservationSet(readJson(file));
      for (const p of set.problems) process.stderr.write(`liaison: skipped ${p.id ?? 'an observed-data'}: ${p.message}\n`);
      let result;
      try {
        result = matchPattern(text, set, { stixVersion });
      } catch (e) {
        if (e instanceof PatternSyntaxError) throw new LiaisonError('PATTERN_INVALID', { detail: `column ${e.column}: ${e.message}` });
        if (e instanceof PatternMatchError) throw new LiaisonError('PATTERN_UNEVALUABLE', { detail: e.message });
        throw e;
      }
      const refs = result.observedDataRefs;
      emit(!!opts.json, { matched: result.matched, observed_data_refs: refs }, () =>
        result.matched ? `matched: ${refs.length ? refs.join(', ') : '(observed-data without ids)'}\n` : 'not matched\n',
      );
      process.exitCode = result.matched ? EXIT.OK : EXIT.NEGATIVE;
    });

  pattern
    .command('scan')
    .description('match every STIX-pattern indicator of one bundle against every observed-data of another')
    .argument('<indicators>', 'a JSON bundle (or array) holding indicators')
    .argument('<observations>', 'a JSON bundle (or array) of observed-data and the SCOs they refer to')
    .option('--json', 'print {"hits": [{"indicator", "observed_data_refs"}], "errors", ...} as JSON')
    .action((indicatorsFile: string, observationsFile: string, opts: Opts) => {
      const index = new PatternIndex();
      let skipped = 0;
      const doc = readJson(indicatorsFile);
      const list: unknown[] = [];
      const flatten = (x: unknown): void => {
        if (Array.isArray(x)) x.forEach(flatten);
        else if (x && typeof x === 'object') {
          const o = x as Record<string, unknown>;
          if (o.type === 'bundle' && Array.isArray(o.objects)) o.objects.forEach(flatten);
          else list.push(o);
        }
      };
      flatten(doc);
      let indicators = 0;
      for (const o of list as Record<string, unknown>[]) {
        if (o.type !== 'indicator') continue;
        indicators++;
        const id = typeof o.id === 'string' ? o.id : `indicator #${indicators}`;
        if (typeof o.pattern !== 'string' || (o.pattern_type !== undefined && o.pattern_type !== 'stix')) {
          skipped++;
          continue;
        }
        index.add({ id, pattern: o.pattern, stixVersion: o.spec_version === '2.1' || o.pattern_type === 'stix' ? '2.1' : '2.0' });
      }
      const set = new ObservationSet(readJson(observationsFile));
      const bar = opts.json ? { update() {}, stop() {} } : progress(set.observations.length, 'observed-data');
      const result = index.scan(set, (done) => bar.update(done));
      bar.stop();
      const hits = result.hits.map((h) => ({ indicator: h.id, observed_data_refs: h.observedDataRefs }));
      emit(
        !!opts.json,
        {
          hits,
          errors: result.errors.map((e) => ({ indicator: e.id, message: e.message })),
          indicators,
          skipped_indicators: skipped,
          observed_data: set.observations.length,
        },
        () => hits.map((h) => `${h.indicator}\t${h.observed_data_refs.join(',')}\n`).join(''),
      );
      if (!opts.json) {
        for (const e of result.errors) process.stderr.write(`liaison: ${e.id}: ${e.message}\n`);
        process.stderr.write(
          `${hits.length} of ${indicators} indicators matched across ${set.observations.length} observed-data` +
            (skipped ? ` (${skipped} not STIX patterns, skipped)` : '') + (result.errors.length ? `; ${result.errors.length} errors` : '') + '\n',
        );
      }
      process.exitCode = result.errors.length > 0 && hits.length === 0 ? EXIT.USAGE : hits.length > 0 ? EXIT.OK : EXIT.NEGATIVE;
    });
}
