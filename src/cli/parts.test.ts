import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Command } from 'commander';
import { PARTS } from './parts.js';
import { runCli } from '../../test/helpers/cli.js';

test('each part of the command line is listed under the names of the commands it registers', async () => {
  for (const part of PARTS) {
    const program = new Command('liaison');
    (await part.load())(program);
    assert.deepEqual(program.commands.map((c) => c.name()), part.names);
  }
});

test('a command runs with its own part alone; help lists the commands of every part', async () => {
  const r = await runCli(['stix', 'id', '--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Usage: liaison stix id/);
  const all = await runCli(['--help']);
  for (const part of PARTS) for (const name of part.names) assert.match(all.stdout, new RegExp(`\\n  ${name}\\b`));
});
