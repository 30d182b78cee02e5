/**
 * `liaison stix id [--json] FILE`: the deterministic id of the SCO in FILE (STIX 2.1 §2.9: UUIDv5 over the
 * canonical JSON of its ID Contributing Properties). FILE is one SCO as JSON, `-` for stdin, gzip accepted.
 */
import type { Command } from 'commander';
import { LiaisonError } from '../../errors.js';
import { emit } from '../output.js';
import { openInput } from '../input.js';
import { scoId } from '../../stix/ids.js';
import { isScoType } from '../../stix/sco-properties.js';

const MAX_BYTES = 64 * 1024 * 1024;

async function readJson(file: string): Promise<unknown> {
  const input = openInput(file);
  const parts: Buffer[] = [];
  let n = 0;
  for await (const c of input.chunks()) {
    n += c.length;
    if (n > MAX_BYTES) throw new LiaisonError('TOO_LARGE', { what: input.name, limit: '64 MiB' });
    parts.push(c);
  }
  try {
    return JSON.parse(Buffer.concat(parts).toString('utf8'));
  } catch (e) {
    throw new LiaisonError('NOT_JSON', { file: input.name, reason: (e as Error).message });
  }
}

export function registerStix(program: Command): void {
  const stix = program.command('stix').description('STIX helpers');
  stix
    .command('id')
    .description('print the deterministic id (UUIDv5, STIX 2.1 §2.9) of the SCO in FILE')
    .argument('<FILE>', 'a JSON file holding one SCO (- for stdin)')
    .option('--json', 'print {"id": "..."}')
    .action(async (file: string, flags: { json?: boolean }) => {
      const v = await readJson(file);
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new LiaisonError('NOT_STIX', { file, reason: 'expected one SCO as a JSON object' });
      const o = v as Record<string, unknown>;
      if (typeof o.type !== 'string' || !isScoType(o.type))
        throw new LiaisonError('NOT_STIX', { file, reason: `'${String(o.type)}' is not a STIX 2.1 Cyber-observable Object type` });
      const id = scoId(o);
      if (!id) throw new LiaisonError('NO_DETERMINISTIC_ID', { what: `a ${o.type}` });
      emit(flags.json === true, { id }, () => id + '\n');
    });
}
