/**
 * Migration 7: a counter of changes to what the node's metadata cache holds (src/node/meta-cache.ts: API roots,
 * collections, users, API keys, grants), moved by triggers on every commit that changes them, from any connection or
 * process. The cache used to watch `PRAGMA data_version`, which moves with any other connection's commit: since the
 * add path commits from a writer thread of its own, every batch of objects emptied the cache. A collection's
 * `last_date_added`, which every add moves, is not cached and does not count.
 */
export default `
CREATE TABLE meta_generation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  n  INTEGER NOT NULL
);
INSERT INTO meta_generation (id, n) VALUES (1, 0);
CREATE TRIGGER meta_api_roots_insert AFTER INSERT ON api_roots BEGIN UPDATE meta_generation SET n = n + 1; END;
CREATE TRIGGER meta_api_roots_update AFTER UPDATE ON api_roots BEGIN UPDATE meta_generation SET n = n + 1; END;
CREATE TRIGGER meta_api_roots_delete AFTER DELETE ON api_roots BEGIN UPDATE meta_generation SET n = n + 1; END;
CREATE TRIGGER meta_collections_insert AFTER INSERT ON collections BEGIN UPDATE meta_generation SET n = n + 1; END;
CREATE TRIGGER meta_collections_update AFTER UPDATE OF api_root, title, description, alias, is_public, media_types, id ON collections BEGIN UPDATE meta_generation SET n = n + 1; END;
CREATE TRIGGER meta_collections_delete AFTER DELETE ON collections BEGIN UPDATE meta_generation SET n = n + 1; END;
CREATE TRIGGER meta_users_insert AFTER INSERT ON users BEGIN UPDATE meta_generation SET n = n + 1; END;
CREATE TRIGGER meta_users_update AFTER UPDATE ON users BEGIN UPDATE meta_generation SET n = n + 1; END;
CREATE TRIGGER meta_users_delete AFTER DELETE ON users BEGIN UPDATE meta_generation SET n = n + 1; END;
CREATE TRIGGER meta_api_keys_insert AFTER INSERT ON api_keys BEGIN UPDATE meta_generation SET n = n + 1; END;
CREATE TRIGGER meta_api_keys_update AFTER UPDATE ON api_keys BEGIN UPDATE meta_generation SET n = n + 1; END;
CREATE TRIGGER meta_api_keys_delete AFTER DELETE ON api_keys BEGIN UPDATE meta_generation SET n = n + 1; END;
CREATE TRIGGER meta_grants_insert AFTER INSERT ON grants BEGIN UPDATE meta_generation SET n = n + 1; END;
CREATE TRIGGER meta_grants_update AFTER UPDATE ON grants BEGIN UPDATE meta_generation SET n = n + 1; END;
CREATE TRIGGER meta_grants_delete AFTER DELETE ON grants BEGIN UPDATE meta_generation SET n = n + 1; END;
`;
