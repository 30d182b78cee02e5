/**
 * Migration 7: a notification on every change of what the node's metadata cache keeps (src/node/meta-cache.ts: API
 * roots, collections, users, API keys, grants), so that a key revoked or a grant removed by another process counts
 * at once instead of after the cache's time to live. Each statement that changes one of those tables sends
 * `NOTIFY liaison_meta` with the schema's name as payload, delivered to every listening process at its COMMIT
 * (src/store/postgres/meta-listener.ts). Collection updates notify only for the columns a reader sees, not for
 * `last_date_added`, which every write of objects moves.
 */
export default `
CREATE FUNCTION liaison_meta_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM pg_notify('liaison_meta', current_schema());
  RETURN NULL;
END
$fn$;
CREATE TRIGGER meta_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON api_roots FOR EACH STATEMENT EXECUTE FUNCTION liaison_meta_changed();
CREATE TRIGGER meta_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON users FOR EACH STATEMENT EXECUTE FUNCTION liaison_meta_changed();
CREATE TRIGGER meta_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON api_keys FOR EACH STATEMENT EXECUTE FUNCTION liaison_meta_changed();
CREATE TRIGGER meta_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON grants FOR EACH STATEMENT EXECUTE FUNCTION liaison_meta_changed();
CREATE TRIGGER meta_changed AFTER INSERT OR DELETE OR TRUNCATE ON collections FOR EACH STATEMENT EXECUTE FUNCTION liaison_meta_changed();
CREATE TRIGGER meta_changed_columns AFTER UPDATE OF id, api_root, title, description, alias, is_public, media_types ON collections
  FOR EACH STATEMENT EXECUTE FUNCTION liaison_meta_changed();
`;
