import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from './sqlite-store.js';
import { makeIndicator } from '../testing/objects.js';
import type { StixObject } from '../types.js';

// The multi-row statements of adder.ts, at and across their 100-row chunks: one call of 250 objects mixing new
// versions, repeats within the call (same content: present; other content: a conflict), versions already stored,
// SCOs, and new versions of objects already in the collection.
test('one call across several 100-row chunks: every outcome, flag and provenance as one row at a time gave them', async () => {
  const store = await openSqliteStore({ path: ':memory:' });
  await store.createApiRoot({ name: 'api', title: 'api', versions: [], maxContentLength: 1 });
  const c = await store.createCollection({ apiRoot: 'api', title: 'chunks' });
  const before = Array.from({ length: 30 }, (_, i) => makeIndicator(1, i));
  await store.addObjects(c.id, before, { provenance: { kind: 'user', source: 'first' } });

  const offered: StixObject[] = [];
  const expected: string[] = [];
  for (let i = 0; i < 150; i++) {
    offered.push(makeIndicator(2, i));
    expected.push('added');
  }
  offered.push(...before.slice(0, 20)); // stored already
  expected.push(...Array(20).fill('present'));
  for (let i = 0; i < 30; i++) {
    offered.push(makeIndicator(1, i, '2025-01-01T00:00:00.000Z')); // a newer version of a stored object
    expected.push('added');
  }
  offered.push(makeIndicator(2, 5)); // repeated within the call, same content
  expected.push('present');
  offered.push({ ...makeIndicator(2, 6), name: 'other content' }); // repeated within the call, other content
  expected.push('conflict');
  for (let i = 0; i < 48; i++) {
    offered.push({ type: 'ipv4-addr', spec_version: '2.1', id: `ipv4-addr--${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`, value: `10.0.0.${i}` });
    expected.push('added');
  }
  assert.equal(offered.length, 250);

  const r = await store.addObjects(c.id, offered, { provenance: { kind: 'user', source: 'second' } });
  assert.deepEqual(r.outcomes.map((o) => o.status), expected);
  assert.deepEqual(r.outcomes.map((o) => o.id), offered.map((o) => o.id));
  assert.equal(r.added, 228);
  assert.equal(r.present, 21);
  assert.equal(r.conflicts, 1);
  // The repeat within the call reports the entry the call added.
  const first = r.outcomes[5];
  const again = r.outcomes[200];
  assert.ok(first.status === 'added' && again.status === 'present' && again.dateAdded === first.dateAdded);
  const conflict = r.outcomes[201];
  assert.ok(conflict.status === 'conflict' && conflict.conflictId > 0);
  assert.equal((await store.listConflicts({ collectionId: c.id })).length, 1);

  // date_added strictly increasing in input order over the added entries.
  const added = r.outcomes.filter((o) => o.status === 'added').map((o) => (o.status === 'added' ? o.dateAdded : 0));
  for (let i = 1; i < added.length; i++) assert.ok(added[i] > added[i - 1]);
  assert.equal(await store.countEntries(c.id), 30 + 228);

  // Only the newest version of the objects that got one is `last`; the older stays readable with match[version]=all.
  const last = await store.listManifest(c.id, { ids: [before[0].id] }, { limit: 10 });
  assert.deepEqual(last.items.map((e) => e.version), ['2025-01-01T00:00:00.000Z']);
  const all = await store.listManifest(c.id, { ids: [before[0].id], versions: { all: true } }, { limit: 10 });
  assert.equal(all.items.length, 2);

  // Provenance: the first source of each version wins; the conflicting content got none of its own.
  const prov = await store.getProvenance(r.outcomes.map((o) => ({ id: o.id, version: o.version })));
  const source = new Map(prov.map((p) => [`${p.id} ${p.version}`, p.source]));
  assert.equal(source.get(`${before[0].id} ${before[0].modified}`), 'first');
  assert.equal(source.get(`${offered[0].id} ${offered[0].modified}`), 'second');
  assert.equal(source.get(`${offered[230].id} ${r.outcomes[230].version}`), 'second');
  // Every distinct version asked has one record: 150 + 20 + 30 + 48 (the repeats name versions already counted).
  assert.equal(prov.length, 248);
  await store.close();
});
