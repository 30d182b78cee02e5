/**
 * Accepting and rejecting drafts. Accepting applies the analyst's edits (drop objects, or a whole edited bundle),
 * marks every object reviewed, checks that the result is valid STIX, and hands it to a publisher that stores it
 * into a collection. Only pending drafts can be decided.
 */
import { LiaisonError } from '../../errors.js';
import { validateDocument } from '../../validation.js';
import { INGEST_EXTENSION_ID } from '../provenance.js';
import type { Draft, DraftQueue } from './queue.js';

type Obj = Record<string, unknown> & { id: string; type: string };

export interface AcceptEdits {
  /** Ids of objects the analyst removes; references to them are removed too. */
  drop?: string[];
  /** A whole bundle the analyst edited, replacing the draft's. */
  bundle?: { type: 'bundle'; id: string; objects: Record<string, unknown>[] };
}

/** Stores an accepted bundle into a collection; returns where it went. */
export type Publisher = (collection: string, objects: Obj[]) => Promise<{ stored: string; added: number; present: number; conflicts: number }>;

const REF_LISTS = ['object_refs'];

/** The reviewed bundle: edits applied, provenance marked reviewed, refs to dropped objects removed. */
export function reviewedBundle(draft: Draft, edits: AcceptEdits = {}, now = new Date()): Obj[] {
  const base = (edits.bundle?.objects ?? draft.bundle.objects) as Obj[];
  const drop = new Set(edits.drop ?? []);
  const stamp = now.toISOString();
  const out: Obj[] = [];
  for (const o of base) {
    if (drop.has(o.id)) continue;
    const c: Obj = structuredClone(o);
    for (const k of REF_LISTS) if (Array.isArray(c[k])) c[k] = (c[k] as string[]).filter((r) => !drop.has(r));
    if ((c.type === 'relationship' && (drop.has(c.source_ref as string) || drop.has(c.target_ref as string))) || (Array.isArray(c.object_refs) && c.object_refs.length === 0)) continue;
    const ext = (c.extensions as Record<string, Record<string, unknown>> | undefined)?.[INGEST_EXTENSION_ID];
    if (ext) ext.review_status = 'reviewed';
    if (typeof c.modified === 'string' && ext) c.modified = stamp > (c.created as string) ? stamp : c.modified;
    out.push(c);
  }
  return out;
}

/**
 * Runs one decision on a pending draft while holding its claim: a second accept or reject of the same draft fails
 * with DRAFT_STATE instead of deciding it twice.
 */
async function decidePending(queue: DraftQueue, id: string, decide: (draft: Draft) => Promise<Draft>): Promise<Draft> {
  if (!(await queue.get(id))) throw new LiaisonError('NOT_FOUND', { what: `draft ${id}` });
  const release = await queue.claim(id);
  try {
    const draft = await queue.get(id);
    if (!draft) throw new LiaisonError('NOT_FOUND', { what: `draft ${id}` });
    if (draft.status !== 'pending') throw new LiaisonError('DRAFT_STATE', { what: id, reason: `it is already ${draft.status}` });
    const done = await decide(draft);
    await queue.put(done);
    return done;
  } finally {
    await release();
  }
}

export async function acceptDraft(queue: DraftQueue, id: string, opts: { collection?: string; edits?: AcceptEdits; publish?: Publisher; now?: Date; decidedBy?: string }): Promise<Draft> {
  return decidePending(queue, id, async (draft) => {
    const collection = opts.collection ?? draft.collection;
    if (!collection) throw new LiaisonError('USAGE', { detail: 'name the collection to store the accepted draft in (--collection)' });
    const objects = reviewedBundle(draft, opts.edits, opts.now);
    const report = validateDocument({ type: 'bundle', id: draft.bundle.id, objects });
    if (!report.valid) {
      const bad = report.objects.find((o) => !o.valid);
      throw new LiaisonError('DRAFT_INVALID', { what: id, reason: `${bad?.id ?? 'an object'}: ${bad?.errors.map((e) => e.message).join('; ')}` });
    }
    if (!opts.publish) throw new LiaisonError('STORE_UNAVAILABLE', { what: collection, reason: 'no store is configured for this node' });
    const res = await opts.publish(collection, objects);
    return { ...draft, status: 'accepted', decidedAt: (opts.now ?? new Date()).toISOString(), ...(opts.decidedBy && { decidedBy: opts.decidedBy }), storedIn: res.stored, collection, bundle: { ...draft.bundle, objects } };
  });
}

export async function rejectDraft(queue: DraftQueue, id: string, reason?: string, decidedBy?: string): Promise<Draft> {
  return decidePending(queue, id, async (draft) => ({ ...draft, status: 'rejected', decidedAt: new Date().toISOString(), ...(reason ? { reason } : {}), ...(decidedBy && { decidedBy }) }));
}
