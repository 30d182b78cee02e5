/**
 * Migration 10: `liaison_add_prepare2`, the reading half of `addObjects` (src/store/postgres/postgres-store.ts) on
 * the keys of migration 9. Lists arrive as texts with one value per line, like `liaison_add_prepare`'s: the distinct
 * offered versions (ids, their id keys, version keys, hashes, canonical JSON). In order:
 * 1. locks the collection (writers to one collection assign date_added and commit one after another) and returns its
 *    last date_added (`c`);
 * 2. takes a transaction-scoped advisory lock on the bucket of each offered id key (256 buckets, in ascending order,
 *    so that writers never wait on each other in a cycle; a writer takes its collection's lock before any bucket and
 *    nothing waits for a collection while holding a bucket): there is no unique index on versions any more, and two
 *    writers of one version (to two collections, or from two processes) now add it one after the other;
 * 3. in one statement, whose snapshot is taken after those locks (READ COMMITTED, a VOLATILE function: it sees what
 *    a writer that held a bucket before committed): finds the stored versions of the offered ids (one probe of the
 *    id key's index per id), stores the offered versions not among them, and returns the versions stored now and
 *    before (`v`: vid, id, vkey, hash; every version of an offered id) and the collection's entries of the offered
 *    ids (`e`), found from those versions (`entries_vid`).
 */
export default `
CREATE FUNCTION liaison_add_prepare2(p_seq BIGINT, p_ids TEXT, p_keys TEXT, p_vkeys TEXT, p_hashes TEXT, p_jsons TEXT)
RETURNS TABLE (kind TEXT, a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, f TEXT, g TEXT, h TEXT)
LANGUAGE plpgsql VOLATILE AS $fn$
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
    WITH offered AS (
      SELECT x.i, x.k, x.hh, x.j, x.kk FROM unnest(ids, string_to_array(p_vkeys, E'\\n'), string_to_array(p_hashes, E'\\n'), string_to_array(p_jsons, E'\\n'), ks) AS x(i, k, hh, j, kk)
    ), stored AS MATERIALIZED (
      SELECT ov.vid, ov.object_id, ov.vkey, ov.hash
      FROM (SELECT DISTINCT o.i, o.kk FROM offered o) AS k
      CROSS JOIN LATERAL (SELECT ov.vid, ov.object_id, ov.vkey, ov.hash FROM object_versions ov WHERE ov.id_key = k.kk AND ov.object_id = k.i OFFSET 0) AS ov
    ), ins AS (
      INSERT INTO object_versions (object_id, vkey, hash, json, id_key)
        SELECT o.i, o.k, o.hh, o.j, o.kk FROM offered o WHERE NOT EXISTS (SELECT 1 FROM stored s WHERE s.object_id = o.i AND s.vkey = o.k)
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
