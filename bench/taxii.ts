/**
 * TAXII server throughput and latency on a real socket, on each backend (SQLite; PostgreSQL when
 * LIAISON_TEST_PG is set): ingest (POST envelopes of 100 objects), read-back (GET pages of 100 following `next`)
 * in objects/s, and the latency (p50/p99) of small requests with 32 concurrent clients. The server is
 * `liaison serve`, compiled as `npm ci` compiles it, in a child process of its own (taxii-server.helpers.ts: request
 * logs on, rate limits on); the clients use node:http with keep-alive connections in this process (http-client.helpers.ts). Both share the machine's cores, so each
 * figure also gives the server's CPU time (from /proc) per object or per request, which a busy machine distorts
 * less. LIAISON_BENCH_ROOT=<checkout> runs another checkout's server under the same clients (a same-run baseline);
 * LIAISON_BENCH_BACKEND=sqlite|postgres runs one backend; LIAISON_BENCH_WRITERS=N posts from N clients (default 16), LIAISON_BENCH_ROUNDS=N measures N rounds of LIAISON_BENCH_OBJECTS (default 5 of 20,000) and gives their median; LIAISON_BENCH_SERVER_FLAGS passes node flags to the
 * server (`--cpu-prof --cpu-prof-dir=DIR` to profile it).
 * Before the measured ingest the server takes LIAISON_BENCH_WARMUP objects (default 10,000) into another collection,
 * unmeasured: a node that has run a while has compiled its hot code, and a run of 20,000 objects (about one second)
 * otherwise measures mostly the JIT's warm-up (server CPU about 90 µs/obj in the first 20,000 objects, 63 after).
 * LIAISON_BENCH_WARMUP=0 measures a cold server.
 * Targets on the 2-core reference machine: ingest ≥ 20,000 obj/s, read-back ≥ 50,000 obj/s, p99 < 50 ms.
 */
import { indicatorWithRandomId } from './stix-data.helpers.js';
import { startBenchServer } from './taxii-server.helpers.js';
import { benchClient } from './http-client.helpers.js';

const TAXII = 'application/taxii+json;version=2.1';
const OBJECTS = Number(process.env.LIAISON_BENCH_OBJECTS ?? 20_000);
const ENVELOPE = 100;
/**
 * Clients posting at once, each waiting for its status before it sends its next envelope (a closed loop), so the
 * figure is the server's only where the clients keep it busy. With 4 they did not: timed inside the server
 * (session 12, SQLite, 4 clients), the writer thread applied a batch in 3.4 ms and then waited 3.2 ms (median) for
 * the next, busy 48% of the time, while every client's next envelope was still on its way (a status waits for the
 * WAL's flush, then the response, the client and the next body's parsing). 16 clients keep the server busy; a node
 * that partners post to is not limited to 4 either. LIAISON_BENCH_WRITERS=4 measures the earlier setting.
 */
const WRITERS = Number(process.env.LIAISON_BENCH_WRITERS ?? 16);
/**
 * Measured ingest rounds of OBJECTS each, into the same collection; the figure is their median, with the slowest and
 * fastest beside it: one round of about a second swings by ±15% from run to run on this machine.
 */
const ROUNDS = Number(process.env.LIAISON_BENCH_ROUNDS ?? 5);
const READERS = 4;
const CLIENTS = 32;
const LATENCY_MS = Number(process.env.LIAISON_BENCH_LATENCY_MS ?? 5_000);
const WARMUP = Number(process.env.LIAISON_BENCH_WARMUP ?? 10_000);

/** Seeds of the posted indicators' ids: the measured ones, and the warm-up's (other ids). */
const MEASURED_SEED = 42;
const WARMUP_SEED = 7;

/** The n-th measured indicator. */
const indicatorAt = (n: number) => indicatorWithRandomId(MEASURED_SEED, n);

/**
 * Envelopes of ENVELOPE indicators, `count` in all, encoded once before they are sent (the clients share the cores
 * with the server they measure: encoding each body again per request was their work, not the server's).
 */
function envelopes(count: number, seed: number, first = 0): Buffer[] {
  const bodies: Buffer[] = [];
  for (let i = 0; i < count; i += ENVELOPE) {
    bodies.push(Buffer.from(JSON.stringify({ objects: Array.from({ length: Math.min(ENVELOPE, count - i) }, (_, k) => indicatorWithRandomId(seed, first + i + k)) })));
  }
  return bodies;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function runOn(backend: 'sqlite' | 'postgres', pgUrl?: string): Promise<void> {
  const server = await startBenchServer(backend, pgUrl);
  const headers = { Accept: TAXII, 'Content-Type': TAXII, Authorization: `Bearer ${server.key}` };
  const send = benchClient(CLIENTS);
  const objectsOf = (collection: string) => `${server.url}/api/collections/${collection}/objects/`;
  const objects = objectsOf(server.collection);
  try {
    // ingest: WRITERS clients POST envelopes of 100 until OBJECTS are in (after the unmeasured warm-up)
    const post = async (collection: string, bodies: Buffer[]): Promise<number> => {
      let nextBody = 0;
      let stored = 0;
      await Promise.all(
        Array.from({ length: WRITERS }, async () => {
          while (nextBody < bodies.length) {
            const body = bodies[nextBody++];
            const r = await send('POST', objectsOf(collection), headers, body);
            const st = JSON.parse(r.text) as { success_count: number };
            stored += st.success_count;
          }
        }),
      );
      return stored;
    };
    if (WARMUP > 0) await post(server.warmUpCollection, envelopes(WARMUP, WARMUP_SEED));
    const rounds = Array.from({ length: ROUNDS }, (_, round) => envelopes(OBJECTS, MEASURED_SEED, round * OBJECTS));
    const client0 = process.cpuUsage();
    const c0 = server.cpuSeconds();
    const m0 = server.mainThreadCpuSeconds();
    const threads0 = server.threadCpuSeconds();
    const d0 = await server.dbCpuSeconds();
    const w0 = await server.walBytes();
    const rates: number[] = [];
    for (const bodies of rounds) {
      const t0 = performance.now();
      const stored = await post(server.collection, bodies);
      rates.push(OBJECTS / ((performance.now() - t0) / 1000));
      if (stored !== OBJECTS) throw new Error(`stored ${stored} of ${OBJECTS}`);
    }
    // CPU over every round.
    const ingested = OBJECTS * ROUNDS;
    const ingestCpu = server.cpuSeconds() - c0;
    const clientCpu = process.cpuUsage(client0);
    const ingestMain = server.mainThreadCpuSeconds() - m0;
    // The busiest thread besides the main one: SQLite's writer thread (src/store/sqlite/writer.ts) where there is one.
    let ingestBusiest = 0;
    for (const [tid, cpu] of server.threadCpuSeconds()) if (tid !== server.pid) ingestBusiest = Math.max(ingestBusiest, cpu - (threads0.get(tid) ?? 0));
    const ingestDb = (await server.dbCpuSeconds()) - d0;
    const ingestWal = (await server.walBytes()) - w0;
    rates.sort((a, b) => a - b);

    // read-back: READERS clients each page through the whole collection by next, pages of 100
    const c1 = server.cpuSeconds();
    const d1 = await server.dbCpuSeconds();
    const t1 = performance.now();
    const counts = await Promise.all(
      Array.from({ length: READERS }, async () => {
        let n = 0;
        let next: string | undefined;
        do {
          const r = await send('GET', `${objects}?limit=100${next ? `&next=${next}` : ''}`, headers);
          const env = JSON.parse(r.text) as { objects?: unknown[]; next?: string };
          n += env.objects?.length ?? 0;
          next = env.next;
        } while (next);
        return n;
      }),
    );
    const readS = (performance.now() - t1) / 1000;
    const readCpu = server.cpuSeconds() - c1;
    const readDb = (await server.dbCpuSeconds()) - d1;
    const read = counts.reduce((a, b) => a + b, 0);
    if (read !== ingested * READERS) throw new Error(`read ${read}, expected ${ingested * READERS}`);

    // latency: CLIENTS concurrent clients, small requests (one object by id; a manifest page of 1; the collection)
    const ids = Array.from({ length: 1000 }, (_, i) => indicatorAt((i * 7919) % OBJECTS).id);
    const small = [
      (i: number) => `${objects}${ids[i % ids.length]}/`,
      () => `${server.url}/api/collections/${server.collection}/manifest/?limit=1`,
      () => `${server.url}/api/collections/${server.collection}/`,
    ];
    const lat: number[] = [];
    const c2 = server.cpuSeconds();
    const d2 = await server.dbCpuSeconds();
    const end = performance.now() + LATENCY_MS;
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        let i = c;
        while (performance.now() < end) {
          const s = performance.now();
          const r = await send('GET', small[i % small.length](i), headers);
          if (r.status !== 200) throw new Error(`status ${r.status}`);
          lat.push(performance.now() - s);
          i += CLIENTS;
        }
      }),
    );
    const smallCpu = server.cpuSeconds() - c2;
    const smallDb = (await server.dbCpuSeconds()) - d2;
    lat.sort((a, b) => a - b);
    const us0 = (s: number, n: number) => `${Math.round((s * 1e6) / n)} µs`;
    const obj = (rate: number) => Math.round(rate).toLocaleString('en');
    const pgOn = backend === 'postgres';
    // The PostgreSQL backends' CPU next to the server's (node + postgres), where the store is PostgreSQL.
    const us = (s: number, n: number, db = 0) => (pgOn ? `${us0(s, n)} + postgres ${us0(db, n)}` : us0(s, n));
    console.log(
      `${backend.padEnd(8)} ingest ${obj(rates[Math.floor(rates.length / 2)])} obj/s (median of ${ROUNDS} rounds of ${OBJECTS} objects, slowest ${obj(rates[0])}, fastest ${obj(rates[rates.length - 1])}; envelopes of ${ENVELOPE}, ${WRITERS} writers, after a warm-up of ${WARMUP}; server CPU ${us(ingestCpu, ingested, ingestDb)}/obj, main thread ${us0(ingestMain, ingested)}, busiest other thread ${us0(ingestBusiest, ingested)};${pgOn ? ` WAL ${Math.round(ingestWal / ingested).toLocaleString('en')} B/obj;` : ''} clients ${us0((clientCpu.user + clientCpu.system) / 1e6, ingested)})` +
        ` | read-back ${obj(read / readS)} obj/s (pages of 100, ${READERS} readers; server CPU ${us(readCpu, read, readDb)}/obj)` +
        ` | small requests, ${CLIENTS} clients: p50 ${pct(lat, 50).toFixed(1)} ms, p99 ${pct(lat, 99).toFixed(1)} ms, ${Math.round(lat.length / (LATENCY_MS / 1000))} req/s (server CPU ${us(smallCpu, lat.length, smallDb)}/req)`,
    );
  } finally {
    await server.stop();
  }
}

export async function run(): Promise<void> {
  const only = process.env.LIAISON_BENCH_BACKEND;
  if (only !== 'postgres') await runOn('sqlite');
  if (only === 'sqlite') return;
  if (process.env.LIAISON_TEST_PG) await runOn('postgres', process.env.LIAISON_TEST_PG);
  else console.log('(PostgreSQL skipped: set LIAISON_TEST_PG to a postgres:// URL)');
}
