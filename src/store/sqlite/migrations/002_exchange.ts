/** Migration 2: the exchange (src/store/exchange-types.ts): partners, agreements, checkpoints, provenance, sync runs, refusals. */
export default `
CREATE TABLE partners (
  name           TEXT PRIMARY KEY,
  identity_id    TEXT,
  url            TEXT NOT NULL,
  api_root       TEXT,
  username       TEXT NOT NULL,
  key_ciphertext TEXT NOT NULL,
  relation       TEXT NOT NULL,
  local_user     TEXT,
  created_at     TEXT NOT NULL
);
CREATE INDEX partners_local_user ON partners (local_user);
CREATE TABLE agreements (
  partner    TEXT NOT NULL REFERENCES partners(name) ON DELETE CASCADE,
  version    INTEGER NOT NULL,
  doc        TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (partner, version)
);
CREATE TABLE sync_checkpoints (
  partner    TEXT NOT NULL REFERENCES partners(name) ON DELETE CASCADE,
  collection TEXT NOT NULL,
  direction  TEXT NOT NULL,
  position   TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (partner, collection, direction)
);
CREATE TABLE provenance (
  object_id      TEXT NOT NULL,
  version        TEXT NOT NULL,
  kind           TEXT NOT NULL,
  source         TEXT NOT NULL,
  default_marking TEXT,
  collection_id  TEXT NOT NULL,
  at             TEXT NOT NULL,
  PRIMARY KEY (object_id, version)
) WITHOUT ROWID;
CREATE TABLE sync_runs (
  run_id      INTEGER PRIMARY KEY,
  partner     TEXT NOT NULL REFERENCES partners(name) ON DELETE CASCADE,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  ok          INTEGER,
  summary     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX sync_runs_partner ON sync_runs (partner, run_id);
CREATE TABLE sync_refusals (
  partner    TEXT NOT NULL REFERENCES partners(name) ON DELETE CASCADE,
  side       TEXT NOT NULL,
  direction  TEXT NOT NULL,
  collection TEXT NOT NULL,
  object_id  TEXT NOT NULL,
  version    TEXT NOT NULL,
  code       TEXT NOT NULL,
  message    TEXT NOT NULL,
  at         TEXT NOT NULL,
  PRIMARY KEY (partner, side, direction, collection, object_id, version)
);
CREATE INDEX sync_refusals_at ON sync_refusals (partner, at);
`;
