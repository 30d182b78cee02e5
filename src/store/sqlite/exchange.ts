/**
 * @module The exchange tables on SQLite (migration 002): the bodies of the `Store` exchange methods, which
 * SqliteStore delegates to. Each statement is its own durable transaction: WAL with synchronous FULL, or, for the
 * frequent ones (checkpoints, deliveries, refusals), NORMAL and a WAL sync off the event loop (SqliteStore.durably).
 */
import type Database from 'better-sqlite3';
import { LiaisonError } from '../../errors.js';
import * as rows from '../exchange-rows.js';
import { checkLimit } from '../sql.js';
import { versionKey } from '../time.js';
import { idParams, idsIn, idsInJson, jsonParams } from './id-key.js';
import type {
  AgreementVersion, DeliveryRecord, PartnerRecord, ProvenanceRecord, RefusalRecord, SyncCheckpoint, SyncDirection, SyncRunRecord,
} from '../exchange-types.js';

type Row = Record<string, any>;

const isConstraint = (e: unknown): boolean => typeof (e as { code?: unknown })?.code === 'string' && (e as { code: string }).code.startsWith('SQLITE_CONSTRAINT');

export class SqliteExchange {
  constructor(private readonly db: Database.Database) {}

  putPartner(p: PartnerRecord): void {
    this.db.prepare(
      'INSERT INTO partners (name, identity_id, url, api_root, username, key_ciphertext, relation, local_user, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT (name) DO UPDATE SET identity_id = excluded.identity_id, url = excluded.url, api_root = excluded.api_root, username = excluded.username, ' +
        'key_ciphertext = excluded.key_ciphertext, relation = excluded.relation, local_user = excluded.local_user',
    ).run(...partnerParamsSqlite(p));
  }

  getPartner(name: string): PartnerRecord | null {
    const r = this.db.prepare('SELECT * FROM partners WHERE name = ?').get(name) as Row | undefined;
    return r ? rows.toPartner(r) : null;
  }

  getPartnerByLocalUser(user: string): PartnerRecord | null {
    const r = this.db.prepare('SELECT * FROM partners WHERE local_user = ? ORDER BY name LIMIT 1').get(user) as Row | undefined;
    return r ? rows.toPartner(r) : null;
  }

  listPartners(): PartnerRecord[] {
    return (this.db.prepare('SELECT * FROM partners ORDER BY name').all() as Row[]).map(rows.toPartner);
  }

  removePartner(name: string): boolean {
    return this.db.transaction(() => {
      for (const t of ['agreements', 'sync_checkpoints', 'sync_runs', 'sync_refusals']) this.db.prepare(`DELETE FROM ${t} WHERE partner = ?`).run(name);
      return this.db.prepare('DELETE FROM partners WHERE name = ?').run(name).changes > 0;
    }).immediate();
  }

  addAgreementVersion(a: AgreementVersion): void {
    if (!this.getPartner(a.partner)) throw new LiaisonError('NOT_FOUND', { what: `partner ${a.partner}` });
    try {
      this.db.prepare('INSERT INTO agreements (partner, version, doc, created_at) VALUES (?, ?, ?, ?)').run(a.partner, a.version, JSON.stringify(a.doc), a.createdAt);
    } catch (e) {
      if (isConstraint(e)) throw new LiaisonError('ALREADY_EXISTS', { what: `agreement version ${a.version} with ${a.partner}` });
      throw e;
    }
  }

  getAgreement(partner: string, version?: number): AgreementVersion | null {
    const r = (version === undefined
      ? this.db.prepare('SELECT * FROM agreements WHERE partner = ? ORDER BY version DESC LIMIT 1').get(partner)
      : this.db.prepare('SELECT * FROM agreements WHERE partner = ? AND version = ?').get(partner, version)) as Row | undefined;
    return r ? rows.toAgreement(r) : null;
  }

  listAgreementVersions(partner: string): AgreementVersion[] {
    return (this.db.prepare('SELECT * FROM agreements WHERE partner = ? ORDER BY version').all(partner) as Row[]).map(rows.toAgreement);
  }

  getCheckpoint(partner: string, collection: string, direction: SyncDirection): SyncCheckpoint | null {
    const r = this.db.prepare('SELECT * FROM sync_checkpoints WHERE partner = ? AND collection = ? AND direction = ?').get(partner, collection, direction) as Row | undefined;
    return r ? rows.toCheckpoint(r) : null;
  }

  setCheckpoint(c: SyncCheckpoint): void {
    this.db.prepare(
      'INSERT INTO sync_checkpoints (partner, collection, direction, position, updated_at) VALUES (?, ?, ?, ?, ?) ' +
        'ON CONFLICT (partner, collection, direction) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at',
    ).run(c.partner, c.collection, c.direction, c.position, c.updatedAt);
  }

  listCheckpoints(partner?: string): SyncCheckpoint[] {
    const rs = partner === undefined
      ? this.db.prepare('SELECT * FROM sync_checkpoints ORDER BY partner, collection, direction').all()
      : this.db.prepare('SELECT * FROM sync_checkpoints WHERE partner = ? ORDER BY collection, direction').all(partner);
    return (rs as Row[]).map(rows.toCheckpoint);
  }

  getProvenance(versions: readonly { id: string; version: string }[]): ProvenanceRecord[] {
    if (versions.length > rows.MAX_PROVENANCE_LOOKUP) throw new LiaisonError('USAGE', { detail: `store: at most ${rows.MAX_PROVENANCE_LOOKUP} versions per provenance lookup` });
    if (versions.length === 0) return [];
    // One statement for the whole list (a sync page asks for a thousand at once): versions by their ids' keys, then
    // provenance by version row; the versions asked are picked out here.
    const wanted = new Set(versions.map((v) => `${v.id}\u0000${v.version}`));
    const ids = [...new Set(versions.map((v) => v.id))].sort();
    const found = this.db.prepare(
      `SELECT o.object_id, p.* FROM object_versions o JOIN provenance p ON p.vid = o.vid WHERE ${idsInJson('o')}`,
    ).all(...jsonParams(ids)) as Row[];
    return found.filter((r) => wanted.has(`${r.object_id}\u0000${r.version}`)).map(rows.toProvenance);
  }

  recordDeliveries(list: readonly DeliveryRecord[]): void {
    if (list.length === 0) return;
    // Deliveries are keyed by version row (migration 5): an object's version row by its version key, or for an SCO
    // (keyed by content hash, its version an entry's date_added) through that entry.
    const byKey = this.db.prepare(`SELECT o.vid FROM object_versions o WHERE ${idsIn('o', 1)} AND o.vkey = ?`).pluck();
    const byEntry = this.db.prepare(`SELECT e.vid FROM object_versions o JOIN entries e ON e.vid = o.vid WHERE ${idsIn('o', 1)} AND e.version = ? LIMIT 1`).pluck();
    const ins = this.db.prepare('INSERT INTO deliveries (partner, vid, version, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
    this.db.transaction(() => {
      for (const d of list) {
        const key = versionKey(d.version);
        const id = idParams([d.id]);
        const vid = (key === undefined ? undefined : byKey.get(...id, key)) ?? byEntry.get(...id, d.version);
        if (vid !== undefined) ins.run(d.partner, vid, d.version, d.at);
      }
    }).immediate();
  }

  getDeliveries(partner: string, versions: readonly { id: string; version: string }[]): DeliveryRecord[] {
    if (versions.length > rows.MAX_PROVENANCE_LOOKUP) throw new LiaisonError('USAGE', { detail: `store: at most ${rows.MAX_PROVENANCE_LOOKUP} versions per delivery lookup` });
    if (versions.length === 0) return [];
    const wanted = new Set(versions.map((v) => `${v.id}\u0000${v.version}`));
    const ids = [...new Set(versions.map((v) => v.id))].sort();
    const found = this.db.prepare(
      `SELECT o.object_id, d.* FROM object_versions o JOIN deliveries d ON d.partner = ? AND d.vid = o.vid WHERE ${idsInJson('o')}`,
    ).all(partner, ...jsonParams(ids)) as Row[];
    return found.filter((r) => wanted.has(`${r.object_id}\u0000${r.version}`)).map((r) => ({ partner: r.partner, id: r.object_id, version: r.version, at: r.at }));
  }

  startSyncRun(partner: string, startedAt: string): number {
    return Number(this.db.prepare('INSERT INTO sync_runs (partner, started_at) VALUES (?, ?)').run(partner, startedAt).lastInsertRowid);
  }

  finishSyncRun(runId: number, r: { finishedAt: string; ok: boolean; summary: Record<string, unknown> }): void {
    const n = this.db.prepare('UPDATE sync_runs SET finished_at = ?, ok = ?, summary = ? WHERE run_id = ?').run(r.finishedAt, r.ok ? 1 : 0, JSON.stringify(r.summary), runId).changes;
    if (n === 0) throw new LiaisonError('NOT_FOUND', { what: `sync run ${runId}` });
  }

  listSyncRuns(o: { partner?: string; limit?: number } = {}): SyncRunRecord[] {
    const limit = checkLimit(o.limit ?? 20);
    const rs = o.partner === undefined
      ? this.db.prepare('SELECT * FROM sync_runs ORDER BY run_id DESC LIMIT ?').all(limit)
      : this.db.prepare('SELECT * FROM sync_runs WHERE partner = ? ORDER BY run_id DESC LIMIT ?').all(o.partner, limit);
    return (rs as Row[]).map(rows.toSyncRun);
  }

  recordRefusals(list: readonly RefusalRecord[]): void {
    if (list.length === 0) return;
    const ins = this.db.prepare(
      'INSERT INTO sync_refusals (partner, side, direction, collection, object_id, version, code, message, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT (partner, side, direction, collection, object_id, version) DO UPDATE SET code = excluded.code, message = excluded.message, at = excluded.at',
    );
    this.db.transaction(() => {
      for (const f of list) ins.run(...rows.refusalParams(f));
    }).immediate();
  }

  listRefusals(o: { partner?: string; collection?: string; side?: RefusalRecord['side']; limit?: number } = {}): RefusalRecord[] {
    return (this.db.prepare(
      'SELECT * FROM sync_refusals WHERE (? IS NULL OR partner = ?) AND (? IS NULL OR collection = ?) AND (? IS NULL OR side = ?) ORDER BY at DESC, object_id LIMIT ?',
    ).all(o.partner ?? null, o.partner ?? null, o.collection ?? null, o.collection ?? null, o.side ?? null, o.side ?? null, checkLimit(o.limit ?? 1000)) as Row[])
      .map(rows.toRefusal);
  }
}

const partnerParamsSqlite = rows.partnerParams;
