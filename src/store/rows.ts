/**
 * @module Row-to-record mapping shared by the backends (same column names in both schemas; PostgreSQL returns
 * BIGINT as strings and booleans as booleans, SQLite returns numbers for both).
 */
import { mediaTypeOf } from './record.js';
import type {
  AddResult, Page, ApiKeyRecord, ApiRoot, Collection, ConflictRecord, DeletionRecord, Grant, ManifestEntry, StatusRecord, StoredObject, UserRecord,
} from './types.js';

type Row = Record<string, any>;

const opt = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));
const json = (v: unknown): any => (typeof v === 'string' ? JSON.parse(v) : v);

export function toApiRoot(r: Row): ApiRoot {
  return {
    name: r.name, title: r.title, ...(r.description != null && { description: r.description }),
    versions: json(r.versions), maxContentLength: Number(r.max_content_length),
  };
}

export function toCollection(r: Row): Collection {
  return {
    id: r.id, apiRoot: r.api_root, title: r.title,
    ...(r.description != null && { description: r.description }), ...(r.alias != null && { alias: r.alias }),
    public: Boolean(r.is_public), mediaTypes: json(r.media_types), createdAt: r.created_at,
  };
}

export function toManifest(r: Row): ManifestEntry {
  return {
    id: r.object_id, type: r.type, version: r.version, specVersion: r.spec_version,
    dateAdded: Number(r.date_added), mediaType: mediaTypeOf(r.spec_version),
  };
}

export function toStored(r: Row): StoredObject {
  const m = toManifest(r) as StoredObject;
  m.json = r.json;
  return m;
}

export function toDeletion(r: Row): DeletionRecord {
  return {
    seq: Number(r.seq), collectionId: r.collection_id, id: r.object_id, version: r.version,
    dateAdded: Number(r.date_added), deletedAt: r.deleted_at, ...(r.actor != null && { actor: r.actor }),
  };
}

export function toConflict(r: Row): ConflictRecord {
  return {
    conflictId: Number(r.id), collectionId: r.collection_id, id: r.object_id, version: r.version,
    storedHash: r.stored_hash, offeredHash: r.offered_hash, offeredJson: r.offered_json, at: r.at,
  };
}

export function toStatus(r: Row): StatusRecord {
  return json(r.body) as StatusRecord;
}

export function toUser(r: Row): UserRecord {
  return { name: r.name, passwordHash: r.password_hash ?? null, admin: Boolean(r.is_admin), createdAt: r.created_at };
}

export function toApiKey(r: Row): ApiKeyRecord {
  return {
    keyId: r.key_id, user: r.user_name, hash: r.hash, ...(opt(r.label) !== undefined && { label: r.label }),
    createdAt: r.created_at, revokedAt: r.revoked_at ?? null,
  };
}

export function toGrant(r: Row): Grant {
  return { user: r.user_name, collectionId: r.collection_id, read: Boolean(r.can_read), write: Boolean(r.can_write) };
}

/** Counts the outcomes of an `addObjects` call. */
export function summarize(outcomes: AddResult['outcomes']): AddResult {
  let added = 0, present = 0, conflicts = 0;
  for (const o of outcomes) {
    if (o.status === 'added') added++;
    else if (o.status === 'present') present++;
    else conflicts++;
  }
  return { outcomes, added, present, conflicts };
}

/** Trims the extra row fetched to know whether more exist. */
export function pageOf<T, R = Row>(rs: R[], limit: number, map: (r: R) => T): Page<T> {
  const more = rs.length > limit;
  return { items: (more ? rs.slice(0, limit) : rs).map(map), more };
}

/** TAXII 2.1 section 4.3: status resources are kept at least this long after their last change. */
export const STATUS_MIN_TTL_MS = 24 * 3600_000;

/** The status as stored: its expiry pushed to at least 24 h from now. */
export function withMinimumExpiry(s: StatusRecord, now = Date.now()): StatusRecord {
  return s.expiresAt >= now + STATUS_MIN_TTL_MS ? s : { ...s, expiresAt: now + STATUS_MIN_TTL_MS };
}
