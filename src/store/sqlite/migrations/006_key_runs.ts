/**
 * Migration 6: the index from id key to version row in two runs, as a log-structured merge tree keeps them. Ids are
 * random, so a B-tree keyed by them takes each new version on a random page, and once it outgrows the versions one
 * commit adds (a few hundred), every version added costs a page of WAL for that index alone (about 4 KB of WAL per
 * version at a few hundred thousand versions, three times what the version itself costs). Now new versions go to
 * `recent_keys`, a run small enough that a commit touches few of its pages, and `../key-runs.ts` moves it into
 * `version_keys` from time to time in key order, which writes each page of the large run once per merge instead of
 * once per version. Lookups read both runs (../id-key.ts). `object_versions.id_key` stays, unindexed: merges and the
 * first/last queries read it by version row.
 */
export default `
CREATE TABLE version_keys (
  id_key INTEGER NOT NULL,
  vid    INTEGER NOT NULL,
  PRIMARY KEY (id_key, vid)
) WITHOUT ROWID;
CREATE TABLE recent_keys (
  id_key INTEGER NOT NULL,
  vid    INTEGER NOT NULL,
  PRIMARY KEY (id_key, vid)
) WITHOUT ROWID;
INSERT INTO version_keys (id_key, vid) SELECT id_key, vid FROM object_versions ORDER BY id_key, vid;
DROP INDEX object_versions_key;
DELETE FROM sqlite_stat1 WHERE idx = 'object_versions_key';
ANALYZE sqlite_schema;
`;
