/** Opening the node's store for a CLI command: `--data DIR` (SQLite inside it) unless LIAISON_DATABASE_URL is set. */
import { existsSync, mkdirSync } from 'node:fs';
import type { Store, StoreConfig } from '../../store/store.js';
import { openStore, storeConfigFor } from '../../store/open.js';
import { LiaisonError } from '../../errors.js';
import { isInitialised } from '../../node/setup.js';

export interface DataOptions {
  data: string;
  json?: boolean;
}

/** The store configuration for `--data`; creates the folder when `create` (init, serve). */
export function configFor(data: string, create: boolean): StoreConfig {
  const config = storeConfigFor(data);
  if (config.kind === 'sqlite') {
    if (create) mkdirSync(data, { recursive: true });
    else if (!existsSync(config.path)) throw new LiaisonError('NO_NODE', { what: data });
  }
  return config;
}

/** Runs `fn` with the store of an initialised node, and closes it. */
export async function withNode<T>(opts: DataOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(configFor(opts.data, false));
  try {
    if (!(await isInitialised(store))) throw new LiaisonError('NO_NODE', { what: opts.data });
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** A collection by id or alias, or NOT_FOUND. */
export async function collectionArg(store: Store, idOrAlias: string) {
  const c = await store.getCollection(idOrAlias);
  if (!c) throw new LiaisonError('NOT_FOUND', { what: `collection ${JSON.stringify(idOrAlias)}` });
  return c;
}
