/**
 * @module The one conformance suite every store backend passes (Hono's common.case.test style): each backend's
 * test file calls `runStoreConformance` with a harness that makes fresh, empty databases.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { isLiaisonError } from '../errors.js';
import { openStore } from './open.js';
import { makeIndicator } from './testing/objects.js';
import { versionKey } from './time.js';

const versionKeyOf = (t: string) => versionKey(t) ?? t;
import type { Store } from './store.js';
import type { Micros, StatusRecord, StixObject, StoreConfig } from './types.js';

export interface StoreHarness {
  name: string;
  /** A configuration of a fresh, empty database (each call a new one). */
  freshConfig(): Promise<StoreConfig>;
  /** Drops what freshConfig made (optional). */
  cleanup?(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./testing/child-writer.ts', import.meta.url));

/** Runs the child writer and resolves with its output lines once it exits 0. */
export function runChild(args: object, onLine?: (line: string) => void): { done: Promise<string[]>; kill(sig: NodeJS.Signals): void } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let buf = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      lines.push(line);
      onLine?.(line);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const done = new Promise<string[]>((resolve, reject) => {
    child.on('exit', (code, signal) => (code === 0 ? resolve(lines) : reject(Object.assign(new Error(`child exited ${code ?? signal}: ${err}`), { lines, signal }))));
  });
  return { done, kill: (sig) => child.kill(sig) };
}

const rejectsWith = async (p: Promise<unknown>, code: string) =>
  assert.rejects(p, (e: unknown) => isLiaisonError(e) && e.code === code);

function sco(value: string, extra: Record<string, unknown> = {}): StixObject {
  return { type: 'ipv4-addr', spec_version: '2.1', id: `ipv4-addr--${value.replace(/\D/g, '').padStart(8, '0')}-0000-5000-8000-000000000000`, value, ...extra };
}

export function runStoreConformance(h: StoreHarness): void {
  describe(`store conformance: ${h.name}`, () => {
    let store: Store;
    let config: StoreConfig;
    let root = 0;
    const newCollection = async (extra: { public?: boolean; alias?: string } = {}) => {
      const name = `root${++root}`;
      await store.createApiRoot({ name, title: name, versions: ['application/taxii+json;version=2.1'], maxContentLength: 1 << 20 });
      return store.createCollection({ apiRoot: name, title: `c in ${name}`, ...extra });
    };

    before(async () => {
      config = await h.freshConfig();
      store = await openStore(config);
    });
    after(async () => {
      await store.close();
      await h.cleanup?.();
    });

    test('migrations are applied once and re-opening applies none', async () => {
      assert.deepEqual(await store.migrate(), []);
      const again = await openStore(config);
      assert.deepEqual(await again.migrate(), []);
      await again.close();
    });

    test('node identity and settings round-trip', async () => {
      assert.equal(await store.getNode(), null);
      const info = { identityId: 'identity--00000000-0000-4000-8000-000000000001', identity: { type: 'identity', name: 'Node' }, createdAt: '2026-01-01T00:00:00Z' };
      await store.setNode(info);
      assert.deepEqual(await store.getNode(), info);
      await store.setSetting('rate', { perMinute: 600 });
      assert.deepEqual(await store.getSetting('rate'), { perMinute: 600 });
      await store.setSetting('rate', undefined);
      await store.setSettings(new Map<string, unknown>([['s1', [1]], ['s2', { a: 'b' }]]));
      assert.deepEqual([await store.getSetting('s1'), await store.getSetting('s2')], [[1], { a: 'b' }]);
      await store.setSettings(new Map<string, unknown>([['s1', undefined]]));
      assert.equal(await store.getSetting('s1'), undefined);
      assert.equal(await store.getSetting('rate'), undefined);
    });

    test('API roots and collections: create, find by id or alias, update, refuse duplicates', async () => {
      await store.createApiRoot({ name: 'api1', title: 'One', description: 'd', versions: ['application/taxii+json;version=2.1'], maxContentLength: 1000 });
      await rejectsWith(store.createApiRoot({ name: 'api1', title: 'again', versions: [], maxContentLength: 1 }), 'ALREADY_EXISTS');
      assert.equal((await store.getApiRoot('api1'))?.maxContentLength, 1000);
      assert.equal(await store.getApiRoot('nope'), null);
      const c = await store.createCollection({ apiRoot: 'api1', title: 'Feeds', alias: 'feeds', description: 'x', public: true });
      assert.match(c.id, /^[0-9a-f-]{36}$/);
      assert.deepEqual(c.mediaTypes, ['application/stix+json;version=2.1']);
      assert.equal(c.public, true);
      assert.equal((await store.getCollection('feeds'))?.id, c.id);
      assert.equal((await store.getCollection(c.id))?.title, 'Feeds');
      assert.equal(await store.getCollection("feeds' OR 1=1 --"), null);
      await rejectsWith(store.createCollection({ apiRoot: 'api1', title: 'dup', alias: 'feeds' }), 'ALREADY_EXISTS');
      await rejectsWith(store.createCollection({ apiRoot: 'api1', title: 'dup', id: c.id }), 'ALREADY_EXISTS');
      await rejectsWith(store.createCollection({ apiRoot: 'nope', title: 't' }), 'NOT_FOUND');
      const u = await store.updateCollection(c.id, { title: 'Feeds 2', public: false });
      assert.equal(u.title, 'Feeds 2');
      assert.equal(u.public, false);
      assert.equal(u.alias, 'feeds');
      await rejectsWith(store.updateCollection('00000000-0000-0000-0000-000000000000', { title: 'x' }), 'NOT_FOUND');
      assert.ok((await store.listCollections('api1')).some((x) => x.id === c.id));
      assert.ok((await store.listApiRoots()).some((r) => r.name === 'api1'));
    });

    test('addObjects: added, present on re-post, conflict on same version with other content (recorded, not applied)', async () => {
      const c = await newCollection();
      const a = makeIndicator(1, 1);
      const b = makeIndicator(1, 2);
      const r1 = await store.addObjects(c.id, [a, b]);
      assert.deepEqual([r1.added, r1.present, r1.conflicts], [2, 0, 0]);
      const [o1, o2] = r1.outcomes;
      assert.ok(o1.status === 'added' && o2.status === 'added' && o2.dateAdded > o1.dateAdded);
      // Same content with keys in another order is the same version.
      const reordered = Object.fromEntries(Object.entries(a).reverse()) as StixObject;
      const r2 = await store.addObjects(c.id, [reordered]);
      assert.equal(r2.present, 1);
      assert.equal(r2.outcomes[0].status === 'present' && r2.outcomes[0].dateAdded, o1.dateAdded);
      const changed = { ...a, name: 'tampered' };
      const r3 = await store.addObjects(c.id, [changed]);
      assert.equal(r3.conflicts, 1);
      const k = r3.outcomes[0];
      assert.ok(k.status === 'conflict' && k.conflictId > 0 && k.version === a.modified);
      const page = await store.getObject(c.id, a.id, {}, { limit: 10 });
      assert.equal(page.items.length, 1);
      assert.equal(JSON.parse(page.items[0].json).name, a.name);
      const conflicts = await store.listConflicts({ collectionId: c.id });
      assert.equal(conflicts.length, 1);
      assert.equal(conflicts[0].id, a.id);
      assert.equal(JSON.parse(conflicts[0].offeredJson).name, 'tampered');
      assert.notEqual(conflicts[0].storedHash, conflicts[0].offeredHash);
      // A version stored through another collection still conflicts here: versions are node-wide facts.
      const c2 = await newCollection();
      assert.equal((await store.addObjects(c2.id, [changed])).conflicts, 1);
      assert.equal((await store.addObjects(c2.id, [a])).added, 1);
      await rejectsWith(store.addObjects('00000000-0000-0000-0000-000000000000', [a]), 'NOT_FOUND');
    });

    test('date_added: strictly increasing microseconds, distinct within a collection, stored JSON is canonical', async () => {
      const c = await newCollection();
      const seen: Micros[] = [];
      for (let b = 0; b < 5; b++) {
        const r = await store.addObjects(c.id, Array.from({ length: 50 }, (_, i) => makeIndicator(2, b * 50 + i)));
        for (const o of r.outcomes) if (o.status === 'added') seen.push(o.dateAdded);
      }
      for (let i = 1; i < seen.length; i++) assert.ok(seen[i] > seen[i - 1]);
      assert.ok(Math.abs(seen[0] / 1000 - Date.now()) < 60_000, 'date_added follows the wall clock');
      const p = await store.listObjects(c.id, {}, { limit: 1 });
      assert.equal(p.items[0].json, JSON.stringify(JSON.parse(p.items[0].json), Object.keys(JSON.parse(p.items[0].json)).sort()));
      assert.equal(p.items[0].mediaType, 'application/stix+json;version=2.1');
      assert.equal(await store.countEntries(c.id), 250);
    });

    test('versions: first, last, all, exact timestamps (as instants), spec_version', async () => {
      const c = await newCollection();
      const v1 = makeIndicator(3, 1, '2024-01-01T00:00:00.000Z');
      const v2 = makeIndicator(3, 1, '2024-02-01T00:00:00.000Z');
      const v3 = makeIndicator(3, 1, '2024-03-01T00:00:00.000Z');
      const other = { ...makeIndicator(3, 2), spec_version: '2.0' };
      // Added out of order: first/last follow `modified`, not arrival.
      await store.addObjects(c.id, [v2]);
      await store.addObjects(c.id, [v3, v1, other]);
      const ver = async (f: Parameters<Store['listManifest']>[1]) => (await store.listManifest(c.id, { ids: [v1.id], ...f }, { limit: 10 })).items.map((e) => e.version);
      assert.deepEqual(await ver({}), ['2024-03-01T00:00:00.000Z']);
      assert.deepEqual(await ver({ versions: { last: true } }), ['2024-03-01T00:00:00.000Z']);
      assert.deepEqual(await ver({ versions: { first: true } }), ['2024-01-01T00:00:00.000Z']);
      assert.deepEqual(await ver({ versions: { all: true } }), ['2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z']);
      assert.deepEqual(await ver({ versions: { exact: ['2024-02-01T00:00:00Z'] } }), ['2024-02-01T00:00:00.000Z']);
      assert.deepEqual(await ver({ versions: { first: true, last: true } }), ['2024-03-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z']);
      assert.deepEqual(await ver({ versions: { exact: ['2023-01-01T00:00:00Z'] } }), []);
      await rejectsWith(store.listManifest(c.id, { versions: { exact: ["1' OR '1'='1"] } }, { limit: 1 }), 'USAGE');
      const all = await store.listManifest(c.id, {}, { limit: 10 });
      assert.deepEqual(all.items.map((e) => e.id).sort(), [v1.id, other.id].sort());
      const sv20 = await store.listManifest(c.id, { specVersions: ['2.0'] }, { limit: 10 });
      assert.deepEqual(sv20.items.map((e) => [e.id, e.mediaType]), [[other.id, 'application/stix+json;version=2.0']]);
      const sv21first = await store.listManifest(c.id, { specVersions: ['2.1'], versions: { first: true } }, { limit: 10 });
      assert.deepEqual(sv21first.items.map((e) => e.version), ['2024-01-01T00:00:00.000Z']);
      const versions = await store.listVersions(c.id, v1.id, {}, { limit: 10 });
      assert.deepEqual(versions.items.map((e) => e.version), ['2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z']);
      const got = await store.getObject(c.id, v1.id, { versions: { first: true } }, { limit: 10 });
      assert.equal(JSON.parse(got.items[0].json).modified, '2024-01-01T00:00:00.000Z');
    });

    test('no match[spec_version]: only each object\'s latest spec version, whatever the order of arrival (TAXII 2.1 section 3.4.1)', async () => {
      const c = await newCollection();
      const at = (m: string, spec: string, n = 1) => ({ ...makeIndicator(31, n, `2024-${m}-01T00:00:00.000Z`), spec_version: spec });
      // x: the 2.1 version arrives first, then older-spec versions, one of them modified later.
      const x21 = at('02', '2.1');
      const x20a = at('01', '2.0');
      const x20b = at('03', '2.0');
      await store.addObjects(c.id, [x21]);
      await store.addObjects(c.id, [x20a]);
      await store.addObjects(c.id, [x20b]);
      // y: 2.0 versions first, then a 2.1 one modified earlier than both.
      await store.addObjects(c.id, [at('04', '2.0', 2), at('05', '2.0', 2)]);
      await store.addObjects(c.id, [at('01', '2.1', 2)]);
      const y = makeIndicator(31, 2).id;
      const pick = (p: { items: { id: string; version: string; specVersion: string }[] }) => p.items.map((e) => `${e.id === y ? 'y' : 'x'} ${e.version.slice(5, 7)} ${e.specVersion}`);
      const m = async (f: Parameters<Store['listManifest']>[1]) => pick(await store.listManifest(c.id, f, { limit: 10 }));
      assert.deepEqual(await m({}), ['x 02 2.1', 'y 01 2.1']);
      assert.deepEqual(await m({ specVersions: [] }), ['x 02 2.1', 'y 01 2.1'], 'an empty list is the absent filter');
      assert.deepEqual(await m({ versions: { first: true } }), ['x 02 2.1', 'y 01 2.1']);
      assert.deepEqual(await m({ versions: { all: true } }), ['x 02 2.1', 'y 01 2.1']);
      assert.deepEqual(await m({ versions: { exact: ['2024-03-01T00:00:00Z', '2024-02-01T00:00:00Z'] } }), ['x 02 2.1']);
      assert.deepEqual(pick(await store.listObjects(c.id, { types: ['indicator'] }, { limit: 10 })), ['x 02 2.1', 'y 01 2.1']);
      assert.deepEqual(pick(await store.getObject(c.id, x21.id, {}, { limit: 10 })), ['x 02 2.1']);
      assert.deepEqual(pick(await store.listVersions(c.id, x21.id, {}, { limit: 10 })), ['x 02 2.1']);
      assert.deepEqual(pick(await store.listVersions(c.id, y, { specVersions: undefined }, { limit: 10 })), ['y 01 2.1']);
      // Asked for explicitly, the other spec versions are there, first/last taken among them.
      assert.deepEqual(await m({ specVersions: ['2.0'] }), ['x 03 2.0', 'y 05 2.0']);
      assert.deepEqual(await m({ specVersions: ['2.0', '2.1'] }), ['x 03 2.0', 'y 05 2.0']);
      assert.deepEqual(await m({ specVersions: ['2.0'], versions: { first: true } }), ['x 01 2.0', 'y 04 2.0']);
      assert.deepEqual(pick(await store.listVersions(c.id, x21.id, { specVersions: ['2.0', '2.1'] }, { limit: 10 })), ['x 02 2.1', 'x 01 2.0', 'x 03 2.0']);
      // Deleting the latest-spec version makes the older spec the latest; a deletion without match[spec_version]
      // reaches every spec version.
      assert.equal(await store.deleteObject(c.id, x21.id, { versions: { exact: ['2024-02-01T00:00:00Z'] } }), 1);
      assert.deepEqual(await m({}), ['x 03 2.0', 'y 01 2.1']);
      assert.deepEqual(await m({ versions: { first: true } }), ['x 01 2.0', 'y 01 2.1']);
      assert.equal(await store.deleteObject(c.id, y), 3);
      assert.deepEqual(await m({ versions: { all: true } }), ['x 01 2.0', 'x 03 2.0']);
    });

    test('match[version]=last / first while new versions arrive between pages: no version served twice, none missed, the newest seen last', async () => {
      for (const which of ['last', 'first'] as const) {
        const c = await newCollection();
        const n = 20;
        const month = (k: number) => `2024-${String(k).padStart(2, '0')}-01T00:00:00.000Z`;
        // Every object starts at month 6; `last` gets later months, `first` earlier ones, plus noise the other way.
        await store.addObjects(c.id, Array.from({ length: n }, (_, i) => makeIndicator(32, i, month(6))));
        const step = which === 'last' ? 1 : -1;
        const newest = new Map<string, number>(Array.from({ length: n }, (_, i) => [makeIndicator(32, i).id, 6]));
        const served = new Set<string>();
        const seenOf = new Map<string, number[]>();
        let after: { dateAdded: number; id: string } | undefined;
        let lastDate = 0;
        let round = 0;
        for (;;) {
          const p = await store.listManifest(c.id, { versions: { [which]: true } }, { after, limit: 3 });
          for (const e of p.items) {
            assert.ok(e.dateAdded > lastDate, 'pages advance');
            lastDate = e.dateAdded;
            const key = `${e.id} ${e.version}`;
            assert.ok(!served.has(key), `served twice: ${key}`);
            served.add(key);
            const mo = Number(e.version.slice(5, 7));
            const list = seenOf.get(e.id) ?? [];
            if (list.length) assert.ok(step * mo > step * list[list.length - 1], `an object's versions come in ${which} order: ${key}`);
            seenOf.set(e.id, [...list, mo]);
          }
          if (!p.more) break;
          after = { dateAdded: p.items[p.items.length - 1].dateAdded, id: p.items[p.items.length - 1].id };
          // Between pages: a new extreme version of one object already passed and of one not reached yet, and a
          // version on the other side (which must change nothing) of a third.
          round++;
          const batch = [];
          for (const i of [(round * 3) % n, (round * 7 + 11) % n]) {
            const id = makeIndicator(32, i).id;
            const mo = newest.get(id)! + step;
            if (mo < 1 || mo > 12) continue;
            newest.set(id, mo);
            batch.push(makeIndicator(32, i, month(mo)));
          }
          const k = (round * 5 + 2) % n;
          batch.push(makeIndicator(32, k, month(6 - step * (1 + (round % 3)) + (which === 'last' ? 0 : 0))));
          await store.addObjects(c.id, batch);
        }
        for (const [id, mo] of newest) {
          const seen = seenOf.get(id);
          assert.ok(seen, `never served: ${id}`);
          assert.equal(seen[seen.length - 1], mo, `the ${which} version of ${id} at the end of paging is the one served last`);
        }
      }
    });

    test('content with quoting look-alikes ($lz$, quotes, backslashes, line separators) is stored and read back as given', async () => {
      const c = await newCollection();
      const o = { ...makeIndicator(33, 1), description: "a $lz$ b $lz0$ c ' d \\ e \" f \u2028 g \n h $$ i $lz", name: '$lz$' };
      const status: StatusRecord = {
        id: '33333333-3333-4333-8333-333333333333', apiRoot: c.apiRoot, owner: "o'$lz$", status: 'complete', requestTimestamp: '2026-01-01T00:00:00.000000Z',
        totalCount: 1, successes: [], failures: [{ id: o.id, version: '$lz$', message: "' $lz$" }], pendings: [], expiresAt: Date.now() + 24 * 3600_000,
      };
      const r = await store.addObjects(c.id, [o], { status });
      assert.equal(r.added, 1);
      const got = await store.listObjects(c.id, {}, { limit: 10 });
      assert.deepEqual(JSON.parse(got.items[0].json), o);
      assert.deepEqual({ ...(await store.getStatus(c.apiRoot, status.id)), expiresAt: 0 }, { ...status, expiresAt: 0 });
    });

    test('SCOs: versions keyed by content hash, version reported as date_added', async () => {
      const c = await newCollection();
      const a = sco('10.0.0.1');
      const r = await store.addObjects(c.id, [a, a, { ...a, extensions: { x: { y: 1 } } }]);
      assert.deepEqual(r.outcomes.map((o) => o.status), ['added', 'present', 'added']);
      const v = await store.listVersions(c.id, a.id, {}, { limit: 10 });
      assert.equal(v.items.length, 2);
      const last = await store.listManifest(c.id, { ids: [a.id] }, { limit: 10 });
      assert.equal(last.items.length, 1);
      assert.equal(last.items[0].dateAdded, (r.outcomes[2] as { dateAdded: number }).dateAdded);
      const exact = await store.listManifest(c.id, { ids: [a.id], versions: { exact: [v.items[0].version] } }, { limit: 10 });
      assert.equal(exact.items.length, 1);
      assert.equal(exact.items[0].dateAdded, v.items[0].dateAdded);
    });

    test('filters: type, id, added_after; keyset paging returns each entry once, in order, with `more`', async () => {
      const c = await newCollection();
      const objs = Array.from({ length: 23 }, (_, i) => makeIndicator(4, i));
      const ip = sco('10.0.0.2');
      const r = await store.addObjects(c.id, [...objs, ip]);
      const types = await store.listManifest(c.id, { types: ['ipv4-addr'] }, { limit: 10 });
      assert.deepEqual(types.items.map((e) => e.id), [ip.id]);
      assert.equal((await store.listManifest(c.id, { types: [] }, { limit: 10 })).items.length, 0);
      assert.equal((await store.listManifest(c.id, { types: ["indicator' OR 1=1 --"] }, { limit: 10 })).items.length, 0);
      const ids = await store.listManifest(c.id, { ids: [objs[3].id, objs[5].id, 'x--y'] }, { limit: 10 });
      assert.deepEqual(ids.items.map((e) => e.id), [objs[3].id, objs[5].id]);
      const d5 = (r.outcomes[5] as { dateAdded: number }).dateAdded;
      const after = await store.listManifest(c.id, { addedAfter: d5 }, { limit: 100 });
      assert.equal(after.items.length, 18);
      assert.ok(after.items.every((e) => e.dateAdded > d5));
      const got: string[] = [];
      let pos;
      let pages = 0;
      for (;;) {
        const p = await store.listObjects(c.id, {}, { after: pos, limit: 7 });
        got.push(...p.items.map((e) => e.id));
        pages++;
        if (!p.more) break;
        const last = p.items[p.items.length - 1];
        pos = { dateAdded: last.dateAdded, id: last.id };
      }
      assert.equal(pages, 4);
      assert.deepEqual(got, [...objs, ip].map((o) => o.id));
      // added_after and a position combine: the later of the two wins.
      const both = await store.listManifest(c.id, { addedAfter: d5 }, { after: { dateAdded: 0, id: '' }, limit: 100 });
      assert.equal(both.items.length, 18);
      for (const limit of [0, -1, 1.5, 1e9, NaN]) await rejectsWith(store.listObjects(c.id, {}, { limit }), 'USAGE');
      for (const bad of [NaN, -1, 1.5, 2 ** 60, Infinity]) {
        await rejectsWith(store.listObjects(c.id, { addedAfter: bad }, { limit: 1 }), 'USAGE');
        await rejectsWith(store.listObjects(c.id, {}, { after: { dateAdded: bad, id: 'x' }, limit: 1 }), 'USAGE');
      }
      await rejectsWith(store.listObjects('no-such', {}, { limit: 1 }), 'NOT_FOUND');
    });

    test('deleteObject: all versions or selected ones, recorded; first/last move to the remaining versions', async () => {
      const c = await newCollection();
      const v1 = makeIndicator(5, 1, '2024-01-01T00:00:00.000Z');
      const v2 = makeIndicator(5, 1, '2024-02-01T00:00:00.000Z');
      const v3 = makeIndicator(5, 1, '2024-03-01T00:00:00.000Z');
      const keep = makeIndicator(5, 2);
      await store.addObjects(c.id, [v1, v2, v3, keep]);
      assert.equal(await store.deleteObject(c.id, v1.id, { versions: { last: true }, actor: 'alice' }), 1);
      const last = await store.getObject(c.id, v1.id, {}, { limit: 10 });
      assert.deepEqual(last.items.map((e) => e.version), ['2024-02-01T00:00:00.000Z']);
      assert.equal(await store.deleteObject(c.id, v1.id, { versions: { exact: ['2024-01-01T00:00:00.000Z'] } }), 1);
      const first = await store.getObject(c.id, v1.id, { versions: { first: true } }, { limit: 10 });
      assert.deepEqual(first.items.map((e) => e.version), ['2024-02-01T00:00:00.000Z']);
      assert.equal(await store.deleteObject(c.id, v1.id), 1);
      assert.equal(await store.deleteObject(c.id, v1.id), 0);
      assert.equal((await store.getObject(c.id, v1.id, { versions: { all: true } }, { limit: 10 })).items.length, 0);
      assert.equal((await store.getObject(c.id, keep.id, {}, { limit: 10 })).items.length, 1);
      const dels = await store.listDeletions(c.id);
      assert.deepEqual(dels.map((d) => [d.id, d.version, d.actor]), [
        [v1.id, '2024-03-01T00:00:00.000Z', 'alice'], [v1.id, '2024-01-01T00:00:00.000Z', undefined], [v1.id, '2024-02-01T00:00:00.000Z', undefined],
      ]);
      assert.deepEqual((await store.listDeletions(c.id, { afterSeq: dels[1].seq })).map((d) => d.seq), [dels[2].seq]);
      // Re-adding the same content works (a new entry, a new date_added); other content is still a conflict.
      const re = await store.addObjects(c.id, [v3, { ...v3, name: 'changed' }]);
      assert.deepEqual(re.outcomes.map((o) => o.status), ['added', 'conflict']);
      assert.ok((re.outcomes[0] as { dateAdded: number }).dateAdded > dels[0].dateAdded);
    });

    test('deleteObjects: several objects in one call, each as deleteObject would, with a count per object', async () => {
      const c = await newCollection();
      const a1 = makeIndicator(15, 1, '2024-01-01T00:00:00.000Z');
      const a2 = makeIndicator(15, 1, '2024-02-01T00:00:00.000Z');
      const b = makeIndicator(15, 2);
      const keep = makeIndicator(15, 3);
      await store.addObjects(c.id, [a1, a2, b, keep]);
      const counts = await store.deleteObjects(c.id, [
        { id: a1.id, request: { versions: { exact: ['2024-01-01T00:00:00.000Z'] }, actor: 'bob' } },
        { id: b.id },
        { id: 'indicator--00000000-0000-4000-8000-000000000000' },
      ]);
      assert.deepEqual(counts, [1, 1, 0]);
      assert.deepEqual((await store.getObject(c.id, a1.id, { versions: { all: true } }, { limit: 10 })).items.map((o) => o.version), ['2024-02-01T00:00:00.000Z']);
      assert.equal((await store.getObject(c.id, b.id, {}, { limit: 10 })).items.length, 0);
      assert.equal((await store.getObject(c.id, keep.id, {}, { limit: 10 })).items.length, 1);
      assert.deepEqual((await store.listDeletions(c.id)).map((d) => [d.id, d.actor]), [[a1.id, 'bob'], [b.id, undefined]]);
      assert.deepEqual(await store.deleteObjects(c.id, []), []);
    });

    test('status resources: put, get within their API root, expiry, purge; written atomically with addObjects', async () => {
      const c = await newCollection();
      const now = Date.now();
      const s: StatusRecord = {
        id: '11111111-1111-4111-8111-111111111111', apiRoot: c.apiRoot, owner: 'alice', status: 'complete',
        requestTimestamp: '2026-01-01T00:00:00.000000Z', totalCount: 2,
        successes: [{ id: 'indicator--x', version: '2024-01-01T00:00:00.000Z' }],
        failures: [{ id: 'indicator--y', version: '2024-01-01T00:00:00.000Z', message: 'STIX_INVALID: bad' }], pendings: [],
        expiresAt: now + 24 * 3600_000,
      };
      const obj = makeIndicator(6, 1);
      await store.addObjects(c.id, [obj], { status: s });
      const got = await store.getStatus(c.apiRoot, s.id);
      assert.deepEqual({ ...got, expiresAt: 0 }, { ...s, expiresAt: 0 });
      assert.ok(got!.expiresAt >= now + 24 * 3600_000);
      assert.equal(await store.getStatus('other-root', s.id), null);
      assert.equal(await store.getStatus(c.apiRoot, s.id, now + 25 * 3600_000), null);
      // An expiry under 24 h is pushed to 24 h from the change.
      await store.putStatus({ ...s, status: 'pending', expiresAt: now + 1 });
      assert.equal((await store.getStatus(c.apiRoot, s.id, now + 23 * 3600_000))?.status, 'pending');
      assert.equal(await store.purgeStatuses(now + 23 * 3600_000), 0);
      assert.ok((await store.purgeStatuses(now + 25 * 3600_000)) >= 1);
      assert.equal(await store.getStatus(c.apiRoot, s.id, now), null);
      assert.equal(await store.getStatus(c.apiRoot, "' OR 1=1 --"), null);
      // A status planned from the call's result, completed inside the transaction (status-plan.ts).
      const s2 = { ...s, id: '22222222-2222-4222-8222-222222222222', successes: [{ id: 'x--1', version: 'v' }], failures: [{ id: 'y--1', version: '', message: 'REFUSED' }] };
      const r = await store.addObjects(c.id, [obj, makeIndicator(6, 2)], { status: { plan: { base: s2 } } });
      assert.equal(r.added, 1);
      const st2 = await store.getStatus(c.apiRoot, s2.id);
      assert.deepEqual(st2?.successes.map((x) => [x.id, x.message]), [['x--1', undefined], [obj.id, 'already present'], [makeIndicator(6, 2).id, undefined]]);
      assert.deepEqual(st2?.failures.map((x) => x.message), ['REFUSED']);
      // A call that fails (an unknown collection) writes nothing of its status.
      const s3 = { ...s, id: '33333333-3333-4333-8333-333333333333' };
      await assert.rejects(store.addObjects('no-such-collection', [makeIndicator(6, 3)], { status: { plan: { base: s3 } } }), /NOT_FOUND|not found/i);
      assert.equal(await store.getStatus(c.apiRoot, s3.id), null);
    });

    test('lookups with NUL characters or SQL in them find nothing and break nothing', async () => {
      const c = await newCollection();
      await store.addObjects(c.id, [makeIndicator(8, 1)]);
      for (const evil of ['a\u0000b', "x' OR '1'='1", '%', '_', '\\', 'indicator--%']) {
        assert.equal(await store.getCollection(evil), null);
        assert.equal(await store.getUser(evil), null);
        assert.equal(await store.getApiKey(evil), null);
        assert.equal(await store.getStatus(c.apiRoot, evil), null);
        assert.equal(await store.getGrant(evil, c.id), null);
        assert.equal((await store.listManifest(c.id, { ids: [evil] }, { limit: 10 })).items.length, 0);
        assert.equal((await store.listManifest(c.id, { types: [evil], specVersions: [evil] }, { limit: 10 })).items.length, 0);
        assert.equal((await store.getObject(c.id, evil, {}, { limit: 10 })).items.length, 0);
        assert.equal(await store.deleteObject(c.id, evil), 0);
      }
      assert.equal(await store.countEntries(c.id), 1);
    });

    test('exchange: partners, versioned agreements, checkpoints, provenance with addObjects, sync runs, refusals', async () => {
      const now = new Date().toISOString();
      const partner = {
        name: 'acme', identityId: null, url: 'http://127.0.0.1:1', apiRoot: '/api/', username: 'us', keyCiphertext: 'v1:xx',
        relation: 'client' as const, localUser: 'acme-in', createdAt: now,
      };
      await store.putPartner(partner);
      assert.deepEqual(await store.getPartner('acme'), partner);
      assert.deepEqual(await store.getPartnerByLocalUser('acme-in'), partner);
      await store.putPartner({ ...partner, relation: 'community' });
      assert.equal((await store.getPartner('acme'))?.relation, 'community');
      assert.deepEqual((await store.listPartners()).map((p) => p.name), ['acme']);
      assert.equal(await store.getPartner('nobody'), null);

      await rejectsWith(store.addAgreementVersion({ partner: 'nobody', version: 1, doc: {}, createdAt: now }), 'NOT_FOUND');
      await store.addAgreementVersion({ partner: 'acme', version: 1, doc: { maxTlp: 'clear' }, createdAt: now });
      await store.addAgreementVersion({ partner: 'acme', version: 2, doc: { maxTlp: 'green' }, createdAt: now });
      await rejectsWith(store.addAgreementVersion({ partner: 'acme', version: 2, doc: {}, createdAt: now }), 'ALREADY_EXISTS');
      assert.deepEqual((await store.getAgreement('acme'))?.doc, { maxTlp: 'green' });
      assert.deepEqual((await store.getAgreement('acme', 1))?.doc, { maxTlp: 'clear' });
      assert.deepEqual((await store.listAgreementVersions('acme')).map((a) => a.version), [1, 2]);

      assert.equal(await store.getCheckpoint('acme', 'c1', 'pull'), null);
      await store.setCheckpoint({ partner: 'acme', collection: 'c1', direction: 'pull', position: 'p1', updatedAt: now });
      await store.setCheckpoint({ partner: 'acme', collection: 'c1', direction: 'pull', position: 'p2', updatedAt: now });
      assert.equal((await store.getCheckpoint('acme', 'c1', 'pull'))?.position, 'p2');
      assert.equal(await store.getCheckpoint('acme', 'c1', 'push'), null);
      assert.equal((await store.listCheckpoints('acme')).length, 1);

      const c = await newCollection();
      const a = makeIndicator(77, 1);
      const b = makeIndicator(77, 2);
      await store.addObjects(c.id, [a], { provenance: { kind: 'user', source: 'alice' } });
      await store.addObjects(c.id, [a, b], { provenance: { kind: 'partner', source: 'acme', defaultMarking: 'amber' } });
      const prov = await store.getProvenance([{ id: a.id, version: a.modified as string }, { id: b.id, version: b.modified as string }, { id: 'x--1', version: 'v' }]);
      const byId = new Map(prov.map((p) => [p.id, p]));
      assert.equal(prov.length, 2);
      assert.equal(byId.get(a.id)?.kind, 'user');
      assert.equal(byId.get(a.id)?.source, 'alice');
      assert.equal(byId.get(b.id)?.source, 'acme');
      assert.equal(byId.get(b.id)?.defaultMarking, 'amber');
      assert.equal(byId.get(b.id)?.collectionId, c.id);

      // Deliveries of an SDO (version = modified) and an SCO (version = its entry's date_added); the first one counts.
      const sco = { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--a1b2c3d4-0000-4000-8000-000000000077', value: '198.51.100.77' };
      const [scoOut] = (await store.addObjects(c.id, [sco])).outcomes;
      const sent = [{ id: a.id, version: a.modified as string }, { id: sco.id, version: scoOut.version }];
      await store.recordDeliveries(sent.map((v) => ({ partner: 'acme', ...v, at: 'first' })));
      await store.recordDeliveries(sent.map((v) => ({ partner: 'acme', ...v, at: 'again' })));
      const got = await store.getDeliveries('acme', [...sent, { id: b.id, version: b.modified as string }]);
      assert.deepEqual(got.map((d) => [d.id, d.version, d.at]).sort(), sent.map((v) => [v.id, v.version, 'first']).sort());
      assert.deepEqual(await store.getDeliveries('other', sent), []);

      const run = await store.startSyncRun('acme', now);
      assert.equal((await store.listSyncRuns({ partner: 'acme' }))[0].finishedAt, null);
      await store.finishSyncRun(run, { finishedAt: now, ok: true, summary: { pulled: 3 } });
      const [r] = await store.listSyncRuns({ partner: 'acme' });
      assert.deepEqual([r.runId, r.ok, r.summary], [run, true, { pulled: 3 }]);
      await rejectsWith(store.finishSyncRun(run + 1000, { finishedAt: now, ok: false, summary: {} }), 'NOT_FOUND');

      const ref = { partner: 'acme', direction: 'push' as const, side: 'ours' as const, collection: c.id, objectId: a.id, version: 'v1', code: 'ABOVE_MAX_TLP', message: 'm1', at: now };
      await store.recordRefusals([ref, { ...ref, objectId: b.id }]);
      await store.recordRefusals([{ ...ref, code: 'ECHO', message: 'm2' }, { ...ref, side: 'theirs', code: 'X', message: 'theirs' }]);
      const refs = await store.listRefusals({ partner: 'acme' });
      assert.equal(refs.length, 3);
      assert.equal(refs.find((x) => x.objectId === a.id && x.side === 'ours')?.code, 'ECHO');
      assert.equal((await store.listRefusals({ partner: 'acme', side: 'theirs' })).length, 1);

      assert.equal(await store.removePartner('acme'), true);
      assert.equal(await store.removePartner('acme'), false);
      assert.equal(await store.getAgreement('acme'), null);
      assert.equal((await store.listRefusals({ partner: 'acme' })).length, 0);
      assert.equal((await store.getProvenance([{ id: b.id, version: b.modified as string }])).length, 1);
    });

    test('users, API keys, grants', async () => {
      const c = await newCollection();
      await store.createUser({ name: 'alice', passwordHash: 'scrypt$x', admin: false, createdAt: '2026-01-01T00:00:00Z' });
      await rejectsWith(store.createUser({ name: 'alice', passwordHash: null, admin: true, createdAt: '2026-01-01T00:00:00Z' }), 'ALREADY_EXISTS');
      await store.updateUser('alice', { admin: true });
      assert.deepEqual(await store.getUser('alice'), { name: 'alice', passwordHash: 'scrypt$x', admin: true, createdAt: '2026-01-01T00:00:00Z' });
      await store.updateUser('alice', { passwordHash: null });
      assert.equal((await store.getUser('alice'))?.passwordHash, null);
      await rejectsWith(store.updateUser('bob', { admin: true }), 'NOT_FOUND');
      assert.deepEqual((await store.listUsers()).map((u) => u.name), ['alice']);
      const key = { keyId: 'k1', user: 'alice', hash: 'ab'.repeat(32), label: 'ci', createdAt: '2026-01-01T00:00:00Z', revokedAt: null };
      await store.createApiKey(key);
      await rejectsWith(store.createApiKey(key), 'ALREADY_EXISTS');
      await rejectsWith(store.createApiKey({ ...key, keyId: 'k2', user: 'bob' }), 'NOT_FOUND');
      assert.deepEqual(await store.getApiKey('k1'), key);
      const revoked = await store.revokeApiKey('k1');
      assert.ok(revoked.revokedAt);
      assert.equal((await store.revokeApiKey('k1')).revokedAt, revoked.revokedAt);
      await rejectsWith(store.revokeApiKey('nope'), 'NOT_FOUND');
      assert.equal((await store.listApiKeys('alice')).length, 1);
      await store.setGrant({ user: 'alice', collectionId: c.id, read: true, write: false });
      assert.deepEqual(await store.getGrant('alice', c.id), { user: 'alice', collectionId: c.id, read: true, write: false });
      await store.setGrant({ user: 'alice', collectionId: c.id, read: true, write: true });
      assert.equal((await store.getGrant('alice', c.id))?.write, true);
      await rejectsWith(store.setGrant({ user: 'bob', collectionId: c.id, read: true, write: true }), 'NOT_FOUND');
      await rejectsWith(store.setGrant({ user: 'alice', collectionId: 'nope', read: true, write: true }), 'NOT_FOUND');
      assert.equal((await store.listGrants({ user: 'alice' })).length, 1);
      assert.equal((await store.listGrants({ collectionId: c.id })).length, 1);
      assert.equal(await store.removeGrant('alice', c.id), true);
      assert.equal(await store.removeGrant('alice', c.id), false);
      assert.equal(await store.getGrant('alice', c.id), null);
    });

    test('concurrent addObjects calls in one process each get their own outcome; one failing does not fail the others', async () => {
      const c = await newCollection();
      const calls = Array.from({ length: 8 }, (_, b) => store.addObjects(c.id, Array.from({ length: 10 }, (_, i) => makeIndicator(7, b * 10 + i))));
      const bad = store.addObjects('00000000-0000-0000-0000-00000000dead', [makeIndicator(7, 999)]);
      const dup = store.addObjects(c.id, [makeIndicator(7, 0)]);
      const [settledBad, settledDup, ...settled] = await Promise.allSettled([bad, dup, ...calls]);
      assert.ok(settledBad.status === 'rejected' && isLiaisonError(settledBad.reason) && settledBad.reason.code === 'NOT_FOUND');
      assert.ok(settledDup.status === 'fulfilled' && ['added', 'present'].includes(settledDup.value.outcomes[0].status));
      const results = settled.map((r) => (r.status === 'fulfilled' ? r.value : assert.fail(String(r.reason))));
      assert.ok(results.every((r) => r.outcomes.length === 10));
      const dates = results.flatMap((r) => r.outcomes.map((o) => (o.status === 'conflict' ? 0 : o.dateAdded)));
      assert.equal(new Set(dates).size, dates.length);
      assert.equal(await store.countEntries(c.id), 80);
    });

    test('property: after any sequence of adds and deletes, first/last/all and paging agree with a simple model', async () => {
      const c = await newCollection();
      let run = 0;
      const MODS = ['2024-01-01T00:00:00.000Z', '2024-01-02T00:00:00Z', '2024-01-03T00:00:00.5Z', '2024-01-04T00:00:00.000Z'];
      const op = fc.oneof(
        fc.record({ kind: fc.constant('add' as const), objs: fc.array(fc.record({ o: fc.nat(3), m: fc.nat(3), name: fc.nat(1) }), { minLength: 1, maxLength: 6 }) }),
        fc.record({ kind: fc.constant('delete' as const), o: fc.nat(3), which: fc.constantFrom('all', 'first', 'last') }),
      );
      await fc.assert(fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        run++;
        const id = (o: number) => `indicator--${String(run).padStart(8, '0')}-fc00-4000-8000-${String(o).padStart(12, '0')}`; // unlike makeIndicator ids
        // model: id -> (modified index -> name); node-wide content: first content offered wins.
        const model = new Map<string, Map<number, number>>();
        const node = new Map<string, number>();
        for (const step of ops) {
          if (step.kind === 'add') {
            const objs = step.objs.map(({ o, m, name }) => ({ ...makeIndicator(0, 0, MODS[m]), id: id(o), name: `n${name}` }) as StixObject);
            const res = await store.addObjects(c.id, objs);
            step.objs.forEach(({ o, m, name }, i) => {
              const key = `${o}/${m}`;
              const known = node.get(key);
              const expected = known !== undefined && known !== name ? 'conflict' : model.get(id(o))?.has(m) ? 'present' : 'added';
              assert.equal(res.outcomes[i].status, expected, `${key} ${name}`);
              if (known === undefined) node.set(key, name);
              if (expected === 'added') {
                if (!model.has(id(o))) model.set(id(o), new Map());
                model.get(id(o))!.set(m, name);
              }
            });
          } else {
            const versions = model.get(id(step.o));
            const ms = [...(versions?.keys() ?? [])].sort();
            const victims = step.which === 'all' ? ms : ms.length ? [step.which === 'first' ? ms[0] : ms[ms.length - 1]] : [];
            const sel = step.which === 'all' ? undefined : { [step.which]: true };
            assert.equal(await store.deleteObject(c.id, id(step.o), sel ? { versions: sel } : {}), victims.length);
            for (const m of victims) versions!.delete(m);
          }
        }
        const mine = [0, 1, 2, 3].map(id);
        const listed = async (versions: Parameters<Store['listManifest']>[1]['versions']) => {
          const out: string[] = [];
          let after;
          for (;;) {
            const p = await store.listManifest(c.id, { ids: mine, versions }, { after, limit: 2 });
            out.push(...p.items.map((e) => `${e.id} ${versionKeyOf(e.version)}`));
            if (!p.more) break;
            after = { dateAdded: p.items[p.items.length - 1].dateAdded, id: p.items[p.items.length - 1].id };
          }
          return out.sort();
        };
        const expect = (pick: (ms: number[]) => number[]) =>
          [...model].flatMap(([oid, v]) => pick([...v.keys()].sort()).map((m) => `${oid} ${versionKeyOf(MODS[m])}`)).sort();
        assert.deepEqual(await listed({ all: true }), expect((ms) => ms));
        assert.deepEqual(await listed({ last: true }), expect((ms) => ms.slice(-1)));
        assert.deepEqual(await listed({ first: true }), expect((ms) => ms.slice(0, 1)));
        // Content is the first content offered for that version.
        for (const [oid, v] of model) {
          for (const [m, name] of v) {
            const got = await store.getObject(c.id, oid, { versions: { exact: [MODS[m]] } }, { limit: 5 });
            assert.equal(JSON.parse(got.items[0].json).name, `n${name}`);
          }
        }
      }), { numRuns: 25 });
    });

    test('two writer processes and this one never share a date_added in a collection', async () => {
      const c = await newCollection();
      const children = [1, 2].map((p) => runChild({ config, collectionId: c.id, prefix: 100 + p, batches: 20, batchSize: 25 }));
      for (let b = 0; b < 20; b++) await store.addObjects(c.id, Array.from({ length: 25 }, (_, i) => makeIndicator(100, b * 25 + i)));
      await Promise.all(children.map((ch) => ch.done));
      const all = await store.listManifest(c.id, {}, { limit: 10_000 });
      assert.equal(all.items.length, 1500);
      assert.equal(new Set(all.items.map((e) => e.dateAdded)).size, 1500);
      for (let i = 1; i < all.items.length; i++) assert.ok(all.items[i].dateAdded > all.items[i - 1].dateAdded);
    });

    test('paging while another process inserts and deletes returns every surviving object exactly once', async () => {
      const c = await newCollection();
      const initial = Array.from({ length: 300 }, (_, i) => makeIndicator(200, i));
      await store.addObjects(c.id, initial);
      const deleted = new Set<string>();
      const writer = runChild({ config, collectionId: c.id, prefix: 201, batches: 30, batchSize: 10, deleteEvery: 3 }, (line) => {
        if (line.startsWith('deleted ')) deleted.add(line.slice(8));
      });
      // Meanwhile this process deletes some of the initial objects.
      const seen = new Map<string, number>();
      let pos;
      let k = 0;
      let writerDone = false;
      void writer.done.then(() => (writerDone = true), () => (writerDone = true));
      for (;;) {
        const p = await store.listManifest(c.id, {}, { after: pos, limit: 7 });
        for (const e of p.items) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
        if (k < 100) {
          const victim = initial[(k * 7 + 150) % 300].id; // ahead of and behind the reader
          if ((await store.deleteObject(c.id, victim)) > 0) deleted.add(victim);
          k++;
        }
        if (p.items.length) pos = { dateAdded: p.items[p.items.length - 1].dateAdded, id: p.items[p.items.length - 1].id };
        if (!p.more && writerDone) {
          // One last page after the writer finished, so the reader has reached the end of the final state.
          const tail = await store.listManifest(c.id, {}, { after: pos, limit: 10_000 });
          for (const e of tail.items) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
          break;
        }
        if (!p.more) await new Promise((r) => setTimeout(r, 5));
      }
      await writer.done;
      const final = await store.listManifest(c.id, {}, { limit: 10_000 });
      assert.ok(final.items.length > 0);
      for (const e of final.items) assert.equal(seen.get(e.id), 1, `surviving ${e.id} seen ${seen.get(e.id) ?? 0} times`);
      for (const [id, n] of seen) assert.ok(n === 1, `${id} repeated`);
      for (const e of final.items) assert.ok(!deleted.has(e.id));
    });
  });
}
