/**
 * Migration 6: `liaison_add_prepare` (migration 4) looks up the offered versions only when some were already
 * stored. Step 1 returns the versions it inserted (INSERT … RETURNING); step 2, the lookup of every offered version
 * in a new snapshot, runs only when step 1 inserted fewer than were offered (some were on the node already, or a
 * concurrent writer stored them and ON CONFLICT waited for it). A batch of new objects, the common case, saves one
 * index probe per object. Same signature, same rows (`v` rows may now come twice for a version, with equal values).
 */
export default `
CREATE OR REPLACE FUNCTION liaison_add_prepare(p_seq BIGINT, p_ids TEXT, p_vkeys TEXT, p_hashes TEXT, p_jsons TEXT, p_objects TEXT)
RETURNS TABLE (kind TEXT, a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, f TEXT, g TEXT, h TEXT)
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  inserted BIGINT;
BEGIN
  IF p_ids <> '' THEN
    RETURN QUERY
      WITH ins AS (
        INSERT INTO object_versions (object_id, vkey, hash, json)
          SELECT x.i, x.k, x.hh, x.j
          FROM unnest(string_to_array(p_ids, E'\\n'), string_to_array(p_vkeys, E'\\n'), string_to_array(p_hashes, E'\\n'), string_to_array(p_jsons, E'\\n')) AS x(i, k, hh, j)
          ON CONFLICT (object_id, vkey) DO NOTHING
          RETURNING object_versions.vid, object_versions.object_id, object_versions.vkey, object_versions.hash
      )
      SELECT 'v'::text, ins.vid::text, ins.object_id::text, ins.vkey::text, ins.hash, NULL::text, NULL::text, NULL::text, NULL::text FROM ins;
    GET DIAGNOSTICS inserted = ROW_COUNT;
    -- Lines in p_ids: one more than its line feeds.
    IF inserted < length(p_ids) - length(replace(p_ids, E'\\n', '')) + 1 THEN
      RETURN QUERY
        SELECT 'v'::text, v.vid::text, v.object_id::text, v.vkey::text, v.hash, NULL::text, NULL::text, NULL::text, NULL::text
        FROM unnest(string_to_array(p_ids, E'\\n'), string_to_array(p_vkeys, E'\\n')) AS k(i, vk)
        CROSS JOIN LATERAL (SELECT ov.vid, ov.object_id, ov.vkey, ov.hash FROM object_versions ov WHERE ov.object_id = k.i AND ov.vkey = k.vk LIMIT 1) v;
    END IF;
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
