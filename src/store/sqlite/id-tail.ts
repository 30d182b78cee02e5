/**
 * @module Finding versions by object id on SQLite: `object_versions` is indexed by the id's last 12 characters
 * (`id_tail`, migration 5), a small index on the random hex of a UUID. Every lookup by id matches the tail first (so
 * that SQLite uses the index), then the whole id.
 */

/** The characters of an id that `id_tail` holds (`substr(object_id, -12)`; ids are ASCII). */
export const idTail = (id: string): string => id.slice(-12);

/** `<alias>.id_tail IN (…) AND <alias>.object_id IN (…)` for `count` ids; bind `idParams(ids)`. */
export function idsIn(alias: string, count: number): string {
  const marks = Array.from({ length: count }, () => '?').join(', ');
  return `${alias}.id_tail IN (${marks}) AND ${alias}.object_id IN (${marks})`;
}

/** The parameters of `idsIn`: the tails, then the ids. */
export function idParams(ids: readonly string[]): string[] {
  return [...ids.map(idTail), ...ids];
}

/** The same as `idsIn` for a JSON array of ids bound twice: `<alias>` rows whose id is in it. */
export function idsInJson(alias: string): string {
  return `${alias}.id_tail IN (SELECT substr(value, -12) FROM json_each(?)) AND ${alias}.object_id IN (SELECT value FROM json_each(?))`;
}
