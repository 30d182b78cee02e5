/**
 * Migration 12: `liaison_add_new`, the whole of `addObjects` (src/store/postgres/postgres-store.ts) in one statement
 * for the common group: every offered object new to the collection. The store calls it outside any transaction
 * block, so the call is its own transaction, committed (and its WAL flushed, `synchronous_commit = on`) before
 * PostgreSQL answers: one round trip per group where the general path (`liaison_add_prepare2`, then the writes, in
 * BEGIN … COMMIT) takes four, and no rows to send back and parse but the first date_added.
 *
 * The store calls it only for groups whose objects all state their version (`modified` or `created`: no SCO, whose
 * version text is its date_added) and have distinct ids. Lists arrive as texts with one value per line, like
 * `liaison_add_prepare2`'s, in the calls' order: ids, id keys, version keys, hashes, canonical JSON, types, spec
 * versions, version texts, and for each object the 1-based index of its call's provenance in the provenance lists
 * (empty for none). In order:
 * 1. locks the collection and reads its last date_added, then the advisory locks of the offered id keys' buckets, in
 *    the order `liaison_add_prepare2` takes them (migration 10 says why);
 * 2. finds the stored versions of the offered ids (one probe of the id key's index per id). When one of them has an
 *    entry in the collection (the object is there already: its flags may change, or the version is present) or
 *    holds an offered version with other content (a conflict), it returns NULL having written nothing, and the store
 *    takes the general path;
 * 3. otherwise stores the versions not stored yet, gives the n-th object date_added max(last + 1, p_now) + n - 1
 *    (each the only entry of its object in the collection: first, last and latest spec), moves the collection's last
 *    date_added, adds the provenance of the versions that have none (the advisory locks order writers of one
 *    version's provenance, as in the general path) and the calls' statuses, and returns the first date_added.
 */
export default `
CREATE FUNCTION liaison_add_new(p_seq BIGINT, p_now BIGINT, p_ids TEXT, p_keys TEXT, p_vkeys TEXT, p_hashes TEXT, p_jsons TEXT,
  p_types TEXT, p_specs TEXT, p_versions TEXT, p_prov TEXT, p_prov_kinds TEXT[], p_prov_sources TEXT[], p_prov_markings TEXT[],
  p_collection_id TEXT, p_at TEXT, p_status_ids TEXT[], p_status_roots TEXT[], p_status_bodies TEXT, p_status_expiries BIGINT[])
RETURNS BIGINT
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  last_added BIGINT;
  ids TEXT[];
  ks BIGINT[];
  vkeys TEXT[];
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
  PERFORM pg_advisory_xact_lock(1818845541, s.b) FROM (SELECT DISTINCT (u.kk & 255)::int AS b FROM unnest(ks) AS u(kk) ORDER BY 1) AS s;
  SELECT coalesce(bool_or(q.in_collection OR (q.same_version AND q.other_content)), false),
      array_agg(q.n) FILTER (WHERE q.same_version), array_agg(q.vid) FILTER (WHERE q.same_version)
    INTO blocked, stored_n, stored_vid
    FROM (
      SELECT x.n, ov.vid, ov.vkey = x.k AS same_version, ov.hash <> x.hh AS other_content,
        EXISTS (SELECT 1 FROM entries en WHERE en.vid = ov.vid AND en.coll = p_seq) AS in_collection
      FROM unnest(ids, ks, vkeys, string_to_array(p_hashes, E'\\n')) WITH ORDINALITY AS x(i, kk, k, hh, n)
      CROSS JOIN LATERAL (SELECT ov.vid, ov.vkey, ov.hash FROM object_versions ov WHERE ov.id_key = x.kk AND ov.object_id = x.i OFFSET 0) AS ov
    ) AS q;
  IF blocked THEN
    RETURN NULL;
  END IF;
  first_added := greatest(last_added + 1, p_now);
  WITH x AS (
    SELECT * FROM unnest(ids, ks, vkeys, string_to_array(p_hashes, E'\\n'), string_to_array(p_jsons, E'\\n'), string_to_array(p_types, E'\\n'),
      string_to_array(p_specs, E'\\n'), string_to_array(p_versions, E'\\n'), string_to_array(p_prov, E'\\n'))
      WITH ORDINALITY AS x(i, kk, k, hh, j, t, s, v, pc, n)
  ), ins AS (
    INSERT INTO object_versions (object_id, vkey, hash, json, id_key)
      SELECT x.i, x.k, x.hh, x.j, x.kk FROM x WHERE stored_n IS NULL OR x.n <> ALL (stored_n)
      RETURNING object_versions.vid, object_versions.object_id
  ), xv AS (
    SELECT x.n, x.i, x.k, x.t, x.s, x.v, x.pc, coalesce(ins.vid, sv.vid) AS vid
    FROM x LEFT JOIN ins ON ins.object_id = x.i LEFT JOIN unnest(stored_n, stored_vid) AS sv(n, vid) ON sv.n = x.n
  ), ne AS (
    INSERT INTO entries (coll, date_added, object_id, type, spec_version, version, version_key, vid, is_first, is_last, is_latest_spec)
      SELECT p_seq, first_added + xv.n - 1, xv.i, xv.t, xv.s, xv.v, xv.k, xv.vid, 1, 1, 1 FROM xv
  ), pv AS (
    INSERT INTO provenance (vid, version, kind, source, default_marking, collection_id, at)
      SELECT xv.vid, xv.v, p_prov_kinds[xv.pc::int], p_prov_sources[xv.pc::int], p_prov_markings[xv.pc::int], p_collection_id, p_at
      FROM xv WHERE coalesce(xv.pc, '') <> '' AND NOT EXISTS (SELECT 1 FROM provenance p WHERE p.vid = xv.vid)
  ), st AS (
    INSERT INTO statuses (id, api_root, body, expires_at)
      SELECT * FROM unnest(p_status_ids, p_status_roots, string_to_array(p_status_bodies, E'\\n'), p_status_expiries)
      ON CONFLICT (id) DO UPDATE SET api_root = excluded.api_root, body = excluded.body, expires_at = excluded.expires_at
  )
  UPDATE collections SET last_date_added = first_added + cardinality(ids) - 1 WHERE seq = p_seq;
  RETURN first_added;
END
$fn$;
`;
