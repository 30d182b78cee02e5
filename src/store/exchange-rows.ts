/** @module Row-to-record mapping of the exchange tables (migration 002), shared by both backends. */
import type {
  AgreementVersion, PartnerRecord, PartnerRelation, ProvenanceKind, ProvenanceRecord, RefusalRecord, SyncCheckpoint, SyncDirection, SyncRunRecord,
} from './exchange-types.js';

type Row = Record<string, any>;

const json = (v: unknown): any => (typeof v === 'string' ? JSON.parse(v) : v);

export function toPartner(r: Row): PartnerRecord {
  return {
    name: r.name, identityId: r.identity_id ?? null, url: r.url, apiRoot: r.api_root ?? null, username: r.username,
    keyCiphertext: r.key_ciphertext, relation: r.relation as PartnerRelation, localUser: r.local_user ?? null, createdAt: r.created_at,
  };
}

export function partnerParams(p: PartnerRecord): unknown[] {
  return [p.name, p.identityId, p.url, p.apiRoot, p.username, p.keyCiphertext, p.relation, p.localUser, p.createdAt];
}

export function toAgreement(r: Row): AgreementVersion {
  return { partner: r.partner, version: Number(r.version), doc: json(r.doc), createdAt: r.created_at };
}

export function toCheckpoint(r: Row): SyncCheckpoint {
  return { partner: r.partner, collection: r.collection, direction: r.direction as SyncDirection, position: r.position, updatedAt: r.updated_at };
}

export function toProvenance(r: Row): ProvenanceRecord {
  return {
    id: r.object_id, version: r.version, kind: r.kind as ProvenanceKind, source: r.source,
    ...(r.default_marking != null && { defaultMarking: r.default_marking }), collectionId: r.collection_id, at: r.at,
  };
}

export function toSyncRun(r: Row): SyncRunRecord {
  return {
    runId: Number(r.run_id), partner: r.partner, startedAt: r.started_at, finishedAt: r.finished_at ?? null,
    ok: r.ok === null || r.ok === undefined ? null : Boolean(Number(r.ok)), summary: json(r.summary),
  };
}

export function toRefusal(r: Row): RefusalRecord {
  return {
    partner: r.partner, side: r.side, direction: r.direction, collection: r.collection, objectId: r.object_id, version: r.version,
    code: r.code, message: r.message, at: r.at,
  };
}

export function refusalParams(f: RefusalRecord): unknown[] {
  return [f.partner, f.side, f.direction, f.collection, f.objectId, f.version, f.code, f.message.slice(0, 2000), f.at];
}

/** Largest number of versions one `getProvenance` call takes. */
export const MAX_PROVENANCE_LOOKUP = 10_000;
