/**
 * Store benchmark: ingest in `addObjects` batches of 100 and paged read-back (`listObjects`, pages of 100 and of
 * 1000, content included), in objects/s, on SQLite and (when LIAISON_TEST_PG is set) PostgreSQL. Each figure is the
 * median of several runs, each on a fresh collection. `npm run bench store` runs it alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../src/store/open.js';
import { makeIndicator } from '../src/store/testing/objects.js';
import type { Store } from '../src/store/store.js';
import type { PagePosition, StoreConfig } from '../src/store/types.js';

const OBJECTS = Number(process.env.BENCH_STORE_OBJECTS ?? 20_000);
const RUNS = Number(process.env.BENCH_STORE_RUNS ?? 5);
const BATCH = 100;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Concurrent batches in flight for the concurrent-ingest figure (as a server with several clients would have). */
const IN_FLIGHT = 8;

interface Figures { ingest: number; ingestCpuUs: number; ingestConcurrent: number; read100: number; read1000: number }

async function once(store: Store, run: number): Promise<Figures> {
  await store.createApiRoot({ name: `bench${run}`, title: 'bench', versions: [], maxContentLength: 1 << 26 });
  const c = await store.createCollection({ apiRoot: `bench${run}`, title: 'bench' });
  const c2 = await store.createCollection({ apiRoot: `bench${run}`, title: 'bench concurrent' });
  const objs = Array.from({ length: OBJECTS }, (_, i) => makeIndicator(run, i));
  let t = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < objs.length; i += BATCH) await store.addObjects(c.id, objs.slice(i, i + BATCH));
  const ingest = OBJECTS / ((performance.now() - t) / 1000);
  const cpu = process.cpuUsage(cpu0);
  const ingestCpuUs = (cpu.user + cpu.system) / OBJECTS;
  // The same objects into a second collection, IN_FLIGHT batches at a time (versions already on the node).
  const objs2 = Array.from({ length: OBJECTS }, (_, i) => makeIndicator(run + 1000, i));
  t = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
    while (next < objs2.length) {
      const i = next;
      next += BATCH;
      await store.addObjects(c2.id, objs2.slice(i, i + BATCH));
    }
  }));
  const ingestConcurrent = OBJECTS / ((performance.now() - t) / 1000);
  const read = async (limit: number) => {
    t = performance.now();
    let n = 0;
    let bytes = 0;
    let after: PagePosition | undefined;
    for (;;) {
      const p = await store.listObjects(c.id, {}, { after, limit });
      n += p.items.length;
      for (const o of p.items) bytes += o.json.length;
      if (!p.more) break;
      const last = p.items[p.items.length - 1];
      after = { dateAdded: last.dateAdded, id: last.id };
    }
    if (n !== OBJECTS || bytes === 0) throw new Error(`read back ${n} of ${OBJECTS}`);
    return n / ((performance.now() - t) / 1000);
  };
  return { ingest, ingestCpuUs, ingestConcurrent, read100: await read(100), read1000: await read(1000) };
}

async function bench(name: string, config: StoreConfig, cleanup: () => Promise<void>): Promise<void> {
  const store = await openStore(config);
  const rs: Figures[] = [];
  try {
    for (let r = 1; r <= RUNS; r++) rs.push(await once(store, r));
  } finally {
    await store.close();
    await cleanup();
  }
  const m = (k: keyof Figures) => fmt(median(rs.map((r) => r[k])));
  console.log(
    `${name.padEnd(9)} ingest, batches of ${BATCH} one at a time: ${m('ingest')} objects/s (${median(rs.map((r) => r.ingestCpuUs)).toFixed(1)} µs CPU/object in this process)\n` +
      `${''.padEnd(9)} ingest, ${IN_FLIGHT} batches in flight:      ${m('ingestConcurrent')} objects/s\n` +
      `${''.padEnd(9)} read-back, pages of 100:        ${m('read100')} objects/s; pages of 1000: ${m('read1000')} objects/s\n` +
      `${''.padEnd(9)} (medians of ${RUNS} runs of ${OBJECTS.toLocaleString('en-US')} indicators, ${rs.map((r) => fmt(r.ingest)).join(' / ')} ingest)`,
  );
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-bench-'));
  await bench('sqlite', { kind: 'sqlite', path: join(dir, 'bench.db') }, async () => undefined);
  // The same with synchronous=NORMAL (SIGKILL-safe, not power-loss-safe): what the fsync per commit costs.
  await bench('sqlite/N', { kind: 'sqlite', path: join(dir, 'bench-normal.db'), synchronous: 'NORMAL' }, async () => rmSync(dir, { recursive: true, force: true }));
  const url = process.env.LIAISON_TEST_PG;
  if (!url) {
    console.log('postgres   skipped: set LIAISON_TEST_PG to a postgres:// URL to measure it');
    return;
  }
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  await bench('postgres', { kind: 'postgres', url, schema }, async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
  });
}
