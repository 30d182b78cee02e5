/**
 * @module The reciprocity ledger of one node, from what it stores, through the pure ../ledger.ts.
 *
 * Facts: `received` = every stored version whose provenance is a partner (the sync engine and the TAXII POST hook
 * record it); `shared` = every version of the collections an agreement shares that the partner actually got (a
 * delivery recorded by ../sync/: its read served through the policy, or our push its status acknowledged), as the
 * partner's copy. Both sides date a transfer by the version's own
 * `modified` (else `created`): the one time both hold identically, so both ledgers put it in the same period.
 * Requests, responses and opinions are the stored objects themselves. A version rejected on review (./held.ts) is
 * no longer stored but was received: it counts from its decision record, so both ledgers still agree.
 */
import type { Store, StoredObject } from '../../store/store.js';
import { objectTlp } from '../../stix/markings.js';
import { computeLedger, type PartnerLedger, type TransferRecord } from '../ledger.js';
import { currentAgreement, mustPartner, partnerIdentity } from '../sync/partners.js';
import type { Outbound } from '../sync/outbound.js';
import { REQUEST_TYPE, RESPONSE_TYPE } from '../requests/extension.js';
import { allObjects, learnIdentities, selfIdentity } from './node-conversation.js';
import { listHeld, reviewHistory } from './held.js';

export interface NodeLedger extends PartnerLedger {
  /** Our name for the partner. */
  name: string;
  /** Its objects held for review now, and those accepted and rejected on review in the period (./held.ts). */
  review: { held: number; accepted: number; rejected: number };
}

const at = (o: Record<string, unknown>) => String(o.modified ?? o.created ?? '');

function transfer(direction: TransferRecord['direction'], partner: string, o: Record<string, unknown>): TransferRecord {
  return {
    direction, partner, objectId: String(o.id), type: String(o.type), tlp: objectTlp(o) ?? 'unmarked', at: at(o),
    ...(o.type === 'opinion' && typeof o.opinion === 'string' && { opinion: o.opinion }),
  };
}

async function* versionsOf(store: Store, collectionId: string): AsyncGenerator<StoredObject[]> {
  let after: { dateAdded: number; id: string } | undefined;
  for (;;) {
    const page = await store.listObjects(collectionId, { versions: { all: true } }, { after, limit: 1000 });
    if (page.items.length) yield page.items;
    if (!page.more || page.items.length === 0) return;
    const last = page.items[page.items.length - 1];
    after = { dateAdded: last.dateAdded, id: last.id };
  }
}

/** `liaison ledger [NAME] [--since DATE]`: one ledger per partner (or the one named). */
export async function nodeLedger(store: Store, outbound: Outbound, options: { partner?: string; since?: Date; now?: Date } = {}): Promise<NodeLedger[]> {
  await learnIdentities(store);
  const self = await selfIdentity(store);
  const partners = options.partner ? [await mustPartner(store, options.partner)] : await store.listPartners();
  const byName = new Map((await store.listPartners()).map((p) => [p.name, p]));
  const transfers: TransferRecord[] = [];

  // Received: provenance of every stored version.
  for (const c of await store.listCollections()) {
    for await (const items of versionsOf(store, c.id)) {
      const prov = await store.getProvenance(items.map((i) => ({ id: i.id, version: i.version })));
      const from = new Map(prov.filter((p) => p.kind === 'partner').map((p) => [`${p.id}\u0000${p.version}`, p.source]));
      for (const it of items) {
        const src = from.get(`${it.id}\u0000${it.version}`);
        const p = src === undefined ? undefined : byName.get(src);
        if (p) transfers.push(transfer('received', partnerIdentity(p), JSON.parse(it.json) as Record<string, unknown>));
      }
    }
  }
  // Received, then rejected on review: no longer stored, still received (the partner's ledger counts them shared).
  const review = new Map<string, NodeLedger['review']>();
  for (const p of byName.values()) {
    const decisions = await reviewHistory(store, p.name);
    const inPeriod = decisions.filter((d) => !options.since || d.at >= options.since.toISOString());
    review.set(p.name, {
      held: (await listHeld(store, p.name)).held.length,
      accepted: inPeriod.filter((d) => d.decision === 'accepted').length,
      rejected: inPeriod.filter((d) => d.decision === 'rejected').length,
    });
    for (const d of decisions) {
      if (d.decision !== 'rejected') continue;
      d.versions.forEach((version, i) => transfers.push({
        direction: 'received', partner: partnerIdentity(p), objectId: d.id, type: d.type, tlp: (d.tlps?.[i] ?? 'unmarked') as TransferRecord['tlp'], at: d.stamps?.[i] ?? version,
      }));
    }
  }
  // Shared: the partner's copies of what its agreement shares.
  for (const p of partners) {
    const agreement = await currentAgreement(store, p.name);
    if (!agreement) continue;
    for (const cid of agreement.share) {
      if (!(await store.getCollection(cid))) continue;
      for await (const items of versionsOf(store, cid)) {
        const delivered = new Set((await store.getDeliveries(p.name, items.map((i) => ({ id: i.id, version: i.version })))).map((d) => `${d.id}\u0000${d.version}`));
        const { shared } = await outbound.decide(p, agreement, cid, items.filter((i) => delivered.has(`${i.id}\u0000${i.version}`)));
        for (const s of shared) transfers.push(transfer('shared', partnerIdentity(p), JSON.parse(s.json) as Record<string, unknown>));
      }
    }
  }
  const objects = await allObjects(store, { allVersions: true, types: [REQUEST_TYPE, RESPONSE_TYPE, 'opinion'] });
  const ids = partners.map(partnerIdentity);
  const names = new Map(partners.map((p) => [partnerIdentity(p), p.name]));
  const ledgers = computeLedger({ self, transfers, objects, partners: ids, since: options.since, now: options.now });
  return ledgers.map((l) => {
    const name = names.get(l.partner) ?? l.partner;
    return { name, ...l, review: review.get(name) ?? { held: 0, accepted: 0, rejected: 0 } };
  });
}
