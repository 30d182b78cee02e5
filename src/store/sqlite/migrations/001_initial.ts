/** Migration 1: the whole first schema (see src/store/types.ts for what each table holds). */
export default `
CREATE TABLE node_settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE api_roots (
  name               TEXT PRIMARY KEY,
  title              TEXT NOT NULL,
  description        TEXT,
  versions           TEXT NOT NULL,
  max_content_length INTEGER NOT NULL
);
CREATE TABLE collections (
  seq             INTEGER PRIMARY KEY,
  id              TEXT NOT NULL UNIQUE,
  api_root        TEXT NOT NULL REFERENCES api_roots(name),
  title           TEXT NOT NULL,
  description     TEXT,
  alias           TEXT UNIQUE,
  is_public       INTEGER NOT NULL DEFAULT 0,
  media_types     TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  last_date_added INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE object_versions (
  vid       INTEGER PRIMARY KEY,
  object_id TEXT NOT NULL,
  vkey      TEXT NOT NULL,
  hash      TEXT NOT NULL,
  json      TEXT NOT NULL,
  UNIQUE (object_id, vkey)
);
CREATE TABLE entries (
  coll         INTEGER NOT NULL,
  date_added   INTEGER NOT NULL,
  object_id    TEXT NOT NULL,
  type         TEXT NOT NULL,
  spec_version TEXT NOT NULL,
  version      TEXT NOT NULL,
  version_key  TEXT NOT NULL,
  vid          INTEGER NOT NULL,
  is_first     INTEGER NOT NULL,
  is_last      INTEGER NOT NULL,
  PRIMARY KEY (coll, date_added)
) WITHOUT ROWID;
CREATE INDEX entries_object ON entries (object_id, coll, version_key);
-- Without statistics SQLite prefers the primary key's (coll = ?) prefix to this index for "coll = ? AND object_id = ?",
-- a scan of the whole collection. Fixed statistics (https://sqlite.org/lang_analyze.html#fixed_results_of_analyze)
-- state the real shape: many entries per collection, few per object.
ANALYZE sqlite_schema;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('entries', 'entries_object', '1000000 2 1 1'),
  ('entries', 'sqlite_autoindex_entries_1', '1000000 100000 1');
ANALYZE sqlite_schema;
CREATE TABLE deletions (
  seq        INTEGER PRIMARY KEY,
  coll       INTEGER NOT NULL,
  object_id  TEXT NOT NULL,
  version    TEXT NOT NULL,
  date_added INTEGER NOT NULL,
  deleted_at TEXT NOT NULL,
  actor      TEXT
);
CREATE INDEX deletions_coll ON deletions (coll, seq);
CREATE TABLE conflicts (
  id           INTEGER PRIMARY KEY,
  coll         INTEGER NOT NULL,
  object_id    TEXT NOT NULL,
  version      TEXT NOT NULL,
  stored_hash  TEXT NOT NULL,
  offered_hash TEXT NOT NULL,
  offered_json TEXT NOT NULL,
  at           TEXT NOT NULL
);
CREATE INDEX conflicts_coll ON conflicts (coll, id);
CREATE TABLE statuses (
  id         TEXT PRIMARY KEY,
  api_root   TEXT NOT NULL,
  body       TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX statuses_expiry ON statuses (expires_at);
CREATE TABLE users (
  name          TEXT PRIMARY KEY,
  password_hash TEXT,
  is_admin      INTEGER NOT NULL DEFAULT 0,
  created_at    TEXT NOT NULL
);
CREATE TABLE api_keys (
  key_id     TEXT PRIMARY KEY,
  user_name  TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
  hash       TEXT NOT NULL,
  label      TEXT,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX api_keys_user ON api_keys (user_name);
CREATE TABLE grants (
  user_name     TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
  collection_id TEXT NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
  can_read      INTEGER NOT NULL,
  can_write     INTEGER NOT NULL,
  PRIMARY KEY (user_name, collection_id)
);
`;
