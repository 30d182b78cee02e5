/**
 * @module Reading a collection for one caller (TAXII 2.1 §5.3, §5.4, §5.6, §5.8): straight from the store, or through
 * the caller's `ReadView` (a partner's agreement) so that manifest, objects, object and versions all show the same
 * objects. Pages through a view may hold fewer items than asked (TAXII allows it); their keyset position is the
 * store page's last entry, so paging never stalls on a page whose items were all withheld.
 */
import type { Collection, ManifestEntry, ObjectFilter, Page, PagePosition, PageRequest, StoredObject } from '../store/store.js';
import type { AppContext } from './app.js';
import type { Caller } from './access.js';
import type { ReadView } from './exchange-hooks.js';

/** A page plus the store positions of its first and last entries (before any filtering). */
export interface ReadPage<T> extends Page<T> {
  first?: PagePosition;
  last?: PagePosition;
}

export interface CollectionReader {
  manifest(filter: ObjectFilter, page: PageRequest): Promise<ReadPage<ManifestEntry>>;
  objects(filter: ObjectFilter, page: PageRequest): Promise<ReadPage<StoredObject>>;
  object(objectId: string, filter: Omit<ObjectFilter, 'ids' | 'types'>, page: PageRequest): Promise<ReadPage<StoredObject>>;
  versions(objectId: string, filter: Pick<ObjectFilter, 'addedAfter' | 'specVersions'>, page: PageRequest): Promise<ReadPage<ManifestEntry>>;
  /** Whether the caller can see any version of the object (404 otherwise). */
  exists(objectId: string): Promise<boolean>;
  /** The view's tag, when reads go through one (./exchange-hooks.ts). */
  tag?: string;
}

const pos = (x: { dateAdded: number; id: string } | undefined): PagePosition | undefined => (x ? { dateAdded: x.dateAdded, id: x.id } : undefined);

function manifestOf(o: StoredObject): ManifestEntry {
  return { id: o.id, type: o.type, version: o.version, specVersion: o.specVersion, dateAdded: o.dateAdded, mediaType: o.mediaType };
}

function direct(ctx: AppContext, c: Collection): CollectionReader {
  return {
    manifest: (f, p) => ctx.store.listManifest(c.id, f, p),
    objects: (f, p) => ctx.store.listObjects(c.id, f, p),
    object: (id, f, p) => ctx.store.getObject(c.id, id, f, p),
    versions: (id, f, p) => ctx.store.listVersions(c.id, id, f, p),
    exists: async (id) => (await ctx.store.listVersions(c.id, id, {}, { limit: 1 })).items.length > 0,
  };
}

function viewed(ctx: AppContext, c: Collection, view: ReadView): CollectionReader {
  const through = async (page: Page<StoredObject>, served: boolean): Promise<ReadPage<StoredObject>> => ({
    items: await view.filter(page.items, served),
    more: page.more,
    first: pos(page.items[0]),
    last: pos(page.items[page.items.length - 1]),
  });
  const asManifest = (p: ReadPage<StoredObject>): ReadPage<ManifestEntry> => ({ ...p, items: p.items.map(manifestOf) });
  return {
    manifest: async (f, p) => asManifest(await through(await ctx.store.listObjects(c.id, f, p), false)),
    objects: async (f, p) => through(await ctx.store.listObjects(c.id, f, p), true),
    object: async (id, f, p) => through(await ctx.store.getObject(c.id, id, f, p), true),
    versions: async (id, f, p) =>
      asManifest(await through(await ctx.store.listObjects(c.id, { addedAfter: f.addedAfter, specVersions: f.specVersions, ids: [id], versions: { all: true } }, p), false)),
    exists: async (id) => (await view.filter((await ctx.store.listObjects(c.id, { ids: [id], versions: { all: true } }, { limit: 1000 })).items, false)).length > 0,
    ...(view.tag !== undefined && { tag: view.tag }),
  };
}

/** The reader of `collection` for `caller`: through the exchange's view when one applies. */
export async function readerFor(ctx: AppContext, caller: Caller | null, collection: Collection): Promise<CollectionReader> {
  const view = ctx.exchange ? await ctx.exchange.viewFor(caller, collection) : null;
  return view ? viewed(ctx, collection, view) : direct(ctx, collection);
}
