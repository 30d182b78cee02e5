/**
 * @module The body of `addObjects` on SQLite (TAXII 2.1 section 5.5): its statements prepared once per connection,
 * run inside the write transaction of the store's group commit. See ../plan.ts for the decisions it applies.
 */
import type Database from 'better-sqlite3';
import { LiaisonError } from '../../errors.js';
import type { PreparedVersion } from '../record.js';
import { planAdd, versionMapKey, type ExistingEntry, type StoredVersion } from '../plan.js';
import { nowMicros } from '../time.js';
import * as rows from '../rows.js';
import { idKey } from '../id-key.js';
import { idParams, idsIn } from './id-key.js';
import { KeyRuns } from './key-runs.js';
import type { ProvenanceInput } from '../exchange-types.js';
import type { AddResult, StatusRecord } from '../types.js';
import { statusToWrite, type StatusPlan } from '../status-plan.js';

type Row = Record<string, any>;

/**
 * One `addObjects` call as the adder takes it: the versions already prepared (canonical JSON, hash, keys), and the
 * status to write with them. Plain data: it may come from another thread (./writer.ts).
 */
export interface AddInput {
  collectionId: string;
  recs: readonly PreparedVersion[];
  status?: StatusRecord | { plan: StatusPlan };
  provenance?: ProvenanceInput;
}

/** One call's share of a batch: its result, or the error that failed that call alone. */
export type Settled<E = unknown> = { result: AddResult } | { error: E };

/** Rows per multi-row statement (11 columns for entries: 1,100 parameters, far below SQLite's 32,766). */
const CHUNK = 100;

function* chunks<T>(list: readonly T[]): Generator<readonly T[]> {
  for (let i = 0; i < list.length; i += CHUNK) yield list.slice(i, i + CHUNK);
}

export class SqliteAdder {
  private readonly collSeq = new Map<string, number>();
  /** Multi-row statements by shape and row count (at most CHUNK of each shape). */
  private readonly multi = new Map<string, Database.Statement>();
  private readonly getSeq: Database.Statement;
  private readonly getLast: Database.Statement;
  private readonly setLast: Database.Statement;
  private readonly setFlags: Database.Statement;
  private readonly insConflict: Database.Statement;
  private readonly upsertStatus: Database.Statement;
  private readonly keyRuns: KeyRuns;
  /** The batch's write transaction (BEGIN IMMEDIATE) and each call's savepoint in it. */
  private readonly batchTxn: Database.Transaction<(jobs: readonly AddInput[]) => Settled[]>;
  private readonly callTxn: Database.Transaction<(job: AddInput) => AddResult>;

  constructor(private readonly db: Database.Database) {
    this.keyRuns = new KeyRuns(db);
    this.callTxn = db.transaction((job: AddInput) => {
      const result = this.apply(job);
      if (job.status) this.putStatus(statusToWrite(job.status, result));
      return result;
    });
    this.batchTxn = db.transaction((jobs: readonly AddInput[]) =>
      jobs.map((job): Settled => {
        try {
          return { result: this.callTxn(job) };
        } catch (error) {
          return { error };
        }
      }),
    );
    this.getSeq = db.prepare('SELECT seq FROM collections WHERE id = ?');
    this.getLast = db.prepare('SELECT last_date_added FROM collections WHERE seq = ?').pluck();
    this.setLast = db.prepare('UPDATE collections SET last_date_added = ? WHERE seq = ?');
    this.setFlags = db.prepare('UPDATE entries SET is_first = ?, is_last = ?, is_latest_spec = ? WHERE coll = ? AND date_added = ?');
    this.insConflict = db.prepare(
      'INSERT INTO conflicts (coll, object_id, version, stored_hash, offered_hash, offered_json, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.upsertStatus = db.prepare(
      'INSERT INTO statuses (id, api_root, body, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET api_root = excluded.api_root, body = excluded.body, expires_at = excluded.expires_at',
    );
  }

  /**
   * One statement for `count` rows (or values): a statement per row costs more in binding and stepping than the
   * row itself costs SQLite.
   */
  private many(shape: 'lookup' | 'versions' | 'entries' | 'provenance', count: number): Database.Statement {
    const key = `${shape}:${count}`;
    let st = this.multi.get(key);
    if (st) return st;
    const rows = (tuple: string) => Array.from({ length: count }, () => tuple).join(', ');
    switch (shape) {
      case 'lookup':
        // Every version of the ids on the node, with its entry in the collection if it has one (entries are found
        // from their version, by entries_vid: they have no index by object id since migration 5).
        st = this.db.prepare(
          `SELECT o.object_id, o.vkey, o.vid, o.hash, e.date_added, e.version_key, e.spec_version, e.is_first, e.is_last, e.is_latest_spec FROM object_versions o LEFT JOIN entries e ON e.vid = o.vid AND e.coll = ? WHERE ${idsIn('o', count)}`,
        ).raw();
        break;
      case 'versions':
        // Only versions not on the node yet (storeVersions looked them up inside the same write transaction).
        st = this.db.prepare(`INSERT INTO object_versions (object_id, vkey, hash, json, id_key) VALUES ${rows('(?, ?, ?, ?, ?)')} RETURNING object_id, vkey, vid`).raw();
        break;
      case 'entries':
        st = this.db.prepare(
          `INSERT INTO entries (coll, date_added, object_id, type, spec_version, version, version_key, vid, is_first, is_last, is_latest_spec) VALUES ${rows('(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')}`,
        );
        break;
      case 'provenance':
        // The first source of each version wins.
        st = this.db.prepare(
          `INSERT INTO provenance (vid, version, kind, source, default_marking, collection_id, at) VALUES ${rows('(?, ?, ?, ?, ?, ?, ?)')} ON CONFLICT DO NOTHING`,
        );
        break;
    }
    this.multi.set(key, st);
    return st;
  }

  /** The collection's row number (collections are never removed, so it is cached); `NOT_FOUND` when unknown. */
  seqOf(collectionId: string): number {
    const cached = this.collSeq.get(collectionId);
    if (cached !== undefined) return cached;
    const r = this.getSeq.get(collectionId) as Row | undefined;
    if (!r) throw new LiaisonError('NOT_FOUND', { what: `collection ${collectionId}` });
    this.collSeq.set(collectionId, r.seq);
    return r.seq;
  }

  /**
   * What the node holds of the offered ids, in one index probe per id: every stored version (keyed by
   * `versionMapKey`) and the collection's entries of each id.
   */
  private lookup(seq: number, recs: readonly PreparedVersion[], keyOf: (id: string) => number): { stored: Map<string, StoredVersion>; existing: Map<string, ExistingEntry[]> } {
    const stored = new Map<string, StoredVersion>();
    const existing = new Map<string, ExistingEntry[]>();
    for (const r of recs) existing.set(r.id, []);
    for (const chunk of chunks([...existing.keys()])) {
      for (const row of this.many('lookup', chunk.length).all(seq, ...idParams(chunk, keyOf)) as unknown[][]) {
        const id = row[0] as string;
        const vid = row[2] as number;
        stored.set(versionMapKey(id, row[1] as string), { vid, hash: row[3] as string });
        if (row[4] === null) continue;
        existing.get(id)!.push({
          dateAdded: row[4] as number, vid, versionKey: row[5] as string, specVersion: row[6] as string,
          isFirst: row[7] === 1, isLast: row[8] === 1, isLatestSpec: row[9] === 1,
        });
      }
    }
    return { stored, existing };
  }

  /**
   * Stores the versions not yet on the node (the first offered content of each) and returns every offered version
   * as stored, keyed by `versionMapKey`; `stored` is what the node held before (see `lookup`).
   */
  private storeVersions(recs: readonly PreparedVersion[], stored: ReadonlyMap<string, StoredVersion>, keyOf: (id: string) => number): Map<string, StoredVersion> {
    const versions = new Map<string, StoredVersion>();
    const fresh = new Map<string, PreparedVersion>();
    for (const r of recs) {
      const key = versionMapKey(r.id, r.vkey);
      const known = stored.get(key);
      if (known) versions.set(key, known);
      else if (!fresh.has(key)) fresh.set(key, r);
    }
    const added: { idKey: number; vid: number }[] = [];
    for (const chunk of chunks([...fresh.values()])) {
      const params: unknown[] = [];
      for (const r of chunk) params.push(r.id, r.vkey, r.hash, r.json, keyOf(r.id));
      for (const [id, vkey, vid] of this.many('versions', chunk.length).all(...params) as [string, string, number][]) {
        const key = versionMapKey(id, vkey);
        versions.set(key, { vid, hash: fresh.get(key)!.hash });
        added.push({ idKey: keyOf(id), vid });
      }
    }
    if (added.length) this.keyRuns.add(added);
    return versions;
  }

  /**
   * Applies the calls in ONE write transaction, each with its status in a savepoint of its own, so that one call's
   * failure leaves the others whole. Commits with the connection's `synchronous` setting; throws only when the
   * transaction itself failed (then none of the calls is applied).
   */
  applyBatch(jobs: readonly AddInput[]): Settled[] {
    return this.batchTxn.immediate(jobs);
  }

  /** Applies one call; runs inside the batch's write transaction. */
  private apply(job: AddInput): AddResult {
    const { recs } = job;
    const seq = this.seqOf(job.collectionId);
    const last = this.getLast.get(seq) as number;
    // Each id's key once (a SHA-256), for the lookups and the inserts below.
    const keys = new Map(recs.map((r) => [r.id, idKey(r.id)]));
    const keyOf = (id: string) => keys.get(id)!;
    const { stored, existing } = this.lookup(seq, recs, keyOf);
    const versions = this.storeVersions(recs, stored, keyOf);
    const p = planAdd(recs, versions, existing, last, nowMicros());
    for (const chunk of chunks(p.entries)) {
      const params: unknown[] = [];
      for (const e of chunk) {
        params.push(seq, e.dateAdded, e.id, e.type, e.specVersion, e.version, e.versionKey, e.vid, e.isFirst ? 1 : 0, e.isLast ? 1 : 0, e.isLatestSpec ? 1 : 0);
      }
      this.many('entries', chunk.length).run(...params);
    }
    for (const u of p.flagUpdates) this.setFlags.run(u.isFirst ? 1 : 0, u.isLast ? 1 : 0, u.isLatestSpec ? 1 : 0, seq, u.dateAdded);
    const at = new Date().toISOString();
    for (const c of p.conflicts) {
      const id = Number(this.insConflict.run(seq, c.id, c.version, c.storedHash, c.offeredHash, c.offeredJson, at).lastInsertRowid);
      const o = p.outcomes[c.index];
      if (o.status === 'conflict') o.conflictId = id;
    }
    if (p.lastDateAdded !== last) this.setLast.run(p.lastDateAdded, seq);
    if (job.provenance) {
      // Conflicts were not stored, so they have no provenance.
      const { kind, source, defaultMarking } = job.provenance;
      const stored: { vid: number; version: string }[] = [];
      p.outcomes.forEach((o, i) => {
        if (o.status !== 'conflict') stored.push({ vid: versions.get(versionMapKey(recs[i].id, recs[i].vkey))!.vid, version: o.version });
      });
      for (const chunk of chunks(stored)) {
        const params: unknown[] = [];
        for (const o of chunk) params.push(o.vid, o.version, kind, source, defaultMarking ?? null, job.collectionId, at);
        this.many('provenance', chunk.length).run(...params);
      }
    }
    return rows.summarize(p.outcomes);
  }

  /** Creates or replaces a status resource, kept at least 24 h (rows.withMinimumExpiry). */
  putStatus(status: StatusRecord): void {
    const s = rows.withMinimumExpiry(status);
    this.upsertStatus.run(s.id, s.apiRoot, JSON.stringify(s), s.expiresAt);
  }
}
