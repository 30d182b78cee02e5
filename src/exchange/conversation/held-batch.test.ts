/**
 * `partner accept NAME --all` on many held objects: the copies go into the inbound collection a thousand objects per
 * transaction (not one per object), each with the partner's provenance, and nothing stays held; their removal from
 * the held collection and the record of the decisions take one write per thousand objects as well.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { StixObject, Store } from '../../store/store.js';
import { addPartner, setAgreement } from '../sync/partners.js';
import { parseAgreementOptions } from '../agreement.js';
import { indicator } from '../sync/testing/nodes.js';
import { acceptHeld, ensureReviewCollection, listHeld } from './held.js';

test('accept --all: one transaction per thousand objects for the copies, the removals and the decisions; provenance kept, nothing left held', async () => {
  const store = await openSqliteStore({ path: ':memory:' });
  try {
    await store.createApiRoot({ name: 'api', title: 'api', versions: ['application/taxii+json;version=2.1'], maxContentLength: 10_000_000 });
    const inbox = await store.createCollection({ apiRoot: 'api', title: 'inbox', alias: 'inbox' });
    await addPartner(store, { name: 'acme', url: 'http://127.0.0.1:9', username: 'u', key: 'k', relation: 'community' });
    await setAgreement(store, 'acme', parseAgreementOptions({ inbound: 'inbox', review: true, defaultMarking: 'green' }));
    const held = await ensureReviewCollection(store, 'acme', inbox.id);
    const objects = Array.from({ length: 2500 }, () => indicator('clear') as StixObject);
    await store.addObjects(held, objects, { provenance: { kind: 'partner', source: 'acme', defaultMarking: 'green' } });

    let adds = 0;
    const writes = new Map<string, number>();
    const counting = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'addObjects') return (...args: Parameters<Store['addObjects']>) => (adds++, target.addObjects(...args));
        const v = Reflect.get(target, prop, receiver);
        if (typeof prop === 'string' && /^(delete|set)/.test(prop) && typeof v === 'function') {
          return (...args: unknown[]) => (writes.set(prop, (writes.get(prop) ?? 0) + 1), v.apply(target, args));
        }
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const r = await acceptHeld(counting, 'acme', { all: true, user: 'admin' });
    assert.equal(r.accepted.length, 2500);
    assert.ok(r.accepted.every((a) => a.added === 1 && a.present === 0 && a.conflicts === 0));
    assert.equal(adds, 3, 'three transactions of copies for 2,500 objects');
    // Removal from the held collection and the decisions: one write each per thousand too.
    assert.deepEqual(Object.fromEntries(writes), { deleteObjects: 3, setSettings: 3 });
    assert.equal((await store.listDeletions(held, { limit: 5000 })).length, 2500);
    assert.equal(((await store.getSetting(`exchange.review.acme.${objects[0].id}`)) as unknown[]).length, 1);
    assert.equal(await store.countEntries(inbox.id), 2500);
    assert.deepEqual((await listHeld(store, 'acme')).held, []);
    const prov = await store.getProvenance(objects.slice(0, 3).map((o) => ({ id: o.id, version: String(o.modified) })));
    assert.ok(prov.length > 0 && prov.every((p) => p.kind === 'partner' && p.source === 'acme' && p.defaultMarking === 'green'));
  } finally {
    await store.close();
  }
});
