/**
 * @module Review of a partner's objects (`liaison agreement set NAME --review`): the sync engine holds what the
 * partner sends in the collection `review.<partner>` (../sync/engine.ts), which no agreement shares, so nothing held
 * goes on to anyone. An analyst lists what is held, accepts versions into the agreement's inbound collection (where
 * they become intelligence like any other the partner sent: its provenance, first recorded when it arrived, stays
 * the partner's, so it is never echoed back and goes on only as its marking allows), or rejects them. The MISP
 * analogue is an event from a sync server held unpublished until someone publishes it; OpenCTI's is a workbench.
 *
 * Every decision is recorded: the store's deletion record of the held version (who, when), a decision record per
 * object in the node's settings (accepted or rejected, by whom, when, which versions, why), and for a rejection a
 * refusal (side `inbound`, code REVIEW_REJECTED) that `liaison sync status` shows beside the sync's own refusals.
 */
import { LiaisonError } from '../../errors.js';
import type { Collection, ProvenanceInput, ProvenanceRecord, StixObject, Store, StoredObject } from '../../store/store.js';
import { formatMicros } from '../../store/time.js';
import { objectTlp } from '../../stix/markings.js';
import { currentAgreement, mustPartner } from '../sync/partners.js';

/** The code of the refusal recorded when an analyst rejects a held object. */
export const REVIEW_REJECTED = 'REVIEW_REJECTED';
const MAX_IDS = 10_000;
/** Held objects whose copies go into the inbound collection in one transaction. */
const ACCEPT_BATCH = 1000;
const MAX_REASON = 2000;
const STIX_ID = /^[a-z0-9][a-z0-9-]{0,249}--[0-9a-fA-F-]{36}$/;

/** The alias of the collection where `partner`'s objects wait for review (the sync engine creates it). */
export const reviewAlias = (partner: string): string => `review.${partner}`;

/** One held version, as listed. */
export interface HeldObject {
  id: string;
  type: string;
  /** `name` (or the closest thing the object has: value, pattern, content, abstract), for the analyst's eye. */
  name: string | null;
  version: string;
  /** The object's TLP 2.0 level, or the agreement's default marking when the object carries none. */
  marking: string;
  /** Whether `marking` is the object's own or the default of the agreement it arrived under. */
  marking_source: 'object' | 'default';
  /** When it arrived here (the held collection's date_added). */
  received: string;
}

/** One decision on a held object. */
export interface ReviewDecision {
  id: string;
  /** `removed`: the held version was deleted some other way (a TAXII DELETE by an admin). */
  decision: 'accepted' | 'rejected' | 'removed';
  by: string;
  at: string;
  versions: string[];
  /** The object's type, and the TLP of each version as it arrived (`unmarked` when none): the ledger counts them. */
  type: string;
  tlps: string[];
  /** Each version's own `modified` (else `created`, else empty): the time both ledgers date a transfer by. */
  stamps?: string[];
  reason?: string;
}

const decisionKey = (partner: string, id: string) => `exchange.review.${partner}.${id}`;

function labelOf(o: Record<string, unknown>): string | null {
  for (const k of ['name', 'value', 'pattern', 'abstract', 'content', 'result', 'opinion']) {
    const v = o[k];
    if (typeof v === 'string' && v !== '') return v.length > 200 ? v.slice(0, 199) + '…' : v;
  }
  return null;
}

/**
 * The collection where `partner`'s objects wait for review, created beside the inbound collection `inbound` on first
 * use (by the pull or by the partner's first push).
 */
export async function ensureReviewCollection(store: Store, partner: string, inbound: string): Promise<string> {
  const alias = reviewAlias(partner);
  const existing = await store.getCollection(alias);
  if (existing) return existing.id;
  const base = await store.getCollection(inbound);
  if (!base) throw new LiaisonError('NOT_FOUND', { what: `inbound collection ${inbound}` });
  try {
    return (await store.createCollection({ apiRoot: base.apiRoot, title: `Held for review: from ${partner}`, alias })).id;
  } catch (e) {
    const again = await store.getCollection(alias);
    if (again) return again.id;
    throw e;
  }
}

async function heldCollection(store: Store, partner: string): Promise<Collection | null> {
  await mustPartner(store, partner);
  return store.getCollection(reviewAlias(partner));
}

async function* pages(store: Store, collectionId: string, ids?: string[]): AsyncGenerator<StoredObject[]> {
  let after: { dateAdded: number; id: string } | undefined;
  for (;;) {
    const page = await store.listObjects(collectionId, { versions: { all: true }, ...(ids && { ids }) }, { after, limit: 1000 });
    if (page.items.length) yield page.items;
    if (!page.more || page.items.length === 0) return;
    const last = page.items[page.items.length - 1];
    after = { dateAdded: last.dateAdded, id: last.id };
  }
}

async function provenanceOf(store: Store, items: StoredObject[]): Promise<Map<string, ProvenanceRecord>> {
  const out = new Map<string, ProvenanceRecord>();
  for (let i = 0; i < items.length; i += 5000) {
    for (const p of await store.getProvenance(items.slice(i, i + 5000).map((it) => ({ id: it.id, version: it.version })))) out.set(`${p.id}\u0000${p.version}`, p);
  }
  return out;
}

/** `liaison partner held NAME`: every version of `partner`'s objects waiting for review, oldest first. */
export async function listHeld(store: Store, partner: string): Promise<{ collection: string | null; held: HeldObject[] }> {
  const coll = await heldCollection(store, partner);
  if (!coll) return { collection: null, held: [] };
  const agreement = await currentAgreement(store, partner);
  const held: HeldObject[] = [];
  for await (const items of pages(store, coll.id)) {
    const prov = await provenanceOf(store, items);
    for (const it of items) {
      const o = JSON.parse(it.json) as Record<string, unknown>;
      const own = objectTlp(o);
      const fallback = prov.get(`${it.id}\u0000${it.version}`)?.defaultMarking ?? agreement?.defaultMarking ?? 'amber';
      held.push({
        id: it.id, type: it.type, name: labelOf(o), version: it.version,
        marking: own ?? fallback, marking_source: own ? 'object' : 'default', received: formatMicros(it.dateAdded),
      });
    }
  }
  return { collection: coll.id, held };
}

function checkIds(ids: readonly string[]): string[] {
  if (ids.length > MAX_IDS) throw new LiaisonError('USAGE', { detail: `at most ${MAX_IDS} ids at once` });
  const out = new Set<string>();
  for (const raw of ids) {
    const id = String(raw).trim();
    if (!STIX_ID.test(id)) throw new LiaisonError('USAGE', { detail: `${JSON.stringify(id.slice(0, 120))} is not a STIX id` });
    out.add(id);
  }
  return [...out];
}

/** The held versions of each id (all ids when `ids` is undefined); NOT_FOUND when one of the ids is not held. */
async function heldVersions(store: Store, coll: Collection, partner: string, ids: string[] | undefined): Promise<Map<string, StoredObject[]>> {
  const byId = new Map<string, StoredObject[]>();
  const chunks = ids ? Array.from({ length: Math.ceil(ids.length / 500) }, (_, i) => ids.slice(i * 500, i * 500 + 500)) : [undefined];
  for (const chunk of chunks) {
    for await (const items of pages(store, coll.id, chunk)) {
      for (const it of items) byId.set(it.id, [...(byId.get(it.id) ?? []), it]);
    }
  }
  const missing = (ids ?? []).filter((id) => !byId.has(id));
  if (missing.length) throw new LiaisonError('NOT_FOUND', { what: `held object ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` (and ${missing.length - 5} more)` : ''} of partner ${partner}` });
  return byId;
}

function kindOf(items: StoredObject[]): Pick<ReviewDecision, 'type' | 'tlps' | 'stamps'> {
  const objects = items.map((it) => JSON.parse(it.json) as Record<string, unknown>);
  return { type: items[0].type, tlps: objects.map((o) => objectTlp(o) ?? 'unmarked'), stamps: objects.map((o) => String(o.modified ?? o.created ?? '')) };
}

/** Appends each decision to its object's list (the last hundred are kept), all in one write. */
async function record(store: Store, partner: string, decisions: readonly ReviewDecision[]): Promise<void> {
  const lists = new Map<string, ReviewDecision[]>();
  for (const d of decisions) {
    const key = decisionKey(partner, d.id);
    let list = lists.get(key);
    if (!list) {
      const prev = await store.getSetting(key);
      list = Array.isArray(prev) ? (prev as ReviewDecision[]) : [];
      lists.set(key, list);
    }
    list.push(d);
  }
  await store.setSettings(new Map([...lists].map(([key, list]) => [key, list.slice(-100)])));
}

/**
 * Of `versions` arriving from `partner`, those an analyst already accepted or rejected (keys `id\u0000version`):
 * a partner that sends them again (a re-read from the start after a change of rules) must not put them back on hold.
 */
export async function decidedVersions(store: Store, partner: string, versions: readonly { id: string; version: string }[]): Promise<Set<string>> {
  const decided = new Set<string>();
  for (const id of new Set(versions.map((v) => v.id))) {
    const list = await store.getSetting(decisionKey(partner, id));
    if (!Array.isArray(list)) continue;
    for (const d of list as ReviewDecision[]) if (d.decision !== 'removed') for (const v of d.versions) decided.add(`${id}\u0000${v}`);
  }
  return decided;
}

export interface AcceptResult {
  partner: string;
  inbound: string;
  accepted: { id: string; versions: string[]; added: number; present: number; conflicts: number }[];
  by: string;
  at: string;
}

/**
 * `liaison partner accept NAME ID...|--all`: copies the held versions into the agreement's inbound collection (their
 * provenance stays the partner's), a thousand objects per transaction, then removes each from the held collection and
 * records the decision. A crash in between leaves a version in both places; accepting it again is harmless (the copy
 * is `present`).
 */
export async function acceptHeld(store: Store, partner: string, options: { ids?: readonly string[]; all?: boolean; user: string }): Promise<AcceptResult> {
  if (options.all && options.ids?.length) throw new LiaisonError('USAGE', { detail: 'give ids or --all, not both' });
  if (!options.all && !options.ids?.length) throw new LiaisonError('USAGE', { detail: 'name the held objects to accept (ids) or use --all' });
  const ids = options.all ? undefined : checkIds(options.ids ?? []);
  const agreement = await currentAgreement(store, partner);
  const coll = await heldCollection(store, partner);
  const at = new Date().toISOString();
  if (!agreement?.inbound) throw new LiaisonError('USAGE', { detail: `the agreement with ${partner} has no --inbound collection to accept into (liaison agreement set ${partner} --inbound COLLECTION)` });
  const inbound = await store.getCollection(agreement.inbound);
  if (!inbound) throw new LiaisonError('NOT_FOUND', { what: `inbound collection ${agreement.inbound}` });
  const result: AcceptResult = { partner, inbound: inbound.id, accepted: [], by: options.user, at };
  if (!coll) {
    if (ids) throw new LiaisonError('NOT_FOUND', { what: `held object ${ids[0]} of partner ${partner}` });
    return result;
  }
  const byId = [...(await heldVersions(store, coll, partner, ids))];
  for (let i = 0; i < byId.length; i += ACCEPT_BATCH) {
    const chunk = byId.slice(i, i + ACCEPT_BATCH);
    const items = chunk.flatMap(([, versions]) => versions);
    const prov = await provenanceOf(store, items);
    // The copies, in one transaction per provenance (normally one: the partner and the default marking it arrived under).
    const groups = new Map<string, { provenance: ProvenanceInput; objects: StixObject[] }>();
    for (const it of items) {
      const p = prov.get(`${it.id}\u0000${it.version}`);
      const provenance: ProvenanceInput = { kind: 'partner', source: p?.kind === 'partner' ? p.source : partner, defaultMarking: p?.defaultMarking ?? agreement.defaultMarking };
      const key = `${provenance.source}\u0000${provenance.defaultMarking}`;
      const g = groups.get(key) ?? groups.set(key, { provenance, objects: [] }).get(key)!;
      g.objects.push(JSON.parse(it.json) as StixObject);
    }
    const outcomes = new Map<string, { added: number; present: number; conflicts: number }>();
    for (const g of groups.values()) {
      const r = await store.addObjects(inbound.id, g.objects, { provenance: g.provenance });
      for (const o of r.outcomes) {
        const c = outcomes.get(o.id) ?? outcomes.set(o.id, { added: 0, present: 0, conflicts: 0 }).get(o.id)!;
        if (o.status === 'added') c.added++;
        else if (o.status === 'present') c.present++;
        else c.conflicts++;
      }
    }
    // Then, once every copy is durable, the objects leave the held collection and their decisions are recorded
    // (one write each for the whole chunk).
    const decisions = chunk.map(([id, versionsHeld]): ReviewDecision => ({
      id, decision: 'accepted', by: options.user, at, versions: versionsHeld.map((it) => it.version), ...kindOf(versionsHeld),
    }));
    await store.deleteObjects(coll.id, decisions.map((d) => ({ id: d.id, request: { versions: { exact: d.versions }, actor: options.user } })));
    await record(store, partner, decisions);
    for (const d of decisions) result.accepted.push({ id: d.id, versions: d.versions, ...(outcomes.get(d.id) ?? { added: 0, present: 0, conflicts: 0 }) });
  }
  return result;
}

export interface RejectResult {
  partner: string;
  rejected: { id: string; versions: string[] }[];
  reason: string | null;
  by: string;
  at: string;
}

/**
 * `liaison partner reject NAME ID... [--reason TEXT]`: removes the held versions and records the refusal (side
 * `inbound`, code REVIEW_REJECTED, with who rejected and why) so that sync status and the ledger can show it.
 */
export async function rejectHeld(store: Store, partner: string, options: { ids: readonly string[]; reason?: string; user: string }): Promise<RejectResult> {
  if (!options.ids.length) throw new LiaisonError('USAGE', { detail: 'name the held objects to reject (ids)' });
  const ids = checkIds(options.ids);
  const reason = options.reason === undefined ? null : String(options.reason).trim();
  if (reason !== null && reason.length > MAX_REASON) throw new LiaisonError('USAGE', { detail: `--reason is longer than ${MAX_REASON} characters` });
  const coll = await heldCollection(store, partner);
  if (!coll) throw new LiaisonError('NOT_FOUND', { what: `held object ${ids[0]} of partner ${partner}` });
  const byId = await heldVersions(store, coll, partner, ids);
  const at = new Date().toISOString();
  const result: RejectResult = { partner, rejected: [], reason, by: options.user, at };
  const message = `rejected on review by ${options.user}${reason ? `: ${reason}` : ''}`;
  const all = [...byId];
  for (let i = 0; i < all.length; i += ACCEPT_BATCH) {
    const decisions = all.slice(i, i + ACCEPT_BATCH).map(([id, items]): ReviewDecision => ({
      id, decision: 'rejected', by: options.user, at, versions: items.map((it) => it.version), ...kindOf(items), ...(reason && { reason }),
    }));
    await store.recordRefusals(decisions.flatMap((d) => d.versions.map((version) => ({
      partner, direction: 'pull' as const, side: 'inbound' as const, collection: coll.id, objectId: d.id, version, code: REVIEW_REJECTED, message, at,
    }))));
    await store.deleteObjects(coll.id, decisions.map((d) => ({ id: d.id, request: { versions: { exact: d.versions }, actor: options.user } })));
    await record(store, partner, decisions);
    for (const d of decisions) result.rejected.push({ id: d.id, versions: d.versions });
  }
  return result;
}

/** The decisions taken on `partner`'s held objects, newest last (from the held collection's deletion records). */
export async function reviewHistory(store: Store, partner: string, options: { limit?: number } = {}): Promise<ReviewDecision[]> {
  const coll = await heldCollection(store, partner);
  if (!coll) return [];
  const seen = new Set<string>();
  const out: ReviewDecision[] = [];
  let afterSeq: number | undefined;
  for (;;) {
    const dels = await store.listDeletions(coll.id, { afterSeq, limit: 1000 });
    for (const d of dels) {
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      const list = await store.getSetting(decisionKey(partner, d.id));
      if (Array.isArray(list)) out.push(...(list as ReviewDecision[]));
      else out.push({ id: d.id, decision: 'removed', by: d.actor ?? 'unknown', at: d.deletedAt, versions: [d.version], type: d.id.split('--')[0], tlps: [] });
    }
    if (dels.length < 1000) break;
    afterSeq = dels[dels.length - 1].seq;
  }
  out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return options.limit ? out.slice(-options.limit) : out;
}

/**
 * Refuses an agreement change that would share a held collection: what waits for review goes to no one, and an
 * analyst's accept is the only way out of it (checked where an agreement is set: the CLI and the API).
 */
export async function refuseSharingHeld(store: Store, share: readonly string[] | undefined): Promise<void> {
  for (const c of share ?? []) {
    const coll = await store.getCollection(c);
    if (coll?.alias?.startsWith('review.')) {
      throw new LiaisonError('AGREEMENT_INVALID', { detail: `--share ${c}: ${coll.alias} holds a partner's objects waiting for review; accept them into the inbound collection to share them` });
    }
  }
}
