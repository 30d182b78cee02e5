import type { Command } from 'commander';
import { serveCommand } from '../node/serve.js';

/** `liaison serve`: the node's TAXII 2.1 server (created on first start). */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the node: TAXII 2.1 over HTTP(S); creates the node on first start and prints the admin key once')
    .option('--data <dir>', 'data folder (SQLite inside; LIAISON_DATABASE_URL selects PostgreSQL)', './data')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on', '8443')
    .option('--tls-cert <file>', 'PEM certificate: serve HTTPS (TLS 1.2 or later)')
    .option('--tls-key <file>', 'PEM private key of the certificate')
    .option('--json', 'print the URL (and first-start key) as JSON')
    .action((opts) => serveCommand(opts));
}
