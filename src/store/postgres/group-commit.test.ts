import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgresStore, type PostgresStore } from './postgres-store.js';
import { makeIndicator } from '../testing/objects.js';
import type { StatusPlan } from '../status-plan.js';

const url = process.env.LIAISON_TEST_PG;

/** A status completed from the call's outcomes in the store's transaction (../status-plan.ts). */
const statusOf = (id: string): { plan: StatusPlan } => ({
  plan: { base: { id, apiRoot: 'r', owner: null, status: 'complete', requestTimestamp: '2026-01-01T00:00:00.000000Z', totalCount: 0, successes: [], failures: [], pendings: [], expiresAt: Date.now() + 86_400_000 } },
});

async function withStore(fn: (store: PostgresStore, collection: string) => Promise<void>): Promise<void> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const store = await openPostgresStore({ url: url!, schema, poolSize: 4 });
  try {
    await store.createApiRoot({ name: 'r', title: 'r', versions: [], maxContentLength: 1 << 20 });
    const c = await store.createCollection({ apiRoot: 'r', title: 'c' });
    await fn(store, c.id);
  } finally {
    await store.close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
  }
}

/** Counts the transactions `addObjects` runs (each group commit is one). */
function countGroups(store: PostgresStore): { groups: number } {
  const s = store as unknown as { addGroup(seq: number, group: unknown[]): Promise<unknown> };
  const seen = { groups: 0 };
  const inner = s.addGroup.bind(store);
  s.addGroup = (seq, group) => {
    seen.groups++;
    return inner(seq, group);
  };
  return seen;
}

if (!url) {
  test('group commit (PostgreSQL)', { skip: 'LIAISON_TEST_PG (a postgres:// URL) is not set' }, () => {});
} else {
  test('concurrent addObjects calls are committed together, each with its own outcomes and status, in date_added order', async () => {
    await withStore(async (store, coll) => {
      await store.addObjects(coll, []); // the collection is known: the calls below queue in the order they are made
      const seen = countGroups(store);
      // 20 calls of 10 objects; each also re-offers the first object of the call before it (present, or added by it).
      const calls = Array.from({ length: 20 }, (_, k) => [
        ...Array.from({ length: 10 }, (_, i) => makeIndicator(1, k * 10 + i)),
        ...(k > 0 ? [makeIndicator(1, (k - 1) * 10)] : []),
      ]);
      // A version offered with other content by a later call of the same group is a conflict of that call only.
      calls[19].push({ ...makeIndicator(1, 0), name: 'other content' });
      const results = await Promise.all(calls.map((objs, k) => store.addObjects(coll, objs, { status: statusOf(`s${k}`) })));
      assert.ok(seen.groups < 20, `expected fewer transactions than calls, got ${seen.groups}`);
      results.forEach((r, k) => {
        assert.equal(r.outcomes.length, calls[k].length);
        assert.deepEqual(r.outcomes.map((o) => o.id), calls[k].map((o) => o.id));
        assert.equal(r.added, 10);
        assert.equal(r.present, k > 0 ? 1 : 0);
        assert.equal(r.conflicts, k === 19 ? 1 : 0);
      });
      for (let k = 0; k < 20; k++) {
        const st = await store.getStatus('r', `s${k}`);
        assert.equal(st?.successes.length, k > 0 ? 11 : 10);
        assert.equal(st?.failures.length, k === 19 ? 1 : 0);
      }
      assert.equal(await store.countEntries(coll), 200);
      // date_added strictly increasing in call order.
      const added = results.flatMap((r) => r.outcomes.filter((o) => o.status === 'added').map((o) => (o as { dateAdded: number }).dateAdded));
      for (let i = 1; i < added.length; i++) assert.ok(added[i] > added[i - 1]);
      assert.equal((await store.listConflicts()).length, 1);
    });
  });

  test('provenance in a group: each call its own source, the first source of a version wins', async () => {
    await withStore(async (store, coll) => {
      await store.addObjects(coll, []);
      const [x, y, z] = [makeIndicator(4, 1), makeIndicator(4, 2), makeIndicator(4, 3)];
      await Promise.all([
        store.addObjects(coll, [x], { provenance: { kind: 'user', source: 'alice' } }),
        store.addObjects(coll, [x, y], { provenance: { kind: 'partner', source: 'acme', defaultMarking: 'green' } }),
        store.addObjects(coll, [z]),
      ]);
      const got = await store.getProvenance([x, y, z].map((o) => ({ id: o.id as string, version: o.modified as string })));
      const by = new Map(got.map((p) => [p.id, p]));
      assert.equal(by.get(x.id as string)?.source, 'alice');
      assert.equal(by.get(y.id as string)?.source, 'acme');
      assert.equal(by.get(y.id as string)?.defaultMarking, 'green');
      assert.equal(by.has(z.id as string), false);
    });
  });

  test('a call that fails in a group fails alone: the others are committed', async () => {
    await withStore(async (store, coll) => {
      const calls = Array.from({ length: 6 }, (_, k) => [makeIndicator(2, k)]);
      const settled = await Promise.allSettled(calls.map((objs, k) => store.addObjects(coll, objs, {
        // PostgreSQL text holds no NUL character: call 3's status cannot be written.
        status: statusOf(k === 3 ? 't3\u0000' : `t${k}`),
      })));
      settled.forEach((s, k) => assert.equal(s.status, k === 3 ? 'rejected' : 'fulfilled'));
      assert.match(String((settled[3] as PromiseRejectedResult).reason), /0x00/);
      assert.equal(await store.countEntries(coll), 5);
      const page = await store.getObject(coll, makeIndicator(2, 3).id as string, {}, { limit: 10 });
      assert.equal(page.items.length, 0);
      for (const k of [0, 1, 2, 4, 5]) assert.ok(await store.getStatus('r', `t${k}`));
    });
  });

  test('a call to an unknown collection is refused without holding up the others', async () => {
    await withStore(async (store, coll) => {
      const [a, b] = await Promise.allSettled([store.addObjects('no-such-collection', [makeIndicator(3, 1)]), store.addObjects(coll, [makeIndicator(3, 2)])]);
      assert.equal(a.status, 'rejected');
      assert.equal(b.status, 'fulfilled');
    });
  });
}
