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
 * `postgres://` or `postgresql://` URL) is set in `env`, otherwise `<dataDir>/liaison.db`.
 */
export function storeConfigFor(dataDir: string, env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const url = env.LIAISON_DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  return { kind: 'sqlite', path: join(dataDir, SQLITE_FILE) };
}

/** Opens the store `config` describes and applies its pending migrations. */
export async function openStore(config: StoreConfig): Promise<Store> {
  if (config.kind === 'sqlite') {
    const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
    return openSqliteStore({ path: config.path });
  }
  const { openPostgresStore } = await import('./postgres/postgres-store.js');
  return openPostgresStore(config);
}
