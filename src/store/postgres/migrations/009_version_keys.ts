/**
 * Migration 9: the add path's indexes keyed by version row instead of object id, as SQLite's migration 5. Object
 * ids are random (UUIDs), so each index keyed by them took every new version on a random page: a B-tree descent
 * comparing texts, a page dirtied in the buffer pool and written in full to the WAL at its first change after each
 * checkpoint. There were three on the add path (the (object_id, vkey) unique index, `entries_object`, provenance) and
 * a fourth for deliveries; the first was also an ON CONFLICT arbiter, whose speculative insertion writes one more WAL
 * record per version.
 * - Entries are found from their versions (`entries_vid (vid, coll)`); `entries_object` is gone.
 * - Provenance and deliveries are keyed by the version row (`vid`), so new versions go at their end.
 * - `object_versions` is indexed by `id_key` (../../id-key.ts: the first 52 bits of the id's SHA-256, computed by
 *   the store; `liaison_id_key` here is the same function in SQL, for this migration and for people at a psql
 *   prompt): 8 bytes an entry instead of about 80. No unique index: the store adds a version only after looking
 *   for it inside its write transaction, under a transaction-scoped advisory lock on the id key's bucket
 *   (`liaison_add_prepare2`, migration 10), so two processes adding one version at once store it once.
 * Existing provenance and deliveries move to their version row: through an entry with that version text (every
 * kind of object: an SCO's version is its first entry's date_added), else through the version key (versions deleted
 * from every collection), which the store computes in JavaScript (`prepare`, ../../time.ts versionKey) into
 * `liaison_m9_keys`, so that the normalisation is not restated in SQL.
 */
import type pg from 'pg';
import { versionKey } from '../../time.js';

/** Fills `liaison_m9_keys (version, vkey)` with the version key of every version text of provenance and deliveries. */
export async function prepare(c: pg.ClientBase): Promise<void> {
  const texts = (await c.query('SELECT version FROM provenance UNION SELECT version FROM deliveries')).rows.map((r: { version: string }) => r.version);
  const keyed = texts.map((t) => [t, versionKey(t)] as const).filter((k): k is readonly [string, string] => k[1] !== undefined);
  await c.query('CREATE TEMP TABLE liaison_m9_keys (version TEXT PRIMARY KEY, vkey TEXT COLLATE "C" NOT NULL) ON COMMIT DROP');
  await c.query('INSERT INTO liaison_m9_keys SELECT * FROM unnest($1::text[], $2::text[])', [keyed.map((k) => k[0]), keyed.map((k) => k[1])]);
}

export default `
CREATE FUNCTION liaison_id_key(t TEXT) RETURNS BIGINT LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT ('x' || substr(encode(sha256(convert_to(t, 'UTF8')), 'hex'), 1, 13))::bit(52)::bigint
$fn$;

CREATE TABLE provenance_by_vid (
  vid             BIGINT PRIMARY KEY,
  version         TEXT NOT NULL,
  kind            TEXT NOT NULL,
  source          TEXT NOT NULL,
  default_marking TEXT,
  collection_id   TEXT NOT NULL,
  at              TEXT NOT NULL
);
INSERT INTO provenance_by_vid (vid, version, kind, source, default_marking, collection_id, at)
SELECT vid, version, kind, source, default_marking, collection_id, at FROM (
  SELECT p.*, COALESCE(
    (SELECT e.vid FROM entries e WHERE e.object_id = p.object_id AND e.version = p.version LIMIT 1),
    (SELECT o.vid FROM liaison_m9_keys k JOIN object_versions o ON o.object_id = p.object_id AND o.vkey = k.vkey WHERE k.version = p.version)
  ) AS vid
  FROM provenance p
) x WHERE vid IS NOT NULL
ON CONFLICT DO NOTHING;
DROP TABLE provenance;
ALTER TABLE provenance_by_vid RENAME TO provenance;
ALTER INDEX provenance_by_vid_pkey RENAME TO provenance_pkey;

CREATE TABLE deliveries_by_vid (
  partner TEXT NOT NULL,
  vid     BIGINT NOT NULL,
  version TEXT NOT NULL,
  at      TEXT NOT NULL,
  PRIMARY KEY (partner, vid)
);
INSERT INTO deliveries_by_vid (partner, vid, version, at)
SELECT partner, vid, version, at FROM (
  SELECT d.*, COALESCE(
    (SELECT e.vid FROM entries e WHERE e.object_id = d.object_id AND e.version = d.version LIMIT 1),
    (SELECT o.vid FROM liaison_m9_keys k JOIN object_versions o ON o.object_id = d.object_id AND o.vkey = k.vkey WHERE k.version = d.version)
  ) AS vid
  FROM deliveries d
) x WHERE vid IS NOT NULL
ON CONFLICT DO NOTHING;
DROP TABLE deliveries;
ALTER TABLE deliveries_by_vid RENAME TO deliveries;
ALTER INDEX deliveries_by_vid_pkey RENAME TO deliveries_pkey;

CREATE INDEX entries_vid ON entries (vid, coll);
DROP INDEX entries_object;

ALTER TABLE object_versions ADD COLUMN id_key BIGINT;
UPDATE object_versions SET id_key = liaison_id_key(object_id);
ALTER TABLE object_versions ALTER COLUMN id_key SET NOT NULL, DROP CONSTRAINT object_versions_object_id_vkey_key;
-- Statistics on the key (migration 8 turned them off for the other columns): its distinct count tells the planner
-- that a key matches a row or so.
ALTER TABLE object_versions ALTER COLUMN id_key SET STATISTICS 100;
CREATE INDEX object_versions_key ON object_versions (id_key);
DROP FUNCTION liaison_add_prepare(BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT);
ANALYZE object_versions, entries;
`;
