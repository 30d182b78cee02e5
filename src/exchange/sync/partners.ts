/**
 * @module Partners and their agreements on a node (issue 5): adding one (with the local user it uses to reach us),
 * setting a new agreement version (and the grants that follow from it), and what the policy engine needs to decide
 * for a partner: its recipient identity, relation and agreement.
 */
import { createHash } from 'node:crypto';
import { LiaisonError } from '../../errors.js';
import { addUser } from '../../auth/service.js';
import type { PartnerRecord, PartnerRelation, Store } from '../../store/store.js';
import { applyAgreementChange, validateAgreement, type Agreement, type AgreementChange } from '../agreement.js';
import type { Recipient } from '../policy/rules.js';
import { encryptSecret, exchangeSecret } from './secrets.js';

export const PARTNER_RELATIONS: readonly PartnerRelation[] = ['organization', 'client', 'community'];
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export interface PartnerInput {
  name: string;
  url: string;
  username: string;
  key: string;
  relation: string;
  apiRoot?: string;
  localUser?: string;
  identityId?: string;
}

/** What `partner add` returns: the record and, when the local user was created, its API key (shown once). */
export interface PartnerAdded {
  partner: PartnerRecord;
  localUserKey?: string;
}

/** Adds (or replaces) a partner; creates its local user when missing. */
export async function addPartner(store: Store, input: PartnerInput): Promise<PartnerAdded> {
  if (!NAME.test(input.name)) throw new LiaisonError('USAGE', { detail: `partner name ${JSON.stringify(input.name.slice(0, 80))}: letters, digits and . _ - only, up to 64` });
  if (!(PARTNER_RELATIONS as readonly string[]).includes(input.relation)) {
    throw new LiaisonError('USAGE', { detail: `--relation must be one of ${PARTNER_RELATIONS.join('|')}, not ${JSON.stringify(input.relation)}` });
  }
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    throw new LiaisonError('USAGE', { detail: `--url ${JSON.stringify(input.url.slice(0, 200))} is not a URL` });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new LiaisonError('USAGE', { detail: '--url must be http:// or https://' });
  if (!input.username || !input.key) throw new LiaisonError('USAGE', { detail: '--username and --key must not be empty' });
  if (input.apiRoot !== undefined && !/^\/?[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*\/?$/.test(input.apiRoot)) {
    throw new LiaisonError('USAGE', { detail: `--api-root ${JSON.stringify(input.apiRoot)} is not a path` });
  }
  let localUserKey: string | undefined;
  if (input.localUser !== undefined && !(await store.getUser(input.localUser))) {
    localUserKey = (await addUser(store, input.localUser)).token;
  }
  const existing = await store.getPartner(input.name);
  const secret = await exchangeSecret(store);
  const partner: PartnerRecord = {
    name: input.name,
    identityId: input.identityId ?? existing?.identityId ?? null,
    url: `${url.protocol}//${url.host}`,
    apiRoot: input.apiRoot === undefined ? null : `/${input.apiRoot.replace(/^\/+|\/+$/g, '')}/`,
    username: input.username,
    keyCiphertext: encryptSecret(secret, input.key),
    relation: input.relation as PartnerRelation,
    localUser: input.localUser ?? null,
    createdAt: existing?.createdAt ?? new Date().toISOString(),
  };
  await store.putPartner(partner);
  const agreement = await currentAgreement(store, partner.name);
  if (agreement) await applyGrants(store, partner, agreement);
  return { partner, localUserKey };
}

export async function mustPartner(store: Store, name: string): Promise<PartnerRecord> {
  const p = await store.getPartner(name);
  if (!p) throw new LiaisonError('NOT_FOUND', { what: `partner ${JSON.stringify(name)}` });
  return p;
}

/** The partner's current agreement, or null before the first `agreement set`. */
export async function currentAgreement(store: Store, partner: string): Promise<Agreement | null> {
  const a = await store.getAgreement(partner);
  return a ? validateAgreement(a.doc) : null;
}

/**
 * Makes a new agreement version; the collections named must exist here (`--share`, `--inbound`); stores them by id.
 * Then sets the partner's local user's grants: read on the shared collections, write (and read) on the inbound one.
 */
export async function setAgreement(store: Store, name: string, change: AgreementChange): Promise<Agreement> {
  const partner = await mustPartner(store, name);
  const resolved: AgreementChange = { ...change };
  if (change.share) resolved.share = await Promise.all(change.share.map(async (c) => (await mustCollection(store, c, '--share')).id));
  if (change.inbound) resolved.inbound = (await mustCollection(store, change.inbound, '--inbound')).id;
  for (let attempt = 0; ; attempt++) {
    const current = await currentAgreement(store, name);
    const next = applyAgreementChange(current ?? undefined, name, resolved);
    try {
      await store.addAgreementVersion({ partner: name, version: next.version, doc: next as unknown as Record<string, unknown>, createdAt: next.updated });
      // What the old rules withheld may go now: checkpoints carry the tag of the rules they were reached under
      // (outboundTag, inboundTag), so the next sync starts that direction again from the beginning.
      await applyGrants(store, partner, next, current);
      return next;
    } catch (e) {
      if (!(e instanceof LiaisonError && e.code === 'ALREADY_EXISTS') || attempt > 5) throw e;
    }
  }
}

/** A short stable digest of `parts`, for checkpoint tags. */
export const tagOf = (parts: unknown[]): string => createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 12);

/**
 * A short name for everything that decides which copies a partner gets of our objects besides the objects
 * themselves: its relation and identity and the agreement's outbound rules. A read or push position reached under
 * one tag is no position under another (what was withheld may now go), so sync starts again from the beginning
 * when it changes; re-sending is idempotent.
 */
export function outboundTag(partner: PartnerRecord, agreement: Agreement): string {
  const { maxTlp, types, anonymize, strip, defaultMarking } = agreement;
  return tagOf([partner.relation, partnerIdentity(partner), maxTlp, types ?? null, anonymize, strip, defaultMarking]);
}

/** The same for what we pull from a partner: where its objects land here. */
export function inboundTag(agreement: Agreement): string {
  return tagOf([agreement.inbound ?? null, agreement.review]);
}

async function mustCollection(store: Store, idOrAlias: string, option: string) {
  const c = await store.getCollection(idOrAlias);
  if (!c) throw new LiaisonError('NOT_FOUND', { what: `${option} collection ${JSON.stringify(idOrAlias)}` });
  return c;
}

/** The local user's grants as the agreement says (those of the previous version withdrawn first). */
async function applyGrants(store: Store, partner: PartnerRecord, next: Agreement, previous?: Agreement | null): Promise<void> {
  const user = partner.localUser;
  if (!user || !(await store.getUser(user))) return;
  const wanted = new Map<string, { read: boolean; write: boolean }>();
  for (const c of next.share) wanted.set(c, { read: true, write: false });
  if (next.inbound) wanted.set(next.inbound, { read: wanted.has(next.inbound), write: true });
  for (const c of [...(previous?.share ?? []), ...(previous?.inbound ? [previous.inbound] : [])]) {
    if (!wanted.has(c) && (await store.getCollection(c))) await store.removeGrant(user, c);
  }
  for (const [c, g] of wanted) if (await store.getCollection(c)) await store.setGrant({ user, collectionId: c, ...g });
}

/**
 * The identity a partner has in our policy decisions: its STIX identity when known, else a stable id derived from
 * its name (the same on every decision of this node, so provenance and echo checks agree).
 */
export function partnerIdentity(p: Pick<PartnerRecord, 'name' | 'identityId'>): string {
  if (p.identityId) return p.identityId;
  const h = createHash('sha256').update('liaison partner\0').update(p.name).digest('hex');
  return `identity--${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function recipientOf(p: PartnerRecord): Recipient {
  return { relation: p.relation, identity: partnerIdentity(p) };
}
