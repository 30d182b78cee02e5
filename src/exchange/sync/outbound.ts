/**
 * @module What leaves this node for a partner, decided in one place for both ways out: the partner's TAXII reads
 * of our collections (through the server's `ExchangeHooks`) and our pushes (./engine.ts). Each stored version goes
 * through the policy engine (../policy/) with the partner's current agreement, relation and the version's
 * provenance; refusals are recorded (side `ours`) so `liaison sync status` can say why an object did not go.
 */
import { LiaisonError } from '../../errors.js';
import { canonicalJson } from '../../stix/canonical-json.js';
import type { Collection, PartnerRecord, ProvenanceInput, StoredObject, Store } from '../../store/store.js';
import type { Caller } from '../../taxii/access.js';
import type { ExchangeHooks, ReadView } from '../../taxii/exchange-hooks.js';
import type { Agreement } from '../agreement.js';
import { applyPolicy, type PolicyContext, type Provenance, type Refusal } from '../policy/index.js';
import type { TlpLevel } from '../../stix/markings.js';
import { ensureReviewCollection } from '../conversation/held.js';
import { sortIncoming, versionOf } from './intake.js';
import { currentAgreement, outboundTag, partnerIdentity, recipientOf } from './partners.js';

export interface SelfInfo {
  identity: string;
  secret: string;
}

export interface OutboundResult {
  shared: StoredObject[];
  refused: Refusal[];
}

/** Cache lifetime of partners and agreements seen by the TAXII hooks (a changed agreement applies within this). */
const CACHE_MS = 1000;

export class Outbound {
  private readonly cache = new Map<string, { at: number; partner: PartnerRecord | null; agreement: Agreement | null }>();

  constructor(private readonly store: Store, readonly self: SelfInfo) {}

  /**
   * The copies `partner` may receive of `items` (versions of our collection `collectionId`), in order, and the
   * refusals (recorded in the store). Copies keep the item's position; an anonymous identity the copies refer to is
   * added once per call, positioned at the first copy that needs it.
   */
  async decide(partner: PartnerRecord, agreement: Agreement, collectionId: string, items: readonly StoredObject[]): Promise<OutboundResult> {
    if (items.length === 0) return { shared: [], refused: [] };
    const prov = new Map<string, ProvenanceInput>();
    for (let i = 0; i < items.length; i += 5000) {
      for (const p of await this.store.getProvenance(items.slice(i, i + 5000).map((o) => ({ id: o.id, version: o.version })))) {
        prov.set(`${p.id}\u0000${p.version}`, p);
      }
    }
    const partners = new Map<string, string>();
    const provenanceOf = async (p: ProvenanceInput | undefined): Promise<Provenance> => {
      if (!p || p.kind !== 'partner') return { kind: 'own' };
      let from = partners.get(p.source);
      if (from === undefined) {
        const src = await this.store.getPartner(p.source);
        from = partnerIdentity(src ?? { name: p.source, identityId: null });
        partners.set(p.source, from);
      }
      return { kind: 'received', from, ...(p.defaultMarking && { defaultMarking: p.defaultMarking as TlpLevel }) };
    };
    const provs: Provenance[] = [];
    const objects: Record<string, unknown>[] = [];
    for (const it of items) {
      provs.push(await provenanceOf(prov.get(`${it.id}\u0000${it.version}`)));
      objects.push(JSON.parse(it.json) as Record<string, unknown>);
    }
    // The stored text goes out as it is when the policy changed nothing (no clone, no second serialisation).
    const ctx: PolicyContext = { agreement, recipient: recipientOf(partner), self: this.self, reuseUnchanged: true };
    const index = new Map(objects.map((o, i) => [o, i]));
    const outcome = applyPolicy(objects, ctx, (o) => provs[index.get(o) ?? 0]);
    const shared: StoredObject[] = [];
    outcome.decisions.forEach((d, i) => {
      if (d.decision !== 'share') return;
      const it = items[i];
      shared.push(d.object === objects[i] ? it : { ...it, json: canonicalJson(d.object) });
    });
    const extra = outcome.shared.length - shared.length;
    if (extra > 0) {
      // The anonymous identity the policy added: served just before the first copy, with that copy's position.
      const anon = outcome.shared[outcome.shared.length - 1];
      const at = shared[0] ?? items[0];
      shared.unshift({ ...at, id: String(anon.id), type: 'identity', version: String(anon.modified ?? anon.created), json: canonicalJson(anon) });
    }
    const now = new Date().toISOString();
    const records = [];
    for (let i = 0; i < outcome.decisions.length; i++) {
      const d = outcome.decisions[i];
      if (d.decision === 'refuse') {
        records.push({
          partner: partner.name, direction: 'push' as const, side: 'ours' as const, collection: collectionId, objectId: items[i].id,
          version: items[i].version, code: d.code, message: d.message, at: now,
        });
      }
    }
    await this.store.recordRefusals(records);
    return { shared, refused: outcome.refused };
  }

  private async partnerOf(user: string): Promise<{ partner: PartnerRecord | null; agreement: Agreement | null }> {
    const hit = this.cache.get(user);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit;
    const partner = await this.store.getPartnerByLocalUser(user);
    const agreement = partner ? await currentAgreement(this.store, partner.name) : null;
    const entry = { at: Date.now(), partner, agreement };
    this.cache.set(user, entry);
    return entry;
  }

  /** The server hooks: partners read through their agreement; posts are recorded with their provenance. */
  hooks(onWrite?: (collectionId: string, added: number) => void): ExchangeHooks {
    return {
      viewFor: async (caller: Caller | null, collection: Collection): Promise<ReadView | null> => {
        if (!caller || caller.admin) return null;
        const { partner, agreement } = await this.partnerOf(caller.user);
        if (!partner) return null;
        if (!agreement || !agreement.share.includes(collection.id)) {
          // A partner reads only what its agreement shares (its inbound collection it may write, not read back).
          if (agreement?.inbound === collection.id) return { filter: async () => [] };
          throw new LiaisonError('NOT_FOUND', { what: 'collection' });
        }
        return {
          filter: async (items, served) => {
            const { shared } = await this.decide(partner, agreement, collection.id, items);
            // What the partner got (objects served, not manifests or existence checks): the `shared` side of the
            // ledger (../conversation/node-ledger.ts).
            if (served) {
              const at = new Date().toISOString();
              await this.store.recordDeliveries(shared.map((s) => ({ partner: partner.name, id: s.id, version: s.version, at })));
            }
            return shared;
          },
          tag: outboundTag(partner, agreement),
        };
      },
      provenanceFor: async (caller: Caller | null): Promise<ProvenanceInput | undefined> => {
        if (!caller) return undefined;
        const { partner, agreement } = await this.partnerOf(caller.user);
        if (!partner) return { kind: 'user', source: caller.user };
        return { kind: 'partner', source: partner.name, defaultMarking: agreement?.defaultMarking ?? 'amber' };
      },
      redirectPost: async (caller, collection, objects) => {
        if (!caller || caller.admin) return null;
        const { partner, agreement } = await this.partnerOf(caller.user);
        if (!partner || !agreement?.review || agreement.inbound !== collection.id) return null;
        const held = await ensureReviewCollection(this.store, partner.name, collection.id);
        const { fresh, skipped } = await sortIncoming(this.store, partner.name, true, objects);
        return {
          collectionId: held,
          objects: fresh,
          settled: skipped.map((o) => ({ id: o.id, version: versionOf(o), message: 'already received: held here before, or decided on review' })),
          message: `HELD_FOR_REVIEW: received and held for review at this node; it joins collection ${collection.id} if an analyst accepts it`,
        };
      },
      afterWrite: onWrite,
    };
  }
}

