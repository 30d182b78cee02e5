/**
 * Sync benchmark (issue 5), two nodes on loopback sockets.
 * 1. Cold sync: node A holds 100,000 TLP:CLEAR indicators in a collection its agreement shares; node B pulls them all
 *    through the policy (objects/s, target ≥ 10,000). Twice: A in its own process (./sync-node.helpers.ts), as two
 *    organisations' nodes are, and both nodes in this one process (one thread does both sides' work). Besides the
 *    wall-clock rate, the CPU time each side spent (process.cpuUsage), which other load on the machine distorts less.
 * 2. Delay from a POST on A to the object's arrival on B under continuous sync (A pushes right after a write):
 *    median and p95 of 30 posts (target < 1 s).
 */
import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addPartner, setAgreement } from '../src/exchange/sync/partners.js';
import { parseAgreementOptions } from '../src/exchange/agreement.js';
import { agree, indicator, pair, removeDir, startTestNode } from '../src/exchange/sync/testing/nodes.js';
import type { StixObject } from '../src/store/store.js';

const N = Number(process.env.LIAISON_BENCH_SYNC_N ?? 100_000);

const cpuMs = (since?: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

/** CPU milliseconds of this thread (Linux: /proc/thread-self/schedstat, in ns), else of the process. */
function mainThreadMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1e6;
  } catch {
    return cpuMs();
  }
}

/** Cold pull from node A running in a child process (LIAISON_BENCH_SYNC_A_FLAGS: node flags for it, e.g. `--cpu-prof`). */
async function coldTwoProcesses(): Promise<void> {
  const child = spawn(process.execPath, [...(process.env.LIAISON_BENCH_SYNC_A_FLAGS ?? '').split(' ').filter(Boolean), '--import', 'tsx', fileURLToPath(new URL('./sync-node.helpers.ts', import.meta.url)), String(N)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const nextLine = async () => {
    const l = await lines.next();
    if (l.done) throw new Error('the node A process ended early');
    return JSON.parse(l.value) as Record<string, unknown>;
  };
  const b = await startTestNode('b', ['inbox']);
  try {
    const a = (await nextLine()) as { url: string; username: string; key: string };
    await addPartner(b.node.store, { name: 'a', url: a.url, username: a.username, key: a.key, relation: 'community' });
    await setAgreement(b.node.store, 'a', parseAgreementOptions({ inbound: 'inbox' }));
    child.stdin.write('cpu\n');
    const aCpu0 = (await nextLine()).cpuMs as number;
    const cpu0 = process.cpuUsage();
    const main0 = mainThreadMs();
    const t0 = performance.now();
    // Stage CPU, when the engine measures it (a baseline checkout's may not).
    const stagesOf = () => (b.node.exchange.engine as { stages?: Record<'validate' | 'lookup' | 'store' | 'checkpoint', number> }).stages;
    const stages0 = { ...stagesOf() };
    const r = await b.node.exchange.engine.syncPartner('a');
    const s = (performance.now() - t0) / 1000;
    const bCpu = cpuMs(cpu0);
    const bMain = mainThreadMs() - main0;
    const st = stagesOf();
    child.stdin.write('cpu\n');
    const aCpu = ((await nextLine()).cpuMs as number) - aCpu0;
    const got = await b.node.store.countEntries(b.coll.inbox);
    if (!r.ok || got !== N) throw new Error(`cold sync moved ${got}/${N}: ${JSON.stringify(r.error)}`);
    const us = (ms: number) => ((1000 * ms) / N).toFixed(1);
    console.log(`sync cold, A and B in two processes: ${N} objects pulled A→B in ${s.toFixed(2)} s = ${Math.round(N / s)} objects/s (target ≥ 10000); CPU: A (serving) ${(aCpu / 1000).toFixed(2)} s = ${us(aCpu)} µs/obj, B (pulling, all threads) ${(bCpu / 1000).toFixed(2)} s = ${us(bCpu)} µs/obj, of which B's event loop ${us(bMain)} µs/obj`);
    if (st) {
      const names = ['validate', 'lookup', 'store', 'checkpoint'] as const;
      const used = (k: (typeof names)[number]) => st[k] - (stages0[k] ?? 0);
      const staged = names.reduce((a, k) => a + used(k), 0);
      const share = names.map((k) => `${k} ${us(used(k))} µs/obj (${Math.round((100 * used(k)) / bCpu)}%)`).join(', ');
      console.log(`  B's CPU by stage (the event loop's CPU while in the stage; shares of B's CPU): ${share}; the rest of the event loop (HTTP, JSON, pipeline) ${us(bMain - staged)} µs/obj; other threads (pull worker, libuv) ${us(bCpu - bMain)} µs/obj`);
    }
  } finally {
    child.stdin.end();
    await new Promise((r) => child.once('exit', r));
    await b.close();
    removeDir(b.dir);
  }
}

/** Cold pull with both nodes in this process. */
async function cold(): Promise<void> {
  const a = await startTestNode('a', ['outbox', 'inbox']);
  const b = await startTestNode('b', ['outbox', 'inbox']);
  try {
    await pair(a, b, { bAtA: 'community', aAtB: 'community' });
    await agree(a, 'b', { share: ['outbox'], maxTlp: 'green' });
    await agree(b, 'a', { inbound: 'inbox' });
    for (let i = 0; i < N; i += 5000) {
      const batch: StixObject[] = [];
      for (let k = i; k < Math.min(N, i + 5000); k++) batch.push(indicator('clear', { name: `ioc ${k}` }) as StixObject);
      await a.node.store.addObjects(a.coll.outbox, batch, { provenance: { kind: 'user', source: 'bench' } });
    }
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const r = await b.node.exchange.engine.syncPartner('a');
    const s = (performance.now() - t0) / 1000;
    const cpu = cpuMs(cpu0);
    const got = await b.node.store.countEntries(b.coll.inbox);
    if (!r.ok || got !== N) throw new Error(`cold sync moved ${got}/${N}: ${JSON.stringify(r.error)}`);
    console.log(`sync cold, A and B in one process: ${N} objects pulled A→B in ${s.toFixed(2)} s = ${Math.round(N / s)} objects/s (target ≥ 10000); CPU (both sides) ${(cpu / 1000).toFixed(2)} s = ${Math.round(N / (cpu / 1000))} objects/CPU-s`);
  } finally {
    for (const n of [a, b]) {
      await n.close();
      removeDir(n.dir);
    }
  }
}

async function latency(): Promise<void> {
  const a = await startTestNode('a', ['outbox', 'inbox'], { sync: { intervalMs: 1000 } });
  const b = await startTestNode('b', ['outbox', 'inbox'], { sync: { intervalMs: 1000 } });
  try {
    await pair(a, b, { bAtA: 'community', aAtB: 'community' });
    await agree(b, 'a', { inbound: 'inbox' });
    await agree(a, 'b', { share: ['outbox'], maxTlp: 'green', pushTo: b.coll.inbox });
    const key = (await import('../src/auth/service.js')).addUser(a.node.store, 'poster');
    const token = (await key).token;
    await a.node.store.setGrant({ user: 'poster', collectionId: a.coll.outbox, read: true, write: true });
    const delays: number[] = [];
    for (let i = 0; i < 30; i++) {
      const o = indicator('green', {}, `indicator--${randomUUID()}`);
      const t0 = performance.now();
      const res = await fetch(`${a.url}/api/collections/${a.coll.outbox}/objects/`, {
        method: 'POST',
        headers: { Accept: 'application/taxii+json;version=2.1', 'Content-Type': 'application/taxii+json;version=2.1', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ objects: [o] }),
      });
      if (res.status !== 202) throw new Error(`POST ${res.status}`);
      for (;;) {
        const p = await b.node.store.getObject(b.coll.inbox, o.id as string, {}, { limit: 1 });
        if (p.items.length) break;
        if (performance.now() - t0 > 10_000) throw new Error('object did not arrive within 10 s');
        await new Promise((r) => setTimeout(r, 2));
      }
      delays.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50));
    }
    delays.sort((x, y) => x - y);
    const q = (f: number) => delays[Math.min(delays.length - 1, Math.floor(f * delays.length))];
    console.log(`sync delay POST on A → stored on B (continuous sync, push after write): median ${q(0.5).toFixed(0)} ms, p95 ${q(0.95).toFixed(0)} ms, max ${delays[delays.length - 1].toFixed(0)} ms over ${delays.length} posts (target < 1000 ms)`);
  } finally {
    for (const n of [a, b]) {
      await n.close();
      removeDir(n.dir);
    }
  }
}

export async function run(): Promise<void> {
  // LIAISON_BENCH_SYNC_PARTS=cold2,cold1,delay picks parts (default all).
  const parts = (process.env.LIAISON_BENCH_SYNC_PARTS ?? 'cold2,cold1,delay').split(',');
  if (parts.includes('cold2')) await coldTwoProcesses();
  if (parts.includes('cold1')) await cold();
  if (parts.includes('delay')) await latency();
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
