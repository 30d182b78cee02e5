/**
 * Migration 3: `is_latest_spec` (TAXII 2.1 section 3.4.1: without match[spec_version] only each object's latest spec
 * version is served) with is_first / is_last recomputed among the latest-spec entries (src/store/plan.ts,
 * `settleFlags`), and an index for match[type] that walks one type of one collection in date_added order.
 */
export default `
ALTER TABLE entries ADD COLUMN is_latest_spec INTEGER NOT NULL DEFAULT 1;
UPDATE entries AS e SET is_latest_spec = x.l, is_first = x.f, is_last = x.la
FROM (
  SELECT coll, date_added, l,
    CASE WHEN l = 1 AND row_number() OVER (PARTITION BY coll, object_id, l ORDER BY version_key, date_added) = 1 THEN 1 ELSE 0 END AS f,
    CASE WHEN l = 1 AND row_number() OVER (PARTITION BY coll, object_id, l ORDER BY version_key DESC, date_added DESC) = 1 THEN 1 ELSE 0 END AS la
  FROM (
    SELECT coll, date_added, object_id, version_key,
      CASE WHEN spec_version = max(spec_version) OVER (PARTITION BY coll, object_id) THEN 1 ELSE 0 END AS l
    FROM entries
  ) AS s
) AS x
WHERE e.coll = x.coll AND e.date_added = x.date_added AND (e.is_latest_spec, e.is_first, e.is_last) IS NOT (x.l, x.f, x.la);
CREATE INDEX entries_type ON entries (coll, type, date_added);
-- Fixed statistics as in migration 1: many entries per collection, a good share per type.
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('entries', 'entries_type', '1000000 100000 10000 1');
ANALYZE sqlite_schema;
`;
