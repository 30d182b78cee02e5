/**
 * Migration 8: no planner statistics on `object_versions`' columns. Every query reads it by a unique key (vid, or
 * object id and version key), whose plans need only the row count, which ANALYZE still takes from a small sample.
 * Statistics on the JSON texts made each ANALYZE (the store's after a bulk load, see `noteInserted` in
 * postgres-store.ts, and autovacuum's) sample, sort and compare 30,000 whole texts: about 15 times the cost.
 */
export default `
ALTER TABLE object_versions
  ALTER COLUMN vid SET STATISTICS 0, ALTER COLUMN object_id SET STATISTICS 0, ALTER COLUMN vkey SET STATISTICS 0,
  ALTER COLUMN hash SET STATISTICS 0, ALTER COLUMN json SET STATISTICS 0;
`;
