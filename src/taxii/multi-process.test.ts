/**
 * Several server processes on one PostgreSQL (DESIGN: many stateless nodes, one database): one client pages a
 * collection through both servers in turn with `next` while another inserts and deletes through the other.
 * Nothing is skipped or repeated, order holds, and tokens from one process work on the other.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../store/open.js';
import { initNode } from '../node/setup.js';
import { makeIndicator } from '../store/testing/objects.js';
import { postgresBackend, taxii } from './testing/harness.js';
import { spawnServer } from './testing/server-child.js';
import { parseMicros } from '../store/time.js';

const url = process.env.LIAISON_TEST_PG;

test('two server processes on one PostgreSQL: paging while the other inserts and deletes', { skip: url ? false : 'LIAISON_TEST_PG is not set' }, async () => {
  const backend = postgresBackend(url!);
  const config = await backend.fresh();
  const store = await openStore(config);
  const { adminKey: key } = await initNode(store);
  const c = await store.createCollection({ apiRoot: 'api', title: 'shared' });
  await store.close();
  const a = await spawnServer(config);
  const b = await spawnServer(config);
  try {
    const path = `/api/collections/${c.id}`;
    const initial = Array.from({ length: 300 }, (_, i) => makeIndicator(11, i));
    for (let i = 0; i < initial.length; i += 100) {
      const r = await taxii(a.url, `${path}/objects/`, { key, body: { objects: initial.slice(i, i + 100) } });
      assert.equal(r.json.success_count, 100);
    }
    const deleted = new Set<string>();
    const added: { id: string; at: number }[] = [];
    let writing = true;
    const writer = (async () => {
      for (let round = 0; round < 30; round++) {
        const objs = Array.from({ length: 10 }, (_, i) => makeIndicator(12, round * 10 + i));
        const r = await taxii(b.url, `${path}/objects/`, { key, body: { objects: objs } });
        assert.equal(r.json.success_count, 10);
        const at = performance.now();
        for (const o of objs) added.push({ id: o.id, at });
        const victim = initial[(round * 37) % initial.length].id;
        const d = await taxii(b.url, `${path}/objects/${victim}/`, { key, method: 'DELETE' });
        assert.ok(d.status === 200 || d.status === 404);
        deleted.add(victim);
      }
      writing = false;
    })();

    const seen: string[] = [];
    let lastDate = 0;
    let next: string | undefined;
    let query = '';
    let turn = 0;
    let lastRequestStart = 0;
    for (;;) {
      const server = turn++ % 2 === 0 ? a : b; // tokens from one process are used on the other
      const writerDone = !writing;
      lastRequestStart = performance.now();
      const r = await taxii(server.url, `${path}/manifest/?limit=7${query}${next ? `&next=${next}` : ''}`, { key });
      assert.equal(r.status, 200, r.text);
      for (const m of r.json.objects ?? []) {
        const d = parseMicros(m.date_added)!;
        assert.ok(d > lastDate, 'date_added strictly increases across pages');
        lastDate = d;
        seen.push(m.id);
      }
      next = r.json.next;
      if (next) continue;
      if (writerDone) break;
      // Caught up with the writer: continue after the last entry served (§3.5, added_after from the header).
      query = `&added_after=${r.headers.get('x-taxii-date-added-last')}`;
      await new Promise((res) => setTimeout(res, 10));
    }
    await writer;
    assert.equal(new Set(seen).size, seen.length, 'no entry served twice');
    const seenSet = new Set(seen);
    for (const o of initial) if (!deleted.has(o.id)) assert.ok(seenSet.has(o.id), `never deleted, never skipped: ${o.id}`);
    for (const o of added) if (o.at < lastRequestStart) assert.ok(seenSet.has(o.id), `added before the last page was asked for: ${o.id}`);
  } finally {
    await a.stop();
    await b.stop();
    await backend.cleanup();
  }
});
