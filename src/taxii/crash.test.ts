/**
 * Durability of what the server acknowledges (TAXII 2.1 §5.5, issue 4): a server process is killed with SIGKILL
 * while a large import streams in over TAXII; after a restart every object a 202 reported as a success is there,
 * every acknowledged status resource is still served, and the SQLite file passes its integrity check.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { openStore } from '../store/open.js';
import { makeIndicator } from '../store/testing/objects.js';
import { sqliteBackend, taxii } from './testing/harness.js';
import { spawnServer } from './testing/server-child.js';

test('SIGKILL during a large import loses nothing a status reported as a success', async () => {
  const backend = sqliteBackend();
  const config = await backend.fresh();
  try {
    const first = await spawnServer(config);
    const key = first.adminKey!;
    let collectionId: string;
    // The collection is made through a second connection to the same file, as `liaison collection add` would.
    {
      const store = await openStore(config);
      collectionId = (await store.createCollection({ apiRoot: 'api', title: 'crash' })).id;
      await store.close();
    }
    const path = `/api/collections/${collectionId}/objects/`;
    const acked: string[] = [];
    const statuses: string[] = [];
    let sent = 0;
    let killed = false;
    const writers = Array.from({ length: 3 }, async (_, w) => {
      for (let round = 0; !killed; round++) {
        const objs = Array.from({ length: 200 }, (_, i) => makeIndicator(20 + w, round * 200 + i));
        sent += objs.length;
        try {
          const r = await taxii(first.url, path, { key, body: { objects: objs } });
          if (r.status !== 202) continue;
          statuses.push(r.json.id);
          for (const s of r.json.successes ?? []) acked.push(s.id);
        } catch {
          return; // the connection died with the server
        }
      }
    });
    // Kill once a good part of the import has been acknowledged, while requests are in flight.
    while (acked.length < 3000) await new Promise((r) => setTimeout(r, 5));
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(writers);
    assert.ok(sent > acked.length, 'some objects were in flight when the server died');

    const second = await spawnServer(config);
    try {
      const ids = new Set<string>();
      let next: string | undefined;
      do {
        const r = await taxii(second.url, `/api/collections/${collectionId}/manifest/?limit=1000${next ? `&next=${next}` : ''}`, { key });
        assert.equal(r.status, 200);
        for (const m of r.json.objects ?? []) ids.add(m.id);
        next = r.json.next;
      } while (next);
      const missing = acked.filter((id) => !ids.has(id));
      assert.deepEqual(missing, [], `${missing.length} acknowledged objects lost`);
      for (const s of statuses) {
        const r = await taxii(second.url, `/api/status/${s}/`, { key });
        assert.equal(r.status, 200, `status ${s} survives`);
        assert.equal(r.json.status, 'complete');
      }
    } finally {
      await second.stop();
    }
    if (config.kind === 'sqlite') {
      const db = new Database(config.path, { readonly: true });
      try {
        assert.deepEqual(db.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
      } finally {
        db.close();
      }
    }
  } finally {
    await backend.cleanup();
  }
});
