import type { Command } from 'commander';

/** `liaison serve`: placeholder until the node issue (#4) makes the TAXII server real. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the node (placeholder: the TAXII server arrives with the node issue)')
    .option('--data <dir>', 'data folder', './data')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on', '8443')
    .action(() => {
      process.stdout.write('liaison serve: the node is not built yet (issue 4); the STIX core works: try `liaison validate FILE`\n');
    });
}
