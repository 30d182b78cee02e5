/**
 * @module The one place where the exchange (src/exchange/sync/outbound.ts) plugs into the TAXII server: what a
 * partner may read of our collections goes through its agreement's policy, and what a caller posts is recorded with
 * its provenance. The server works without these hooks (every caller then sees the collection as stored).
 */
import type { Collection, ProvenanceInput, StoredObject } from '../store/store.js';
import type { Caller } from './access.js';

/** A filter over what one caller reads of one collection. */
export interface ReadView {
  /**
   * The items of one store page as this caller may have them: refused ones removed, the others possibly transformed
   * (their `json` replaced by the copy), in the same order, keeping each item's `dateAdded`.
   */
  filter(items: StoredObject[]): Promise<StoredObject[]>;
  /**
   * Names the rules this view applies (sent as `X-Liaison-View` on object pages): when it changes, what an earlier
   * page withheld may now be allowed, so a puller that sees a new value reads the collection again from the start.
   */
  tag?: string;
}

export interface ExchangeHooks {
  /**
   * The view a caller's reads of `collection` go through, or null when none applies (a local user, an admin).
   * Throws NOT_FOUND when the caller is a partner that may not read this collection at all.
   */
  viewFor(caller: Caller | null, collection: Collection): Promise<ReadView | null>;
  /** The provenance recorded with what `caller` posts into `collection`. */
  provenanceFor(caller: Caller | null, collection: Collection): Promise<ProvenanceInput | undefined>;
  /** Told after a POST added objects (the sync engine may push them on at once). */
  afterWrite?(collectionId: string, added: number): void;
}
