/**
 * @module The store: the one interface every backend implements (src/store/sqlite/, src/store/postgres/) and
 * everything above it (TAXII server, CLI, auth, exchange) uses. One conformance suite (store.conformance.ts) holds
 * every backend to the same behaviour.
 *
 * Guarantees every backend gives:
 * - a write method resolves only once its transaction is durable (a SIGKILL after that loses nothing);
 * - object versions are immutable, keyed by (id, version) where version is `modified`, else `created`, else (SCOs)
 *   the SHA-256 of the canonical JSON; the same key with different content is a conflict, recorded, never applied;
 * - within a collection every entry gets a distinct `date_added` from a strictly increasing microsecond clock, across
 *   processes too, and entries become visible to readers in `date_added` order, so a reader paging by
 *   (date_added, id) never skips nor repeats an entry while others insert and delete (TAXII 2.1 section 3.4: keyset
 *   pagination underlies `next`).
 * Open one with `openStore(config)` (src/store/open.ts; `storeConfigFor(dataDir)` picks SQLite in the data folder,
 * or PostgreSQL when `LIAISON_DATABASE_URL` is set); it is migrated before it is returned.
 * Methods throw `LiaisonError` (src/errors.ts) for a caller's mistake (`NOT_FOUND`, `ALREADY_EXISTS`) and `INTERNAL` for a
 * store failure (detail prefixed `store:`).
 */
import type { PreparedVersion } from './record.js';
import type {
  AddResult,
  ApiKeyRecord,
  ApiRoot,
  Collection,
  ConflictRecord,
  DeleteRequest,
  DeletionRecord,
  Grant,
  ManifestEntry,
  NewCollection,
  NodeInfo,
  ObjectFilter,
  Page,
  PageRequest,
  StatusRecord,
  StixObject,
  StoredObject,
  UserRecord,
} from './types.js';
import type {
  AgreementVersion, DeliveryRecord, PartnerRecord, ProvenanceInput, ProvenanceRecord, RefusalRecord, SyncCheckpoint, SyncDirection, SyncRunRecord,
} from './exchange-types.js';
import type { StatusPlan } from './status-plan.js';

export type * from './types.js';
export type * from './exchange-types.js';

/** What an `addObjects` call may add to its objects. */
export interface AddOptions {
  /** The status resource written in the same transaction, or a plan completed from the outcomes there (./status-plan.ts). */
  status?: StatusRecord | { plan: StatusPlan };
  /** Where the versions came from (recorded for the versions this call stores first). */
  provenance?: ProvenanceInput;
  /**
   * `prepareVersion(objects[i])` for every i, already computed (by a validation worker, off the event loop); the
   * store derives them itself when absent.
   */
  prepared?: readonly PreparedVersion[];
}

/** Which backend, for messages and benchmarks. */
export type StoreKind = 'sqlite' | 'postgres';

export interface Store {
  /** `sqlite` or `postgres`. */
  readonly kind: StoreKind;

  // ---------------------------------------------------------------- lifecycle

  /**
   * Applies the numbered migrations not yet applied (src/store/<backend>/migrations/NNN_*.sql) in order, each in its
   * own transaction, and returns the numbers applied. The backends' `open…` functions call it; calling it again is a
   * no-op. Refuses a database whose schema is newer than this code (`INTERNAL`).
   */
  migrate(): Promise<number[]>;

  /**
   * Starts, ahead of their first use, what the store's hot paths need (SQLite: the add path's writer thread), so
   * that a server's first requests do not wait for it. Optional: a server calls it once, after the migrations.
   */
  warm?(): void;

  /** Releases connections and file handles. Pending writes have either resolved (durable) or rejected. */
  close(): Promise<void>;

  // ---------------------------------------------------------------- node

  /** The node's identity and creation time, or null before `liaison init`. */
  getNode(): Promise<NodeInfo | null>;

  /** Records the node's identity (first init) or replaces it. */
  setNode(info: NodeInfo): Promise<void>;

  /** A node setting (free-form JSON value under a key), or undefined. */
  getSetting(key: string): Promise<unknown>;

  /** Sets (or with `undefined`, removes) a node setting. */
  setSetting(key: string, value: unknown): Promise<void>;

  /** `setSetting` for each entry of `values`, all in one durable transaction. */
  setSettings(values: ReadonlyMap<string, unknown>): Promise<void>;

  // ---------------------------------------------------------------- API roots and collections

  /** Creates an API root; `ALREADY_EXISTS` when the name is taken. */
  createApiRoot(root: ApiRoot): Promise<ApiRoot>;

  /** An API root by name, or null. */
  getApiRoot(name: string): Promise<ApiRoot | null>;

  /** Every API root, by name. */
  listApiRoots(): Promise<ApiRoot[]>;

  /**
   * Creates a collection under an existing API root (`NOT_FOUND` otherwise); generates a UUID when no id is given;
   * `ALREADY_EXISTS` when the id or alias is taken.
   */
  createCollection(c: NewCollection): Promise<Collection>;

  /** A collection by its id, or by its alias when no id matches; null when neither does. */
  getCollection(idOrAlias: string): Promise<Collection | null>;

  /** The collections of one API root (or of all roots), ordered by creation. */
  listCollections(apiRoot?: string): Promise<Collection[]>;

  /** Changes title, description, alias, public flag or media types; `NOT_FOUND` / `ALREADY_EXISTS` (alias). */
  updateCollection(id: string, patch: Partial<Omit<NewCollection, 'id' | 'apiRoot'>>): Promise<Collection>;

  // ---------------------------------------------------------------- objects

  /**
   * Adds object versions to a collection in ONE durable transaction (TAXII 2.1 section 5.5) and returns one
   * outcome per object, in input order. Objects must already be validated (the store checks only that `id` and
   * `type` are strings). Each added entry gets the next `date_added` of the collection: the larger of the wall clock
   * and the collection's last `date_added` + 1 µs. When `status` is given it is written (created or replaced) in the
   * same transaction, so a status that reports success is never ahead of the data; it may be a plan completed from
   * the call's result inside the transaction (the TAXII server reports each object's outcome that way).
   * When `provenance` is given it is recorded, in the same transaction, for every version added or present that
   * has no provenance yet (the first source of a version on this node wins; see `getProvenance`).
   * `NOT_FOUND` for an unknown collection.
   */
  addObjects(collectionId: string, objects: readonly StixObject[], options?: AddOptions): Promise<AddResult>;

  /**
   * The objects of a collection that match `filter`, in ascending (date_added, id) order, starting strictly after
   * `page.after`, at most `page.limit`, with their canonical JSON (TAXII 2.1 section 5.4, Get Objects).
   */
  listObjects(collectionId: string, filter: ObjectFilter, page: PageRequest): Promise<Page<StoredObject>>;

  /** The same selection as `listObjects`, as manifest records without content (TAXII 2.1 section 5.3). */
  listManifest(collectionId: string, filter: ObjectFilter, page: PageRequest): Promise<Page<ManifestEntry>>;

  /**
   * The versions of one object in a collection (TAXII 2.1 section 5.8): every version (the `versions` selector of
   * `filter` is ignored), filtered by `addedAfter` and `specVersions`, in (date_added, id) order.
   */
  listVersions(
    collectionId: string,
    objectId: string,
    filter: Pick<ObjectFilter, 'addedAfter' | 'specVersions'>,
    page: PageRequest,
  ): Promise<Page<ManifestEntry>>;

  /**
   * One object's versions selected by `filter` (default: the last), with content (TAXII 2.1 section 5.6, Get An
   * Object). Equivalent to `listObjects` with `ids: [objectId]`; an empty page when the object is not there.
   */
  getObject(
    collectionId: string,
    objectId: string,
    filter: Omit<ObjectFilter, 'ids' | 'types'>,
    page: PageRequest,
  ): Promise<Page<StoredObject>>;

  /**
   * Removes versions of an object from a collection (TAXII 2.1 section 5.7): all of them, or those selected by
   * `request.versions` / `request.specVersions`; records each removal (see `listDeletions`) in the same durable
   * transaction and returns how many versions were removed (0 when none matched). The versions stay on the node:
   * re-adding the same content later succeeds, different content under the same version is still a conflict.
   */
  deleteObject(collectionId: string, objectId: string, request?: DeleteRequest): Promise<number>;

  /**
   * `deleteObject` for several objects of one collection in one durable transaction (an analyst accepting or
   * rejecting a thousand held objects at once); how many versions each removed, in order.
   */
  deleteObjects(collectionId: string, items: readonly { id: string; request?: DeleteRequest }[]): Promise<number[]>;

  /** Recorded deletions of a collection, oldest first, after sequence `afterSeq`, at most `limit`. */
  listDeletions(collectionId: string, options?: { afterSeq?: number; limit?: number }): Promise<DeletionRecord[]>;

  /** Recorded conflicts (of one collection, or all), oldest first, after `afterId`, at most `limit`. */
  listConflicts(options?: { collectionId?: string; afterId?: number; limit?: number }): Promise<ConflictRecord[]>;

  /** Number of entries (versions) in a collection. */
  countEntries(collectionId: string): Promise<number>;

  // ---------------------------------------------------------------- status resources

  /**
   * Creates or replaces a status resource (TAXII 2.1 section 4.3). The store keeps it at least 24 h after this call:
   * an earlier `expiresAt` is pushed to now + 24 h (what `getStatus` then returns).
   */
  putStatus(status: StatusRecord): Promise<void>;

  /**
   * A status by id within an API root, or null when unknown, of another root, or expired at `now` (epoch ms,
   * default the wall clock).
   */
  getStatus(apiRoot: string, id: string, now?: number): Promise<StatusRecord | null>;

  /** Forgets statuses that expired before `now` (epoch ms); returns how many. */
  purgeStatuses(now?: number): Promise<number>;

  // ---------------------------------------------------------------- users, API keys, grants (auth data)

  /** Creates a user; `ALREADY_EXISTS` when the name is taken. */
  createUser(user: UserRecord): Promise<void>;

  /** A user by name, or null. */
  getUser(name: string): Promise<UserRecord | null>;

  /** Every user, by name. */
  listUsers(): Promise<UserRecord[]>;

  /** Changes a user's password hash and/or admin flag; `NOT_FOUND` for an unknown user. */
  updateUser(name: string, patch: Partial<Pick<UserRecord, 'passwordHash' | 'admin'>>): Promise<void>;

  /** Stores an API key (hash only) for an existing user (`NOT_FOUND` otherwise); `ALREADY_EXISTS` for a reused key id. */
  createApiKey(key: ApiKeyRecord): Promise<void>;

  /** A key by its public id (revoked ones included: callers check `revokedAt`), or null. */
  getApiKey(keyId: string): Promise<ApiKeyRecord | null>;

  /** The keys of one user (or of everyone), oldest first. */
  listApiKeys(user?: string): Promise<ApiKeyRecord[]>;

  /** Marks a key revoked (idempotent: the first revocation time is kept); `NOT_FOUND` for an unknown key id. */
  revokeApiKey(keyId: string): Promise<ApiKeyRecord>;

  /**
   * Sets a user's rights in a collection (replacing the previous grant); `NOT_FOUND` for an unknown user or
   * collection. A grant with neither right is removed.
   */
  setGrant(grant: Grant): Promise<void>;

  /** Removes a user's grant in a collection; returns false when there was none. */
  removeGrant(user: string, collectionId: string): Promise<boolean>;

  /** A user's grant in a collection, or null. */
  getGrant(user: string, collectionId: string): Promise<Grant | null>;

  /** Grants of one user, of one collection, or all. */
  listGrants(filter?: { user?: string; collectionId?: string }): Promise<Grant[]>;

  // ---------------------------------------------------------------- exchange (issue 5): partners, agreements, sync

  /** Creates or replaces a partner (by name). */
  putPartner(partner: PartnerRecord): Promise<void>;

  /** A partner by name, or null. */
  getPartner(name: string): Promise<PartnerRecord | null>;

  /** The partner whose local user (the account it uses to reach us) is `user`, or null. */
  getPartnerByLocalUser(user: string): Promise<PartnerRecord | null>;

  /** Every partner, by name. */
  listPartners(): Promise<PartnerRecord[]>;

  /**
   * Forgets a partner with its agreements, checkpoints, runs and refusals (provenance naming it stays: it is history).
   * Returns false when there was none.
   */
  removePartner(name: string): Promise<boolean>;

  /**
   * Stores a new version of a partner's agreement; `NOT_FOUND` for an unknown partner, `ALREADY_EXISTS` when that
   * version number is taken (two concurrent `agreement set`: the loser retries on the new current version).
   */
  addAgreementVersion(agreement: AgreementVersion): Promise<void>;

  /** The newest agreement version of a partner (or the given version), or null. */
  getAgreement(partner: string, version?: number): Promise<AgreementVersion | null>;

  /** Every agreement version of a partner, oldest first. */
  listAgreementVersions(partner: string): Promise<AgreementVersion[]>;

  /** A sync checkpoint, or null before the first sync of that partner, collection and direction. */
  getCheckpoint(partner: string, collection: string, direction: SyncDirection): Promise<SyncCheckpoint | null>;

  /** Creates or moves a sync checkpoint (durable when it resolves). */
  setCheckpoint(checkpoint: SyncCheckpoint): Promise<void>;

  /** The checkpoints of a partner (or of all partners). */
  listCheckpoints(partner?: string): Promise<SyncCheckpoint[]>;

  /**
   * The recorded provenance of the given versions (`{id, version}` as `AddOutcome` gives them; at most 10,000 per
   * call); versions without provenance are absent from the result.
   */
  getProvenance(versions: readonly { id: string; version: string }[]): Promise<ProvenanceRecord[]>;

  /** Records versions a partner got from us (a delivery already recorded keeps its first time). */
  recordDeliveries(deliveries: readonly DeliveryRecord[]): Promise<void>;

  /** Which of the given versions (at most 10,000 per call) were delivered to `partner`. */
  getDeliveries(partner: string, versions: readonly { id: string; version: string }[]): Promise<DeliveryRecord[]>;

  /** Records the start of a sync run and returns its id. */
  startSyncRun(partner: string, startedAt: string): Promise<number>;

  /** Records the end of a sync run (`NOT_FOUND` for an unknown run id). */
  finishSyncRun(runId: number, result: { finishedAt: string; ok: boolean; summary: Record<string, unknown> }): Promise<void>;

  /** Sync runs of one partner (or all), newest first, at most `limit` (default 20). */
  listSyncRuns(options?: { partner?: string; limit?: number }): Promise<SyncRunRecord[]>;

  /**
   * Records refusals; a refusal of the same (partner, side, direction, collection, object, version) replaces the
   * earlier one (its code, message and time), so repeated reads do not grow the log.
   */
  recordRefusals(refusals: readonly RefusalRecord[]): Promise<void>;

  /** Recorded refusals, newest first, filtered by partner / collection / side, at most `limit` (default 1000). */
  listRefusals(options?: { partner?: string; collection?: string; side?: RefusalRecord['side']; limit?: number }): Promise<RefusalRecord[]>;
}
