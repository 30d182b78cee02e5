/**
 * @module The key by which both backends find versions from an object id: `object_versions` is indexed by `id_key`,
 * a 52-bit number hashed from the id (SQLite migrations 5 and 6, PostgreSQL migration 9), not by the id itself: an
 * index entry of a few bytes instead of the id's 40 to 80, so a commit that adds versions of random ids touches far
 * fewer index pages. A hash of the whole id (not a part of it) keeps ids that share most of their characters apart.
 * Every lookup matches the key, then the id. The SQL that reads the key is each backend's (SQLite keeps the index in
 * two runs: ./sqlite/id-key.ts; PostgreSQL binds arrays of keys and ids).
 */
import { sha256Hex } from './record.js';

/** The id's key: the first 52 bits of its SHA-256 (an exact integer in JavaScript, SQLite and PostgreSQL's bigint). */
export const idKey = (id: string): number => parseInt(sha256Hex(id).slice(0, 13), 16);
