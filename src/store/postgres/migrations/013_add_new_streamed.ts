/**
 * Migration 13: the add path's two functions read the offered lists as streams. Profiled (perf on the backends during
 * a bulk load of 150,000 objects), about a fifth of the database's CPU went to copying rows that no row needed
 * copied: `unnest(…)` in FROM materializes its whole result (the canonical JSON texts too) in a tuplestore, a CTE
 * read by several statements is materialized again, and `liaison_add_new` took the new versions' row ids from
 * `INSERT … RETURNING` and matched them to the offered objects by a hash join on the id text
 * (heap_form_minimal_tuple and the page faults of the fresh memory each statement took for it: 18% and 13% of the
 * samples; 0% and 8% after).
 * - `liaison_add_new` (migration 12), same answer, locks and writes: the version row ids are drawn from the versions'
 *   sequence first (`nextval`, as the column's default did; a stored version keeps its own), then plain statements
 *   read the lists through set-returning functions in their select lists, which hand rows on one at a time, in call
 *   order. The provenance insert runs only when a call gave provenance.
 * - `liaison_add_prepare2` (migration 10), same answer: the stored versions are found from the ids and keys alone,
 *   and the insert streams the offered versions (JSON included) the same way.
 * - Both run with planner settings of their own (`SET enable_seqscan = off …` on the functions): their statements'
 *   plans are made at a connection's first call and kept, and on a new database that call finds statistics saying
 *   the tables are empty (migration 9 analyzed them empty), so the planner chose sequential scans of
 *   `object_versions` for each offered id and a hash join over all of `provenance` for each group, and kept them
 *   until an ANALYZE: a bulk load into a new node got slower as its tables grew (a same-run bench pair at 65-96
 *   against 33-36 µs of database CPU per object before these settings). The check of the collection's entries is a
 *   lateral probe, not an EXISTS the planner could turn into a hash of the collection's entries.
 * Same-run store-only loads, 4 callers, calls of 100 objects (a busy machine; medians of pairs): all new indicators
 * (`liaison_add_new`), database CPU 40.6 against 42.5 µs/obj over six pairs; the bench generator's mix of SDOs,
 * SROs and SCOs (the general path: any group with an SCO takes it), 57 against 64 µs/obj over five pairs.
 */
export default `
CREATE OR REPLACE FUNCTION liaison_add_new(p_seq BIGINT, p_now BIGINT, p_ids TEXT, p_keys TEXT, p_vkeys TEXT, p_hashes TEXT, p_jsons TEXT,
  p_types TEXT, p_specs TEXT, p_versions TEXT, p_prov TEXT, p_prov_kinds TEXT[], p_prov_sources TEXT[], p_prov_markings TEXT[],
  p_collection_id TEXT, p_at TEXT, p_status_ids TEXT[], p_status_roots TEXT[], p_status_bodies TEXT, p_status_expiries BIGINT[])
RETURNS BIGINT
LANGUAGE plpgsql VOLATILE
SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off
AS $fn$
DECLARE
  last_added BIGINT;
  ids TEXT[];
  ks BIGINT[];
  vkeys TEXT[];
  hashes TEXT[];
  versions TEXT[];
  vids BIGINT[];
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
  versions := string_to_array(p_versions, E'\\n');
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
      unnest(vkeys) AS k, unnest(vids) AS vid, generate_series(1, cardinality(ids)) AS n) AS x;
  IF cardinality(p_prov_kinds) > 0 THEN
    INSERT INTO provenance (vid, version, kind, source, default_marking, collection_id, at)
      SELECT x.vid, x.v, p_prov_kinds[x.pc::int], p_prov_sources[x.pc::int], p_prov_markings[x.pc::int], p_collection_id, p_at
      FROM (SELECT unnest(vids) AS vid, unnest(versions) AS v, unnest(string_to_array(p_prov, E'\\n')) AS pc) AS x
      WHERE x.pc <> '' AND NOT EXISTS (SELECT 1 FROM provenance p WHERE p.vid = x.vid);
  END IF;
  INSERT INTO statuses (id, api_root, body, expires_at)
    SELECT * FROM unnest(p_status_ids, p_status_roots, string_to_array(p_status_bodies, E'\\n'), p_status_expiries)
    ON CONFLICT (id) DO UPDATE SET api_root = excluded.api_root, body = excluded.body, expires_at = excluded.expires_at;
  UPDATE collections SET last_date_added = first_added + cardinality(ids) - 1 WHERE seq = p_seq;
  RETURN first_added;
END
$fn$;

CREATE OR REPLACE FUNCTION liaison_add_prepare2(p_seq BIGINT, p_ids TEXT, p_keys TEXT, p_vkeys TEXT, p_hashes TEXT, p_jsons TEXT)
RETURNS TABLE (kind TEXT, a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, f TEXT, g TEXT, h TEXT)
LANGUAGE plpgsql VOLATILE
SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off
AS $fn$
DECLARE
  ids TEXT[];
  ks BIGINT[];
BEGIN
  RETURN QUERY SELECT 'c'::text, co.last_date_added::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text
    FROM collections co WHERE co.seq = p_seq FOR UPDATE;
  IF p_ids = '' THEN
    RETURN;
  END IF;
  ids := string_to_array(p_ids, E'\\n');
  ks := string_to_array(p_keys, E'\\n')::bigint[];
  PERFORM pg_advisory_xact_lock(1818845541, s.b) FROM (SELECT DISTINCT (u.kk & 255)::int AS b FROM unnest(ks) AS u(kk) ORDER BY 1) AS s;
  RETURN QUERY
    WITH stored AS MATERIALIZED (
      SELECT ov.vid, ov.object_id, ov.vkey, ov.hash
      FROM (SELECT DISTINCT o.i, o.kk FROM (SELECT unnest(ids) AS i, unnest(ks) AS kk) AS o) AS k
      CROSS JOIN LATERAL (SELECT ov.vid, ov.object_id, ov.vkey, ov.hash FROM object_versions ov WHERE ov.id_key = k.kk AND ov.object_id = k.i OFFSET 0) AS ov
    ), ins AS (
      INSERT INTO object_versions (object_id, vkey, hash, json, id_key)
        SELECT o.i, o.k, o.hh, o.j, o.kk
        FROM (SELECT unnest(ids) AS i, unnest(string_to_array(p_vkeys, E'\\n')) AS k, unnest(string_to_array(p_hashes, E'\\n')) AS hh,
          unnest(string_to_array(p_jsons, E'\\n')) AS j, unnest(ks) AS kk) AS o
        WHERE NOT EXISTS (SELECT 1 FROM stored s WHERE s.object_id = o.i AND s.vkey = o.k)
        RETURNING object_versions.vid, object_versions.object_id, object_versions.vkey, object_versions.hash
    )
    SELECT 'v'::text, ins.vid::text, ins.object_id::text, ins.vkey::text, ins.hash, NULL::text, NULL::text, NULL::text, NULL::text FROM ins
    UNION ALL
    SELECT 'v'::text, s.vid::text, s.object_id::text, s.vkey::text, s.hash, NULL::text, NULL::text, NULL::text, NULL::text FROM stored s
    UNION ALL
    SELECT 'e'::text, en.object_id::text, en.date_added::text, en.vid::text, en.version_key::text, en.spec_version, en.is_first::text, en.is_last::text, en.is_latest_spec::text
    FROM stored s JOIN entries en ON en.vid = s.vid AND en.coll = p_seq;
END
$fn$;
`;
