/**
 * @module Requests, responses, opinions and notes as one node keeps them (issue 5, "Requests, responses,
 * rebuttals"): built by ../requests/build.ts with the node's identity, stored in the node's `exchange` collection,
 * which every agreement that carries a conversation shares with the partner, so the sync engine moves them.
 *
 * Conversation objects addressed to a party (requests, responses, rebuttals of a partner's object) are marked
 * TLP:RED and name that party through the distribution extension: the policy (../policy/decide.ts) lets a TLP:RED
 * object of ours go only to the recipients it names, so a request reaches exactly the partner named in `--to` and
 * the response exactly the requester, and neither is passed on by whoever received it (RED_RECEIVED).
 */
import { LiaisonError } from '../../errors.js';
import type { Collection, PartnerRecord, Store } from '../../store/store.js';
import { TLP2 } from '../../stix/markings.js';
import { withRecipients } from '../liaison-objects.js';
import { TaxiiClient } from '../../taxii/client.js';
import { DEFAULT_API_ROOT } from '../../node/setup.js';
import { buildNote, buildOpinion, buildRequest, buildResponse, type OpinionValue, type StixObject } from '../requests/build.js';
import { REQUEST_TYPE, RESPONSE_TYPE, type Priority, type RequestKind, type ResponseStatus } from '../requests/extension.js';
import { foldThread, foldThreads, type ThreadState } from '../requests/thread.js';
import { currentAgreement, mustPartner, partnerIdentity, setAgreement } from '../sync/partners.js';
import { decryptSecret, exchangeSecret } from '../sync/secrets.js';

/** Alias of the collection holding this node's conversation objects. */
export const EXCHANGE_ALIAS = 'exchange';
const IDENTITY_PATH = '/liaison/v1/identity';
const IDENTITY_ID = /^identity--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function selfIdentity(store: Store): Promise<string> {
  const node = await store.getNode();
  if (!node) throw new LiaisonError('NO_NODE', { what: 'this store' });
  return node.identityId;
}

/** The node's `exchange` collection, created on first use. */
export async function exchangeCollection(store: Store): Promise<Collection> {
  const found = await store.getCollection(EXCHANGE_ALIAS);
  if (found) return found;
  const roots = await store.listApiRoots();
  const apiRoot = roots.some((r) => r.name === DEFAULT_API_ROOT) ? DEFAULT_API_ROOT : (roots[0]?.name ?? DEFAULT_API_ROOT);
  try {
    return await store.createCollection({ apiRoot, title: 'Exchange: requests, responses, opinions and notes', alias: EXCHANGE_ALIAS });
  } catch (e) {
    const again = await store.getCollection(EXCHANGE_ALIAS);
    if (again) return again;
    throw e;
  }
}

/**
 * Makes the agreement with `partner` carry the conversation: our `exchange` collection shared (a new agreement
 * version when it was not), an inbound collection so that the partner's side of it comes back, and the partner's
 * identity known (the policy lets a request go only to the identity it names).
 */
export async function ensureConversation(store: Store, partner: string): Promise<void> {
  const agreement = await currentAgreement(store, partner);
  if (!agreement) throw new LiaisonError('NOT_FOUND', { what: `an agreement with ${partner} (liaison agreement set ${partner} …)` });
  if (!agreement.inbound) throw new LiaisonError('USAGE', { detail: `the agreement with ${partner} has no --inbound collection: its answers could not come back (liaison agreement set ${partner} --inbound COLLECTION)` });
  await learnIdentity(store, await mustPartner(store, partner));
  const ex = await exchangeCollection(store);
  if (!agreement.share.includes(ex.id)) await setAgreement(store, partner, { share: [...agreement.share, ex.id] });
}

/**
 * The partner's STIX identity: stored on its record, else asked of its node (GET /liaison/v1/identity with our
 * credentials there) and stored. Requests and the policy name partners by it.
 */
export async function learnIdentity(store: Store, partner: PartnerRecord, options: { timeoutMs?: number } = {}): Promise<string> {
  if (partner.identityId) return partner.identityId;
  const secret = decryptSecret(await exchangeSecret(store), partner.keyCiphertext, partner.name);
  const client = new TaxiiClient({ baseUrl: partner.url, username: partner.username, secret, attempts: 2, timeoutMs: options.timeoutMs ?? 10_000 });
  const r = await client.request('GET', IDENTITY_PATH);
  const id = r.json && typeof r.json === 'object' ? (r.json as Record<string, unknown>).id : undefined;
  if (typeof id !== 'string' || !IDENTITY_ID.test(id)) throw new LiaisonError('TAXII_BAD_RESPONSE', { url: partner.url + IDENTITY_PATH, reason: 'no identity id' });
  await store.putPartner({ ...partner, identityId: id });
  return id;
}

/** Learns every partner's identity it can (unreachable partners keep their pseudo-identity for now). */
export async function learnIdentities(store: Store): Promise<void> {
  for (const p of await store.listPartners()) {
    if (!p.identityId) await learnIdentity(store, p, { timeoutMs: 3000 }).catch(() => undefined);
  }
}

/** Every current object of every collection here (newest version of each id), for lookups and folds. */
export async function allObjects(store: Store, options: { allVersions?: boolean; types?: string[] } = {}): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const c of await store.listCollections()) {
    let after: { dateAdded: number; id: string } | undefined;
    for (;;) {
      const page = await store.listObjects(c.id, { ...(options.types && { types: options.types }), ...(options.allVersions && { versions: { all: true } }) }, { after, limit: 1000 });
      for (const it of page.items) {
        const key = `${it.id}\u0000${it.version}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(JSON.parse(it.json) as Record<string, unknown>);
      }
      if (!page.more || page.items.length === 0) break;
      const last = page.items[page.items.length - 1];
      after = { dateAdded: last.dateAdded, id: last.id };
    }
  }
  return out;
}

/** The newest version of `id` held in any collection here, or NOT_FOUND. */
export async function findObject(store: Store, id: string): Promise<StixObject> {
  let best: Record<string, unknown> | undefined;
  for (const c of await store.listCollections()) {
    const page = await store.getObject(c.id, id, {}, { limit: 10 });
    for (const it of page.items) {
      const o = JSON.parse(it.json) as Record<string, unknown>;
      if (!best || String(o.modified ?? o.created ?? '') > String(best.modified ?? best.created ?? '')) best = o;
    }
  }
  if (!best) throw new LiaisonError('NOT_FOUND', { what: `object ${JSON.stringify(id.slice(0, 200))}` });
  return best as StixObject;
}

async function store1(store: Store, obj: StixObject, user: string): Promise<void> {
  const ex = await exchangeCollection(store);
  const r = await store.addObjects(ex.id, [obj], { provenance: { kind: 'user', source: user } });
  if (r.added !== 1) throw new LiaisonError('INTERNAL', { detail: `${obj.id} was not stored` });
}

export interface OpenRequestInput {
  to: string;
  kind: RequestKind;
  about: string[];
  text: string;
  due?: string;
  priority?: Priority;
  user?: string;
  now?: Date;
}

/** `liaison request open`: a request to a partner, stored for the sync to carry to it. */
export async function openRequest(store: Store, input: OpenRequestInput): Promise<StixObject> {
  const partner = await mustPartner(store, input.to);
  await ensureConversation(store, partner.name);
  const to = await learnIdentity(store, partner);
  const req = buildRequest({
    by: await selfIdentity(store), to, kind: input.kind, about: input.about, text: input.text, due: input.due, priority: input.priority,
    now: input.now, objectMarkingRefs: [TLP2.red.id],
  });
  await store1(store, req, input.user ?? 'admin');
  return req;
}

/** The partner (by name) whose identity is `identity`, learning identities when needed. */
async function partnerByIdentity(store: Store, identity: string): Promise<PartnerRecord | null> {
  const find = async () => (await store.listPartners()).find((p) => partnerIdentity(p) === identity) ?? null;
  const hit = await find();
  if (hit) return hit;
  await learnIdentities(store);
  return find();
}

export interface RespondInput {
  request: string;
  status: ResponseStatus;
  text?: string;
  refs?: string[];
  user?: string;
  now?: Date;
}

/** `liaison request respond`: our response to a request a partner made of us. */
export async function respond(store: Store, input: RespondInput): Promise<StixObject> {
  const req = await findObject(store, input.request);
  if (req.type !== REQUEST_TYPE) throw new LiaisonError('USAGE', { detail: `${input.request} is not a request (${req.type})` });
  const by = await selfIdentity(store);
  const partner = typeof req.created_by_ref === 'string' ? await partnerByIdentity(store, req.created_by_ref) : null;
  if (partner) await ensureConversation(store, partner.name);
  const res = buildResponse({ by, request: req, status: input.status, text: input.text, refs: input.refs, now: input.now });
  await store1(store, res, input.user ?? 'admin');
  return res;
}

/** Threads (request + responses folded) of every request we hold. */
export async function listThreads(store: Store, now: Date = new Date()): Promise<ThreadState[]> {
  return foldThreads(await allObjects(store, { allVersions: true, types: [REQUEST_TYPE, RESPONSE_TYPE] }), now);
}

export async function showThread(store: Store, id: string, now: Date = new Date()): Promise<{ request: StixObject; thread: ThreadState }> {
  const req = await findObject(store, id);
  if (req.type !== REQUEST_TYPE) throw new LiaisonError('USAGE', { detail: `${id} is not a request (${req.type})` });
  const responses = await allObjects(store, { allVersions: true, types: [RESPONSE_TYPE] });
  return { request: req, thread: foldThread(req, responses, now) };
}

/** Partners that author any of `about` (they are the ones an opinion or note about it is for). */
async function authorsOf(store: Store, about: string[], self: string): Promise<string[]> {
  const out = new Set<string>();
  for (const id of about) {
    const o = await findObject(store, id).catch(() => null);
    const a = o?.created_by_ref;
    if (typeof a === 'string' && a !== self && (await partnerByIdentity(store, a))) out.add(a);
  }
  return [...out];
}

/**
 * `liaison opinion add`: on a partner's object it names that partner and is marked TLP:RED (a rebuttal travels
 * back to the author and nowhere else); on our own objects it is unmarked and goes as the agreements allow.
 */
export async function addOpinion(store: Store, input: { about: string[]; opinion: OpinionValue; text?: string; user?: string; now?: Date }): Promise<StixObject> {
  const self = await selfIdentity(store);
  const recipients = await authorsOf(store, input.about, self);
  for (const r of recipients) await ensureConversation(store, (await partnerByIdentity(store, r))!.name);
  const op = buildOpinion({
    by: self, about: input.about, opinion: input.opinion, explanation: input.text, recipients, now: input.now,
    ...(recipients.length && { objectMarkingRefs: [TLP2.red.id] }),
  });
  await store1(store, op, input.user ?? 'admin');
  return op;
}

/** `liaison note add`: like an opinion, a note on a partner's object goes back to that partner only. */
export async function addNote(store: Store, input: { about: string[]; text: string; user?: string; now?: Date }): Promise<StixObject> {
  const self = await selfIdentity(store);
  const recipients = await authorsOf(store, input.about, self);
  for (const r of recipients) await ensureConversation(store, (await partnerByIdentity(store, r))!.name);
  let note = buildNote({ by: self, about: input.about, content: input.text, now: input.now, ...(recipients.length && { objectMarkingRefs: [TLP2.red.id] }) });
  if (recipients.length) note = withRecipients(note, recipients);
  await store1(store, note, input.user ?? 'admin');
  return note;
}

