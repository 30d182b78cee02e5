/**
 * `liaison validate [--json] [--strict] FILE...`: validates STIX documents (a bundle, one object, a JSON array of
 * objects, or `-` for stdin; gzip accepted). Exit 0 when every object is valid, 1 when any is invalid, 2 on a
 * usage or I/O error. Bundles are validated streaming, with a progress bar on a terminal.
 */
import type { Command } from 'commander';
import { LiaisonError } from '../../errors.js';
import { EXIT, emit, progress } from '../output.js';
import { openInput } from '../input.js';
import { StreamingDocumentValidator } from '../../stix/stream/document-validator.js';
import { SplitError } from '../../stix/stream/splitter.js';
import type { ObjectReport, ValidateOptions } from '../../validation.js';

export interface ValidateFlags {
  json?: boolean;
  strict?: boolean;
}

/** Validates one input into reports, streaming. */
export async function validateInput(
  file: string,
  opts: ValidateOptions,
  keepClean = true,
  sink?: (r: ObjectReport) => void,
): Promise<{ reports: ObjectReport[]; clean: number; streamed: { n: number; invalid: number; warned: number } }> {
  const input = openInput(file);
  const bar = progress(input.size ?? 0, 'bytes');
  const streamed = { n: 0, invalid: 0, warned: 0 };
  const count = sink
    ? (r: ObjectReport): void => {
        streamed.n++;
        if (!r.valid) streamed.invalid++;
        if (r.warnings.length) streamed.warned++;
        sink(r);
      }
    : undefined;
  const v = new StreamingDocumentValidator(opts, undefined, keepClean, count);
  try {
    for await (const chunk of input.chunks((raw) => bar.update(raw))) v.push(chunk);
    const reports = v.end();
    return { reports, clean: v.clean, streamed };
  } catch (e) {
    if (e instanceof SplitError) {
      if (e.kind === 'depth') throw new LiaisonError('TOO_DEEP', { limit: 256 });
      if (e.kind === 'size') throw new LiaisonError('TOO_LARGE', { what: `a value in ${input.name}`, limit: '256 MiB' });
      throw new LiaisonError('NOT_JSON', { file: input.name, reason: e.message });
    }
    throw e;
  } finally {
    bar.stop();
  }
}

/** Human lines for one report (nothing for a valid object without findings). */
function humanReport(name: string, r: ObjectReport): string {
  if (r.valid && !r.warnings.length) return '';
  const where = r.errors[0]?.path ?? r.warnings[0]?.path ?? '';
  const lines = [`${r.valid ? 'valid  ' : 'INVALID'} ${r.id ?? r.type ?? '(no id)'}  ${name}${where ? ' ' + objectPath(where) : ''}`];
  for (const f of r.errors) lines.push(`  error    ${f.code}  ${f.path}  ${f.message}`);
  for (const f of r.warnings) lines.push(`  warning  ${f.code}  ${f.path}  ${f.message}`);
  return lines.join('\n') + '\n';
}

/** `/objects/3/valid_until` → `/objects/3`: where the object is in its document. */
function objectPath(p: string): string {
  const m = /^(\/objects\/\d+|\/\d+)/.exec(p);
  return m ? m[1] : '';
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('validate STIX 2.1 (and 2.0) content: a bundle, one object, or a JSON array of objects; - for stdin; gzip accepted')
    .argument('<FILE...>', 'files to validate (- for stdin)')
    .option('--json', 'print one JSON document: {"valid", "objects": [{"id","type","valid","errors","warnings"}]}')
    .option('--strict', 'SHOULD rules (vocabularies, custom prefixes, UUIDv4 for SDOs, ...) become errors')
    .action(async (files: string[], flags: ValidateFlags) => {
      const opts: ValidateOptions = { strict: flags.strict === true };
      const json = flags.json === true;
      if (json) {
        const objects: ObjectReport[] = [];
        for (const f of files) objects.push(...(await validateInput(f, opts)).reports);
        const valid = objects.every((r) => r.valid);
        emit(true, { valid, objects }, () => '');
        process.exitCode = valid ? EXIT.OK : EXIT.NEGATIVE;
        return;
      }
      // Human output streams: objects with findings are printed as they are validated, clean ones only counted,
      // so memory does not grow with the size of the bundle.
      let total = 0, invalid = 0, warned = 0;
      for (const f of files) {
        const name = f === '-' ? '<stdin>' : f;
        const res = await validateInput(f, opts, false, (r) => process.stdout.write(humanReport(name, r)));
        total += res.clean + res.streamed.n + res.reports.length;
        for (const r of res.reports) {
          if (!r.valid) invalid++;
          if (r.warnings.length) warned++;
          process.stdout.write(humanReport(name, r));
        }
        invalid += res.streamed.invalid;
        warned += res.streamed.warned;
      }
      process.stdout.write(`${total} object${total === 1 ? '' : 's'}: ${total - invalid} valid, ${invalid} invalid, ${warned} with warnings\n`);
      process.exitCode = invalid === 0 ? EXIT.OK : EXIT.NEGATIVE;
    });
}
