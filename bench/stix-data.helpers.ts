/**
 * Seeded generators of realistic STIX 2.1 content for benchmarks: a mix of SDOs, SROs and SCOs of typical size.
 * Deterministic for a given seed (mulberry32), so figures are comparable between runs.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { makeIndicator } from '../src/store/testing/objects.js';
import { once } from 'node:events';

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generator(seed: number): (i: number) => Record<string, unknown> {
  const rnd = prng(seed);
  const hex = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(rnd() * 16)];
    return s;
  };
  const uuid = (v: number) => `${hex(8)}-${hex(4)}-${v}${hex(3)}-${'89ab'[Math.floor(rnd() * 4)]}${hex(3)}-${hex(12)}`;
  const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima'];
  const text = (n: number) => Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(' ');
  const ts = () => new Date(Date.UTC(2015 + Math.floor(rnd() * 10), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28), Math.floor(rnd() * 24), Math.floor(rnd() * 60), Math.floor(rnd() * 60), Math.floor(rnd() * 1000))).toISOString();
  const identity = `identity--${uuid(4)}`;
  const common = (type: string) => {
    const created = ts();
    return { type, spec_version: '2.1', id: `${type}--${uuid(4)}`, created_by_ref: identity, created, modified: created, object_marking_refs: ['marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da'] };
  };
  const extRefs = () => [{ source_name: 'vendor-report', url: `https://example.com/report/${hex(6)}`, external_id: `VR-${Math.floor(rnd() * 10000)}` }];
  const makers: ((i: number) => Record<string, unknown>)[] = [
    () => ({ ...common('indicator'), name: text(3), description: text(20), indicator_types: ['malicious-activity'], pattern: `[ipv4-addr:value = '198.51.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 255)}']`, pattern_type: 'stix', valid_from: ts(), kill_chain_phases: [{ kill_chain_name: 'mitre-attack', phase_name: 'command-and-control' }], external_references: extRefs() }),
    () => ({ ...common('malware'), name: text(2), description: text(30), malware_types: ['remote-access-trojan'], is_family: true, aliases: [text(1), text(1)] }),
    () => ({ ...common('relationship'), relationship_type: 'indicates', source_ref: `indicator--${uuid(4)}`, target_ref: `malware--${uuid(4)}`, description: text(8) }),
    () => ({ ...common('attack-pattern'), name: text(3), description: text(40), kill_chain_phases: [{ kill_chain_name: 'mitre-attack', phase_name: 'execution' }], external_references: extRefs() }),
    () => ({ type: 'ipv4-addr', spec_version: '2.1', id: `ipv4-addr--${uuid(5)}`, value: `203.0.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 255)}` }),
    () => ({ type: 'domain-name', spec_version: '2.1', id: `domain-name--${uuid(5)}`, value: `${hex(8)}.example.net` }),
    () => ({ type: 'file', spec_version: '2.1', id: `file--${uuid(5)}`, name: `${hex(6)}.exe`, size: Math.floor(rnd() * 1e6), hashes: { MD5: hex(32), 'SHA-256': hex(64) } }),
    () => ({ ...common('identity'), name: text(2), identity_class: 'organization', sectors: ['technology'] }),
    () => ({ ...common('sighting'), sighting_of_ref: `indicator--${uuid(4)}`, count: Math.floor(rnd() * 100), where_sighted_refs: [identity], first_seen: '2020-01-01T00:00:00Z', last_seen: '2020-02-01T00:00:00Z' }),
    () => ({ ...common('report'), name: text(4), description: text(25), report_types: ['threat-report'], published: ts(), object_refs: [`indicator--${uuid(4)}`, `malware--${uuid(4)}`, `relationship--${uuid(4)}`] }),
  ];
  return (i) => makers[i % makers.length](i);
}

/** `n` generated objects. */
export function generateObjects(n: number, seed = 42): Record<string, unknown>[] {
  const make = generator(seed);
  return Array.from({ length: n }, (_, i) => make(i));
}

/** Writes a bundle of at least `bytes` bytes to `path`, streaming; returns the number of objects. */
export async function writeBundle(path: string, bytes: number, seed = 7): Promise<number> {
  const make = generator(seed);
  const out = createWriteStream(path);
  let size = 0, n = 0;
  const write = async (s: string) => {
    size += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  await write('{"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[\n');
  while (size < bytes) await write((n ? ',\n' : '') + JSON.stringify(make(n++)));
  await write('\n]}\n');
  out.end();
  await once(out, 'finish');
  return n;
}

/**
 * `makeIndicator(prefix, n)` with a random-looking (version 4 shaped) id, as STIX 2.1 recommends: ids in a sequence
 * would put every index insert at the end of its B-tree, which real data never does. Deterministic, so runs compare.
 */
export function indicatorWithRandomId(prefix: number, n: number): ReturnType<typeof makeIndicator> {
  const h = createHash('sha256').update(`liaison-bench-${prefix}-${n}`).digest('hex');
  return { ...makeIndicator(prefix, n), id: `indicator--${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}` };
}
