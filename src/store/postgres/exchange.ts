/**
 * @module The exchange tables on PostgreSQL (migration 002): the bodies of the `Store` exchange methods, which
 * PostgresStore delegates to. Provenance is written by `addObjects` itself, in its last statement. Provenance and
 * deliveries are keyed by version row (migration 009), found from an id through its key (../id-key.ts).
 */
import type pg from 'pg';
import { LiaisonError } from '../../errors.js';
import * as rows from '../exchange-rows.js';
import { checkLimit, givenEquals } from '../sql.js';
import { idKey } from '../id-key.js';
import { versionKey } from '../time.js';
import type {
  AgreementVersion, DeliveryRecord, PartnerRecord, ProvenanceRecord, RefusalRecord, SyncCheckpoint, SyncDirection, SyncRunRecord,
} from '../exchange-types.js';

type Db = pg.Pool | pg.PoolClient;
type Row = Record<string, any>;

const codeOf = (e: unknown): string | undefined => (e as { code?: string })?.code;

export class PostgresExchange {
  constructor(private readonly pool: pg.Pool, private readonly tx: <T>(fn: (c: pg.PoolClient) => Promise<T>) => Promise<T>) {}

  private async q(sql: string, params: unknown[] = [], db: Db = this.pool): Promise<Row[]> {
    return (await db.query(sql, params)).rows;
  }

  async putPartner(p: PartnerRecord): Promise<void> {
    await this.q(
      'INSERT INTO partners (name, identity_id, url, api_root, username, key_ciphertext, relation, local_user, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ' +
        'ON CONFLICT (name) DO UPDATE SET identity_id = excluded.identity_id, url = excluded.url, api_root = excluded.api_root, username = excluded.username, ' +
        'key_ciphertext = excluded.key_ciphertext, relation = excluded.relation, local_user = excluded.local_user',
      rows.partnerParams(p),
    );
  }

  async getPartner(name: string): Promise<PartnerRecord | null> {
    const [r] = await this.q('SELECT * FROM partners WHERE name = $1', [name]);
    return r ? rows.toPartner(r) : null;
  }

  async getPartnerByLocalUser(user: string): Promise<PartnerRecord | null> {
    const [r] = await this.q('SELECT * FROM partners WHERE local_user = $1 ORDER BY name LIMIT 1', [user]);
    return r ? rows.toPartner(r) : null;
  }

  async listPartners(): Promise<PartnerRecord[]> {
    return (await this.q('SELECT * FROM partners ORDER BY name')).map(rows.toPartner);
  }

  async removePartner(name: string): Promise<boolean> {
    return this.tx(async (c) => {
      for (const t of ['agreements', 'sync_checkpoints', 'sync_runs', 'sync_refusals']) await c.query(`DELETE FROM ${t} WHERE partner = $1`, [name]);
      return ((await c.query('DELETE FROM partners WHERE name = $1', [name])).rowCount ?? 0) > 0;
    });
  }

  async addAgreementVersion(a: AgreementVersion): Promise<void> {
    if (!(await this.getPartner(a.partner))) throw new LiaisonError('NOT_FOUND', { what: `partner ${a.partner}` });
    try {
      await this.q('INSERT INTO agreements (partner, version, doc, created_at) VALUES ($1, $2, $3, $4)', [a.partner, a.version, JSON.stringify(a.doc), a.createdAt]);
    } catch (e) {
      if (codeOf(e) === '23505') throw new LiaisonError('ALREADY_EXISTS', { what: `agreement version ${a.version} with ${a.partner}` });
      if (codeOf(e) === '23503') throw new LiaisonError('NOT_FOUND', { what: `partner ${a.partner}` });
      throw e;
    }
  }

  async getAgreement(partner: string, version?: number): Promise<AgreementVersion | null> {
    const [r] = version === undefined
      ? await this.q('SELECT * FROM agreements WHERE partner = $1 ORDER BY version DESC LIMIT 1', [partner])
      : await this.q('SELECT * FROM agreements WHERE partner = $1 AND version = $2', [partner, version]);
    return r ? rows.toAgreement(r) : null;
  }

  async listAgreementVersions(partner: string): Promise<AgreementVersion[]> {
    return (await this.q('SELECT * FROM agreements WHERE partner = $1 ORDER BY version', [partner])).map(rows.toAgreement);
  }

  async getCheckpoint(partner: string, collection: string, direction: SyncDirection): Promise<SyncCheckpoint | null> {
    const [r] = await this.q('SELECT * FROM sync_checkpoints WHERE partner = $1 AND collection = $2 AND direction = $3', [partner, collection, direction]);
    return r ? rows.toCheckpoint(r) : null;
  }

  async setCheckpoint(c: SyncCheckpoint): Promise<void> {
    await this.q(
      'INSERT INTO sync_checkpoints (partner, collection, direction, position, updated_at) VALUES ($1, $2, $3, $4, $5) ' +
        'ON CONFLICT (partner, collection, direction) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at',
      [c.partner, c.collection, c.direction, c.position, c.updatedAt],
    );
  }

  async listCheckpoints(partner?: string): Promise<SyncCheckpoint[]> {
    const rs = partner === undefined
      ? await this.q('SELECT * FROM sync_checkpoints ORDER BY partner, collection, direction')
      : await this.q('SELECT * FROM sync_checkpoints WHERE partner = $1 ORDER BY collection, direction', [partner]);
    return rs.map(rows.toCheckpoint);
  }

  async getProvenance(versions: readonly { id: string; version: string }[]): Promise<ProvenanceRecord[]> {
    if (versions.length > rows.MAX_PROVENANCE_LOOKUP) throw new LiaisonError('USAGE', { detail: `store: at most ${rows.MAX_PROVENANCE_LOOKUP} versions per provenance lookup` });
    if (versions.length === 0) return [];
    // Provenance is keyed by version row (migration 009): from each id's versions (by its key) to their provenance,
    // and from that to its source (migration 14).
    return (await this.q(
      'SELECT k.i AS object_id, p.version, s.kind, s.source, s.default_marking, s.collection_id, s.at FROM unnest($1::text[], $2::bigint[], $3::text[]) AS k(i, kk, v) ' +
        'JOIN object_versions o ON o.id_key = k.kk AND o.object_id = k.i JOIN provenance_versions p ON p.vid = o.vid AND p.version = k.v JOIN provenance_sources s ON s.id = p.src',
      [versions.map((v) => v.id), versions.map((v) => idKey(v.id)), versions.map((v) => v.version)],
    )).map(rows.toProvenance);
  }

  async startSyncRun(partner: string, startedAt: string): Promise<number> {
    const [r] = await this.q('INSERT INTO sync_runs (partner, started_at) VALUES ($1, $2) RETURNING run_id', [partner, startedAt]);
    return Number(r.run_id);
  }

  async finishSyncRun(runId: number, r: { finishedAt: string; ok: boolean; summary: Record<string, unknown> }): Promise<void> {
    const res = await this.pool.query('UPDATE sync_runs SET finished_at = $1, ok = $2, summary = $3 WHERE run_id = $4', [r.finishedAt, r.ok ? 1 : 0, JSON.stringify(r.summary), runId]);
    if ((res.rowCount ?? 0) === 0) throw new LiaisonError('NOT_FOUND', { what: `sync run ${runId}` });
  }

  async listSyncRuns(o: { partner?: string; limit?: number } = {}): Promise<SyncRunRecord[]> {
    const limit = checkLimit(o.limit ?? 20);
    const rs = o.partner === undefined
      ? await this.q('SELECT * FROM sync_runs ORDER BY run_id DESC LIMIT $1', [limit])
      : await this.q('SELECT * FROM sync_runs WHERE partner = $1 ORDER BY run_id DESC LIMIT $2', [o.partner, limit]);
    return rs.map(rows.toSyncRun);
  }

  async recordDeliveries(list: readonly DeliveryRecord[]): Promise<void> {
    if (list.length === 0) return;
    // Deliveries are keyed by version row (migration 009): an object's version row by its version key, or for an SCO
    // (keyed by content hash, its version an entry's date_added) through that entry.
    await this.q(
      'INSERT INTO deliveries (partner, vid, version, at) SELECT x.p, x.vid, x.v, x.a FROM (' +
        'SELECT k.p, k.v, k.a, COALESCE(' +
        '(SELECT o.vid FROM object_versions o WHERE o.id_key = k.kk AND o.object_id = k.i AND o.vkey = k.vk LIMIT 1), ' +
        '(SELECT e.vid FROM object_versions o JOIN entries e ON e.vid = o.vid WHERE o.id_key = k.kk AND o.object_id = k.i AND e.version = k.v LIMIT 1)) AS vid ' +
        'FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[]) AS k(p, i, kk, v, vk, a)) x ' +
        'WHERE x.vid IS NOT NULL ON CONFLICT DO NOTHING',
      [list.map((d) => d.partner), list.map((d) => d.id), list.map((d) => idKey(d.id)), list.map((d) => d.version), list.map((d) => versionKey(d.version) ?? null),
        list.map((d) => d.at)],
    );
  }

  async getDeliveries(partner: string, versions: readonly { id: string; version: string }[]): Promise<DeliveryRecord[]> {
    if (versions.length > rows.MAX_PROVENANCE_LOOKUP) throw new LiaisonError('USAGE', { detail: `store: at most ${rows.MAX_PROVENANCE_LOOKUP} versions per delivery lookup` });
    if (versions.length === 0) return [];
    return (await this.q(
      'SELECT DISTINCT k.i AS object_id, d.partner, d.version, d.at FROM unnest($2::text[], $3::bigint[], $4::text[]) AS k(i, kk, v) ' +
        'JOIN object_versions o ON o.id_key = k.kk AND o.object_id = k.i JOIN deliveries d ON d.partner = $1 AND d.vid = o.vid AND d.version = k.v',
      [partner, versions.map((v) => v.id), versions.map((v) => idKey(v.id)), versions.map((v) => v.version)],
    )).map((r) => ({ partner: r.partner as string, id: r.object_id as string, version: r.version as string, at: r.at as string }));
  }

  async recordRefusals(list: readonly RefusalRecord[]): Promise<void> {
    if (list.length === 0) return;
    // One row per key in a statement (ON CONFLICT cannot touch a row twice): the last record of a key wins.
    const byKey = new Map<string, RefusalRecord>();
    for (const f of list) byKey.set(JSON.stringify([f.partner, f.side, f.direction, f.collection, f.objectId, f.version]), f);
    const fs = [...byKey.values()].map(rows.refusalParams);
    const col = (i: number) => fs.map((f) => f[i]);
    await this.q(
      'INSERT INTO sync_refusals (partner, side, direction, collection, object_id, version, code, message, at) ' +
        'SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[]) ' +
        'ON CONFLICT (partner, side, direction, collection, object_id, version) DO UPDATE SET code = excluded.code, message = excluded.message, at = excluded.at',
      [0, 1, 2, 3, 4, 5, 6, 7, 8].map(col),
    );
  }

  async listRefusals(o: { partner?: string; collection?: string; side?: RefusalRecord['side']; limit?: number } = {}): Promise<RefusalRecord[]> {
    // Only the conditions given, so that a generic plan (postgres-store.ts, `connect`) still walks the (partner, at) index.
    const w = givenEquals([['partner', o.partner], ['collection', o.collection], ['side', o.side]]);
    return (await this.q(
      `SELECT * FROM sync_refusals${w.text} ORDER BY at DESC, object_id LIMIT $${w.params.length + 1}`,
      [...w.params, checkLimit(o.limit ?? 1000)],
    )).map(rows.toRefusal);
  }
}
