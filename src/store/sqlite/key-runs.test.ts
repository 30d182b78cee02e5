/** The key index's two runs (migration 6): versions are found in either, before and after a merge moves them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from './sqlite-store.js';
import { makeIndicator } from '../testing/objects.js';

test('versions are found in the recent run and, after a merge, in the large one', async () => {
  const store = await openSqliteStore({ path: ':memory:' });
  try {
    await store.createApiRoot({ name: 'r', title: 'r', versions: [], maxContentLength: 1 << 20 });
    const c = await store.createCollection({ apiRoot: 'r', title: 'c' });
    const count = (table: string) => store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const objects = Array.from({ length: 5000 }, (_, i) => makeIndicator(9, i));
    await store.addObjects(c.id, objects.slice(0, 1000));
    assert.deepEqual([count('recent_keys'), count('version_keys')], [1000, 0], 'new keys go to the recent run');
    for (let i = 1000; i < objects.length; i += 1000) await store.addObjects(c.id, objects.slice(i, i + 1000));
    // The recent run reached 4096 keys with the fifth call and was merged into the large one.
    assert.deepEqual([count('recent_keys'), count('version_keys')], [0, 5000]);
    await store.addObjects(c.id, [makeIndicator(9, 5000)]);
    assert.deepEqual([count('recent_keys'), count('version_keys')], [1, 5000]);

    for (const o of [objects[0], objects[4999], makeIndicator(9, 5000)]) {
      assert.deepEqual((await store.getObject(c.id, o.id, {}, { limit: 10 })).items.map((x) => x.id), [o.id], `${o.id} by id`);
      const page = await store.listObjects(c.id, { ids: [o.id, objects[1].id] }, { limit: 10 });
      assert.deepEqual(page.items.map((x) => x.id).sort(), [o.id, objects[1].id].sort(), `${o.id} by match[id]`);
    }
    // Offered again, versions in either run are known; a new version of one in the large run is added.
    const again = await store.addObjects(c.id, [objects[3], makeIndicator(9, 5000), makeIndicator(9, 7, '2025-01-01T00:00:00.000Z')]);
    assert.deepEqual(again.outcomes.map((o) => o.status), ['present', 'present', 'added']);
    const versions = await store.listVersions(c.id, objects[7].id, {}, { limit: 10 });
    assert.equal(versions.items.length, 2);
    assert.equal(store.db.pragma('integrity_check', { simple: true }), 'ok');
  } finally {
    await store.close();
  }
});
