/**
 * @module The records the store keeps, as plain in-memory values shared by every backend and by their callers
 * (the TAXII server, the CLI, auth). Times a client sees are strings; `date_added` is an integer number of
 * MICROSECONDS since the Unix epoch (`Micros`, exact in a JS number until the year 2255) so that it orders and
 * compares without parsing; src/store/time.ts converts it to and from TAXII timestamps.
 */

/** Microseconds since 1970-01-01T00:00:00Z: the store's `date_added` clock (TAXII 2.1 section 3.1: microsecond timestamps). */
export type Micros = number;

/** The node itself: its STIX identity (an `identity` SDO, canonical JSON) and free-form settings. */
export interface NodeInfo {
  /** STIX id of the node's identity object (`identity--…`). */
  identityId: string;
  /** The identity SDO as a JSON object (kept as given). */
  identity: Record<string, unknown>;
  /** When the node was created (RFC 3339). */
  createdAt: string;
}

/** A TAXII API root (TAXII 2.1 section 4.2). `name` is its URL path segment, e.g. `api1`. */
export interface ApiRoot {
  name: string;
  title: string;
  description?: string;
  /** TAXII versions served; the store keeps what it is given (normally `["application/taxii+json;version=2.1"]`). */
  versions: string[];
  /** Largest request body accepted, in bytes (TAXII `max_content_length`). */
  maxContentLength: number;
}

/** A TAXII collection (TAXII 2.1 section 5.2.1) plus Liaison's own flags. */
export interface Collection {
  /** The collection's TAXII id (a UUID), unique across the node. */
  id: string;
  /** The API root it belongs to (`ApiRoot.name`). */
  apiRoot: string;
  title: string;
  description?: string;
  /** Optional unique (per node) human-friendly name usable in the CLI. */
  alias?: string;
  /** Readable without credentials when true (never writable without them). */
  public: boolean;
  /** Media types of the objects it holds (TAXII `media_types`), e.g. `application/stix+json;version=2.1`. */
  mediaTypes: string[];
  /** When it was created (RFC 3339). */
  createdAt: string;
}

/** What `createCollection` takes: the id is generated when absent; `mediaTypes` defaults to STIX 2.1. */
export interface NewCollection {
  id?: string;
  apiRoot: string;
  title: string;
  description?: string;
  alias?: string;
  public?: boolean;
  mediaTypes?: string[];
}

/** A STIX object as parsed JSON; the store reads `id`, `type`, `spec_version`, `modified`, `created` from it. */
export type StixObject = Record<string, unknown> & { id: string; type: string };

/**
 * How one object of an `addObjects` call ended (in input order):
 * - `added`: the version is now in the collection, with the `dateAdded` it was given;
 * - `present`: that exact version (same id, version and content) was already in the collection: a success (TAXII
 *   2.1 section 5.5: re-posting is not an error); `dateAdded` is the existing one;
 * - `conflict`: a version with the same (id, version) but different content is already stored on this node; nothing
 *   was written except the conflict record (see `listConflicts`), and `conflictId` names it.
 */
export type AddOutcome =
  | { status: 'added'; id: string; version: string; dateAdded: Micros }
  | { status: 'present'; id: string; version: string; dateAdded: Micros }
  | { status: 'conflict'; id: string; version: string; conflictId: number };

/** The result of one `addObjects` call: one outcome per input object, in input order. */
export interface AddResult {
  outcomes: AddOutcome[];
  added: number;
  present: number;
  conflicts: number;
}

/**
 * Which versions of each object a query returns (TAXII 2.1 section 3.4.3, `match[version]`). The default (no
 * selector) is `{ last: true }`. `all` excludes the others; `first`, `last` and `exact` combine (a union).
 * `exact` values are timestamps compared as instants (so `…01Z` equals `…01.000Z`).
 */
export type VersionSelector = { all: true } | { all?: false; first?: boolean; last?: boolean; exact?: string[] };

/** The TAXII 2.1 filters of a query (section 3.4). Absent fields do not filter. */
export interface ObjectFilter {
  /** Only entries with `date_added` strictly greater than this (`added_after`). */
  addedAfter?: Micros;
  /** `match[id]`: any of these STIX ids. */
  ids?: string[];
  /** `match[type]`: any of these STIX types. */
  types?: string[];
  /** `match[version]`. */
  versions?: VersionSelector;
  /**
   * `match[spec_version]`: any of these spec versions; the version selection (first/last) is then made among the
   * versions of these spec versions. Absent or empty: only the entries of each object's latest spec version in the
   * collection, first/last among those (TAXII 2.1 section 3.4.1: "the server MUST return only the latest
   * specification version"). Spec versions compare as text (`2.0` < `2.1`). Objects without `spec_version` count as
   * `2.1` (SCOs in a 2.1 collection).
   */
  specVersions?: string[];
}

/** A keyset position: the last (date_added, id) a reader was given; the next page starts strictly after it. */
export interface PagePosition {
  dateAdded: Micros;
  id: string;
}

/** A page request: start after `after` (or at the beginning), return at most `limit` (≥ 1) items. */
export interface PageRequest {
  after?: PagePosition;
  limit: number;
}

/** One page of a query, items in ascending (date_added, id) order; `more` when further items matched. */
export interface Page<T> {
  items: T[];
  more: boolean;
}

/** A manifest record (TAXII 2.1 section 5.3.1) of one version in one collection. */
export interface ManifestEntry {
  id: string;
  type: string;
  /** The version as the object states it: `modified`, else `created`, else the entry's date_added as a timestamp. */
  version: string;
  /** The object's `spec_version` (`2.1` when absent). */
  specVersion: string;
  dateAdded: Micros;
  /** Always `application/stix+json;version=<specVersion>`. */
  mediaType: string;
}

/** A stored version with its content: the object's canonical JSON text (RFC 8785), ready to write out as is. */
export interface StoredObject extends ManifestEntry {
  json: string;
}

/** Which versions `deleteObject` removes: all of them, or those a selector picks (section 5.7 allows match[version]). */
export interface DeleteRequest {
  versions?: VersionSelector;
  /** Absent or empty: every spec version (unlike reads); `first`/`last` are still those of the latest spec version. */
  specVersions?: string[];
  /** Who asked (a user name), kept in the deletion record. */
  actor?: string;
}

/** A removal of one version from one collection, as recorded (deletions are never silent). */
export interface DeletionRecord {
  seq: number;
  collectionId: string;
  id: string;
  version: string;
  dateAdded: Micros;
  deletedAt: string;
  actor?: string;
}

/** A refused version: same (id, version) as a stored one, different content. Kept and reported, never applied. */
export interface ConflictRecord {
  conflictId: number;
  collectionId: string;
  id: string;
  version: string;
  /** SHA-256 (hex) of the stored canonical JSON and of the offered one. */
  storedHash: string;
  offeredHash: string;
  /** The offered object's canonical JSON, so an analyst can compare. */
  offeredJson: string;
  at: string;
}

/** One entry of a status resource's successes/failures/pendings (TAXII 2.1 section 4.3.1, status-details). */
export interface StatusDetail {
  id: string;
  version: string;
  /** For failures: our stable error code and message. */
  message?: string;
}

/** A TAXII status resource (section 4.3.1), kept at least 24 hours after its last update. */
export interface StatusRecord {
  /** The status id (a UUID). */
  id: string;
  /** The API root it belongs to; a status is not visible under another root. */
  apiRoot: string;
  /** User who made the request (null for none); the server shows a status only to its owner or an admin. */
  owner: string | null;
  status: 'pending' | 'complete';
  /** RFC 3339 with microseconds. */
  requestTimestamp: string;
  totalCount: number;
  successes: StatusDetail[];
  failures: StatusDetail[];
  pendings: StatusDetail[];
  /** When the store may forget it (epoch ms); the store never returns an expired one. */
  expiresAt: number;
}

/** A user of the node. Passwords are never stored, only an encoded scrypt hash (src/auth/password.ts). */
export interface UserRecord {
  name: string;
  /** `scrypt$N$r$p$salt$hash` (base64url parts), or null for a user who signs in with API keys only. */
  passwordHash: string | null;
  admin: boolean;
  createdAt: string;
}

/** An API key: the secret is shown once and only its SHA-256 is stored (src/auth/apikey.ts). */
export interface ApiKeyRecord {
  /** Public identifier of the key (part of the token), unique. */
  keyId: string;
  user: string;
  /** SHA-256 of the secret, hex. */
  hash: string;
  label?: string;
  createdAt: string;
  /** Set when revoked; a revoked key never authenticates again. */
  revokedAt: string | null;
}

/** What a user may do in one collection. No grant row = no access (unless the collection is public, for reads). */
export interface Grant {
  user: string;
  collectionId: string;
  read: boolean;
  write: boolean;
}

/**
 * Where a store lives: the embedded SQLite file (the default: `<data>/liaison.db`) or a PostgreSQL database
 * (`postgres://…`). `openStore(config)` in src/store/open.ts opens it and applies pending migrations.
 */
export type StoreConfig =
  /** `synchronous`: see src/store/sqlite/sqlite-store.ts (default FULL). */
  | { kind: 'sqlite'; path: string; synchronous?: 'FULL' | 'NORMAL' }
  /** `schema`: a PostgreSQL schema to use (created when absent) instead of `public`, e.g. one per test. */
  | { kind: 'postgres'; url: string; poolSize?: number; schema?: string };
