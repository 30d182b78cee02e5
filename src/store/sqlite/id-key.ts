/** SQLite's id keys: the module is shared with PostgreSQL now (../id-key.ts). */
export * from '../id-key.js';
