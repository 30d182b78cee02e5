/**
 * Migration 5: the add path's indexes keyed by version row instead of object id. Object ids are random (UUIDs), so
 * every index keyed by them takes each new version on a random page, and a commit writes every page it touched to
 * the WAL: with four such indexes a version cost about four pages of WAL. Now entries are found from their version
 * through `entries_vid`, and provenance and deliveries are keyed by the version row, so those take new versions at
 * their end. The one index still keyed by id holds a 52-bit hash of it (`id_key`, ../id-key.ts): a few bytes an
 * entry instead of the (object_id, vkey) unique index's 80 or so, so a commit touches far fewer of its pages.
 * Queries match `id_key` and then `object_id`; the store checks that a version is new before adding it, inside its
 * write transaction (SQLite has one writer at a time). `liaison_id_key` and `liaison_version_key` are the store's
 * functions (../id-key.ts, ../../time.ts versionKey) registered on the connection.
 */
export default `
CREATE INDEX entries_vid ON entries (vid, coll);
CREATE TABLE provenance_by_vid (
  vid             INTEGER PRIMARY KEY,
  version         TEXT NOT NULL,
  kind            TEXT NOT NULL,
  source          TEXT NOT NULL,
  default_marking TEXT,
  collection_id   TEXT NOT NULL,
  at              TEXT NOT NULL
);
-- The version row of each provenance (and below, delivery): through an entry with that version text (every kind of
-- object, SCOs included, whose version is their first entry's date_added), else through the version's key.
INSERT OR IGNORE INTO provenance_by_vid (vid, version, kind, source, default_marking, collection_id, at)
SELECT vid, version, kind, source, default_marking, collection_id, at FROM (
  SELECT p.*, COALESCE(
    (SELECT e.vid FROM entries e WHERE e.object_id = p.object_id AND e.version = p.version LIMIT 1),
    (SELECT o.vid FROM object_versions o WHERE o.object_id = p.object_id AND o.vkey = liaison_version_key(p.version))
  ) AS vid
  FROM provenance p
) WHERE vid IS NOT NULL;
DROP TABLE provenance;
ALTER TABLE provenance_by_vid RENAME TO provenance;
CREATE TABLE deliveries_by_vid (
  partner TEXT NOT NULL,
  vid     INTEGER NOT NULL,
  version TEXT NOT NULL,
  at      TEXT NOT NULL,
  PRIMARY KEY (partner, vid)
) WITHOUT ROWID;
INSERT OR IGNORE INTO deliveries_by_vid (partner, vid, version, at)
SELECT partner, vid, version, at FROM (
  SELECT d.*, COALESCE(
    (SELECT e.vid FROM entries e WHERE e.object_id = d.object_id AND e.version = d.version LIMIT 1),
    (SELECT o.vid FROM object_versions o WHERE o.object_id = d.object_id AND o.vkey = liaison_version_key(d.version))
  ) AS vid
  FROM deliveries d
) WHERE vid IS NOT NULL;
DROP TABLE deliveries;
ALTER TABLE deliveries_by_vid RENAME TO deliveries;
DROP INDEX entries_object;
CREATE TABLE object_versions_by_key (
  vid       INTEGER PRIMARY KEY,
  object_id TEXT NOT NULL,
  vkey      TEXT NOT NULL,
  hash      TEXT NOT NULL,
  json      TEXT NOT NULL,
  id_key    INTEGER NOT NULL
);
INSERT INTO object_versions_by_key (vid, object_id, vkey, hash, json, id_key)
SELECT vid, object_id, vkey, hash, json, liaison_id_key(object_id) FROM object_versions;
DROP TABLE object_versions;
ALTER TABLE object_versions_by_key RENAME TO object_versions;
CREATE INDEX object_versions_key ON object_versions (id_key);
-- Fixed statistics as in migration 1: a version is in few collections; an object has few versions.
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('entries', 'entries_vid', '1000000 1 1'),
  ('object_versions', 'object_versions_key', '1000000 2');
ANALYZE sqlite_schema;
`;
