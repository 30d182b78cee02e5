/**
 * @module The one place where the exchange (src/exchange/sync/outbound.ts) plugs into the TAXII server: what a
 * partner may read of our collections goes through its agreement's policy, and what a caller posts is recorded with
 * its provenance. The server works without these hooks (every caller then sees the collection as stored).
 */
import type { Collection, ProvenanceInput, StatusDetail, StixObject, StoredObject } from '../store/store.js';
import type { Caller } from './access.js';

/** A filter over what one caller reads of one collection. */
export interface ReadView {
  /**
   * The items of one store page as this caller may have them: refused ones removed, the others possibly transformed
   * (their `json` replaced by the copy), in the same order, keeping each item's `dateAdded`. `served` says the copies
   * go out as objects (Get Objects, Get an Object), which the exchange records as delivered; manifests, versions and
   * existence checks pass false.
   */
  filter(items: StoredObject[], served: boolean): Promise<StoredObject[]>;
  /**
   * Names the rules this view applies (sent as `X-Liaison-View` on object pages): when it changes, what an earlier
   * page withheld may now be allowed, so a puller that sees a new value reads the collection again from the start.
   */
  tag?: string;
}

/** Where a post is stored instead of the collection it was sent to (`ExchangeHooks.redirectPost`). */
export interface PostRedirect {
  /** The collection the posted objects are stored in. */
  collectionId: string;
  /** Of the valid objects posted, those to store there. */
  objects: StixObject[];
  /** The valid objects not stored (already decided, or held here from another source): successes, with a message. */
  settled: StatusDetail[];
  /** The message on each stored object's success in the status (what became of it). */
  message: string;
}

export interface ExchangeHooks {
  /**
   * The view a caller's reads of `collection` go through, or null when none applies (a local user, an admin).
   * Throws NOT_FOUND when the caller is a partner that may not read this collection at all.
   */
  viewFor(caller: Caller | null, collection: Collection): Promise<ReadView | null>;
  /** The provenance recorded with what `caller` posts into `collection`. */
  provenanceFor(caller: Caller | null, collection: Collection): Promise<ProvenanceInput | undefined>;
  /**
   * Where the valid objects `caller` posts into `collection` go instead, or null to store them there: a partner
   * whose agreement holds its objects for review has them held (`review.<partner>`), as pulled ones are.
   */
  redirectPost?(caller: Caller | null, collection: Collection, objects: StixObject[]): Promise<PostRedirect | null>;
  /** Told after a POST added objects (the sync engine may push them on at once). */
  afterWrite?(collectionId: string, added: number): void;
}
