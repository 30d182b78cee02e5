/**
 * Migration 5 (exchange): provenance in two tables. What a batch of versions came from (kind, source, default
 * marking, collection, time) is one row of `provenance_sources` per `addObjects` call; each version keeps only its
 * key and that row's number. The per-version row, inserted at a random place of its index on every pull, is less
 * than half as wide as before, which is most of what recording provenance cost (see bench/sync.ts).
 */
export default `
CREATE TABLE provenance_sources (
  sid             INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL,
  source          TEXT NOT NULL,
  default_marking TEXT,
  collection_id   TEXT NOT NULL,
  at              TEXT NOT NULL
);
INSERT INTO provenance_sources (kind, source, default_marking, collection_id, at)
  SELECT DISTINCT kind, source, default_marking, collection_id, at FROM provenance;
CREATE TABLE provenance_v (
  object_id TEXT NOT NULL,
  version   TEXT NOT NULL,
  sid       INTEGER NOT NULL,
  PRIMARY KEY (object_id, version)
) WITHOUT ROWID;
INSERT INTO provenance_v (object_id, version, sid)
  SELECT p.object_id, p.version, s.sid FROM provenance p JOIN provenance_sources s
    ON s.kind = p.kind AND s.source = p.source AND s.default_marking IS p.default_marking AND s.collection_id = p.collection_id AND s.at = p.at;
DROP TABLE provenance;
ALTER TABLE provenance_v RENAME TO provenance;
`;
