/**
 * @module Finding versions by object id on SQLite: by the id's key (../id-key.ts, migration 5), whose index is kept
 * in two runs (migration 6, ./key-runs.ts); every lookup reads both runs, then matches the id.
 */
import { idKey } from '../id-key.js';

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
