/**
 * Migration 4: `liaison_add_prepare`, the reading half of `addObjects` (src/store/postgres/postgres-store.ts) in one
 * call, so that a batch costs two round trips instead of six. Lists arrive as texts with one value per line (ids,
 * version keys and hashes are printable ASCII; canonical JSON never holds a raw line feed). In order, each statement
 * with its own snapshot (READ COMMITTED, a VOLATILE function):
 * 1. stores the offered versions not yet on the node (ON CONFLICT waits for a concurrent writer of the same version);
 * 2. returns every offered version as stored (`v`: vid, id, vkey, hash): a new snapshot sees what step 1 waited for;
 * 3. locks the collection (writers to one collection assign date_added and commit one after another) and returns its
 *    last date_added (`c`);
 * 4. returns the collection's entries of the offered ids (`e`), read after the lock, so that they include what the
 *    previous holder of the lock committed.
 */
export default `
CREATE OR REPLACE FUNCTION liaison_add_prepare(p_seq BIGINT, p_ids TEXT, p_vkeys TEXT, p_hashes TEXT, p_jsons TEXT, p_objects TEXT)
RETURNS TABLE (kind TEXT, a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, f TEXT, g TEXT, h TEXT)
LANGUAGE plpgsql VOLATILE AS $fn$
BEGIN
  IF p_ids <> '' THEN
    INSERT INTO object_versions (object_id, vkey, hash, json)
      SELECT x.i, x.k, x.hh, x.j
      FROM unnest(string_to_array(p_ids, E'\\n'), string_to_array(p_vkeys, E'\\n'), string_to_array(p_hashes, E'\\n'), string_to_array(p_jsons, E'\\n')) AS x(i, k, hh, j)
      ON CONFLICT (object_id, vkey) DO NOTHING;
    RETURN QUERY
      SELECT 'v'::text, v.vid::text, v.object_id::text, v.vkey::text, v.hash, NULL::text, NULL::text, NULL::text, NULL::text
      FROM unnest(string_to_array(p_ids, E'\\n'), string_to_array(p_vkeys, E'\\n')) AS k(i, vk)
      CROSS JOIN LATERAL (SELECT ov.vid, ov.object_id, ov.vkey, ov.hash FROM object_versions ov WHERE ov.object_id = k.i AND ov.vkey = k.vk LIMIT 1) v;
  END IF;
  RETURN QUERY SELECT 'c'::text, co.last_date_added::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text
    FROM collections co WHERE co.seq = p_seq FOR UPDATE;
  IF p_objects <> '' THEN
    RETURN QUERY
      SELECT 'e'::text, en.object_id::text, en.date_added::text, en.vid::text, en.version_key::text, en.spec_version, en.is_first::text, en.is_last::text, en.is_latest_spec::text
      FROM unnest(string_to_array(p_objects, E'\\n')) AS k(id)
      CROSS JOIN LATERAL (SELECT * FROM entries x WHERE x.object_id = k.id AND x.coll = p_seq OFFSET 0) en;
  END IF;
END
$fn$;
`;
