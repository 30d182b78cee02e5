/**
 * Storing an accepted draft into a collection of the node's store (by collection id or alias), and the node's
 * stored entities as `KnownEntities` for ingest to reuse.
 */
import { existsSync } from 'node:fs';
import { LiaisonError } from '../../errors.js';
import { openStore, storeConfigFor, SQLITE_FILE } from '../../store/open.js';
import type { Store } from '../../store/store.js';
import type { StixObject } from '../../store/types.js';
import { InMemoryKnownEntities, type KnownEntity } from '../known.js';
import type { Publisher } from './decide.js';
import { join } from 'node:path';
import type { EntityKind } from '../types.js';
import { ownValue } from '../../own-keys.js';

/** A publisher writing into `store`. */
export function storePublisher(store: Store): Publisher {
  return async (collection, objects) => {
    const c = await store.getCollection(collection);
    if (!c) throw new LiaisonError('NOT_FOUND', { what: `collection ${collection}` });
    const res = await store.addObjects(c.id, objects as StixObject[]);
    // A conflict (same id and modified, other content) is kept and reported by the store, never overwritten.
    return { stored: c.alias ?? c.id, added: res.added, present: res.present, conflicts: res.conflicts };
  };
}

/** Opens the node's store when the data folder has one (or PostgreSQL is configured); undefined otherwise. */
export async function openNodeStore(dataDir: string): Promise<Store | undefined> {
  const cfg = storeConfigFor(dataDir);
  if (cfg.kind === 'sqlite' && !existsSync(join(dataDir, SQLITE_FILE))) return undefined;
  return openStore(cfg);
}

const KIND_OF_TYPE: Record<string, EntityKind> = { 'threat-actor': 'group', 'intrusion-set': 'group', location: 'location' };

/** The named entities stored in every collection of the node, for ingest to reuse (latest versions). */
export async function knownFromStore(store: Store, limit = 50_000): Promise<InMemoryKnownEntities> {
  const known = new InMemoryKnownEntities();
  let n = 0;
  for (const c of await store.listCollections()) {
    let after: Parameters<Store['listObjects']>[2]['after'];
    for (;;) {
      const page = await store.listObjects(c.id, { types: ['identity', 'threat-actor', 'intrusion-set', 'location'] }, { after, limit: 500 });
      for (const it of page.items) {
        let o: Record<string, unknown>;
        try {
          o = JSON.parse(it.json) as Record<string, unknown>;
        } catch {
          continue;
        }
        const type = String(o.type);
        const kind: EntityKind | undefined = type === 'identity' ? (o.identity_class === 'individual' ? 'person' : 'organization') : ownValue(KIND_OF_TYPE, type);
        if (!kind || typeof o.name !== 'string') continue;
        const e: KnownEntity = { id: String(o.id), kind, name: o.name, aliases: Array.isArray(o.aliases) ? (o.aliases as string[]) : [] };
        known.add(e);
        if (++n >= limit) return known;
      }
      if (!page.more || !page.items.length) break;
      const last = page.items[page.items.length - 1];
      after = { dateAdded: last.dateAdded, id: last.id };
    }
  }
  return known;
}
