/**
 * @module The store on PostgreSQL (pg): the path beyond one machine, many stateless Liaison processes on one
 * database (or a PostgreSQL-compatible cluster).
 *
 * Ordering: `addObjects` locks the collection's row (`SELECT … FOR UPDATE`) before it reads the collection's last
 * `date_added` and assigns the next ones, so writers to one collection commit one after another in `date_added`
 * order: an entry can never become visible after a reader has paged past its `date_added`. Write transactions are
 * retried on serialization failures and deadlocks (SQLSTATE 40001, 40P01). Durability: COMMIT with PostgreSQL's
 * default `synchronous_commit = on`. Calls of one process to one collection that arrive while its transaction runs
 * are committed together in the next one (group commit, `drainAdds`), each still answered only after that COMMIT.
 * A group of objects all new to the collection (SCOs included) is added by one statement that is its own transaction
 * (`addNew`, migrations 12, 13 and 14): one round trip instead of four, under the same locks.
 */
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { LiaisonError } from '../../errors.js';
import { MIGRATIONS } from './migrations/index.js';
import { planAdd, sameFlags, settleFlags, versionMapKey, type ExistingEntry, type StoredVersion } from '../plan.js';
import { mediaTypeOf, prepareVersion, type PreparedVersion } from '../record.js';
import { checkLimit, givenEquals, whereEntries } from '../sql.js';
import { formatMicros, nowMicros, versionKey } from '../time.js';
import { idKey } from '../id-key.js';
import * as rows from '../rows.js';
import { statusToWrite } from '../status-plan.js';
import type { AddOptions, Store } from '../store.js';
import { PostgresExchange } from './exchange.js';
import { MetaListener } from './meta-listener.js';
import { sessionOptions } from './session-options.js';
import { BEGINNING, FIRST_PREFETCH, MAX_ROWS, PREFETCH, ReadAhead, startOf } from './read-ahead.js';
import type {
  AgreementVersion, DeliveryRecord, PartnerRecord, ProvenanceRecord, RefusalRecord, SyncCheckpoint, SyncDirection, SyncRunRecord,
} from '../exchange-types.js';
import type {
  AddResult, ApiKeyRecord, ApiRoot, Collection, ConflictRecord, DeleteRequest, DeletionRecord, Grant, ManifestEntry,
  NewCollection, NodeInfo, ObjectFilter, Page, PageRequest, StatusRecord, StixObject, StoredObject, UserRecord,
} from '../types.js';

type Row = Record<string, any>;
type Db = pg.Pool | pg.PoolClient;

const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 10;
const codeOf = (e: unknown): string | undefined => (e as { code?: string })?.code;

/** `?` placeholders (the shared builder's) as `$1, $2, …`. */
export function numbered(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

const isTimeOrAbsent = (v: unknown): boolean => v === undefined || (Number.isSafeInteger(v) && (v as number) >= 0);

const hasNul = (v: unknown): boolean => typeof v === 'string' && v.includes('\u0000');

const SAFE_SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

/** Every column as the text PostgreSQL sent (the store converts BIGINTs itself). */
const RAW_TEXT = { getTypeParser: () => (v: string) => v };

/**
 * A SQL text built by `build`, whose `q(text)` writes a value as a dollar-quoted literal: `$lz…$text$lz…$`, with a tag
 * the value does not contain, so nothing in a value can end the literal (no escaping needed, none to get wrong).
 */
export function literalSql(build: (q: (text: string) => string) => string): string {
  const values: string[] = [];
  const sql = build((text) => {
    values.push(text);
    return `\u0000${values.length - 1}\u0000`;
  });
  let tag = '$lz$';
  for (let n = 0; values.some((v) => v.includes(tag) || v.endsWith(tag.slice(0, -1))) || sql.includes(tag); n++) tag = `$lz${n}$`;
  return sql.replace(/\u0000(\d+)\u0000/g, (_, i: string) => `${tag}${values[Number(i)]}${tag}`);
}

/**
 * A statement with `?` placeholders as plain SQL text: integers as numerals, texts and text lists as dollar-quoted
 * literals (`literalSql`), for a statement to be planned with its values.
 */
export function inlined(sql: string, params: readonly unknown[]): string {
  return literalSql((q) => {
    let i = 0;
    return sql.replace(/\?/g, () => {
      const v = params[i++];
      if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
      if (typeof v === 'string') return q(v);
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return `ARRAY[${v.map(q).join(', ')}]::text[]`;
      if (Array.isArray(v) && v.every((x) => Number.isSafeInteger(x))) return `ARRAY[${v.join(', ')}]::bigint[]`;
      throw new LiaisonError('INTERNAL', { detail: 'store: a statement parameter is neither an integer, a text nor a list of texts or integers' });
    });
  });
}

function manifestOf(r: string[]): ManifestEntry {
  return { id: r[1], type: r[2], version: r[4], specVersion: r[3], dateAdded: Number(r[0]), mediaType: mediaTypeOf(r[3]) };
}

function storedOf(r: string[]): StoredObject {
  return { id: r[1], type: r[2], version: r[4], specVersion: r[3], dateAdded: Number(r[0]), mediaType: mediaTypeOf(r[3]), json: r[5] };
}


/** An `addObjects` call waiting for its group commit. */
interface QueuedAdd {
  collectionId: string;
  recs: readonly PreparedVersion[];
  options: AddOptions | undefined;
  resolve(r: AddResult): void;
  reject(e: unknown): void;
}

/**
 * How long the pool keeps an idle connection (pg's default is 10 s). A new connection's backend spent 30-50 ms of
 * database CPU through its first add of 100 objects (its start, catalog caches, the add functions compiled, the
 * statements prepared, shared buffers mapped) against 3-6 ms for the same add on a warm one: with the default, a node
 * receiving an envelope every quarter of a minute paid that at each one.
 */
const IDLE_MS = 10 * 60_000;

/** Most objects one group commit takes (a single larger call still goes alone). */
const GROUP_OBJECTS = 1000;

/** The reading half of a group commit (migration 010), as a prepared statement. */
const ADD_PREPARE = 'SELECT * FROM liaison_add_prepare2($1::bigint, $2::text, $3::text, $4::text, $5::text, $6::text)';

/**
 * The writing half of a group commit, one prepared statement of fixed shape whatever the group holds (empty lists
 * where there is no provenance): the new entries, each column as one text with a value per line like
 * `liaison_add_prepare`'s (ids, types and spec versions are printable ASCII, versions and version keys timestamps
 * or hashes: no line feed; one text costs the driver nothing to encode where a list escapes every value), their
 * flags packed in one number each (`flagBits`); the
 * collection's last date_added, the exchange's provenance (by version row, migration 009: the first source of a
 * version wins; each call's source once, in `provenance_sources`, migration 14, written only when a version of the
 * group points at it) and
 * the calls' statuses. Provenance is a plain insert of the versions that have none, not ON CONFLICT DO NOTHING, whose
 * speculative insertion wrote one more WAL record per version (48 bytes, and its CPU): only this statement writes
 * provenance, always in a transaction that holds the advisory lock of each of its versions' id-key buckets
 * (`liaison_add_prepare2`), so two writers of one version's provenance run one after the other and the second's
 * statement (READ COMMITTED) sees the first's row. Its plan has no choice to get wrong as the tables grow: inserts from lists, one update by
 * primary key. The entries' lists are unnested in the select list, which hands their rows on one at a time, not in
 * FROM, which first copies them all into a tuplestore (migration 13 says what that cost).
 */
const ADD_WRITE = `WITH
ne AS (INSERT INTO entries (coll, date_added, object_id, type, spec_version, version, version_key, vid, is_first, is_last, is_latest_spec)
  SELECT $1, x.d::bigint, x.i, x.t, x.s, x.v, x.k, x.vid::bigint, x.b::smallint & 1, (x.b::smallint >> 1) & 1, (x.b::smallint >> 2) & 1
  FROM (SELECT unnest(string_to_array($3, E'\\n')) AS d, unnest(string_to_array($4, E'\\n')) AS i, unnest(string_to_array($5, E'\\n')) AS t,
    unnest(string_to_array($6, E'\\n')) AS s, unnest(string_to_array($7, E'\\n')) AS v, unnest(string_to_array($8, E'\\n')) AS k,
    unnest(string_to_array($9, E'\\n')) AS vid, unnest(string_to_array($10, E'\\n')) AS b) AS x),
cu AS (UPDATE collections SET last_date_added = $2 WHERE seq = $1 AND last_date_added < $2),
src AS (SELECT nextval('provenance_sources_id_seq') AS id, x.n, x.k, x.s, x.m FROM unnest($16::text[], $17::text[], $18::text[]) WITH ORDINALITY AS x(k, s, m, n)),
pv AS (INSERT INTO provenance_versions (vid, src, version)
  SELECT x.i, src.id, x.v FROM unnest($13::bigint[], $14::text[], $15::bigint[]) AS x(i, v, c) JOIN src ON src.n = x.c
  WHERE NOT EXISTS (SELECT 1 FROM provenance_versions p WHERE p.vid = x.i)
  RETURNING src),
ps AS (INSERT INTO provenance_sources (id, kind, source, default_marking, collection_id, at)
  SELECT src.id, src.k, src.s, src.m, $11, $12 FROM src WHERE src.id IN (SELECT pv.src FROM pv)),
st AS (INSERT INTO statuses (id, api_root, body, expires_at)
  SELECT * FROM unnest($19::text[], $20::text[], string_to_array($21, E'\\n'), $22::bigint[])
  ON CONFLICT (id) DO UPDATE SET api_root = excluded.api_root, body = excluded.body, expires_at = excluded.expires_at)
SELECT 1`;

/** BEGIN for the general add path, with planner settings of that transaction only (see `addGroup`). */
const BEGIN_PROBING = 'BEGIN; SET LOCAL enable_seqscan = off; SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off';

/** The whole add of a group of new objects, its own transaction (migrations 12, 13 and 14; `addNew`). */
const ADD_NEW = 'SELECT liaison_add_new($1::bigint, $2::bigint, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text, $9::text, $10::text, $11::text, ' +
  '$12::text[], $13::text[], $14::text[], $15::text, $16::text, $17::text[], $18::text[], $19::text, $20::bigint[], $21::text, $22::boolean)';

/** Values as one text parameter, a line each (ids, keys and JSON text hold no raw line feed). */
const lines = (xs: readonly string[]): string => xs.join('\n');

/**
 * The statuses a group writes, each completed from its call's share of the outcomes (`shares[i]` for `group[i]`);
 * of two with one id the later call's wins, as it would one transaction later.
 */
function groupStatuses(group: readonly QueuedAdd[], shares: readonly AddResult['outcomes'][]): StatusRecord[] {
  const statuses = new Map<string, StatusRecord>();
  group.forEach((a, i) => {
    const status = a.options?.status;
    if (!status) return;
    const st = rows.withMinimumExpiry(statusToWrite(status, rows.summarize(shares[i])));
    statuses.delete(st.id);
    statuses.set(st.id, st);
  });
  return [...statuses.values()];
}

/** The four status parameters of ADD_WRITE and ADD_NEW: ids, API roots, bodies as lines (a list would escape every quote), expiries. */
function statusParams(sts: readonly StatusRecord[]): unknown[] {
  return [sts.map((x) => x.id), sts.map((x) => x.apiRoot), sts.length ? lines(sts.map((x) => JSON.stringify(x))) : null, sts.map((x) => Number(x.expiresAt))];
}

/** Each entry's flags as one number: is_first (1), is_last (2), is_latest_spec (4). */
function flagBits(entries: readonly { isFirst: boolean; isLast: boolean; isLatestSpec: boolean }[]): number[] {
  return entries.map((e) => (e.isFirst ? 1 : 0) | (e.isLast ? 2 : 0) | (e.isLatestSpec ? 4 : 0));
}

export interface PostgresOptions {
  url: string;
  poolSize?: number;
  /** Use this schema (created when absent) instead of `public`. */
  schema?: string;
}

/** Connects, creates the schema when asked, migrates, and returns the store. */
export async function openPostgresStore(options: PostgresOptions): Promise<PostgresStore> {
  try {
    return await connect(options);
  } catch (e) {
    if (e instanceof LiaisonError) throw e;
    // pg's messages name host and port, never the password of the URL.
    throw new LiaisonError('INTERNAL', { detail: `store: cannot open the PostgreSQL database: ${(e as Error).message}` }, { cause: e });
  }
}

async function connect(options: PostgresOptions): Promise<PostgresStore> {
  if (options.schema !== undefined && !SAFE_SCHEMA.test(options.schema)) {
    throw new LiaisonError('USAGE', { detail: `store: schema name ${JSON.stringify(options.schema)} is not a plain identifier` });
  }
  if (options.schema) {
    const c = new pg.Client({ connectionString: options.url });
    await c.connect();
    try {
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    } catch (e) {
      if (codeOf(e) !== '23505' && codeOf(e) !== '42P06') throw e; // a concurrent creator won
    } finally {
      await c.end();
    }
  }
  const pool = new pg.Pool({
    max: options.poolSize ?? 10,
    // Connections idle up to IDLE_MS are kept: a new one costs the database a backend's start and its first add.
    idleTimeoutMillis: IDLE_MS,
    // Short OLTP statements only: JIT compilation would cost more than it could save.
    // Generic plans for prepared statements: the store's statements have one right plan whatever their parameters
    // (see `select` for the exception), and PostgreSQL's default keeps re-planning them (its generic estimate for
    // `= ANY($n)` looks dearer than the custom plans), which cost several times the execution of a small read.
    // No parallel workers: with a generic plan the page query (`LIMIT $n`, its bound unknown) looked big enough for a
    // Gather Merge once a collection held about 100,000 entries, and starting a worker for each page of 1,000 rows took
    // 47 ms where the plain plan takes 3 (read-back of 100,000 objects fell from 76,000 to 19,000-26,000 obj/s).
    // Joined with the URL's own options (./session-options.ts), which pg would otherwise take instead of these.
    ...sessionOptions(options.url, `-c jit=off -c plan_cache_mode=force_generic_plan -c max_parallel_workers_per_gather=0`, options.schema ? `-c search_path=${options.schema}` : ''),
  });
  pool.on('error', () => { /* an idle client died; the pool replaces it */ });
  const listener = new MetaListener(sessionOptions(options.url, '', options.schema ? `-c search_path=${options.schema}` : ''));
  const store = new PostgresStore(pool, listener);
  try {
    await store.migrate();
  } catch (e) {
    await pool.end();
    throw e;
  }
  await listener.start();
  return store;
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  private readonly collSeq = new Map<string, number>();
  /** Pages read ahead for paging clients (./read-ahead.ts). */
  private readonly objectsAhead = new ReadAhead<StoredObject>();
  private readonly manifestAhead = new ReadAhead<ManifestEntry>();
  /** Names of the prepared statements (see `run`), by statement text. */
  private readonly prepared = new Map<string, string>();
  private preparedCount = 0;
  /** Entries this process has inserted, and when to refresh the planner's statistics next (see `noteInserted`). */
  private inserted = 0;
  private nextAnalyze = 1000;
  private analyzing: Promise<unknown> | undefined;

  /** `addObjects` calls waiting for their collection's next group commit, and the collections being written. */
  private readonly addQueues = new Map<number, QueuedAdd[]>();
  private readonly adding = new Set<number>();

  private readonly exchange: PostgresExchange;
  /** `metaSignal` without a listener: a new value at every reading (nothing may be kept). */
  private unsignalled = 0;

  constructor(readonly pool: pg.Pool, private readonly listener?: MetaListener) {
    this.exchange = new PostgresExchange(pool, (fn) => this.tx(fn));
  }

  /**
   * Keeps the planner's statistics close to the data: with the statistics of an almost empty table PostgreSQL sorts
   * a whole collection for one page instead of walking the primary key. Autovacuum catches up only after a delay, so
   * after a bulk load this process runs ANALYZE itself, in the background: after 1,000 entries, then each time the
   * entries it inserted grew eightfold (at most every million). The planner scales the row counts of the last
   * statistics by the tables' current size, so they stay right as the tables grow; each ANALYZE reads a sample of up
   * to 30,000 rows of both tables, which at doubling intervals cost about a tenth of the database's CPU during a bulk
   * load into a new node (perf: analyze_rel 9.5% of the backends' samples while 30,000 objects were posted).
   */
  private noteInserted(n: number): void {
    this.inserted += n;
    if (this.inserted < this.nextAnalyze || this.analyzing) return;
    this.nextAnalyze = this.inserted + Math.min(7 * this.inserted, 1_000_000);
    this.analyzing = this.pool.query('ANALYZE entries, object_versions').catch(() => undefined).finally(() => (this.analyzing = undefined));
  }

  private async q(db: Db, sql: string, params: unknown[] = []): Promise<Row[]> {
    if (params.some(hasNul)) return []; // nothing stored holds a NUL (PostgreSQL text cannot), so nothing matches
    return (await db.query(sql, params)).rows;
  }

  private async one(db: Db, sql: string, params: unknown[] = []): Promise<Row | undefined> {
    return (await this.q(db, sql, params))[0];
  }

  /** Runs `fn` in a transaction, retrying it on serialization failures and deadlocks. */
  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.txOwn(async (c) => {
      await c.query('BEGIN');
      const r = await fn(c);
      await c.query('COMMIT');
      return r;
    });
  }

  private async seqOf(collectionId: string): Promise<number> {
    const cached = this.collSeq.get(collectionId);
    if (cached !== undefined) return cached;
    const r = await this.one(this.pool, 'SELECT seq FROM collections WHERE id = $1', [collectionId]);
    if (!r) throw new LiaisonError('NOT_FOUND', { what: `collection ${collectionId}` });
    this.collSeq.set(collectionId, Number(r.seq));
    return Number(r.seq);
  }

  async migrate(): Promise<number[]> {
    return this.tx(async (c) => {
      // One migrator at a time across processes (key: "liaison" in ASCII).
      await c.query('SELECT pg_advisory_xact_lock(1818845541)');
      await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
      const done = new Set((await this.q(c, 'SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
      const applied: number[] = [];
      for (const m of MIGRATIONS) {
        if (done.has(m.version)) continue;
        await m.prepare?.(c);
        await c.query(m.sql);
        await c.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [m.version, new Date().toISOString()]);
        applied.push(m.version);
      }
      const newest = Math.max(0, ...done);
      const known = MIGRATIONS[MIGRATIONS.length - 1].version;
      if (newest > known) throw new LiaisonError('INTERNAL', { detail: `store: the database schema (${newest}) is newer than this Liaison (${known})` });
      return applied;
    });
  }

  async close(): Promise<void> {
    await this.analyzing;
    await this.listener?.close();
    await this.pool.end();
  }

  /**
   * A number that differs whenever another process may have changed API roots, collections, users, keys or grants
   * (./meta-listener.ts); the node's metadata cache reads it (src/node/meta-cache.ts). Not part of `Store`.
   */
  metaSignal(): number {
    return this.listener ? this.listener.current() : ++this.unsignalled;
  }

  // ------------------------------------------------------------ node

  async getNode(): Promise<NodeInfo | null> {
    return ((await this.getSetting('node')) as NodeInfo | undefined) ?? null;
  }

  async setNode(info: NodeInfo): Promise<void> {
    await this.setSetting('node', info);
  }

  async getSetting(key: string): Promise<unknown> {
    const r = await this.one(this.pool, 'SELECT value FROM node_settings WHERE key = $1', [key]);
    return r ? JSON.parse(r.value) : undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.putSetting(this.pool, key, value);
  }

  async setSettings(values: ReadonlyMap<string, unknown>): Promise<void> {
    await this.tx(async (c) => {
      for (const [key, value] of values) await this.putSetting(c, key, value);
    });
  }

  private async putSetting(c: pg.Pool | pg.PoolClient, key: string, value: unknown): Promise<void> {
    if (value === undefined) await c.query('DELETE FROM node_settings WHERE key = $1', [key]);
    else await c.query('INSERT INTO node_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, JSON.stringify(value)]);
  }

  // ------------------------------------------------------------ API roots and collections

  async createApiRoot(root: ApiRoot): Promise<ApiRoot> {
    const r = await this.one(this.pool,
      'INSERT INTO api_roots (name, title, description, versions, max_content_length) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING name',
      [root.name, root.title, root.description ?? null, JSON.stringify(root.versions), root.maxContentLength]);
    if (!r) throw new LiaisonError('ALREADY_EXISTS', { what: `API root ${root.name}` });
    return (await this.getApiRoot(root.name)) as ApiRoot;
  }

  async getApiRoot(name: string): Promise<ApiRoot | null> {
    const r = await this.one(this.pool, 'SELECT * FROM api_roots WHERE name = $1', [name]);
    return r ? rows.toApiRoot(r) : null;
  }

  async listApiRoots(): Promise<ApiRoot[]> {
    return (await this.q(this.pool, 'SELECT * FROM api_roots ORDER BY name COLLATE "C"')).map(rows.toApiRoot);
  }

  async createCollection(c: NewCollection): Promise<Collection> {
    const id = c.id ?? randomUUID();
    await this.tx(async (t) => {
      if (!(await this.one(t, 'SELECT 1 FROM api_roots WHERE name = $1', [c.apiRoot]))) throw new LiaisonError('NOT_FOUND', { what: `API root ${c.apiRoot}` });
      if (await this.one(t, 'SELECT 1 FROM collections WHERE id = $1', [id])) throw new LiaisonError('ALREADY_EXISTS', { what: `collection ${id}` });
      if (c.alias !== undefined && (await this.one(t, 'SELECT 1 FROM collections WHERE alias = $1', [c.alias]))) {
        throw new LiaisonError('ALREADY_EXISTS', { what: `collection alias ${c.alias}` });
      }
      try {
        await t.query(
          'INSERT INTO collections (id, api_root, title, description, alias, is_public, media_types, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
          [id, c.apiRoot, c.title, c.description ?? null, c.alias ?? null, c.public ? 1 : 0,
            JSON.stringify(c.mediaTypes ?? ['application/stix+json;version=2.1']), new Date().toISOString()]);
      } catch (e) {
        if (codeOf(e) === '23505') throw new LiaisonError('ALREADY_EXISTS', { what: `collection ${c.alias ?? id}` });
        throw e;
      }
    });
    return (await this.getCollection(id)) as Collection;
  }

  async getCollection(idOrAlias: string): Promise<Collection | null> {
    const r = await this.one(this.pool, 'SELECT * FROM collections WHERE id = $1 OR alias = $1 ORDER BY (id = $1) DESC LIMIT 1', [idOrAlias]);
    return r ? rows.toCollection(r) : null;
  }

  async listCollections(apiRoot?: string): Promise<Collection[]> {
    const rs = apiRoot === undefined
      ? await this.q(this.pool, 'SELECT * FROM collections ORDER BY seq')
      : await this.q(this.pool, 'SELECT * FROM collections WHERE api_root = $1 ORDER BY seq', [apiRoot]);
    return rs.map(rows.toCollection);
  }

  async updateCollection(id: string, patch: Partial<Omit<NewCollection, 'id' | 'apiRoot'>>): Promise<Collection> {
    await this.tx(async (t) => {
      const cur = await this.one(t, 'SELECT * FROM collections WHERE id = $1 FOR UPDATE', [id]);
      if (!cur) throw new LiaisonError('NOT_FOUND', { what: `collection ${id}` });
      if (patch.alias !== undefined && (await this.one(t, 'SELECT 1 FROM collections WHERE alias = $1 AND id <> $2', [patch.alias, id]))) {
        throw new LiaisonError('ALREADY_EXISTS', { what: `collection alias ${patch.alias}` });
      }
      await t.query('UPDATE collections SET title = $1, description = $2, alias = $3, is_public = $4, media_types = $5 WHERE id = $6', [
        patch.title ?? cur.title,
        patch.description !== undefined ? patch.description : cur.description,
        patch.alias !== undefined ? patch.alias : cur.alias,
        patch.public !== undefined ? (patch.public ? 1 : 0) : cur.is_public,
        patch.mediaTypes !== undefined ? JSON.stringify(patch.mediaTypes) : cur.media_types,
        id,
      ]);
    });
    return (await this.getCollection(id)) as Collection;
  }

  // ------------------------------------------------------------ objects

  async addObjects(
    collectionId: string,
    objects: readonly StixObject[],
    options?: AddOptions,
  ): Promise<AddResult> {
    const recs = options?.prepared ?? objects.map(prepareVersion);
    if (recs.some((r) => r.json.includes('\n'))) throw new LiaisonError('INTERNAL', { detail: 'store: a canonical JSON text holds a line feed' });
    const seq = await this.seqOf(collectionId);
    return new Promise<AddResult>((resolve, reject) => {
      let queue = this.addQueues.get(seq);
      if (!queue) this.addQueues.set(seq, (queue = []));
      queue.push({ collectionId, recs, options, resolve, reject });
      if (!this.adding.has(seq)) void this.drainAdds(seq);
    });
  }

  /**
   * Group commit: the calls queued for one collection while a transaction of it is under way go together into the
   * next one (up to `GROUP_OBJECTS` objects): one lock of the collection, two prepared statements and one WAL flush for all
   * of them, each call's status written in that transaction and each call answered only after its COMMIT. When a
   * group fails for a reason other than a retried serialization failure, its calls are run one by one, so that one
   * call's problem is reported to that call only.
   */
  private async drainAdds(seq: number): Promise<void> {
    this.adding.add(seq);
    try {
      for (;;) {
        const queue = this.addQueues.get(seq);
        if (!queue?.length) {
          this.addQueues.delete(seq);
          return;
        }
        let take = 1;
        let n = queue[0].recs.length;
        while (take < queue.length && n + queue[take].recs.length <= GROUP_OBJECTS) n += queue[take++].recs.length;
        const group = queue.splice(0, take);
        try {
          const results = await this.addGroup(seq, group);
          group.forEach((a, i) => a.resolve(results[i]));
        } catch (e) {
          if (group.length === 1) group[0].reject(e);
          else {
            for (const a of group) {
              try {
                a.resolve((await this.addGroup(seq, [a]))[0]);
              } catch (e1) {
                a.reject(e1);
              }
            }
          }
        }
      }
    } finally {
      this.adding.delete(seq);
    }
  }

  /** One write transaction for the `addObjects` calls of `group` (all on collection `seq`), in order. */
  private async addGroup(seq: number, group: readonly QueuedAdd[]): Promise<AddResult[]> {
    const collectionId = group[0].collectionId;
    const recs = group.length === 1 ? group[0].recs : group.flatMap((a) => a.recs);
    // Each id's key once (a SHA-256), for either path.
    const keys = new Map<string, number>();
    for (const r of recs) if (!keys.has(r.id)) keys.set(r.id, idKey(r.id));
    const fast = await this.addNew(seq, group, recs, keys);
    if (fast) return fast;
    // Distinct versions (the function takes its locks in its own order).
    const distinct = new Map<string, PreparedVersion>();
    for (const r of recs) {
      const k = versionMapKey(r.id, r.vkey);
      if (!distinct.has(k)) distinct.set(k, r);
    }
    const vs = [...distinct.values()];
    // The general path, four round trips: BEGIN; the reading half (liaison_add_prepare2, migrations 10 and 13); after planning here, the
    // writes (ADD_WRITE); COMMIT. Both statements are named prepared statements (parsed and planned once per
    // connection) whose values travel as parameters: nothing to lex, parse or plan per group. Their plans are made at
    // the first group of each connection, often on a new database whose statistics say its tables are empty: the
    // planner then prefers sequential scans and hash joins (provenance read whole for each group), and keeps them. The
    // transaction's own planner settings (sent with BEGIN, no round trip more) make it probe the indexes, as
    // `liaison_add_new` and `liaison_add_prepare2` do (migration 13).
    const plan = await this.txOwn(async (c) => {
      await c.query(BEGIN_PROBING);
      const read = await this.run(c, ADD_PREPARE, [
        seq, lines(vs.map((r) => r.id)), lines(vs.map((r) => String(keys.get(r.id)))), lines(vs.map((r) => r.vkey)), lines(vs.map((r) => r.hash)), lines(vs.map((r) => r.json)),
      ]);
      const versions = new Map<string, StoredVersion>();
      const existing = new Map<string, ExistingEntry[]>();
      let last: number | undefined;
      for (const r of read) {
        if (r[0] === 'v') versions.set(versionMapKey(r[2], r[3]), { vid: Number(r[1]), hash: r[4] });
        else if (r[0] === 'c') last = Number(r[1]);
        else {
          let list = existing.get(r[1]);
          if (!list) existing.set(r[1], (list = []));
          list.push({
            dateAdded: Number(r[2]), vid: Number(r[3]), versionKey: r[4], specVersion: r[5], isFirst: r[6] === '1', isLast: r[7] === '1', isLatestSpec: r[8] === '1',
          });
        }
      }
      if (last === undefined) throw new LiaisonError('NOT_FOUND', { what: `collection ${collectionId}` });
      const p = planAdd(recs, versions, existing, last, nowMicros());
      const at = new Date().toISOString();
      for (const k of p.conflicts) {
        const r = await this.one(c,
          'INSERT INTO conflicts (coll, object_id, version, stored_hash, offered_hash, offered_json, at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
          [seq, k.id, k.version, k.storedHash, k.offeredHash, k.offeredJson, at]);
        const o = p.outcomes[k.index];
        if (o.status === 'conflict') o.conflictId = Number(r!.id);
      }
      // Each call's share of the outcomes and its provenance.
      const shares: AddResult['outcomes'][] = [];
      // Provenance: each call's source once (by 1-based index), and the versions it is the first source of.
      const provenance = new Map<number, { i: number; v: string; c: number }>();
      const sources: { k: string; s: string; m: string | null }[] = [];
      let from = 0;
      for (const a of group) {
        const outcomes = group.length === 1 ? p.outcomes : p.outcomes.slice(from, from + a.recs.length);
        from += a.recs.length;
        shares.push(outcomes);
        const pv = a.options?.provenance;
        if (pv) {
          sources.push({ k: pv.kind, s: pv.source, m: pv.defaultMarking ?? null });
          outcomes.forEach((o, i) => {
            if (o.status === 'conflict') return;
            const vid = versions.get(versionMapKey(o.id, a.recs[i].vkey))!.vid;
            if (provenance.has(vid)) return; // the first source of a version wins
            provenance.set(vid, { i: vid, v: o.version, c: sources.length });
          });
        }
      }
      if (p.flagUpdates.length) {
        // Rare (a new version of an object already in the collection): not prepared, so that a plan made while the
        // table was small (a hash join over all entries) is never kept.
        const u = p.flagUpdates;
        await c.query(
          'UPDATE entries e SET is_first = u.b & 1, is_last = (u.b >> 1) & 1, is_latest_spec = (u.b >> 2) & 1 FROM unnest($2::bigint[], $3::smallint[]) AS u(d, b) ' +
            'WHERE e.coll = $1 AND e.date_added = u.d',
          [seq, u.map((x) => x.dateAdded), flagBits(u)]);
      }
      const e = p.entries;
      const pvs = [...provenance.values()];
      await this.run(c, ADD_WRITE, [
        seq, p.lastDateAdded,
        lines(e.map((x) => String(x.dateAdded))), lines(e.map((x) => x.id)), lines(e.map((x) => x.type)), lines(e.map((x) => x.specVersion)),
        lines(e.map((x) => x.version)), lines(e.map((x) => x.versionKey)), lines(e.map((x) => String(x.vid))), lines(flagBits(e).map(String)),
        collectionId, at, pvs.map((x) => x.i), pvs.map((x) => x.v), pvs.map((x) => x.c),
        sources.map((x) => x.k), sources.map((x) => x.s), sources.map((x) => x.m),
        ...statusParams(groupStatuses(group, shares)),
      ]);
      await c.query('COMMIT');
      return { p, shares };
    });
    if (plan.p.flagUpdates.length) this.dropAhead(collectionId); // entries already read ahead changed
    this.noteInserted(plan.p.entries.length);
    return plan.shares.map((o) => rows.summarize(o));
  }

  /**
   * The group in one statement that is its own transaction (`liaison_add_new`, migrations 12, 13 and 14), when the
   * ids of its objects are distinct: each object is then added unless the collection already holds it or its version
   * is stored with other content, which the function finds under the same locks as the general path; it then writes
   * nothing, and this returns null for the general path. Each call's status is completed before the statement, from
   * the outcomes that path gives such a group (every object added, in order, with date_added from the first one the
   * function returns on), and written by it: committed before it answers. An SCO's version is its entry's
   * date_added (`planAdd`), so a group with SCOs is sent with the versions and entry keys of date_added from `now`
   * on, and the function adds it only if the collection's next date_added is `now` (else the general path).
   */
  private async addNew(seq: number, group: readonly QueuedAdd[], recs: readonly PreparedVersion[], keys: ReadonlyMap<string, number>): Promise<AddResult[] | null> {
    if (recs.length === 0) return null;
    const ids = new Set<string>();
    let scos = false;
    for (const r of recs) {
      if (ids.has(r.id)) return null;
      ids.add(r.id);
      if (r.versionText === null) scos = true;
    }
    const now = nowMicros();
    // Each object's version text and its entry's version key (an SCO's from its date_added, if the group gets `now` on).
    const versions = recs.map((r, i) => r.versionText ?? formatMicros(now + i));
    const entryKeys = scos ? lines(recs.map((r, i) => r.orderKey ?? (versionKey(versions[i]) as string))) : null;
    const collectionId = group[0].collectionId;
    const at = new Date().toISOString();
    // Each call's provenance once (by 1-based index) and the index for each of its objects ('' for none).
    const prov: string[] = [];
    const kinds: string[] = [];
    const sources: string[] = [];
    const markings: (string | null)[] = [];
    const shares: AddResult['outcomes'][] = [];
    for (const a of group) {
      const pv = a.options?.provenance;
      if (pv) {
        kinds.push(pv.kind);
        sources.push(pv.source);
        markings.push(pv.defaultMarking ?? null);
      }
      const index = pv ? String(kinds.length) : '';
      // dateAdded is filled in once the function has answered; a status holds no date_added.
      const outcomes: AddResult['outcomes'] = a.recs.map((r) => {
        prov.push(index);
        return { status: 'added', id: r.id, version: versions[prov.length - 1], dateAdded: 0 };
      });
      shares.push(outcomes);
    }
    const [row] = await this.txOwn((c) => this.run(c, ADD_NEW, [
      seq, now, lines(recs.map((r) => r.id)), lines(recs.map((r) => String(keys.get(r.id)))), lines(recs.map((r) => r.vkey)),
      lines(recs.map((r) => r.hash)), lines(recs.map((r) => r.json)), lines(recs.map((r) => r.type)), lines(recs.map((r) => r.specVersion)),
      lines(versions), lines(prov), kinds, sources, markings, collectionId, at,
      ...statusParams(groupStatuses(group, shares)), entryKeys, scos,
    ]));
    if (row?.[0] == null) return null;
    let dateAdded = Number(row[0]);
    for (const outcomes of shares) for (const o of outcomes) (o as { dateAdded: number }).dateAdded = dateAdded++;
    this.noteInserted(recs.length);
    return shares.map((o) => rows.summarize(o));
  }

  /**
   * Like `tx`, for a function that sends BEGIN and COMMIT itself (in the same messages as its first and last
   * statements): rolls back on any error and retries on serialization failures and deadlocks.
   */
  private async txOwn<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const c = await this.pool.connect();
      try {
        return await fn(c);
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        if (RETRYABLE.has(codeOf(e) ?? '') && attempt < MAX_ATTEMPTS) {
          await sleep(Math.random() * 5 * attempt);
          continue;
        }
        throw e;
      } finally {
        c.release();
      }
    }
  }

  /**
   * Runs a statement of the store's own as a named prepared statement (planned once per connection), with rows as
   * arrays of raw text (no per-row objects, no type parsing: the callers convert the few columns that are numbers).
   */
  private async run(db: Db, text: string, values: unknown[]): Promise<string[][]> {
    let name = this.prepared.get(text);
    if (name === undefined) {
      if (this.prepared.size >= 1000) this.prepared.clear(); // bounded; a cleared text gets a new name
      name = `liaison_${++this.preparedCount}`;
      this.prepared.set(text, name);
    }
    return (await db.query({ name, text, values, rowMode: 'array', types: RAW_TEXT })).rows as string[][];
  }

  private async select(collectionId: string, filter: ObjectFilter, page: PageRequest, withContent: boolean, rowsWanted: number): Promise<string[][]> {
    const w = whereEntries(await this.seqOf(collectionId), filter, page, { dialect: 'postgres' });
    if (w.params.some(hasNul)) return [];
    const sql = withContent
      ? `SELECT e.date_added, e.object_id, e.type, e.spec_version, e.version, o.json FROM entries e JOIN object_versions o ON o.vid = e.vid WHERE ${w.text} ORDER BY e.date_added LIMIT ?`
      : `SELECT e.date_added, e.object_id, e.type, e.spec_version, e.version FROM entries e WHERE ${w.text} ORDER BY e.date_added LIMIT ?`;
    const params = [...w.params, rowsWanted];
    // match[type] without match[id]: the best plan depends on the types (a rare one walks the entries_type index, a
    // common one the primary key), so the values go into the text (planned for them) instead of a generic plan.
    if (filter.types && !filter.ids) return (await this.pool.query({ text: inlined(sql, params), rowMode: 'array', types: RAW_TEXT })).rows as string[][];
    return this.run(this.pool, numbered(sql), params);
  }

  /**
   * One page of a query, read ahead (./read-ahead.ts): a continuation fetches `PREFETCH` pages, a first page
   * `FIRST_PREFETCH` (so that clients polling the same first page, or going on to the second, are served from memory).
   */
  private async page<T extends ManifestEntry>(collectionId: string, filter: ObjectFilter, page: PageRequest, withContent: boolean, map: (r: string[]) => T): Promise<Page<T>> {
    const limit = checkLimit(page.limit);
    const start = startOf(page.after, filter.addedAfter) ?? BEGINNING;
    const ahead = (withContent ? this.objectsAhead : this.manifestAhead) as ReadAhead<T>;
    let key: string | undefined;
    // Only well-formed starts use the blocks (`select` refuses the others with the shared builder's errors).
    const wellFormed = isTimeOrAbsent(filter.addedAfter) && isTimeOrAbsent(page.after?.dateAdded) && (!page.after || typeof page.after.id === 'string');
    if (limit < MAX_ROWS && wellFormed) {
      const { ids, types, versions, specVersions } = filter;
      key = `${collectionId}\u0000${JSON.stringify([ids, types, versions, specVersions])}`;
      const hit = ahead.get(key, start, limit);
      if (hit) return hit;
    }
    const fetch = key ? Math.min(MAX_ROWS, limit * (start === BEGINNING ? FIRST_PREFETCH : PREFETCH)) : limit;
    const items = (await this.select(collectionId, filter, page, withContent, fetch + 1)).map(map);
    if (key && items.length > limit + 1) ahead.put(key, collectionId, start, items.slice(0, fetch));
    return { items: items.length > limit ? items.slice(0, limit) : items, more: items.length > limit };
  }

  async listObjects(collectionId: string, filter: ObjectFilter, page: PageRequest): Promise<Page<StoredObject>> {
    return this.page(collectionId, filter, page, true, storedOf);
  }

  async listManifest(collectionId: string, filter: ObjectFilter, page: PageRequest): Promise<Page<ManifestEntry>> {
    return this.page(collectionId, filter, page, false, manifestOf);
  }

  async listVersions(collectionId: string, objectId: string, filter: Pick<ObjectFilter, 'addedAfter' | 'specVersions'>, page: PageRequest): Promise<Page<ManifestEntry>> {
    return this.listManifest(collectionId, { addedAfter: filter.addedAfter, specVersions: filter.specVersions, ids: [objectId], versions: { all: true } }, page);
  }

  async getObject(collectionId: string, objectId: string, filter: Omit<ObjectFilter, 'ids' | 'types'>, page: PageRequest): Promise<Page<StoredObject>> {
    return this.listObjects(collectionId, { ...filter, ids: [objectId] }, page);
  }

  async deleteObject(collectionId: string, objectId: string, request: DeleteRequest = {}): Promise<number> {
    const [removed] = await this.deleteObjects(collectionId, [{ id: objectId, request }]);
    return removed;
  }

  async deleteObjects(collectionId: string, items: readonly { id: string; request?: DeleteRequest }[]): Promise<number[]> {
    const seq = await this.seqOf(collectionId);
    const counts = await this.tx(async (c) => {
      // The collection lock also orders deletions with the writers' flag updates.
      await c.query('SELECT 1 FROM collections WHERE seq = $1 FOR UPDATE', [seq]);
      const out: number[] = [];
      for (const it of items) out.push(await this.removeVersions(c, seq, it.id, it.request ?? {}));
      return out;
    });
    if (counts.some((n) => n > 0)) this.dropAhead(collectionId);
    return counts;
  }

  /** The body of `deleteObject`, inside a transaction that holds the collection's lock. */
  private async removeVersions(c: pg.PoolClient, seq: number, objectId: string, request: DeleteRequest): Promise<number> {
    const w = whereEntries(seq, { ids: [objectId], versions: request.versions ?? { all: true }, specVersions: request.specVersions }, {}, { dialect: 'postgres', specDefault: 'any' });
    const victims = await this.q(c, numbered(`SELECT e.date_added, e.version FROM entries e WHERE ${w.text}`), w.params);
    if (victims.length === 0) return 0;
    const at = new Date().toISOString();
    await c.query('DELETE FROM entries WHERE coll = $1 AND date_added = ANY($2::bigint[])', [seq, victims.map((v) => v.date_added)]);
    await c.query(
      'INSERT INTO deletions (coll, object_id, version, date_added, deleted_at, actor) SELECT $1, $2, v, d, $5, $6 FROM unnest($3::text[], $4::bigint[]) AS u(v, d)',
      [seq, objectId, victims.map((v) => v.version), victims.map((v) => v.date_added), at, request.actor ?? null]);
    const rest = (await this.q(c,
      'SELECT e.date_added, e.version_key, e.spec_version, e.is_first, e.is_last, e.is_latest_spec FROM object_versions o JOIN entries e ON e.vid = o.vid AND e.coll = $1 ' +
        'WHERE o.id_key = $2 AND o.object_id = $3', [seq, idKey(objectId), objectId]))
      .map((r) => ({
        dateAdded: Number(r.date_added), versionKey: r.version_key as string, specVersion: r.spec_version as string,
        isFirst: r.is_first === 1, isLast: r.is_last === 1, isLatestSpec: r.is_latest_spec === 1,
      }));
    if (rest.length) {
      const changed = settleFlags(rest).map((f, i) => ({ ...f, dateAdded: rest[i].dateAdded, same: sameFlags(rest[i], f) })).filter((f) => !f.same);
      if (changed.length) {
        await c.query(
          'UPDATE entries e SET is_first = u.f, is_last = u.l, is_latest_spec = u.ls FROM unnest($2::bigint[], $3::smallint[], $4::smallint[], $5::smallint[]) AS u(d, f, l, ls) WHERE e.coll = $1 AND e.date_added = u.d',
          [seq, changed.map((f) => f.dateAdded), changed.map((f) => (f.isFirst ? 1 : 0)), changed.map((f) => (f.isLast ? 1 : 0)), changed.map((f) => (f.isLatestSpec ? 1 : 0))]);
      }
    }
    return victims.length;
  }

  private dropAhead(collectionId: string): void {
    this.objectsAhead.dropCollection(collectionId);
    this.manifestAhead.dropCollection(collectionId);
  }

  async listDeletions(collectionId: string, options: { afterSeq?: number; limit?: number } = {}): Promise<DeletionRecord[]> {
    const seq = await this.seqOf(collectionId);
    return (await this.q(this.pool,
      'SELECT d.*, c.id AS collection_id FROM deletions d JOIN collections c ON c.seq = d.coll WHERE d.coll = $1 AND d.seq > $2 ORDER BY d.seq LIMIT $3',
      [seq, options.afterSeq ?? 0, checkLimit(options.limit ?? 1000)])).map(rows.toDeletion);
  }

  async listConflicts(options: { collectionId?: string; afterId?: number; limit?: number } = {}): Promise<ConflictRecord[]> {
    const limit = checkLimit(options.limit ?? 1000);
    const rs = options.collectionId === undefined
      ? await this.q(this.pool, 'SELECT k.*, c.id AS collection_id FROM conflicts k JOIN collections c ON c.seq = k.coll WHERE k.id > $1 ORDER BY k.id LIMIT $2', [options.afterId ?? 0, limit])
      : await this.q(this.pool, 'SELECT k.*, c.id AS collection_id FROM conflicts k JOIN collections c ON c.seq = k.coll WHERE k.coll = $1 AND k.id > $2 ORDER BY k.id LIMIT $3',
        [await this.seqOf(options.collectionId), options.afterId ?? 0, limit]);
    return rs.map(rows.toConflict);
  }

  async countEntries(collectionId: string): Promise<number> {
    return Number((await this.one(this.pool, 'SELECT count(*) AS n FROM entries WHERE coll = $1', [await this.seqOf(collectionId)]))!.n);
  }

  // ------------------------------------------------------------ status resources

  private async putStatusOn(db: Db, status: StatusRecord): Promise<void> {
    const s = rows.withMinimumExpiry(status);
    await db.query(
      'INSERT INTO statuses (id, api_root, body, expires_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET api_root = excluded.api_root, body = excluded.body, expires_at = excluded.expires_at',
      [s.id, s.apiRoot, JSON.stringify(s), s.expiresAt]);
  }

  async putStatus(status: StatusRecord): Promise<void> {
    await this.putStatusOn(this.pool, status);
  }

  async getStatus(apiRoot: string, id: string, now = Date.now()): Promise<StatusRecord | null> {
    const r = await this.one(this.pool, 'SELECT body FROM statuses WHERE id = $1 AND api_root = $2 AND expires_at > $3', [id, apiRoot, now]);
    return r ? rows.toStatus(r) : null;
  }

  async purgeStatuses(now = Date.now()): Promise<number> {
    return (await this.pool.query('DELETE FROM statuses WHERE expires_at <= $1', [now])).rowCount ?? 0;
  }

  // ------------------------------------------------------------ users, keys, grants

  async createUser(user: UserRecord): Promise<void> {
    const r = await this.one(this.pool,
      'INSERT INTO users (name, password_hash, is_admin, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING name',
      [user.name, user.passwordHash, user.admin ? 1 : 0, user.createdAt]);
    if (!r) throw new LiaisonError('ALREADY_EXISTS', { what: `user ${user.name}` });
  }

  async getUser(name: string): Promise<UserRecord | null> {
    const r = await this.one(this.pool, 'SELECT * FROM users WHERE name = $1', [name]);
    return r ? rows.toUser(r) : null;
  }

  async listUsers(): Promise<UserRecord[]> {
    return (await this.q(this.pool, 'SELECT * FROM users ORDER BY name COLLATE "C"')).map(rows.toUser);
  }

  async updateUser(name: string, patch: Partial<Pick<UserRecord, 'passwordHash' | 'admin'>>): Promise<void> {
    const r = await this.one(this.pool,
      'UPDATE users SET password_hash = CASE WHEN $2 THEN $3 ELSE password_hash END, is_admin = coalesce($4, is_admin) WHERE name = $1 RETURNING name',
      [name, patch.passwordHash !== undefined, patch.passwordHash ?? null, patch.admin === undefined ? null : patch.admin ? 1 : 0]);
    if (!r) throw new LiaisonError('NOT_FOUND', { what: `user ${name}` });
  }

  async createApiKey(key: ApiKeyRecord): Promise<void> {
    await this.tx(async (c) => {
      if (!(await this.one(c, 'SELECT 1 FROM users WHERE name = $1', [key.user]))) throw new LiaisonError('NOT_FOUND', { what: `user ${key.user}` });
      const r = await this.one(c,
        'INSERT INTO api_keys (key_id, user_name, hash, label, created_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING key_id',
        [key.keyId, key.user, key.hash, key.label ?? null, key.createdAt, key.revokedAt]);
      if (!r) throw new LiaisonError('ALREADY_EXISTS', { what: `API key ${key.keyId}` });
    });
  }

  async getApiKey(keyId: string): Promise<ApiKeyRecord | null> {
    const r = await this.one(this.pool, 'SELECT * FROM api_keys WHERE key_id = $1', [keyId]);
    return r ? rows.toApiKey(r) : null;
  }

  async listApiKeys(user?: string): Promise<ApiKeyRecord[]> {
    const rs = user === undefined
      ? await this.q(this.pool, 'SELECT * FROM api_keys ORDER BY created_at, key_id COLLATE "C"')
      : await this.q(this.pool, 'SELECT * FROM api_keys WHERE user_name = $1 ORDER BY created_at, key_id COLLATE "C"', [user]);
    return rs.map(rows.toApiKey);
  }

  async revokeApiKey(keyId: string): Promise<ApiKeyRecord> {
    const r = await this.one(this.pool, 'UPDATE api_keys SET revoked_at = coalesce(revoked_at, $1) WHERE key_id = $2 RETURNING *', [new Date().toISOString(), keyId]);
    if (!r) throw new LiaisonError('NOT_FOUND', { what: `API key ${keyId}` });
    return rows.toApiKey(r);
  }

  async setGrant(grant: Grant): Promise<void> {
    await this.tx(async (c) => {
      if (!(await this.one(c, 'SELECT 1 FROM users WHERE name = $1', [grant.user]))) throw new LiaisonError('NOT_FOUND', { what: `user ${grant.user}` });
      if (!(await this.one(c, 'SELECT 1 FROM collections WHERE id = $1', [grant.collectionId]))) throw new LiaisonError('NOT_FOUND', { what: `collection ${grant.collectionId}` });
      if (!grant.read && !grant.write) {
        await c.query('DELETE FROM grants WHERE user_name = $1 AND collection_id = $2', [grant.user, grant.collectionId]);
        return;
      }
      await c.query(
        'INSERT INTO grants (user_name, collection_id, can_read, can_write) VALUES ($1, $2, $3, $4) ON CONFLICT (user_name, collection_id) DO UPDATE SET can_read = excluded.can_read, can_write = excluded.can_write',
        [grant.user, grant.collectionId, grant.read ? 1 : 0, grant.write ? 1 : 0]);
    });
  }

  async removeGrant(user: string, collectionId: string): Promise<boolean> {
    return ((await this.pool.query('DELETE FROM grants WHERE user_name = $1 AND collection_id = $2', [user, collectionId])).rowCount ?? 0) > 0;
  }

  async getGrant(user: string, collectionId: string): Promise<Grant | null> {
    const r = await this.one(this.pool, 'SELECT * FROM grants WHERE user_name = $1 AND collection_id = $2', [user, collectionId]);
    return r ? rows.toGrant(r) : null;
  }

  async listGrants(filter: { user?: string; collectionId?: string } = {}): Promise<Grant[]> {
    // Only the conditions given, so that a generic plan (see `connect`) still uses the primary key.
    const w = givenEquals([['user_name', filter.user], ['collection_id', filter.collectionId]]);
    return (await this.q(this.pool, `SELECT * FROM grants${w.text} ORDER BY user_name COLLATE "C", collection_id COLLATE "C"`, w.params)).map(rows.toGrant);
  }

  // ------------------------------------------------------------ exchange (./exchange.ts)

  putPartner(partner: PartnerRecord): Promise<void> { return this.exchange.putPartner(partner); }
  getPartner(name: string): Promise<PartnerRecord | null> { return this.exchange.getPartner(name); }
  getPartnerByLocalUser(user: string): Promise<PartnerRecord | null> { return this.exchange.getPartnerByLocalUser(user); }
  listPartners(): Promise<PartnerRecord[]> { return this.exchange.listPartners(); }
  removePartner(name: string): Promise<boolean> { return this.exchange.removePartner(name); }
  addAgreementVersion(a: AgreementVersion): Promise<void> { return this.exchange.addAgreementVersion(a); }
  getAgreement(partner: string, version?: number): Promise<AgreementVersion | null> { return this.exchange.getAgreement(partner, version); }
  listAgreementVersions(partner: string): Promise<AgreementVersion[]> { return this.exchange.listAgreementVersions(partner); }
  getCheckpoint(partner: string, collection: string, direction: SyncDirection): Promise<SyncCheckpoint | null> {
    return this.exchange.getCheckpoint(partner, collection, direction);
  }
  setCheckpoint(c: SyncCheckpoint): Promise<void> { return this.exchange.setCheckpoint(c); }
  listCheckpoints(partner?: string): Promise<SyncCheckpoint[]> { return this.exchange.listCheckpoints(partner); }
  getProvenance(versions: readonly { id: string; version: string }[]): Promise<ProvenanceRecord[]> { return this.exchange.getProvenance(versions); }
  recordDeliveries(list: readonly DeliveryRecord[]): Promise<void> { return this.exchange.recordDeliveries(list); }
  getDeliveries(partner: string, versions: readonly { id: string; version: string }[]): Promise<DeliveryRecord[]> { return this.exchange.getDeliveries(partner, versions); }
  startSyncRun(partner: string, startedAt: string): Promise<number> { return this.exchange.startSyncRun(partner, startedAt); }
  finishSyncRun(runId: number, r: { finishedAt: string; ok: boolean; summary: Record<string, unknown> }): Promise<void> {
    return this.exchange.finishSyncRun(runId, r);
  }
  listSyncRuns(o?: { partner?: string; limit?: number }): Promise<SyncRunRecord[]> { return this.exchange.listSyncRuns(o); }
  recordRefusals(list: readonly RefusalRecord[]): Promise<void> { return this.exchange.recordRefusals(list); }
  listRefusals(o?: { partner?: string; collection?: string; side?: RefusalRecord['side']; limit?: number }): Promise<RefusalRecord[]> {
    return this.exchange.listRefusals(o);
  }
}
