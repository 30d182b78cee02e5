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
  max_content_length BIGINT NOT NULL
);
CREATE TABLE collections (
  seq             BIGSERIAL PRIMARY KEY,
  id              TEXT NOT NULL UNIQUE,
  api_root        TEXT NOT NULL REFERENCES api_roots(name),
  title           TEXT NOT NULL,
  description     TEXT,
  alias           TEXT UNIQUE,
  is_public       SMALLINT NOT NULL DEFAULT 0,
  media_types     TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  last_date_added BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE object_versions (
  vid       BIGSERIAL PRIMARY KEY,
  object_id TEXT COLLATE "C" NOT NULL,
  vkey      TEXT COLLATE "C" NOT NULL,
  hash      TEXT NOT NULL,
  json      TEXT NOT NULL,
  UNIQUE (object_id, vkey)
);
CREATE TABLE entries (
  coll         BIGINT NOT NULL,
  date_added   BIGINT NOT NULL,
  object_id    TEXT COLLATE "C" NOT NULL,
  type         TEXT NOT NULL,
  spec_version TEXT NOT NULL,
  version      TEXT NOT NULL,
  version_key  TEXT COLLATE "C" NOT NULL,
  vid          BIGINT NOT NULL,
  is_first     SMALLINT NOT NULL,
  is_last      SMALLINT NOT NULL,
  PRIMARY KEY (coll, date_added)
);
CREATE INDEX entries_object ON entries (object_id, coll, version_key);
CREATE TABLE deletions (
  seq        BIGSERIAL PRIMARY KEY,
  coll       BIGINT NOT NULL,
  object_id  TEXT NOT NULL,
  version    TEXT NOT NULL,
  date_added BIGINT NOT NULL,
  deleted_at TEXT NOT NULL,
  actor      TEXT
);
CREATE INDEX deletions_coll ON deletions (coll, seq);
CREATE TABLE conflicts (
  id           BIGSERIAL PRIMARY KEY,
  coll         BIGINT NOT NULL,
  object_id    TEXT COLLATE "C" NOT NULL,
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
  expires_at BIGINT NOT NULL
);
CREATE INDEX statuses_expiry ON statuses (expires_at);
CREATE TABLE users (
  name          TEXT PRIMARY KEY,
  password_hash TEXT,
  is_admin      SMALLINT NOT NULL DEFAULT 0,
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
  can_read      SMALLINT NOT NULL,
  can_write     SMALLINT NOT NULL,
  PRIMARY KEY (user_name, collection_id)
);
`;
