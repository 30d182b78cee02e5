/**
 * Pattern engine figures (issue 3): parse throughput, single comparison evaluation throughput, and a scan of
 * 10,000 indicators against 100,000 observed-data with peak RSS. Each figure is the median of several runs.
 */
import { parsePattern, ObservationSet, PatternIndex, type Observation as ObservationNode } from '../src/pattern/index.js';
import { compileComparison, observationMatches } from '../src/pattern/evaluate.js';
import { observedData, patterns, pools } from './pattern.helpers.js';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Seconds of CPU this process has used: on a shared, loaded machine a steadier clock than the wall. */
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

interface Rate {
  wall: number;
  cpu: number;
}

/** Runs `round` (which does `perRound` operations) for about a CPU second; operations per wall and CPU second. */
function rate(perRound: number, round: () => void): Rate {
  let n = 0;
  const w0 = performance.now();
  const c0 = cpu();
  while (cpu() - c0 < 1) {
    round();
    n += perRound;
  }
  return { wall: n / ((performance.now() - w0) / 1000), cpu: n / (cpu() - c0) };
}

const show = (rs: Rate[]): string => `${fmt(median(rs.map((r) => r.cpu)))}/s of CPU time (wall clock: ${fmt(median(rs.map((r) => r.wall)))}/s)`;

function comparisonThroughput(set: ObservationSet, hash: string): Rate {
  const leaf = compileComparison((parsePattern(`[file:hashes.'SHA-256' = '${hash}']`).expression as ObservationNode).comparison);
  const files = set.observations.filter((o) => o.roots.has('file')).slice(0, 1000);
  let hits = 0;
  const r = rate(files.length, () => {
    for (const o of files) if (observationMatches(leaf, o)) hits++;
  });
  if (hits < 0) console.log(hits);
  return r;
}

export async function run(): Promise<void> {
  const RUNS = Number(process.env.LIAISON_BENCH_RUNS ?? 5);
  const p = pools();
  const corpus = patterns(2000, p, 7);
  const avgLen = corpus.reduce((s, x) => s + x.length, 0) / corpus.length;

  const parse = Array.from({ length: RUNS }, () =>
    rate(corpus.length, () => {
      for (const p of corpus) parsePattern(p);
    }),
  );
  console.log(`parse: ${show(parse)} patterns, median of ${RUNS}; ${corpus.length} generated patterns, mean ${avgLen.toFixed(0)} chars; target >= 200,000/s`);

  const small = new ObservationSet(observedData(5000, p, 11));
  const evals = Array.from({ length: RUNS }, () => comparisonThroughput(small, p.hashes[0]));
  console.log(`comparison: ${show(evals)} evaluations, median of ${RUNS}; [file:hashes.'SHA-256' = '...'] against one observed-data; target >= 1,000,000/s`);

  const indicators = patterns(10_000, p, 2);
  const bundle = observedData(100_000, p, 3);
  const times: { prepare: number; index: number; scan: number; wall: number; hits: number }[] = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    const w0 = performance.now();
    const t0 = cpu();
    const set = new ObservationSet(bundle);
    const t1 = cpu();
    const index = new PatternIndex();
    indicators.forEach((pattern, j) => index.add({ id: `indicator-${j}`, pattern }));
    const t2 = cpu();
    const result = index.scan(set);
    const t3 = cpu();
    times.push({ prepare: t1 - t0, index: t2 - t1, scan: t3 - t2, wall: (performance.now() - w0) / 1000, hits: result.hits.length });
  }
  const total = median(times.map((t) => t.prepare + t.index + t.scan));
  const secs = (x: number): string => `${x.toFixed(2)} s`;
  console.log(
    `scan: 10,000 indicators x 100,000 observed-data in ${secs(total)} of CPU time (wall clock ${secs(median(times.map((t) => t.wall)))}), ` +
      `median of ${times.length}: prepare observations ${secs(median(times.map((t) => t.prepare)))}, ` +
      `index patterns ${secs(median(times.map((t) => t.index)))}, scan ${secs(median(times.map((t) => t.scan)))}; ` +
      `${fmt(times[0].hits)} indicators matched; target < 5 s`,
  );
  console.log(`peak RSS: ${fmt(process.resourceUsage().maxRSS / 1024)} MiB (whole benchmark process, including the generated data)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
