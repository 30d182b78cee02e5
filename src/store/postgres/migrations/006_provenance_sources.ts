/**
 * Migration 6 (exchange): provenance in two tables, as SQLite's migration 5 (src/store/sqlite/migrations/
 * 005_provenance_sources.ts): one `provenance_sources` row per `addObjects` call, and per version only its key and
 * that row's number.
 */
export default `
CREATE TABLE provenance_sources (
  sid             BIGSERIAL PRIMARY KEY,
  kind            TEXT NOT NULL,
  source          TEXT NOT NULL,
  default_marking TEXT,
  collection_id   TEXT NOT NULL,
  at              TEXT NOT NULL
);
INSERT INTO provenance_sources (kind, source, default_marking, collection_id, at)
  SELECT DISTINCT kind, source, default_marking, collection_id, at FROM provenance;
CREATE TABLE provenance_v (
  object_id TEXT COLLATE "C" NOT NULL,
  version   TEXT NOT NULL,
  sid       BIGINT NOT NULL,
  PRIMARY KEY (object_id, version)
);
INSERT INTO provenance_v (object_id, version, sid)
  SELECT p.object_id, p.version, s.sid FROM provenance p JOIN provenance_sources s
    ON s.kind = p.kind AND s.source = p.source AND s.default_marking IS NOT DISTINCT FROM p.default_marking AND s.collection_id = p.collection_id AND s.at = p.at;
DROP TABLE provenance;
ALTER TABLE provenance_v RENAME TO provenance;
ALTER TABLE provenance RENAME CONSTRAINT provenance_v_pkey TO provenance_pkey;
`;
