/**
 * Migration 14: provenance normalised. Each version's provenance row carried the texts of its source (kind, source,
 * default marking, collection id, time: about 90 bytes), the same for every version one call added; a bulk load
 * wrote them once per version, to the heap and to the WAL (a provenance row and its index entry were about 230 of
 * the 1,600 WAL bytes per object of a TAXII ingest). Now:
 * - `provenance_sources (id, kind, source, default_marking, collection_id, at)`: one row per call that recorded
 *   provenance (per group commit, one per call with provenance), drawn from its sequence by the writer; rows are
 *   never updated or deleted, so a reader joins them by id.
 * - `provenance_versions (vid, src, version)`: one row per version (the first source of a version wins, as before).
 * - `provenance`, a view of the two in the old table's shape, which takes inserts (a source row for each): a process
 *   of migration 13 still running during an upgrade reads and writes provenance as before.
 * Existing rows move: one source row per distinct (kind, source, default_marking, collection_id, at), each version
 * pointing at it. `liaison_add_new` (migration 13) writes the new form, and probes `provenance_versions` only for
 * versions that were already stored (a version row it has just drawn from the sequence cannot have provenance yet).
 *
 * `liaison_add_new` also takes groups with SCOs, whose version is their entry's date_added (../../plan.ts): a new
 * overload with two more parameters, the entries' version keys (NULL: the versions' keys, as before) and whether the
 * caller computed the versions from date_added starting at `p_now`, in which case it adds the group only if the
 * collection's next date_added is `p_now` (else it writes nothing and returns NULL, and the store takes the general
 * path). Any SCO used to send its whole group the general path (four round trips). The old signature stays, calling
 * the new one, for a process of migration 13 still running during an upgrade.
 * Same-run store-only loads (4 callers, calls of 100, provenance as TAXII posts record it, calls alternating between
 * a store of before and one of now), database CPU per object: the bench generator's mix of SDOs, SROs and SCOs
 * 25.8-40.0 against 33.2-47.3 µs, median pair ratio 0.75 over six pairs (node 38-51 against 56-71 µs, generation
 * included); new indicators only, median pair ratio 0.91 over twelve pairs. WAL 1,440 against 1,508 B/obj
 * (indicators).
 */
export default `
CREATE TABLE provenance_sources (
  id              BIGSERIAL PRIMARY KEY,
  kind            TEXT NOT NULL,
  source          TEXT NOT NULL,
  default_marking TEXT,
  collection_id   TEXT NOT NULL,
  at              TEXT NOT NULL
);
CREATE TEMP TABLE liaison_m14 ON COMMIT DROP AS
  SELECT p.vid, p.version, p.kind, p.source, p.default_marking, p.collection_id, p.at,
    dense_rank() OVER (ORDER BY p.kind, p.source, p.default_marking NULLS FIRST, p.collection_id, p.at) AS src
  FROM provenance p;
INSERT INTO provenance_sources (id, kind, source, default_marking, collection_id, at)
  SELECT DISTINCT ON (m.src) m.src, m.kind, m.source, m.default_marking, m.collection_id, m.at FROM liaison_m14 m ORDER BY m.src;
SELECT setval(pg_get_serial_sequence('provenance_sources', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM provenance_sources;
CREATE TABLE provenance_versions (
  vid     BIGINT PRIMARY KEY,
  src     BIGINT NOT NULL,
  version TEXT NOT NULL
);
INSERT INTO provenance_versions (vid, src, version) SELECT m.vid, m.src, m.version FROM liaison_m14 m;
DROP TABLE provenance;

-- The old table's shape, for a process of migration 13 still running during an upgrade (its reads and its general
-- path's writes), and for people at a psql prompt.
CREATE VIEW provenance AS
  SELECT p.vid, p.version, s.kind, s.source, s.default_marking, s.collection_id, s.at
  FROM provenance_versions p JOIN provenance_sources s ON s.id = p.src;
CREATE FUNCTION liaison_provenance_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  s BIGINT;
BEGIN
  INSERT INTO provenance_sources (kind, source, default_marking, collection_id, at)
    VALUES (NEW.kind, NEW.source, NEW.default_marking, NEW.collection_id, NEW.at) RETURNING id INTO s;
  INSERT INTO provenance_versions (vid, src, version) VALUES (NEW.vid, s, NEW.version);
  RETURN NEW;
END
$fn$;
CREATE TRIGGER provenance_insert INSTEAD OF INSERT ON provenance FOR EACH ROW EXECUTE FUNCTION liaison_provenance_insert();

CREATE FUNCTION liaison_add_new(p_seq BIGINT, p_now BIGINT, p_ids TEXT, p_keys TEXT, p_vkeys TEXT, p_hashes TEXT, p_jsons TEXT,
  p_types TEXT, p_specs TEXT, p_versions TEXT, p_prov TEXT, p_prov_kinds TEXT[], p_prov_sources TEXT[], p_prov_markings TEXT[],
  p_collection_id TEXT, p_at TEXT, p_status_ids TEXT[], p_status_roots TEXT[], p_status_bodies TEXT, p_status_expiries BIGINT[],
  p_entry_keys TEXT, p_at_now BOOLEAN)
RETURNS BIGINT
LANGUAGE plpgsql VOLATILE
SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off
AS $fn$
DECLARE
  last_added BIGINT;
  ids TEXT[];
  ks BIGINT[];
  vkeys TEXT[];
  ekeys TEXT[];
  hashes TEXT[];
  versions TEXT[];
  vids BIGINT[];
  srcs BIGINT[];
  blocked BOOLEAN;
  stored_n BIGINT[];
  stored_vid BIGINT[];
  first_added BIGINT;
BEGIN
  SELECT co.last_date_added INTO last_added FROM collections co WHERE co.seq = p_seq FOR UPDATE;
  IF NOT FOUND OR p_ids = '' THEN
    RETURN NULL;
  END IF;
  ids := string_to_array(p_ids, E'\\n');
  ks := string_to_array(p_keys, E'\\n')::bigint[];
  vkeys := string_to_array(p_vkeys, E'\\n');
  hashes := string_to_array(p_hashes, E'\\n');
  PERFORM pg_advisory_xact_lock(1818845541, s.b) FROM (SELECT DISTINCT (u.kk & 255)::int AS b FROM unnest(ks) AS u(kk) ORDER BY 1) AS s;
  SELECT coalesce(bool_or(q.in_collection OR (q.same_version AND q.other_content)), false),
      array_agg(q.n) FILTER (WHERE q.same_version), array_agg(q.vid) FILTER (WHERE q.same_version)
    INTO blocked, stored_n, stored_vid
    FROM (
      SELECT x.n, ov.vid, ov.vkey = x.k AS same_version, ov.hash <> x.hh AS other_content,
        en.hit IS NOT NULL AS in_collection
      FROM (SELECT unnest(ids) AS i, unnest(ks) AS kk, unnest(vkeys) AS k, unnest(hashes) AS hh, generate_series(1, cardinality(ids)) AS n) AS x
      CROSS JOIN LATERAL (SELECT ov.vid, ov.vkey, ov.hash FROM object_versions ov WHERE ov.id_key = x.kk AND ov.object_id = x.i OFFSET 0) AS ov
      LEFT JOIN LATERAL (SELECT 1 AS hit FROM entries en WHERE en.vid = ov.vid AND en.coll = p_seq LIMIT 1) AS en ON true
    ) AS q;
  IF blocked THEN
    RETURN NULL;
  END IF;
  first_added := greatest(last_added + 1, p_now);
  IF p_at_now AND first_added <> p_now THEN
    RETURN NULL;
  END IF;
  versions := string_to_array(p_versions, E'\\n');
  ekeys := CASE WHEN p_entry_keys IS NULL THEN vkeys ELSE string_to_array(p_entry_keys, E'\\n') END;
  SELECT array_agg(coalesce(stored_vid[array_position(stored_n, g.n)], nextval('object_versions_vid_seq')) ORDER BY g.n) INTO vids
    FROM generate_series(1, cardinality(ids)) AS g(n);
  INSERT INTO object_versions (vid, object_id, vkey, hash, json, id_key)
    SELECT x.vid, x.i, x.k, x.hh, x.j, x.kk
    FROM (SELECT unnest(vids) AS vid, unnest(ids) AS i, unnest(vkeys) AS k, unnest(hashes) AS hh, unnest(string_to_array(p_jsons, E'\\n')) AS j,
      unnest(ks) AS kk, generate_series(1, cardinality(ids)) AS n) AS x
    WHERE stored_n IS NULL OR x.n <> ALL (stored_n);
  INSERT INTO entries (coll, date_added, object_id, type, spec_version, version, version_key, vid, is_first, is_last, is_latest_spec)
    SELECT p_seq, first_added + x.n - 1, x.i, x.t, x.s, x.v, x.k, x.vid, 1, 1, 1
    FROM (SELECT unnest(ids) AS i, unnest(string_to_array(p_types, E'\\n')) AS t, unnest(string_to_array(p_specs, E'\\n')) AS s, unnest(versions) AS v,
      unnest(ekeys) AS k, unnest(vids) AS vid, generate_series(1, cardinality(ids)) AS n) AS x;
  IF cardinality(p_prov_kinds) > 0 THEN
    SELECT array_agg(nextval('provenance_sources_id_seq') ORDER BY g.n) INTO srcs FROM generate_series(1, cardinality(p_prov_kinds)) AS g(n);
    INSERT INTO provenance_sources (id, kind, source, default_marking, collection_id, at)
      SELECT unnest(srcs), unnest(p_prov_kinds), unnest(p_prov_sources), unnest(p_prov_markings), p_collection_id, p_at;
    INSERT INTO provenance_versions (vid, src, version)
      SELECT x.vid, srcs[x.pc::int], x.v
      FROM (SELECT unnest(vids) AS vid, unnest(versions) AS v, unnest(string_to_array(p_prov, E'\\n')) AS pc, generate_series(1, cardinality(ids)) AS n) AS x
      WHERE x.pc <> '' AND (stored_n IS NULL OR x.n <> ALL (stored_n));
    IF stored_n IS NOT NULL THEN
      INSERT INTO provenance_versions (vid, src, version)
        SELECT x.vid, srcs[x.pc::int], x.v
        FROM (SELECT unnest(vids) AS vid, unnest(versions) AS v, unnest(string_to_array(p_prov, E'\\n')) AS pc, generate_series(1, cardinality(ids)) AS n) AS x
        WHERE x.pc <> '' AND x.n = ANY (stored_n) AND NOT EXISTS (SELECT 1 FROM provenance_versions p WHERE p.vid = x.vid);
    END IF;
  END IF;
  INSERT INTO statuses (id, api_root, body, expires_at)
    SELECT * FROM unnest(p_status_ids, p_status_roots, string_to_array(p_status_bodies, E'\\n'), p_status_expiries)
    ON CONFLICT (id) DO UPDATE SET api_root = excluded.api_root, body = excluded.body, expires_at = excluded.expires_at;
  UPDATE collections SET last_date_added = first_added + cardinality(ids) - 1 WHERE seq = p_seq;
  RETURN first_added;
END
$fn$;

-- Migration 13's signature, for a process of then still running during an upgrade: every object states its version.
CREATE OR REPLACE FUNCTION liaison_add_new(p_seq BIGINT, p_now BIGINT, p_ids TEXT, p_keys TEXT, p_vkeys TEXT, p_hashes TEXT, p_jsons TEXT,
  p_types TEXT, p_specs TEXT, p_versions TEXT, p_prov TEXT, p_prov_kinds TEXT[], p_prov_sources TEXT[], p_prov_markings TEXT[],
  p_collection_id TEXT, p_at TEXT, p_status_ids TEXT[], p_status_roots TEXT[], p_status_bodies TEXT, p_status_expiries BIGINT[])
RETURNS BIGINT
LANGUAGE sql VOLATILE
AS $fn$
  SELECT liaison_add_new(p_seq, p_now, p_ids, p_keys, p_vkeys, p_hashes, p_jsons, p_types, p_specs, p_versions, p_prov, p_prov_kinds,
    p_prov_sources, p_prov_markings, p_collection_id, p_at, p_status_ids, p_status_roots, p_status_bodies, p_status_expiries, NULL, false)
$fn$;
`;
