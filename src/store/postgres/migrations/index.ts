/** The PostgreSQL schema's numbered migrations, applied in order at open (src/store/postgres/postgres-store.ts). */
import type pg from 'pg';
import m001 from './001_initial.js';
import m002 from './002_exchange.js';
import m003 from './003_latest_spec.js';
import m004 from './004_add_prepare.js';
import m005 from './005_deliveries.js';
import m006 from './006_add_prepare_returning.js';
import m007 from './007_meta_notify.js';
import m008 from './008_version_statistics.js';
import m009, { prepare as prepare009 } from './009_version_keys.js';
import m010 from './010_add_prepare_keys.js';
import m011 from './011_lz4_texts.js';
import m012 from './012_add_new.js';
import m013 from './013_add_new_streamed.js';
import m014 from './014_provenance_sources.js';

/**
 * A migration: `sql` run in the migrating transaction, after `prepare` (when given), which may compute in
 * JavaScript what the SQL reads (a temporary table).
 */
export interface Migration {
  version: number;
  sql: string;
  prepare?: (c: pg.ClientBase) => Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, sql: m001 },
  { version: 2, sql: m002 },
  { version: 3, sql: m003 },
  { version: 4, sql: m004 },
  { version: 5, sql: m005 },
  { version: 6, sql: m006 },
  { version: 7, sql: m007 },
  { version: 8, sql: m008 },
  { version: 9, sql: m009, prepare: prepare009 },
  { version: 10, sql: m010 },
  { version: 11, sql: m011 },
  { version: 12, sql: m012 },
  { version: 13, sql: m013 },
  { version: 14, sql: m014 },
];
