/**
 * @module The embedded store: one SQLite file (better-sqlite3) in the node's data folder.
 *
 * Durability: WAL with `synchronous = FULL`, so a COMMIT returns only after the WAL is fsynced and an acknowledged
 * write survives SIGKILL and power loss (NORMAL would survive a process kill but may lose the last commits on power
 * loss, and TAXII acknowledges to a remote client). The object add path, the hot one, runs its transactions on a
 * writer thread with a connection of its own (./writer.ts), so the event loop is not blocked by its inserts nor by
 * the flush to disk. Everywhere the frequent writes (the add path, the exchange's records) commit with NORMAL and then
 * sync the WAL on the thread pool before they settle (./wal-sync.ts): the next transaction need not wait for the
 * disk, and nothing is acknowledged before it is on it. A transaction may be read by others before its flush is done
 * (a power cut then loses it, unacknowledged; a killed process does not). Writers take the write lock at BEGIN (`BEGIN IMMEDIATE`),
 * so reading the collection's last `date_added` and writing the next ones is serialised across threads and
 * processes too.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { LiaisonError } from '../../errors.js';
import { MIGRATIONS } from './migrations/index.js';
import { prepareVersion } from '../record.js';
import { sameFlags, settleFlags } from '../plan.js';
import { checkLimit, whereEntries } from '../sql.js';
import { SqliteAdder, type AddInput, type Settled } from './adder.js';
import { AddWriter } from './writer.js';
import type { WriterData } from './writer-thread.js';
import { WalSync, dataSyncOf, WAL_AUTOCHECKPOINT_PAGES } from './wal-sync.js';
import * as rows from '../rows.js';
import type { AddOptions, Store } from '../store.js';
import { SqliteExchange } from './exchange.js';
import { idKey } from '../id-key.js';
import { idParams, idsIn } from './id-key.js';
import { versionKey } from '../time.js';
import type {
  AgreementVersion, DeliveryRecord, PartnerRecord, ProvenanceRecord, RefusalRecord, SyncCheckpoint, SyncDirection, SyncRunRecord,
} from '../exchange-types.js';
import type {
  AddResult, ApiKeyRecord, ApiRoot, Collection, ConflictRecord, DeleteRequest, DeletionRecord, Grant, ManifestEntry,
  NewCollection, NodeInfo, ObjectFilter, Page, PageRequest, StatusRecord, StixObject, StoredObject, UserRecord,
} from '../types.js';

type Row = Record<string, any>;

interface AddJob extends AddInput {
  resolve(r: AddResult): void;
  reject(e: unknown): void;
}

const isConstraint = (e: unknown): boolean => typeof (e as { code?: unknown })?.code === 'string' && (e as { code: string }).code.startsWith('SQLITE_CONSTRAINT');

export interface SqliteOptions {
  /** The database file (created with its folder when absent), or `:memory:` for tests. */
  path: string;
  /** How long a writer waits for another process's write lock before failing (ms). */
  busyTimeoutMs?: number;
  /**
   * `FULL` (default): a commit is on disk when it returns. `NORMAL`: still survives a killed process (the WAL write
   * has reached the OS before the commit returns) but the last commits may be lost if the machine loses power.
   */
  synchronous?: 'FULL' | 'NORMAL';
  /**
   * Apply `addObjects` transactions on a thread of their own (./writer.ts; default true). Only for a file: `:memory:`
   * is one connection's alone.
   */
  addThread?: boolean;
}

/** Opens (creating when needed) and migrates the SQLite store at `options.path`. */
export async function openSqliteStore(options: SqliteOptions): Promise<SqliteStore> {
  let db: Database.Database | undefined;
  try {
    const fresh = options.path !== ':memory:' && !existsSync(options.path);
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true, mode: 0o700 });
    db = new Database(options.path);
    // Readable by the node's user only (it holds key hashes and other partners' intelligence); SQLite gives the
    // -wal and -shm files the database file's permissions.
    if (fresh) chmodSync(options.path, 0o600);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 15_000}`);
    db.pragma('foreign_keys = ON');
    db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    // For migration 5: the store's own id key and version key, so that the SQL does not restate them.
    db.function('liaison_id_key', { deterministic: true }, (id) => idKey(String(id)));
    db.function('liaison_version_key', { deterministic: true }, (v) => versionKey(String(v)) ?? null);
    const walSync = options.path !== ':memory:' && options.synchronous !== 'NORMAL' ? new WalSync(dataSyncOf(`${options.path}-wal`)) : undefined;
    const writer: WriterData | undefined = options.path !== ':memory:' && options.addThread !== false
      ? { path: options.path, busyTimeoutMs: options.busyTimeoutMs ?? 15_000, synchronous: options.synchronous ?? 'FULL' }
      : undefined;
    const store = new SqliteStore(db, walSync, writer);
    await store.migrate();
    return store;
  } catch (e) {
    db?.close();
    if (e instanceof LiaisonError) throw e;
    // Not a database, unreadable, a folder in the way, a full disk: the user's to fix, said plainly.
    throw new LiaisonError('FILE_UNREADABLE', { file: options.path, reason: (e as Error).message }, { cause: e });
  }
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly stmts = new Map<string, Database.Statement>();
  private readonly pending: AddJob[] = [];
  private readonly exchange: SqliteExchange;
  private adderOnce: SqliteAdder | undefined;
  /**
   * The add path's batch being applied, settled once it is committed (its calls are answered when it is durable);
   * the calls that arrive meanwhile wait for the next.
   */
  private flushing: Promise<void> | null = null;
  private writerOnce: AddWriter | undefined;

  /**
   * @param walSync where set (a file opened with FULL), the add path commits with NORMAL and acknowledges after this
   *   syncs the WAL off the event loop; otherwise its commits follow the connection's own setting.
   * @param writerData where set, the add path's transactions run on a writer thread (./writer.ts), started by `warm`
   *   or on the first call (after the migrations).
   */
  constructor(
    readonly db: Database.Database,
    private readonly walSync?: WalSync,
    private readonly writerData?: WriterData,
  ) {
    this.exchange = new SqliteExchange(db);
  }

  /** The add path's statements, prepared once the schema is migrated. */
  private get adder(): SqliteAdder {
    return (this.adderOnce ??= new SqliteAdder(this.db));
  }

  /** A cached prepared statement (the query builder produces a bounded set of shapes per filter combination). */
  private st(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      if (this.stmts.size > 500) this.stmts.clear();
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  /** Runs `fn` in a write transaction holding the database's write lock from its start. */
  private write<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  private seqOf(collectionId: string): number {
    return this.adder.seqOf(collectionId);
  }

  async migrate(): Promise<number[]> {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      this.write(() => {
        if (this.db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version)) return;
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
        applied.push(m.version);
      });
    }
    const newest = (this.db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as Row).v as number;
    const known = MIGRATIONS[MIGRATIONS.length - 1].version;
    if (newest > known) throw new LiaisonError('INTERNAL', { detail: `store: the database schema (${newest}) is newer than this Liaison (${known})` });
    return applied;
  }

  warm(): void {
    this.writer();
  }

  async close(): Promise<void> {
    if (this.pending.length && !this.flushing) this.flush();
    while (this.flushing) await this.flushing;
    await this.writerOnce?.close();
    // Settle what the last flushes committed before the connection goes (closing may checkpoint and remove the WAL).
    await this.walSync?.close();
    if (this.db.open) this.db.close();
  }

  // ------------------------------------------------------------ node

  async getNode(): Promise<NodeInfo | null> {
    return ((await this.getSetting('node')) as NodeInfo | undefined) ?? null;
  }

  async setNode(info: NodeInfo): Promise<void> {
    await this.setSetting('node', info);
  }

  async getSetting(key: string): Promise<unknown> {
    const r = this.st('SELECT value FROM node_settings WHERE key = ?').get(key) as Row | undefined;
    return r ? JSON.parse(r.value) : undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    this.putSetting(key, value);
  }

  async setSettings(values: ReadonlyMap<string, unknown>): Promise<void> {
    this.write(() => {
      for (const [key, value] of values) this.putSetting(key, value);
    });
  }

  private putSetting(key: string, value: unknown): void {
    if (value === undefined) this.st('DELETE FROM node_settings WHERE key = ?').run(key);
    else this.st('INSERT INTO node_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
  }

  // ------------------------------------------------------------ API roots and collections

  async createApiRoot(root: ApiRoot): Promise<ApiRoot> {
    try {
      this.st('INSERT INTO api_roots (name, title, description, versions, max_content_length) VALUES (?, ?, ?, ?, ?)').run(
        root.name, root.title, root.description ?? null, JSON.stringify(root.versions), root.maxContentLength,
      );
    } catch (e) {
      if (isConstraint(e)) throw new LiaisonError('ALREADY_EXISTS', { what: `API root ${root.name}` });
      throw e;
    }
    return (await this.getApiRoot(root.name)) as ApiRoot;
  }

  async getApiRoot(name: string): Promise<ApiRoot | null> {
    const r = this.st('SELECT * FROM api_roots WHERE name = ?').get(name) as Row | undefined;
    return r ? rows.toApiRoot(r) : null;
  }

  async listApiRoots(): Promise<ApiRoot[]> {
    return (this.st('SELECT * FROM api_roots ORDER BY name').all() as Row[]).map(rows.toApiRoot);
  }

  async createCollection(c: NewCollection): Promise<Collection> {
    const id = c.id ?? randomUUID();
    this.write(() => {
      if (!this.st('SELECT 1 FROM api_roots WHERE name = ?').get(c.apiRoot)) throw new LiaisonError('NOT_FOUND', { what: `API root ${c.apiRoot}` });
      if (this.st('SELECT 1 FROM collections WHERE id = ?').get(id)) throw new LiaisonError('ALREADY_EXISTS', { what: `collection ${id}` });
      if (c.alias !== undefined && this.st('SELECT 1 FROM collections WHERE alias = ?').get(c.alias)) {
        throw new LiaisonError('ALREADY_EXISTS', { what: `collection alias ${c.alias}` });
      }
      this.st(
        'INSERT INTO collections (id, api_root, title, description, alias, is_public, media_types, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(id, c.apiRoot, c.title, c.description ?? null, c.alias ?? null, c.public ? 1 : 0,
        JSON.stringify(c.mediaTypes ?? ['application/stix+json;version=2.1']), new Date().toISOString());
    });
    return (await this.getCollection(id)) as Collection;
  }

  async getCollection(idOrAlias: string): Promise<Collection | null> {
    const r = this.st('SELECT * FROM collections WHERE id = ? OR alias = ? ORDER BY (id = ?) DESC LIMIT 1').get(idOrAlias, idOrAlias, idOrAlias) as Row | undefined;
    return r ? rows.toCollection(r) : null;
  }

  async listCollections(apiRoot?: string): Promise<Collection[]> {
    const rs = apiRoot === undefined
      ? this.st('SELECT * FROM collections ORDER BY seq').all()
      : this.st('SELECT * FROM collections WHERE api_root = ? ORDER BY seq').all(apiRoot);
    return (rs as Row[]).map(rows.toCollection);
  }

  async updateCollection(id: string, patch: Partial<Omit<NewCollection, 'id' | 'apiRoot'>>): Promise<Collection> {
    this.write(() => {
      const cur = mustExist(this.st('SELECT * FROM collections WHERE id = ?').get(id) as Row | undefined, id);
      if (patch.alias !== undefined && this.st('SELECT 1 FROM collections WHERE alias = ? AND id <> ?').get(patch.alias, id)) {
        throw new LiaisonError('ALREADY_EXISTS', { what: `collection alias ${patch.alias}` });
      }
      this.st('UPDATE collections SET title = ?, description = ?, alias = ?, is_public = ?, media_types = ? WHERE id = ?').run(
        patch.title ?? cur.title,
        patch.description !== undefined ? patch.description : cur.description,
        patch.alias !== undefined ? patch.alias : cur.alias,
        patch.public !== undefined ? (patch.public ? 1 : 0) : cur.is_public,
        patch.mediaTypes !== undefined ? JSON.stringify(patch.mediaTypes) : cur.media_types,
        id,
      );
    });
    return (await this.getCollection(id)) as Collection;
  }

  // ------------------------------------------------------------ objects

  /**
   * Group commit: calls that arrive while the event loop is busy are applied together in one transaction (each in
   * its own savepoint, so one call's failure does not touch the others) and share one fsync. Every promise settles
   * only after that COMMIT returned.
   */
  async addObjects(
    collectionId: string,
    objects: readonly StixObject[],
    options?: AddOptions,
  ): Promise<AddResult> {
    const recs = options?.prepared ?? objects.map(prepareVersion);
    return new Promise<AddResult>((resolve, reject) => {
      this.pending.push({ collectionId, recs, status: options?.status, provenance: options?.provenance, resolve, reject });
      // While the last commit is being synced, calls gather for the next one (see flush).
      if (this.pending.length === 1 && !this.flushing) setImmediate(() => this.flush());
    });
  }

  /**
   * Applies every queued `addObjects` call in one write transaction, then settles them once it is durable. The next
   * transaction waits for this one's commit, not for its flush to disk: the calls that arrive meanwhile share the
   * next commit (fewer, larger commits write fewer WAL pages), the disk flushes one batch while the next is applied,
   * and the event loop stays free to parse and validate.
   */
  private flush(): void {
    const jobs = this.pending.splice(0);
    if (jobs.length === 0) return;
    let committed!: () => void;
    this.flushing = new Promise<void>((resolve) => (committed = resolve)).then(() => {
      this.flushing = null;
      if (this.pending.length) this.flush();
    });
    this.applyBatch(jobs, committed)
      .then(
        (settled) => settled.forEach((s, i) => ('result' in s ? jobs[i].resolve(s.result) : jobs[i].reject(s.error))),
        (error: unknown) => {
          for (const job of jobs) job.reject(error);
        },
      )
      .finally(committed);
  }

  /** The writer thread, started on first use; undefined without one (`:memory:`, `addThread: false`) or once failed. */
  private writer(): AddWriter | undefined {
    if (!this.writerData) return undefined;
    this.writerOnce ??= new AddWriter(this.writerData);
    return this.writerOnce.usable ? this.writerOnce : undefined;
  }

  /**
   * The calls applied in one transaction: on the writer thread where there is one, otherwise on the event loop.
   * `committed` is called once the transaction is committed, before the promise settles (once it is durable).
   */
  private applyBatch(jobs: readonly AddJob[], committed: () => void): Promise<Settled[]> {
    const inputs = jobs.map(({ collectionId, recs, status, provenance }): AddInput => ({ collectionId, recs, status, provenance }));
    const writer = this.writer();
    if (writer) return writer.apply(inputs, committed);
    try {
      const { value, durable } = this.deferredCommit(() => this.adder.applyBatch(inputs));
      committed();
      return durable.then(() => value);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * Runs `write` (its own transactions). Where the WAL is synced off the event loop (./wal-sync.ts) it commits with
   * NORMAL and `durable` settles once that sync is done; otherwise it commits as the connection is set to and
   * `durable` is already settled.
   */
  private deferredCommit<T>(write: () => T): { value: T; durable: Promise<void> } {
    if (!this.walSync || !this.db.open) return { value: write(), durable: Promise.resolve() };
    this.db.pragma('synchronous = NORMAL');
    let value: T;
    try {
      value = write();
    } finally {
      if (this.db.open) this.db.pragma('synchronous = FULL');
    }
    return { value, durable: this.walSync.durable() };
  }

  /**
   * `write` made durable as the add path's commits are: for the exchange's frequent small writes (a delivery record
   * per page served, a checkpoint, refusals), whose FULL commit blocked the event loop for a flush to disk each.
   */
  private async durably(write: () => void): Promise<void> {
    await this.deferredCommit(write).durable;
  }

  private select(collectionId: string, filter: ObjectFilter, page: PageRequest, withContent: boolean): Row[] & { more?: boolean } {
    const limit = checkLimit(page.limit);
    const w = whereEntries(this.seqOf(collectionId), filter, page);
    // The LIMIT is written into the statement (checkLimit made it an integer): SQLite plans a bounded sort for a
    // known limit, and a bound one cost an object-by-id query about 5 times as much (90 µs instead of 18).
    const sql = withContent
      ? `SELECT e.date_added, e.object_id, e.type, e.spec_version, e.version, o.json FROM entries e JOIN object_versions o ON o.vid = e.vid WHERE ${w.text} ORDER BY e.date_added LIMIT ${limit + 1}`
      : `SELECT e.date_added, e.object_id, e.type, e.spec_version, e.version FROM entries e WHERE ${w.text} ORDER BY e.date_added LIMIT ${limit + 1}`;
    return this.st(sql).all(...w.params) as Row[];
  }

  async listObjects(collectionId: string, filter: ObjectFilter, page: PageRequest): Promise<Page<StoredObject>> {
    return rows.pageOf(this.select(collectionId, filter, page, true), page.limit, rows.toStored);
  }

  async listManifest(collectionId: string, filter: ObjectFilter, page: PageRequest): Promise<Page<ManifestEntry>> {
    return rows.pageOf(this.select(collectionId, filter, page, false), page.limit, rows.toManifest);
  }

  async listVersions(collectionId: string, objectId: string, filter: Pick<ObjectFilter, 'addedAfter' | 'specVersions'>, page: PageRequest): Promise<Page<ManifestEntry>> {
    return this.listManifest(collectionId, { addedAfter: filter.addedAfter, specVersions: filter.specVersions, ids: [objectId], versions: { all: true } }, page);
  }

  async getObject(collectionId: string, objectId: string, filter: Omit<ObjectFilter, 'ids' | 'types'>, page: PageRequest): Promise<Page<StoredObject>> {
    return this.listObjects(collectionId, { ...filter, ids: [objectId] }, page);
  }

  async deleteObject(collectionId: string, objectId: string, request: DeleteRequest = {}): Promise<number> {
    const seq = this.seqOf(collectionId);
    return this.write(() => this.removeVersions(seq, objectId, request));
  }

  async deleteObjects(collectionId: string, items: readonly { id: string; request?: DeleteRequest }[]): Promise<number[]> {
    const seq = this.seqOf(collectionId);
    return this.write(() => items.map((it) => this.removeVersions(seq, it.id, it.request ?? {})));
  }

  /** The body of `deleteObject`, inside a write transaction. */
  private removeVersions(seq: number, objectId: string, request: DeleteRequest): number {
    const w = whereEntries(seq, { ids: [objectId], versions: request.versions ?? { all: true }, specVersions: request.specVersions }, {}, { specDefault: 'any' });
    const victims = this.st(`SELECT e.date_added, e.version FROM entries e WHERE ${w.text}`).all(...w.params) as Row[];
    if (victims.length === 0) return 0;
    const del = this.st('DELETE FROM entries WHERE coll = ? AND date_added = ?');
    const rec = this.st('INSERT INTO deletions (coll, object_id, version, date_added, deleted_at, actor) VALUES (?, ?, ?, ?, ?, ?)');
    const at = new Date().toISOString();
    for (const v of victims) {
      del.run(seq, v.date_added);
      rec.run(seq, objectId, v.version, v.date_added, at, request.actor ?? null);
    }
    const rest = (this.st(
      `SELECT e.date_added, e.version_key, e.spec_version, e.is_first, e.is_last, e.is_latest_spec FROM object_versions o JOIN entries e ON e.vid = o.vid AND e.coll = ? WHERE ${idsIn('o', 1)}`,
    ).all(seq, ...idParams([objectId])) as Row[])
      .map((r) => ({
        dateAdded: r.date_added as number, versionKey: r.version_key as string, specVersion: r.spec_version as string,
        isFirst: r.is_first === 1, isLast: r.is_last === 1, isLatestSpec: r.is_latest_spec === 1,
      }));
    if (rest.length) {
      const set = this.st('UPDATE entries SET is_first = ?, is_last = ?, is_latest_spec = ? WHERE coll = ? AND date_added = ?');
      settleFlags(rest).forEach((f, i) => {
        if (!sameFlags(rest[i], f)) set.run(f.isFirst ? 1 : 0, f.isLast ? 1 : 0, f.isLatestSpec ? 1 : 0, seq, rest[i].dateAdded);
      });
    }
    return victims.length;
  }

  async listDeletions(collectionId: string, options: { afterSeq?: number; limit?: number } = {}): Promise<DeletionRecord[]> {
    const seq = this.seqOf(collectionId);
    return (this.st(
      'SELECT d.*, c.id AS collection_id FROM deletions d JOIN collections c ON c.seq = d.coll WHERE d.coll = ? AND d.seq > ? ORDER BY d.seq LIMIT ?',
    ).all(seq, options.afterSeq ?? 0, checkLimit(options.limit ?? 1000)) as Row[]).map(rows.toDeletion);
  }

  async listConflicts(options: { collectionId?: string; afterId?: number; limit?: number } = {}): Promise<ConflictRecord[]> {
    const limit = checkLimit(options.limit ?? 1000);
    const rs = options.collectionId === undefined
      ? this.st('SELECT k.*, c.id AS collection_id FROM conflicts k JOIN collections c ON c.seq = k.coll WHERE k.id > ? ORDER BY k.id LIMIT ?').all(options.afterId ?? 0, limit)
      : this.st('SELECT k.*, c.id AS collection_id FROM conflicts k JOIN collections c ON c.seq = k.coll WHERE k.coll = ? AND k.id > ? ORDER BY k.id LIMIT ?')
        .all(this.seqOf(options.collectionId), options.afterId ?? 0, limit);
    return (rs as Row[]).map(rows.toConflict);
  }

  async countEntries(collectionId: string): Promise<number> {
    return (this.st('SELECT count(*) AS n FROM entries WHERE coll = ?').get(this.seqOf(collectionId)) as Row).n;
  }

  // ------------------------------------------------------------ status resources

  async putStatus(status: StatusRecord): Promise<void> {
    this.adder.putStatus(status);
  }

  async getStatus(apiRoot: string, id: string, now = Date.now()): Promise<StatusRecord | null> {
    const r = this.st('SELECT body FROM statuses WHERE id = ? AND api_root = ? AND expires_at > ?').get(id, apiRoot, now) as Row | undefined;
    return r ? rows.toStatus(r) : null;
  }

  async purgeStatuses(now = Date.now()): Promise<number> {
    return this.st('DELETE FROM statuses WHERE expires_at <= ?').run(now).changes;
  }

  // ------------------------------------------------------------ users, keys, grants

  async createUser(user: UserRecord): Promise<void> {
    try {
      this.st('INSERT INTO users (name, password_hash, is_admin, created_at) VALUES (?, ?, ?, ?)').run(user.name, user.passwordHash, user.admin ? 1 : 0, user.createdAt);
    } catch (e) {
      if (isConstraint(e)) throw new LiaisonError('ALREADY_EXISTS', { what: `user ${user.name}` });
      throw e;
    }
  }

  async getUser(name: string): Promise<UserRecord | null> {
    const r = this.st('SELECT * FROM users WHERE name = ?').get(name) as Row | undefined;
    return r ? rows.toUser(r) : null;
  }

  async listUsers(): Promise<UserRecord[]> {
    return (this.st('SELECT * FROM users ORDER BY name').all() as Row[]).map(rows.toUser);
  }

  async updateUser(name: string, patch: Partial<Pick<UserRecord, 'passwordHash' | 'admin'>>): Promise<void> {
    this.write(() => {
      const cur = this.st('SELECT * FROM users WHERE name = ?').get(name) as Row | undefined;
      if (!cur) throw new LiaisonError('NOT_FOUND', { what: `user ${name}` });
      this.st('UPDATE users SET password_hash = ?, is_admin = ? WHERE name = ?').run(
        patch.passwordHash !== undefined ? patch.passwordHash : cur.password_hash,
        patch.admin !== undefined ? (patch.admin ? 1 : 0) : cur.is_admin,
        name,
      );
    });
  }

  async createApiKey(key: ApiKeyRecord): Promise<void> {
    this.write(() => {
      if (!this.st('SELECT 1 FROM users WHERE name = ?').get(key.user)) throw new LiaisonError('NOT_FOUND', { what: `user ${key.user}` });
      if (this.st('SELECT 1 FROM api_keys WHERE key_id = ?').get(key.keyId)) throw new LiaisonError('ALREADY_EXISTS', { what: `API key ${key.keyId}` });
      this.st('INSERT INTO api_keys (key_id, user_name, hash, label, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        key.keyId, key.user, key.hash, key.label ?? null, key.createdAt, key.revokedAt,
      );
    });
  }

  async getApiKey(keyId: string): Promise<ApiKeyRecord | null> {
    const r = this.st('SELECT * FROM api_keys WHERE key_id = ?').get(keyId) as Row | undefined;
    return r ? rows.toApiKey(r) : null;
  }

  async listApiKeys(user?: string): Promise<ApiKeyRecord[]> {
    const rs = user === undefined
      ? this.st('SELECT * FROM api_keys ORDER BY created_at, key_id').all()
      : this.st('SELECT * FROM api_keys WHERE user_name = ? ORDER BY created_at, key_id').all(user);
    return (rs as Row[]).map(rows.toApiKey);
  }

  async revokeApiKey(keyId: string): Promise<ApiKeyRecord> {
    const changes = this.st('UPDATE api_keys SET revoked_at = coalesce(revoked_at, ?) WHERE key_id = ?').run(new Date().toISOString(), keyId).changes;
    if (changes === 0) throw new LiaisonError('NOT_FOUND', { what: `API key ${keyId}` });
    return (await this.getApiKey(keyId)) as ApiKeyRecord;
  }

  async setGrant(grant: Grant): Promise<void> {
    this.write(() => {
      if (!this.st('SELECT 1 FROM users WHERE name = ?').get(grant.user)) throw new LiaisonError('NOT_FOUND', { what: `user ${grant.user}` });
      if (!this.st('SELECT 1 FROM collections WHERE id = ?').get(grant.collectionId)) throw new LiaisonError('NOT_FOUND', { what: `collection ${grant.collectionId}` });
      if (!grant.read && !grant.write) {
        this.st('DELETE FROM grants WHERE user_name = ? AND collection_id = ?').run(grant.user, grant.collectionId);
        return;
      }
      this.st('INSERT INTO grants (user_name, collection_id, can_read, can_write) VALUES (?, ?, ?, ?) ON CONFLICT (user_name, collection_id) DO UPDATE SET can_read = excluded.can_read, can_write = excluded.can_write')
        .run(grant.user, grant.collectionId, grant.read ? 1 : 0, grant.write ? 1 : 0);
    });
  }

  async removeGrant(user: string, collectionId: string): Promise<boolean> {
    return this.st('DELETE FROM grants WHERE user_name = ? AND collection_id = ?').run(user, collectionId).changes > 0;
  }

  async getGrant(user: string, collectionId: string): Promise<Grant | null> {
    const r = this.st('SELECT * FROM grants WHERE user_name = ? AND collection_id = ?').get(user, collectionId) as Row | undefined;
    return r ? rows.toGrant(r) : null;
  }

  async listGrants(filter: { user?: string; collectionId?: string } = {}): Promise<Grant[]> {
    const rs = this.st(
      'SELECT * FROM grants WHERE (? IS NULL OR user_name = ?) AND (? IS NULL OR collection_id = ?) ORDER BY user_name, collection_id',
    ).all(filter.user ?? null, filter.user ?? null, filter.collectionId ?? null, filter.collectionId ?? null);
    return (rs as Row[]).map(rows.toGrant);
  }

  // ------------------------------------------------------------ exchange (./exchange.ts)

  async putPartner(partner: PartnerRecord): Promise<void> { this.exchange.putPartner(partner); }
  async getPartner(name: string): Promise<PartnerRecord | null> { return this.exchange.getPartner(name); }
  async getPartnerByLocalUser(user: string): Promise<PartnerRecord | null> { return this.exchange.getPartnerByLocalUser(user); }
  async listPartners(): Promise<PartnerRecord[]> { return this.exchange.listPartners(); }
  async removePartner(name: string): Promise<boolean> { return this.exchange.removePartner(name); }
  async addAgreementVersion(a: AgreementVersion): Promise<void> { this.exchange.addAgreementVersion(a); }
  async getAgreement(partner: string, version?: number): Promise<AgreementVersion | null> { return this.exchange.getAgreement(partner, version); }
  async listAgreementVersions(partner: string): Promise<AgreementVersion[]> { return this.exchange.listAgreementVersions(partner); }
  async getCheckpoint(partner: string, collection: string, direction: SyncDirection): Promise<SyncCheckpoint | null> {
    return this.exchange.getCheckpoint(partner, collection, direction);
  }
  async setCheckpoint(c: SyncCheckpoint): Promise<void> { await this.durably(() => this.exchange.setCheckpoint(c)); }
  async listCheckpoints(partner?: string): Promise<SyncCheckpoint[]> { return this.exchange.listCheckpoints(partner); }
  async getProvenance(versions: readonly { id: string; version: string }[]): Promise<ProvenanceRecord[]> { return this.exchange.getProvenance(versions); }
  async recordDeliveries(list: readonly DeliveryRecord[]): Promise<void> { await this.durably(() => this.exchange.recordDeliveries(list)); }
  async getDeliveries(partner: string, versions: readonly { id: string; version: string }[]): Promise<DeliveryRecord[]> { return this.exchange.getDeliveries(partner, versions); }
  async startSyncRun(partner: string, startedAt: string): Promise<number> { return this.exchange.startSyncRun(partner, startedAt); }
  async finishSyncRun(runId: number, r: { finishedAt: string; ok: boolean; summary: Record<string, unknown> }): Promise<void> {
    this.exchange.finishSyncRun(runId, r);
  }
  async listSyncRuns(o?: { partner?: string; limit?: number }): Promise<SyncRunRecord[]> { return this.exchange.listSyncRuns(o); }
  async recordRefusals(list: readonly RefusalRecord[]): Promise<void> { await this.durably(() => this.exchange.recordRefusals(list)); }
  async listRefusals(o?: { partner?: string; collection?: string; side?: RefusalRecord['side']; limit?: number }): Promise<RefusalRecord[]> {
    return this.exchange.listRefusals(o);
  }
}

function mustExist(row: Row | undefined, id: string): Row {
  if (!row) throw new LiaisonError('NOT_FOUND', { what: `collection ${id}` });
  return row;
}
