/**
 * @module Partners and agreements as the CLI's `--json` and the API show them (one shape for both). A partner's
 * document never holds our key at its node: only the record's encrypted form exists, and it is left out.
 */
import type { Agreement } from '../agreement.js';
import type { PartnerRecord } from '../../store/store.js';
import { partnerIdentity } from '../sync/partners.js';

/** A partner as shown: never its key. */
export function partnerDoc(p: PartnerRecord) {
  return {
    name: p.name, url: p.url, api_root: p.apiRoot, username: p.username, relation: p.relation, local_user: p.localUser,
    identity: partnerIdentity(p), created: p.createdAt,
  };
}

/** An agreement version as shown (null before the first `agreement set`). */
export function agreementDoc(a: Agreement | null) {
  return a && {
    partner: a.partner, version: a.version, updated: a.updated, share: a.share, push_to: a.pushTo, max_tlp: a.maxTlp, types: a.types,
    anonymize: a.anonymize, strip: a.strip, inbound: a.inbound, default_marking: a.defaultMarking, review: a.review,
  };
}
