/**
 * @module Finding versions by object id on SQLite. Versions are found by `id_key`, a 52-bit number hashed from the
 * id (migration 5), not by the id itself: an index entry of a few bytes instead of the id's 40 to 80, so a commit
 * that adds versions of random ids touches far fewer index pages. A hash of the whole id (not a part of it) keeps ids
 * that share most of their characters apart. The key index is kept in two runs (migration 6, ./key-runs.ts): every
 * lookup reads both, then matches the id.
 */
import * as crypto from 'node:crypto';

const sha256Hex: (text: string) => string = typeof crypto.hash === 'function'
  ? (text) => crypto.hash('sha256', text, 'hex')
  : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** The id's key: the first 52 bits of its SHA-256 (an exact integer in JavaScript and in SQLite). */
export const idKey = (id: string): number => parseInt(sha256Hex(id).slice(0, 13), 16);

/** The version rows whose key satisfies `condition` (`IN (…)`, `= …`; its parameters are bound twice), in both runs. */
export function vidsWithKey(condition: string): string {
  return `SELECT vid FROM version_keys WHERE id_key ${condition} UNION ALL SELECT vid FROM recent_keys WHERE id_key ${condition}`;
}

/** `<alias>` rows (of `object_versions`) of `count` ids; bind `idParams(ids)`. */
export function idsIn(alias: string, count: number): string {
  const marks = Array.from({ length: count }, () => '?').join(', ');
  return `${alias}.vid IN (${vidsWithKey(`IN (${marks})`)}) AND ${alias}.object_id IN (${marks})`;
}

/** The parameters of `idsIn`: the keys (once for each run), then the ids (`key`: where the caller has the keys already). */
export function idParams(ids: readonly string[], key: (id: string) => number = idKey): (string | number)[] {
  const keys = ids.map(key);
  return [...keys, ...keys, ...ids];
}

/** `<alias>` rows (of `object_versions`) whose id is in a JSON array; bind `jsonParams(ids)`. */
export function idsInJson(alias: string): string {
  return `${alias}.vid IN (${vidsWithKey('IN (SELECT value FROM json_each(?))')}) AND ${alias}.object_id IN (SELECT value FROM json_each(?))`;
}

/** The parameters of `idsInJson`. */
export function jsonParams(ids: readonly string[]): [string, string, string] {
  const keys = JSON.stringify(ids.map(idKey));
  return [keys, keys, JSON.stringify(ids)];
}
