import type { Command } from 'commander';
import {
  collectionAddCommand,
  collectionListCommand,
  grantCommand,
  initCommand,
  keyAddCommand,
  keyRevokeCommand,
  revokeCommand,
  userAddCommand,
} from '../node/admin.js';
import { exportCommand, importCommand } from '../node/transfer.js';

const DATA = ['--data <dir>', 'data folder (SQLite inside; LIAISON_DATABASE_URL selects PostgreSQL)', './data'] as const;
const JSON_OPT = ['--json', 'print one JSON document'] as const;

/** The node's administration: init, users, keys, collections, grants, bulk import and export. */
export function registerNode(program: Command): void {
  program.command('init').description('create the node (database, STIX identity, default API root) and print the admin API key once')
    .option(...DATA).option(...JSON_OPT).action((opts) => initCommand(opts));

  const user = program.command('user').description('users of the node');
  user.command('add <name>').description("add a user and print the user's API key")
    .option('--password <password>', 'also allow HTTP Basic with this password (stored as a scrypt hash)')
    .option('--admin', 'may do everything on the node').option(...DATA).option(...JSON_OPT)
    .action((name, opts) => userAddCommand(name, opts));

  const key = program.command('key').description('API keys');
  key.command('add <user>').description('issue another API key for a user').option(...DATA).option(...JSON_OPT)
    .action((u, opts) => keyAddCommand(u, opts));
  key.command('revoke <keyid>').description('revoke an API key at once').option(...DATA).option(...JSON_OPT)
    .action((k, opts) => keyRevokeCommand(k, opts));

  const collection = program.command('collection').description('TAXII collections');
  collection.command('add').description('create a collection and print it with its id')
    .requiredOption('--title <title>', 'title').option('--alias <alias>', 'short unique name').option('--description <text>', 'description')
    .option('--public', 'readable without credentials').option(...DATA).option(...JSON_OPT)
    .action((opts) => collectionAddCommand(opts));
  collection.command('list').description('list the collections').option(...DATA).option(...JSON_OPT).action((opts) => collectionListCommand(opts));

  program.command('grant <user> <collection>').description('let a user read and/or write a collection (neither flag: read); adds to existing rights')
    .option('--read', 'may read').option('--write', 'may write').option(...DATA).option(...JSON_OPT)
    .action((u, c, opts) => grantCommand(u, c, opts));
  program.command('revoke <user> <collection>').description("remove a user's rights in a collection").option(...DATA).option(...JSON_OPT)
    .action((u, c, opts) => revokeCommand(u, c, opts));

  program.command('import <files...>').description('bulk-load bundles (gzip too) into a collection; refused objects are reported (exit 1)')
    .requiredOption('--collection <c>', 'collection id or alias').option(...DATA).option(...JSON_OPT)
    .action((files, opts) => importCommand(files, opts));
  program.command('export').description("write a bundle of a collection's objects (every version) to stdout")
    .requiredOption('--collection <c>', 'collection id or alias').option(...DATA)
    .action((opts) => exportCommand(opts));
}
