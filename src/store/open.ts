/**
 * @module Opening a store from its configuration: SQLite in the node's data folder by default, PostgreSQL when a
 * connection URL is configured. The backend modules load on demand so that a node on SQLite never loads `pg`.
 */
import { join } from 'node:path';
import type { Store } from './store.js';
import type { StoreConfig } from './types.js';

/** The embedded database's file name inside the data folder. */
export const SQLITE_FILE = 'liaison.db';

/**
 * The store configuration of a node whose data folder is `dataDir`: PostgreSQL when `LIAISON_DATABASE_URL` (a
 * `postgres://` or `postgresql://` URL) is set in `env`, otherwise `<dataDir>/liaison.db`
 * (`LIAISON_SQLITE_SYNCHRONOUS=NORMAL` trades power-loss durability for speed; SIGKILL-safe either way).
 */
export function storeConfigFor(dataDir: string, env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const url = env.LIAISON_DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  const sync = env.LIAISON_SQLITE_SYNCHRONOUS?.toUpperCase() === 'NORMAL' ? 'NORMAL' : undefined;
  return { kind: 'sqlite', path: join(dataDir, SQLITE_FILE), ...(sync && { synchronous: sync }) };
}

/** Opens the store `config` describes and applies its pending migrations. */
export async function openStore(config: StoreConfig): Promise<Store> {
  if (config.kind === 'sqlite') {
    const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
    return openSqliteStore({ path: config.path, synchronous: config.synchronous });
  }
  const { openPostgresStore } = await import('./postgres/postgres-store.js');
  return openPostgresStore(config);
}
