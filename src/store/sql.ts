/**
 * @module The SQL both backends share: the selection of entries for a TAXII query (TAXII 2.1 section 3.4:
 * added_after, match[id|type|version|spec_version]) with a keyset position, written with `?` placeholders (the
 * PostgreSQL backend renumbers them). Parameters never become SQL text.
 */
import { LiaisonError } from '../errors.js';
import { versionKey } from './time.js';
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

/**
 * The WHERE clause (after `WHERE`) selecting the entries `e` of collection `collSeq` that match `filter`, from after
 * `page.after`. An empty `ids`/`types`/`specVersions` list selects nothing.
 */
export function whereEntries(collSeq: number, filter: ObjectFilter, page: Pick<PageRequest, 'after'>): SqlQuery {
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
  const inList = (col: string, values: string[]) => {
    if (values.length === 0) parts.push('1 = 0');
    else {
      parts.push(`${col} IN (${values.map(() => '?').join(', ')})`);
      params.push(...values);
    }
  };
  const ids = list(filter.ids, 'match[id]');
  const types = list(filter.types, 'match[type]');
  const specs = list(filter.specVersions, 'match[spec_version]');
  if (ids?.length === 0 || types?.length === 0 || specs?.length === 0) return { text: 'e.coll = ? AND 1 = 0', params: [collSeq] };
  if (ids) inList('e.object_id', ids);
  if (types) inList('e.type', types);
  if (specs) inList('e.spec_version', specs);
  const v = versionClause(filter.versions ?? { last: true }, specs);
  if (v) {
    parts.push(v.text);
    params.push(...v.params);
  }
  return { text: parts.join(' AND '), params };
}

/** The match[version] condition on `e`; null for `all`. Without a spec_version filter it reads the stored flags. */
function versionClause(sel: VersionSelector, specs: string[] | undefined): SqlQuery | null {
  if (sel.all) return null;
  if (!sel.first && !sel.last && !sel.exact?.length) sel = { last: true }; // TAXII's default
  const ors: string[] = [];
  const params: unknown[] = [];
  const extreme = (cmp: '<' | '>', flag: string) => {
    if (!specs) {
      ors.push(`e.${flag} = 1`);
      return;
    }
    // The first/last among the versions of the requested spec versions only.
    ors.push(
      `NOT EXISTS (SELECT 1 FROM entries e2 WHERE e2.coll = e.coll AND e2.object_id = e.object_id` +
        ` AND e2.spec_version IN (${specs.map(() => '?').join(', ')}) AND e2.version_key ${cmp} e.version_key)`,
    );
    params.push(...specs);
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
    ors.push(`e.version_key IN (${keys.map(() => '?').join(', ')})`);
    params.push(...keys);
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
