/** The SQLite schema's numbered migrations, applied in order at open (src/store/sqlite/sqlite-store.ts). */
import m001 from './001_initial.js';
import m002 from './002_exchange.js';
import m003 from './003_latest_spec.js';
import m004 from './004_deliveries.js';
import m005 from './005_version_keys.js';
import m006 from './006_key_runs.js';
import m007 from './007_meta_generation.js';

export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  { version: 1, sql: m001 },
  { version: 2, sql: m002 },
  { version: 3, sql: m003 },
  { version: 4, sql: m004 },
  { version: 5, sql: m005 },
  { version: 6, sql: m006 },
  { version: 7, sql: m007 },
];
