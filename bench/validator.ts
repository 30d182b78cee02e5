/**
 * Validator throughput (objects/s on one core) on the CAPEC bundle and on a generated 100,000-object bundle, and
 * the peak RSS of `liaison validate` streaming a generated 100 MB bundle (a child process). Medians of runs.
 * Targets (issue 2): ≥ 100,000 objects/s; peak RSS ≤ 300 MB.
 */
import { readFileSync, rmSync, mkdtempSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateStix } from '../src/validation.js';
import { generateObjects, writeBundle } from './stix-data.helpers.js';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Objects per second of CPU time (user+system of this process: the machine is shared, so wall time measures the
 * neighbours too) and per second of wall time, for each run after a full warm-up pass.
 */
function throughput(objects: unknown[], runs: number): { cpu: number[]; wall: number[] } {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < objects.length; i++) validateStix(objects[i], { path: `/objects/${i}` }); // warm-up (JIT)
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < objects.length; i++) validateStix(objects[i], { path: `/objects/${i}` });
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    cpu.push(objects.length / ((c.user + c.system) / 1e6));
    wall.push(objects.length / s);
  }
  return { cpu, wall };
}

const report = (what: string, r: { cpu: number[]; wall: number[] }): string =>
  `${what}: median ${fmt(median(r.cpu))} objects/s of CPU time (runs: ${r.cpu.map(fmt).join(', ')}); ` +
  `wall-clock median ${fmt(median(r.wall))} objects/s`;

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

export async function run(): Promise<void> {
  const shared = process.env.LIAISON_SHARED ?? fileURLToPath(new URL('../../shared', import.meta.url));
  const capecPath = [join(shared, 'datasets/capec/capec-2.1-merged.json'), '/work/shared/datasets/capec/capec-2.1-merged.json'].find((p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  });
  if (capecPath) {
    const capec = (JSON.parse(readFileSync(capecPath, 'utf8')) as { objects: unknown[] }).objects;
    console.log(report(`validate CAPEC (${capec.length} objects)`, throughput(capec, 7)));
  } else console.log('validate CAPEC: skipped (shared/datasets not found; set LIAISON_SHARED)');

  const gen = generateObjects(100_000);
  console.log(report('validate generated 100,000 objects', throughput(gen, 5)));

  const dir = mkdtempSync(join(tmpdir(), 'liaison-bench-'));
  try {
    const file = join(dir, 'bundle-100mb.json');
    const n = await writeBundle(file, 100 * 1024 * 1024);
    const size = statSync(file).size;
    const wrapper = fileURLToPath(new URL('./rss-wrapper.helpers.ts', import.meta.url));
    const rss: number[] = [];
    const secs: number[] = [];
    for (let r = 0; r < 3; r++) {
      const res = spawnSync(process.execPath, ['--import', 'tsx', wrapper, 'validate', file], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const m = /MAXRSS_KB (\d+)/.exec(res.stderr);
      const cpu = /CPU_S ([0-9.]+)/.exec(res.stderr);
      if (res.status !== 0 || !m || !cpu) throw new Error(`liaison validate failed (${res.status}): ${res.stderr.slice(0, 500)}`);
      rss.push(Number(m[1]) / 1024);
      secs.push(Number(cpu[1]));
    }
    console.log(
      `liaison validate ${(size / 1048576).toFixed(0)} MB bundle (${fmt(n)} objects, streaming): peak RSS median ${median(rss).toFixed(0)} MB ` +
        `(runs: ${rss.map((x) => x.toFixed(0)).join(', ')}); CPU median ${median(secs).toFixed(1)} s = ${fmt(n / median(secs))} objects/s end to end (read, split, parse, validate)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
