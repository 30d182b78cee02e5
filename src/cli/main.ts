/**
 * The `liaison` command line. Each part registers its commands from src/cli/commands/; this file only assembles
 * them and turns failures into one clear line and an exit code.
 */
import { Command, CommanderError } from 'commander';
import { isLiaisonError } from '../errors.js';
import { EXIT, setDebug, isDebug } from './output.js';

import { PARTS } from './parts.js';

/** The command line with the parts `argv` needs: the one its command names, or all of them. */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const name = argv.find((a) => !a.startsWith('-'));
  const part = PARTS.find((p) => name !== undefined && p.names.includes(name));
  const registrars = await Promise.all((part ? [part] : PARTS).map((p) => p.load()));
  const program = new Command('liaison')
    .description('Liaison: two-way STIX 2.1 / TAXII 2.1 intelligence exchange between partner organisations')
    .version(process.env.npm_package_version ?? '0.1.0')
    .option('--debug', 'print stack traces on errors')
    .hook('preAction', (cmd) => setDebug(Boolean(cmd.optsWithGlobals().debug)))
    .addHelpText(
      'after',
      `\nExit codes:\n  ${EXIT.OK}  success\n  ${EXIT.NEGATIVE}  a negative answer (an invalid object, a pattern that did not match)\n` +
        `  ${EXIT.USAGE}  a usage, input or I/O error (bad option, unreadable file, not JSON)\n` +
        `  ${EXIT.INTERNAL}  an internal or network error\n`,
    )
    .showSuggestionAfterError()
    .exitOverride();
  for (const register of registrars) register(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = await buildProgram(argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? EXIT.OK);
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander already printed its message (help, version, or a usage error).
      return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (isLiaisonError(err)) {
      process.stderr.write(`liaison: ${err.message}\n`);
      if (isDebug() && err.stack) process.stderr.write(err.stack + '\n');
      return err.exit;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`liaison: internal error: ${message}${isDebug() ? '' : ' (run with --debug for details)'}\n`);
    if (isDebug() && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
    return EXIT.INTERNAL;
  }
}

// A reader that stops early (`liaison ... | head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.OK);
  throw err;
});

const code = await main(process.argv.slice(2));
process.exitCode = code;
