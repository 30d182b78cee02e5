/**
 * The TLP 2.0 rules as FIRST defines them (https://www.first.org/tlp/), applied to one level of content on its way
 * to one recipient. DESIGN.md, "TLP 2.0 is enforced as FIRST defines it":
 *
 * - our own intelligence goes to a recipient up to the agreement's highest TLP; TLP:RED only to the recipients named
 *   on the object, never by a rule; a public collection gets CLEAR only (a label other than CLEAR on a public page
 *   would be a contradiction);
 * - intelligence we received goes on only as its marking allows the next recipient's relation to us: CLEAR to
 *   anyone, GREEN to community peers, clients and our organisation (never public), AMBER to clients and our
 *   organisation, AMBER+STRICT to our organisation only, RED to no one; and never above the agreement's highest TLP.
 *
 * @module
 */
import { compareTlp, type TlpLevel } from '../../stix/markings.js';
import type { MaxTlp } from '../agreement.js';
import type { RefusalCode } from './refusals.js';

/** How the recipient relates to us for TLP (a partner's relation, or a public collection). */
export const RELATIONS = ['organization', 'client', 'community', 'public'] as const;
export type Relation = (typeof RELATIONS)[number];

export interface Recipient {
  relation: Relation;
  /** The recipient's STIX identity id; null for a public collection (it has no single identity). */
  identity: string | null;
}

/**
 * Where the version being shared came from. `own`: made here (a local user, or an import we vouch for).
 * `received`: from a partner (`from` is its identity id) or another outside source; `defaultMarking` is the default
 * marking of the agreement it came in under, which then decides its TLP when it carries none.
 */
export type Provenance = { kind: 'own' } | { kind: 'received'; from: string; defaultMarking?: TlpLevel };

/** The relations that may receive intelligence we received, by its TLP (FIRST TLP 2.0 definitions). */
export const RECEIVED_MAY_GO_TO: Readonly<Record<TlpLevel, readonly Relation[]>> = Object.freeze({
  clear: ['organization', 'client', 'community', 'public'],
  green: ['organization', 'client', 'community'],
  amber: ['organization', 'client'],
  'amber+strict': ['organization'],
  red: [],
});

export type LevelVerdict = { ok: true } | { ok: false; code: RefusalCode; params: Record<string, string> };

const OK: LevelVerdict = { ok: true };

/**
 * May content at `level` go to `recipient`? `namedRecipients` are the identities the object names (used for
 * TLP:RED of our own intelligence only).
 */
export function levelVerdict(
  level: TlpLevel,
  provenance: Provenance,
  recipient: Recipient,
  maxTlp: MaxTlp,
  namedRecipients: readonly string[],
): LevelVerdict {
  const tlp = level.toUpperCase();
  const relation = recipient.relation;
  if (provenance.kind === 'own') {
    if (level === 'red') {
      return recipient.identity !== null && namedRecipients.includes(recipient.identity)
        ? OK
        : { ok: false, code: 'RED_NOT_NAMED', params: { recipient: recipient.identity ?? 'a public collection' } };
    }
    if (relation === 'public' && level !== 'clear') return { ok: false, code: 'TLP_FORBIDS_RELATION', params: { provenance: 'own', tlp, relation } };
  } else {
    if (level === 'red') return { ok: false, code: 'RED_RECEIVED', params: {} };
    if (!RECEIVED_MAY_GO_TO[level].includes(relation)) return { ok: false, code: 'TLP_FORBIDS_RELATION', params: { provenance: 'received', tlp, relation } };
  }
  if (compareTlp(level, maxTlp) > 0) return { ok: false, code: 'ABOVE_MAX_TLP', params: { tlp, max: maxTlp.toUpperCase() } };
  return OK;
}
