/**
 * @module The records the store keeps for the exchange (issue 5): partners, versioned agreements, sync checkpoints,
 * the provenance of every stored version, sync runs and per-object refusals. Plain values shared by both backends
 * and by src/exchange/sync/. The store does not interpret the agreement document nor decrypt the partner key.
 */

/** How a partner relates to us for TLP (DESIGN.md): part of our organisation, a client, or a community peer. */
export type PartnerRelation = 'organization' | 'client' | 'community';

/** Another node we exchange with. */
export interface PartnerRecord {
  /** Our name for it (`liaison partner add NAME`), unique. */
  name: string;
  /** Its STIX identity id when known; otherwise the exchange uses a stable pseudo-identity derived from the name. */
  identityId: string | null;
  /** Base URL of its node (scheme, host, port), without the `/taxii2/` path. */
  url: string;
  /** Its API root (a path such as `/api/`), or null to use the default its discovery advertises. */
  apiRoot: string | null;
  /** Our user name at its node. */
  username: string;
  /** Our API key at its node, encrypted with the node secret (src/exchange/secrets.ts): never stored in clear. */
  keyCiphertext: string;
  relation: PartnerRelation;
  /** The user at OUR node that the partner uses to reach us, or null. */
  localUser: string | null;
  createdAt: string;
}

/** One stored version of a partner's agreement (the document is src/exchange/agreement.ts's `Agreement`). */
export interface AgreementVersion {
  partner: string;
  version: number;
  /** The agreement document as JSON. */
  doc: Record<string, unknown>;
  createdAt: string;
}

/** Which way a sync moved objects: `pull` (from the partner into us) or `push` (from us to the partner). */
export type SyncDirection = 'pull' | 'push';

/**
 * Where a sync stopped: per partner, collection (ours for push, theirs for pull) and direction, the position after
 * which the next run continues. `position` is opaque to the store: a TAXII timestamp (their `date_added`) for pull,
 * our `date_added` in microseconds (as a decimal string) for push.
 */
export interface SyncCheckpoint {
  partner: string;
  collection: string;
  direction: SyncDirection;
  position: string;
  updatedAt: string;
}

/** Where a stored version came from. */
export type ProvenanceKind = 'user' | 'partner' | 'import';

/** The provenance recorded with `addObjects` (the first source of a version on this node wins). */
export interface ProvenanceInput {
  kind: ProvenanceKind;
  /** The local user, the partner's name, or the file/label of an import. */
  source: string;
  /** For `partner`: the default marking (TLP level) of the agreement the version came in under. */
  defaultMarking?: string;
}

export interface ProvenanceRecord extends ProvenanceInput {
  id: string;
  /** The version key as `AddOutcome.version` gives it. */
  version: string;
  /** The collection it first arrived in. */
  collectionId: string;
  at: string;
}

/** One run of the sync engine for one partner. */
export interface SyncRunRecord {
  /** Assigned by `startSyncRun`. */
  runId: number;
  partner: string;
  startedAt: string;
  /** Null while running (or when the process died during the run). */
  finishedAt: string | null;
  ok: boolean | null;
  /** Counts per collection and direction, and an error message when the run failed. */
  summary: Record<string, unknown>;
}

/**
 * An object that did not go: `ours` when our policy refused to share it (reason = refusal code), `theirs` when the
 * other side refused it (their status resource's failure message), `inbound` when we refused what they sent.
 */
/** A version a partner got from us: a read of ours it was served, or a push of ours it acknowledged. */
export interface DeliveryRecord {
  partner: string;
  id: string;
  version: string;
  /** When it was first delivered. */
  at: string;
}

export interface RefusalRecord {
  partner: string;
  direction: SyncDirection;
  side: 'ours' | 'theirs' | 'inbound';
  collection: string;
  objectId: string;
  version: string;
  code: string;
  message: string;
  at: string;
}
