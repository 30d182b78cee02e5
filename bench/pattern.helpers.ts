/** Deterministic generators of indicators and observed-data for the pattern benchmark. */

import { prng } from './stix-data.helpers.js';

/** The seeded PRNG of the bench data, so every run measures the same data. */
export const rng = prng;

/** Hex digits as one flat string (as JSON.parse gives; concatenated ropes would make comparisons look slow). */
const hex = (r: () => number, n: number): string => {
  const bytes = Buffer.alloc(Math.ceil(n / 2));
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(r() * 256);
  return bytes.toString('hex').slice(0, n);
};

export interface Pools {
  hashes: string[];
  ips: string[];
  domains: string[];
  urls: string[];
}

export function pools(seed = 1): Pools {
  const r = rng(seed);
  return {
    hashes: Array.from({ length: 60_000 }, () => hex(r, 64)),
    ips: Array.from({ length: 30_000 }, () => `${10 + Math.floor(r() * 200)}.${Math.floor(r() * 256)}.${Math.floor(r() * 256)}.${Math.floor(r() * 256)}`),
    domains: Array.from({ length: 20_000 }, (_, i) => `host${i}.example-${Math.floor(r() * 500)}.com`),
    urls: Array.from({ length: 10_000 }, (_, i) => `http://site${i}.example.org/path/${hex(r, 8)}`),
  };
}

/** Indicator patterns of the kinds partners share: mostly atomic IOCs, some compound and some wildcard ones. */
export function patterns(count: number, p: Pools, seed = 2): string[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const x = r();
    if (x < 0.35) out.push(`[file:hashes.'SHA-256' = '${pick(p.hashes)}']`);
    else if (x < 0.55) out.push(`[ipv4-addr:value = '${pick(p.ips)}']`);
    else if (x < 0.6) out.push(`[ipv4-addr:value ISSUBSET '${pick(p.ips).replace(/\.\d+$/, '.0')}/24']`);
    else if (x < 0.75) out.push(`[domain-name:value = '${pick(p.domains)}']`);
    else if (x < 0.85) out.push(`[network-traffic:dst_ref.value = '${pick(p.ips)}' AND network-traffic:dst_port = 443]`);
    else if (x < 0.9) out.push(`[url:value = '${pick(p.urls)}' OR url:value = '${pick(p.urls)}']`);
    else if (x < 0.945) out.push(`[file:hashes.'SHA-256' = '${pick(p.hashes)}'] AND [domain-name:value = '${pick(p.domains)}']`);
    else if (x < 0.995) out.push(`([ipv4-addr:value = '${pick(p.ips)}'] FOLLOWEDBY [domain-name:value = '${pick(p.domains)}']) WITHIN 600 SECONDS`);
    else out.push(`[domain-name:value LIKE '%.example-${Math.floor(r() * 500)}.com']`);
  }
  return out;
}

/** A bundle of `count` observed-data (STIX 2.1), each with one to three SCOs, over one day. */
export function observedData(count: number, p: Pools, seed = 3): { type: 'bundle'; id: string; objects: object[] } {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const objects: object[] = [];
  const base = Date.UTC(2024, 5, 1);
  for (let i = 0; i < count; i++) {
    const suffix = String(i).padStart(12, '0');
    const refs: string[] = [];
    const add = (o: Record<string, unknown>): string => {
      const id = `${o.type as string}--00000000-0000-4000-8000-${suffix}`;
      objects.push({ id, spec_version: '2.1', ...o });
      refs.push(id);
      return id;
    };
    const x = r();
    if (x < 0.35) add({ type: 'file', name: `f${i}.bin`, hashes: { 'SHA-256': pick(p.hashes) } });
    else if (x < 0.6) add({ type: 'domain-name', value: pick(p.domains) });
    else if (x < 0.7) add({ type: 'url', value: pick(p.urls) });
    else {
      const ip = add({ type: 'ipv4-addr', value: pick(p.ips) });
      if (r() < 0.6) add({ type: 'network-traffic', dst_ref: ip, dst_port: r() < 0.5 ? 443 : 80, protocols: ['tcp'] });
    }
    const t = new Date(base + Math.floor(r() * 86_400_000)).toISOString();
    objects.push({
      type: 'observed-data', spec_version: '2.1', id: `observed-data--00000000-0000-4000-8000-${suffix}`,
      created: t, modified: t, first_observed: t, last_observed: t, number_observed: 1 + Math.floor(r() * 3), object_refs: refs,
    });
  }
  // Through JSON, as data arrives in practice.
  return JSON.parse(JSON.stringify({ type: 'bundle', id: 'bundle--00000000-0000-4000-8000-000000000000', objects }));
}
