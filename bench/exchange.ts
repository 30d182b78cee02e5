/**
 * Throughput of the exchange's pure parts: the policy engine (objects/s decided and copied for one recipient) on
 * ATT&CK Mobile 17.1 and on generated marked objects, and the ledger over 100,000 transfer records. Medians of 5.
 */
import { readFileSync } from 'node:fs';
import { sharedFile } from '../test/helpers/shared.js';
import { TLP2 } from '../src/stix/markings.js';
import { applyPolicy, type PolicyContext } from '../src/exchange/policy/index.js';
import { computeLedger, type TransferRecord } from '../src/exchange/ledger.js';

const SELF = 'identity--11111111-1111-4111-8111-111111111111';
const PEER = 'identity--22222222-2222-4222-8222-222222222222';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Median wall-clock ms of `runs` runs after a warm-up; the CPU ms of the process in the same runs is kept in `cpu`. */
let cpu = 0;
function time(fn: () => void, runs = 5): number {
  fn(); // warm-up
  const ms: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpus.push((d.user + d.system) / 1000);
  }
  cpu = median(cpus);
  return median(ms);
}

/** The rate over wall-clock time and over CPU time (the two differ on a shared, loaded machine). */
function rate(n: number, ms: number): string {
  return `${Math.round(n / (ms / 1000))} objects/s wall, ${Math.round(n / (cpu / 1000))} per CPU-second`;
}

function generated(n: number): Record<string, unknown>[] {
  const levels = [TLP2.clear.id, TLP2.green.id, TLP2.amber.id, TLP2['amber+strict'].id, TLP2.red.id];
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const hex = i.toString(16).padStart(12, '0');
    out.push({
      type: 'indicator',
      spec_version: '2.1',
      id: `indicator--00000000-0000-4000-8000-${hex}`,
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      created_by_ref: i % 2 ? SELF : 'identity--33333333-3333-4333-8333-333333333333',
      name: `indicator ${i}`,
      description: 'observed in a phishing campaign against the energy sector',
      pattern: `[domain-name:value = 'host${i}.example']`,
      pattern_type: 'stix',
      valid_from: '2026-01-01T00:00:00Z',
      labels: ['phishing', 'energy'],
      external_references: [{ source_name: 'internal', url: `https://intranet.example/case/${i}` }],
      x_internal_score: i % 100,
      object_marking_refs: [levels[i % 3]],
      ...(i % 4 === 0 ? { granular_markings: [{ marking_ref: levels[(i >> 2) % 5], selectors: ['description', 'external_references.[0].url'] }] } : {}),
    });
  }
  return out;
}

export async function run(): Promise<void> {
  const ctx = (relation: 'community' | 'client'): PolicyContext => ({
    agreement: { maxTlp: 'amber', types: null, anonymize: true, strip: ['x_*'], defaultMarking: 'green' },
    recipient: { relation, identity: PEER },
    self: { identity: SELF, secret: 'bench' },
  });

  const attack = sharedFile('datasets/attack/mobile-attack-17.1.json');
  if (attack) {
    const objects = (JSON.parse(readFileSync(attack, 'utf8')) as { objects: Record<string, unknown>[] }).objects;
    let shared = 0;
    const ms = time(() => {
      shared = applyPolicy(objects, ctx('community'), () => ({ kind: 'own' })).shared.length;
    });
    console.log(`policy, ATT&CK Mobile 17.1 (${objects.length} objects, strip x_*, anonymise, to a community peer): ${rate(objects.length, ms)} (${ms.toFixed(0)} ms, ${shared} shared)`);
  } else console.log('policy on ATT&CK skipped: shared datasets not found (set LIAISON_SHARED)');

  const gen = generated(100_000);
  for (const relation of ['community', 'client'] as const) {
    let out = { shared: 0, refused: 0 };
    const ms = time(() => {
      const r = applyPolicy(gen, ctx(relation), (o) => (o.created_by_ref === SELF ? { kind: 'own' } : { kind: 'received', from: 'identity--44444444-4444-4444-8444-444444444444' }));
      out = { shared: r.shared.length, refused: r.refused.length };
    });
    console.log(
      `policy, 100,000 generated marked indicators (1 in 4 with granular markings), own and received, to a ${relation}: ${rate(gen.length, ms)} (${ms.toFixed(0)} ms, ${out.shared} shared, ${out.refused} refused)`,
    );
  }

  const transfers: TransferRecord[] = [];
  const types = ['indicator', 'malware', 'report', 'opinion'];
  for (let i = 0; i < 100_000; i++) {
    transfers.push({
      direction: i % 3 ? 'shared' : 'received',
      partner: i % 5 ? PEER : 'identity--55555555-5555-4555-8555-555555555555',
      objectId: `indicator--${i}`,
      type: types[i % 4],
      tlp: (['clear', 'green', 'amber'] as const)[i % 3],
      at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    });
  }
  const ms = time(() => computeLedger({ self: SELF, transfers, objects: [], until: new Date(Date.UTC(2027, 0, 1)) }));
  console.log(`ledger over 100,000 transfer records: ${ms.toFixed(0)} ms (${rate(100_000, ms).replace(/objects/g, 'records')})`);
}
