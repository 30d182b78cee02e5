/**
 * @module The SQL both backends share: the selection of entries for a TAXII query (TAXII 2.1 section 3.4:
 * added_after, match[id|type|version|spec_version]) with a keyset position, written with `?` placeholders (the
 * PostgreSQL backend renumbers them). Parameters never become SQL text.
 */
import { LiaisonError } from '../errors.js';
import { versionKey } from './time.js';
import { idKey } from './id-key.js';
import { idParams, idsIn, vidsWithKey } from './sqlite/id-key.js';
import type { ObjectFilter, PageRequest, VersionSelector } from './types.js';

export interface SqlQuery {
  text: string;
  params: unknown[];
}

/** Largest page a backend serves in one call; the server caps `limit` lower. */
export const MAX_PAGE = 10_000;

/** Max values in one match[...] list. */
export const MAX_MATCH_VALUES = 1000;

function list(values: readonly string[] | undefined, what: string): string[] | undefined {
  if (values === undefined) return undefined;
  if (values.length > MAX_MATCH_VALUES) throw new LiaisonError('USAGE', { detail: `too many ${what} values (max ${MAX_MATCH_VALUES})` });
  // A value with a NUL cannot match (stored ids, types and versions are printable) and PostgreSQL text refuses NUL.
  return values.filter((v) => !v.includes('\u0000'));
}

/** How a backend binds a list of values: SQLite one `?` per value, PostgreSQL one array parameter (`= ANY(?)`), so
 * that a statement's text does not depend on the list's length and its prepared plan is reused. */
export type Dialect = 'sqlite' | 'postgres';

export interface WhereOptions {
  dialect?: Dialect;
  /**
   * Which spec versions an absent (or empty) `specVersions` selects: `latest` (default), only each object's latest
   * spec version (TAXII 2.1 section 3.4.1, match[spec_version]: reads); `any`, all of them (deletions).
   */
  specDefault?: 'latest' | 'any';
}

/**
 * The WHERE clause (after `WHERE`) selecting the entries `e` of collection `collSeq` that match `filter`, from after
 * `page.after`. An empty `ids`/`types` list selects nothing; an empty `specVersions` list is the absent filter.
 */
export function whereEntries(collSeq: number, filter: ObjectFilter, page: Pick<PageRequest, 'after'>, options: WhereOptions = {}): SqlQuery {
  const dialect = options.dialect ?? 'sqlite';
  const parts: string[] = ['e.coll = ?'];
  const params: unknown[] = [collSeq];
  const micros = (v: unknown, what: string) => {
    if (!Number.isSafeInteger(v) || (v as number) < 0) throw new LiaisonError('USAGE', { detail: `${what} is not a time` });
  };
  if (filter.addedAfter !== undefined) micros(filter.addedAfter, 'added_after');
  if (page.after) {
    micros(page.after.dateAdded, 'the page position');
    if (typeof page.after.id !== 'string' || page.after.id.includes('\u0000')) throw new LiaisonError('USAGE', { detail: 'the page position is not valid' });
  }
  let from = filter.addedAfter;
  if (page.after && (from === undefined || page.after.dateAdded >= from)) {
    // (date_added, id) > position. date_added is unique in a collection (its primary key), so ordering by date_added
    // alone is the (date_added, id) order and lets both databases walk the primary key with the LIMIT.
    parts.push('e.date_added >= ? AND (e.date_added > ? OR e.object_id > ?)');
    params.push(page.after.dateAdded, page.after.dateAdded, page.after.id);
    from = undefined;
  }
  if (from !== undefined) {
    parts.push('e.date_added > ?');
    params.push(from);
  }
  const ids = list(filter.ids, 'match[id]');
  const types = list(filter.types, 'match[type]');
  let specs = list(filter.specVersions, 'match[spec_version]');
  if (specs?.length === 0) specs = filter.specVersions?.length ? [] : undefined; // [] as given = absent; only NULs = none
  if (ids?.length === 0 || types?.length === 0 || specs?.length === 0) return { text: 'e.coll = ? AND 1 = 0', params: [collSeq] };
  const inList = (col: string, values: string[]) => {
    const c = inClause(col, values, dialect);
    parts.push(c.text);
    params.push(...c.params);
  };
  if (ids) {
    // An object's entries are found from its versions, those by the ids' keys (./id-key.ts; SQLite migrations 5
    // and 6, PostgreSQL migration 9): entries have no index by object id.
    if (dialect === 'sqlite') {
      parts.push(`e.vid IN (SELECT o.vid FROM object_versions o WHERE ${idsIn('o', ids.length)})`);
      params.push(...idParams(ids));
    } else {
      parts.push('e.vid IN (SELECT o.vid FROM object_versions o WHERE o.id_key = ANY(?::bigint[]) AND o.object_id = ANY(?::text[]))');
      params.push(ids.map(idKey), ids);
    }
  }
  if (types) inList('e.type', types);
  if (specs) inList('e.spec_version', specs);
  const latestOnly = !specs && options.specDefault !== 'any';
  const v = versionClause(filter.versions ?? { last: true }, specs, dialect, latestOnly);
  if (v) {
    parts.push(v.text);
    params.push(...v.params);
  }
  return { text: parts.join(' AND '), params };
}

/** `col IN (?, …)` (SQLite) or `col = ANY(?::text[])` (PostgreSQL). */
function inClause(col: string, values: readonly string[], dialect: Dialect): SqlQuery {
  if (values.length === 0) return { text: '1 = 0', params: [] };
  return dialect === 'postgres'
    ? { text: `${col} = ANY(?::text[])`, params: [values] }
    : { text: `${col} IN (${values.map(() => '?').join(', ')})`, params: [...values] };
}

/**
 * The match[version] condition on `e`; null when nothing is to be filtered. Without a spec_version filter it reads
 * the stored flags (is_first / is_last hold only on latest-spec entries; `latestOnly` adds is_latest_spec to `all`
 * and `exact`); with one, first and last are taken among the versions of those spec versions.
 */
function versionClause(sel: VersionSelector, specs: string[] | undefined, dialect: Dialect, latestOnly: boolean): SqlQuery | null {
  if (sel.all) return latestOnly ? { text: 'e.is_latest_spec = 1', params: [] } : null;
  if (!sel.first && !sel.last && !sel.exact?.length) sel = { last: true }; // TAXII's default
  const ors: string[] = [];
  const params: unknown[] = [];
  const extreme = (cmp: '<' | '>', flag: string) => {
    if (!specs) {
      ors.push(`e.${flag} = 1`);
      return;
    }
    // The first/last among the versions of the requested spec versions only.
    const c = inClause('e2.spec_version', specs, dialect);
    // The object's other entries, through its versions by its key (entries have no index by object id).
    const key = '(SELECT o3.id_key FROM object_versions o3 WHERE o3.vid = e.vid)';
    const sameObject = dialect === 'sqlite'
      ? `e2.object_id = e.object_id AND e2.vid IN (${vidsWithKey(`= ${key}`)})`
      : `e2.vid IN (SELECT o2.vid FROM object_versions o2 WHERE o2.id_key = ${key} AND o2.object_id = e.object_id)`;
    ors.push(`NOT EXISTS (SELECT 1 FROM entries e2 WHERE e2.coll = e.coll AND ${sameObject} AND ${c.text} AND e2.version_key ${cmp} e.version_key)`);
    params.push(...c.params);
  };
  if (sel.first) extreme('<', 'is_first');
  if (sel.last) extreme('>', 'is_last');
  const exact = list(sel.exact, 'match[version]') ?? [];
  const keys = exact.map((t) => {
    const k = versionKey(t);
    if (k === undefined) throw new LiaisonError('USAGE', { detail: `match[version]: ${JSON.stringify(t).slice(0, 80)} is not a timestamp` });
    return k;
  });
  if (keys.length) {
    const c = inClause('e.version_key', keys, dialect);
    ors.push(latestOnly ? `(${c.text} AND e.is_latest_spec = 1)` : c.text);
    params.push(...c.params);
  }
  if (ors.length === 0) return { text: '1 = 0', params: [] };
  return { text: `(${ors.join(' OR ')})`, params };
}

/** Checks a page request's limit. */
export function checkLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw new LiaisonError('USAGE', { detail: `limit must be an integer from 1 to ${MAX_PAGE}` });
  }
  return limit;
}

/**
 * ` WHERE col = $1 AND …` for the conditions whose value is given (PostgreSQL numbering, from `$1`), or '' when none
 * is: a statement without `($n IS NULL OR col = $n)` arms keeps its index under a generic plan.
 */
export function givenEquals(conditions: readonly (readonly [column: string, value: string | undefined])[]): SqlQuery {
  const where: string[] = [];
  const params: string[] = [];
  for (const [column, value] of conditions) {
    if (value === undefined) continue;
    params.push(value);
    where.push(`${column} = $${params.length}`);
  }
  return { text: where.length ? ` WHERE ${where.join(' AND ')}` : '', params };
}
