/**
 * @module Reading one partner collection page after page (TAXII 2.1 §5.4 Get Objects, paged by `next` and
 * `added_after`, §3.4), the same on the event loop and on the pull worker (./pull-worker.ts). Where the reading got
 * to is plain data (`ReadState`), so that a worker can go on from where the event loop stopped, and the event loop
 * from where a failed worker stopped.
 */
import { LiaisonError, isLiaisonError } from '../../errors.js';
import type { TaxiiClient } from '../../taxii/client.js';
import type { ObjectsCheck } from '../../taxii/object-check.js';

/** Where a pull got to: what the next request asks, and the rules (tag) the pages so far were read under. */
export interface ReadState {
  addedAfter?: string;
  next?: string;
  /** `X-TAXII-Date-Added-Last` of the last page read (where to go on from when a next token is refused). */
  lastRead?: string;
  /** The tag of the pages read so far (inbound rules and the partner's view), once a page was read. */
  tagged?: string;
  /** Times the partner's view changed during this pull. */
  restarts: number;
}

export interface PulledPage {
  objects: Record<string, unknown>[];
  /** X-TAXII-Date-Added-Last of the page, when the partner sent it. */
  position?: string;
  tag: string;
  /** More pages follow (the state holds the next request). */
  more: boolean;
  /** The objects already checked, when a pull worker read the page (../../taxii/object-check.ts). */
  check?: ObjectsCheck;
}

export interface ReadTarget {
  partner: string;
  root: string;
  collection: string;
  limit: number;
  /** Our inbound rules' tag (./partners.ts inboundTag); a page's tag adds the partner's view to it. */
  inTag: string;
}

/**
 * The pages from `state` on, each yielded after `state` has moved past it. When the partner's view changes, what it
 * withheld before may now be allowed, so the collection is read again from the start (at most 3 times).
 */
export async function* readPages(client: TaxiiClient, t: ReadTarget, state: ReadState): AsyncGenerator<PulledPage> {
  for (;;) {
    let page;
    try {
      page = await client.getObjects(t.root, t.collection, { addedAfter: state.addedAfter, next: state.next, limit: t.limit, version: 'all' });
    } catch (e) {
      // An expired or refused next token: go on from the last page read (repeats are harmless).
      if (state.next && isLiaisonError(e) && e.code === 'TAXII_REMOTE_ERROR' && e.params.httpStatus === 400) {
        state.next = undefined;
        state.addedAfter = state.lastRead ?? state.addedAfter;
        continue;
      }
      throw e;
    }
    const tag = `${t.inTag}.${page.view ?? ''}`;
    if (state.tagged !== undefined && tag !== state.tagged) {
      if (++state.restarts > 3) throw new LiaisonError('SYNC_VIEW_UNSTABLE', { partner: t.partner, collection: t.collection });
      state.tagged = undefined;
      state.addedAfter = undefined;
      state.lastRead = undefined;
      state.next = undefined;
      continue;
    }
    state.tagged = tag;
    const more = page.more && page.next !== undefined;
    if (more) {
      // The next token is bound to the query (added_after included): page on with it, keep the position aside.
      state.next = page.next;
      state.lastRead = page.dateAddedLast ?? state.lastRead;
    }
    yield { objects: page.objects, position: page.dateAddedLast, tag, more };
    if (!more) return;
  }
}
