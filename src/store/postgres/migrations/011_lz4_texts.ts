/**
 * Migration 11: the large texts the add path writes are compressed with LZ4 where the server has it (PostgreSQL 14
 * and later built with lz4, as Debian's and most packages are), instead of PostgreSQL's default pglz: each POST's
 * status body (about 9 KB for an envelope of 100 objects) was compressed with pglz in the write transaction, 2% of the
 * database's CPU during a bulk load (perf: pglz_compress), and canonical JSON above 2 KB (long reports) is too. LZ4
 * compresses several times faster and decompresses faster, at a similar ratio on JSON. Only values written from now on
 * change; those stored before stay readable as they are. A server without lz4 keeps pglz.
 */
export default `
DO $m11$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
    ALTER TABLE statuses ALTER COLUMN body SET COMPRESSION lz4;
    ALTER TABLE object_versions ALTER COLUMN json SET COMPRESSION lz4;
    ALTER TABLE conflicts ALTER COLUMN offered_json SET COMPRESSION lz4;
  END IF;
END
$m11$;
`;
