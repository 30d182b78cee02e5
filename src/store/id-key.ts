/**
 * @module Finding versions by object id, on both backends: `object_versions` is indexed by `id_key`, a 52-bit number
 * hashed from the id (SQLite migration 5, PostgreSQL migration 9), not by the id itself: an index entry of a few
 * bytes instead of the id's 40 to 80, so a commit that adds versions of random ids touches far fewer of its pages. A
 * hash of the whole id (not a part of it) keeps ids that share most of their characters apart. Every lookup by id
 * matches the key, then the id. The SQL helpers below are SQLite's (`?` placeholders, json_each); PostgreSQL binds
 * arrays of keys and ids instead.
 */
import * as crypto from 'node:crypto';

const sha256Hex: (text: string) => string = typeof crypto.hash === 'function'
  ? (text) => crypto.hash('sha256', text, 'hex')
  : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** The id's key: the first 52 bits of its SHA-256 (an exact integer in JavaScript and in SQLite). */
export const idKey = (id: string): number => parseInt(sha256Hex(id).slice(0, 13), 16);

/** `<alias>.id_key IN (…) AND <alias>.object_id IN (…)` for `count` ids; bind `idParams(ids)`. */
export function idsIn(alias: string, count: number): string {
  const marks = Array.from({ length: count }, () => '?').join(', ');
  return `${alias}.id_key IN (${marks}) AND ${alias}.object_id IN (${marks})`;
}

/** The parameters of `idsIn`: the keys, then the ids (`key`: where the caller has the keys already). */
export function idParams(ids: readonly string[], key: (id: string) => number = idKey): (string | number)[] {
  return [...ids.map(key), ...ids];
}

/** `<alias>` rows whose id is in a JSON array; bind `jsonParams(ids)`. */
export function idsInJson(alias: string): string {
  return `${alias}.id_key IN (SELECT value FROM json_each(?)) AND ${alias}.object_id IN (SELECT value FROM json_each(?))`;
}

/** The parameters of `idsInJson`. */
export function jsonParams(ids: readonly string[]): [string, string] {
  return [JSON.stringify(ids.map(idKey)), JSON.stringify(ids)];
}
