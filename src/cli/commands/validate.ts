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
export async function validateInput(file: string, opts: ValidateOptions): Promise<ObjectReport[]> {
  const input = openInput(file);
  const bar = progress(input.size ?? 0, 'bytes');
  const v = new StreamingDocumentValidator(opts);
  try {
    for await (const chunk of input.chunks((raw) => bar.update(raw))) v.push(chunk);
    return v.end();
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

function human(files: { name: string; reports: ObjectReport[] }[]): string {
  const lines: string[] = [];
  let total = 0, invalid = 0, warned = 0;
  for (const { name, reports } of files) {
    for (const r of reports) {
      total++;
      if (!r.valid) invalid++;
      if (r.warnings.length) warned++;
      if (r.valid && !r.warnings.length) continue;
      const where = r.errors[0]?.path ?? r.warnings[0]?.path ?? '';
      lines.push(`${r.valid ? 'valid  ' : 'INVALID'} ${r.id ?? r.type ?? '(no id)'}  ${name}${where ? ' ' + objectPath(where) : ''}`);
      for (const f of r.errors) lines.push(`  error    ${f.code}  ${f.path}  ${f.message}`);
      for (const f of r.warnings) lines.push(`  warning  ${f.code}  ${f.path}  ${f.message}`);
    }
  }
  lines.push(`${total} object${total === 1 ? '' : 's'}: ${total - invalid} valid, ${invalid} invalid, ${warned} with warnings`);
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
      const done: { name: string; reports: ObjectReport[] }[] = [];
      for (const f of files) done.push({ name: f === '-' ? '<stdin>' : f, reports: await validateInput(f, opts) });
      const objects = done.flatMap((d) => d.reports);
      const valid = objects.every((r) => r.valid);
      emit(flags.json === true, { valid, objects }, () => human(done));
      process.exitCode = valid ? EXIT.OK : EXIT.NEGATIVE;
    });
}
