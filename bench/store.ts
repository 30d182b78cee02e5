/**
 * Store benchmark: ingest in `addObjects` batches of 100 and paged read-back (`listObjects`, pages of 100 and of
 * 1000, content included; `listManifest`, pages of 100), in objects/s, on SQLite and (when LIAISON_TEST_PG is set)
 * PostgreSQL. Each figure is the median of several runs, each on a fresh collection. `npm run bench store` runs it
 * alone; `BENCH_STORE_BACKENDS=postgres` measures one backend only.
 *
 * The machine is shared, so wall-clock rates move with other people's load: next to them the benchmark prints CPU
 * time per object, in this process (process.cpuUsage) and, for PostgreSQL, in the server processes serving this
 * database (utime + stime from /proc/<pid>/stat of the backends pg_stat_activity lists; Linux only), which stay
 * comparable between runs. On SQLite it also prints the WAL written per object stored (frames of 4 KiB): a figure
 * that load does not move, and that shows what each index keyed by random values costs as the database grows
 * (each run adds to the same database). Object ids are random-looking version 4 UUIDs, as real ones are: ids in a
 * sequence would put every index insert at the end of its B-tree.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../src/store/open.js';
import { indicatorWithRandomId } from './stix-data.helpers.js';
import type { Store } from '../src/store/store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { PagePosition, StoreConfig } from '../src/store/types.js';

const OBJECTS = Number(process.env.BENCH_STORE_OBJECTS ?? 20_000);
const RUNS = Number(process.env.BENCH_STORE_RUNS ?? 5);
const BACKENDS = (process.env.BENCH_STORE_BACKENDS ?? 'sqlite,postgres').split(',');
const BATCH = 100;
const TICK_US = 10_000; // USER_HZ = 100 on Linux

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Concurrent batches in flight for the concurrent-ingest figure (as a server with several clients would have). */
const IN_FLIGHT = 8;

/**
 * Counts the WAL bytes an SQLite store writes while `fn` runs: automatic checkpoints are off meanwhile, so the WAL
 * file only grows (SQLite restarts it only after a checkpoint), and it is checkpointed afterwards. null elsewhere.
 */
async function walBytesOf(store: Store, fn: () => Promise<void>): Promise<number | null> {
  if (!(store instanceof SqliteStore) || store.db.name === ':memory:') {
    await fn();
    return null;
  }
  const wal = `${store.db.name}-wal`;
  const size = () => {
    try {
      return statSync(wal).size;
    } catch {
      return 0;
    }
  };
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.db.pragma('wal_autocheckpoint = 0');
  const before = size();
  try {
    await fn();
    return size() - before;
  } finally {
    store.db.pragma('wal_autocheckpoint = 1000');
    store.db.pragma('wal_checkpoint(TRUNCATE)');
  }
}

/** CPU time (µs) spent so far by the server processes of one database; 0 when unknown (SQLite, no /proc). */
type ServerCpu = () => Promise<Map<number, number>>;

function serverCpuOf(client: pg.Client | undefined): ServerCpu {
  return async () => {
    const m = new Map<number, number>();
    if (!client) return m;
    const r = await client.query(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
    );
    for (const { pid } of r.rows as { pid: number }[]) {
      try {
        const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        m.set(pid, (Number(f[11]) + Number(f[12])) * TICK_US);
      } catch { /* gone or not readable */ }
    }
    return m;
  };
}

/**
 * Waits (at most 30 s) until no other statement runs on the database, such as the ANALYZE the PostgreSQL store starts
 * in the background after a bulk load, so that the read figures measure reading only.
 */
async function settleOf(client: pg.Client | undefined): Promise<void> {
  for (let i = 0; client && i < 300; i++) {
    const r = await client.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'",
    );
    if (r.rows[0].n === 0) return;
    await new Promise((res) => setTimeout(res, 100));
  }
}

/** Measures `fn`: wall time, this process's CPU and the server's, per object. */
async function measure(n: number, serverCpu: ServerCpu, fn: () => Promise<void>, store?: Store): Promise<Figure> {
  const s0 = await serverCpu();
  const c0 = process.cpuUsage();
  const t = performance.now();
  const wal = store ? await walBytesOf(store, fn) : (await fn(), null);
  const wall = performance.now() - t;
  const c = process.cpuUsage(c0);
  const s1 = await serverCpu();
  let server = 0;
  for (const [pid, us] of s1) server += us - (s0.get(pid) ?? 0);
  return { rate: n / (wall / 1000), cpuUs: (c.user + c.system) / n, serverUs: server / n, ...(wal !== null && { walBytes: wal / n }) };
}

interface Figure { rate: number; cpuUs: number; serverUs: number; walBytes?: number }
interface Figures { ingest: Figure; ingestConcurrent: Figure; read100: Figure; read1000: Figure; manifest100: Figure }

async function once(store: Store, run: number, serverCpu: ServerCpu, settle: () => Promise<void>): Promise<Figures> {
  await store.createApiRoot({ name: `bench${run}`, title: 'bench', versions: [], maxContentLength: 1 << 26 });
  const c = await store.createCollection({ apiRoot: `bench${run}`, title: 'bench' });
  const c2 = await store.createCollection({ apiRoot: `bench${run}`, title: 'bench concurrent' });
  const objs = Array.from({ length: OBJECTS }, (_, i) => indicatorWithRandomId(run, i));
  const ingest = await measure(OBJECTS, serverCpu, async () => {
    for (let i = 0; i < objs.length; i += BATCH) await store.addObjects(c.id, objs.slice(i, i + BATCH));
  }, store);
  // Other objects into a second collection, IN_FLIGHT batches at a time.
  const objs2 = Array.from({ length: OBJECTS }, (_, i) => indicatorWithRandomId(run + 1000, i));
  const ingestConcurrent = await measure(OBJECTS, serverCpu, async () => {
    let next = 0;
    await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
      while (next < objs2.length) {
        const i = next;
        next += BATCH;
        await store.addObjects(c2.id, objs2.slice(i, i + BATCH));
      }
    }));
  }, store);
  await settle();
  const read = (limit: number, content: boolean) => measure(OBJECTS, serverCpu, async () => {
    let n = 0;
    let bytes = 0;
    let after: PagePosition | undefined;
    for (;;) {
      const p = content ? await store.listObjects(c.id, {}, { after, limit }) : await store.listManifest(c.id, {}, { after, limit });
      n += p.items.length;
      for (const o of p.items) bytes += 'json' in o ? (o.json as string).length : o.version.length;
      if (!p.more) break;
      const last = p.items[p.items.length - 1];
      after = { dateAdded: last.dateAdded, id: last.id };
    }
    if (n !== OBJECTS || bytes === 0) throw new Error(`read back ${n} of ${OBJECTS}`);
  });
  return { ingest, ingestConcurrent, read100: await read(100, true), read1000: await read(1000, true), manifest100: await read(100, false) };
}

async function bench(name: string, config: StoreConfig, cleanup: () => Promise<void>, serverClient?: pg.Client): Promise<void> {
  const store = await openStore(config);
  const rs: Figures[] = [];
  const serverCpu = serverCpuOf(serverClient);
  try {
    for (let r = 1; r <= RUNS; r++) rs.push(await once(store, r, serverCpu, () => settleOf(serverClient)));
  } finally {
    await store.close();
    await cleanup();
  }
  const line = (k: keyof Figures, what: string) => {
    const cpu = median(rs.map((r) => r[k].cpuUs)).toFixed(1);
    const server = serverClient ? `, server ${median(rs.map((r) => r[k].serverUs)).toFixed(1)}` : '';
    // Per run, in order: the database grows by 2 x OBJECTS each run.
    const wal = rs[0][k].walBytes !== undefined ? `; WAL bytes/object by run: ${rs.map((r) => fmt(r[k].walBytes ?? 0)).join(' / ')}` : '';
    return `${''.padEnd(9)} ${what.padEnd(34)} ${fmt(median(rs.map((r) => r[k].rate))).padStart(9)} objects/s  (CPU µs/object: client ${cpu}${server}${wal})\n`;
  };
  console.log(
    `${name}\n` +
      line('ingest', `ingest, batches of ${BATCH} one at a time`) +
      line('ingestConcurrent', `ingest, ${IN_FLIGHT} batches in flight`) +
      line('read100', 'read-back objects, pages of 100') +
      line('read1000', 'read-back objects, pages of 1000') +
      line('manifest100', 'read-back manifest, pages of 100') +
      `${''.padEnd(9)} (medians of ${RUNS} runs of ${OBJECTS.toLocaleString('en-US')} indicators; ingest runs ${rs.map((r) => fmt(r.ingest.rate)).join(' / ')})`,
  );
}

export async function run(): Promise<void> {
  if (BACKENDS.includes('sqlite')) {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-bench-'));
    await bench('sqlite', { kind: 'sqlite', path: join(dir, 'bench.db') }, async () => undefined);
    // The same with synchronous=NORMAL (SIGKILL-safe, not power-loss-safe): what the fsync per commit costs.
    await bench('sqlite/N', { kind: 'sqlite', path: join(dir, 'bench-normal.db'), synchronous: 'NORMAL' }, async () => rmSync(dir, { recursive: true, force: true }));
  }
  if (!BACKENDS.includes('postgres')) return;
  const url = process.env.LIAISON_TEST_PG;
  if (!url) {
    console.log('postgres   skipped: set LIAISON_TEST_PG to a postgres:// URL to measure it');
    return;
  }
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await bench('postgres', { kind: 'postgres', url, schema }, async () => {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }, admin);
  } finally {
    await admin.end();
  }
}
