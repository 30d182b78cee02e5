/**
 * @module Test and benchmark helpers: Liaison nodes in this process on real loopback sockets (each its own SQLite
 * data folder), made partners of each other, and STIX objects with TLP markings.
 */
import { after } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startNode, type RunningNode } from '../../../node/node.js';
import { addUser } from '../../../auth/service.js';
import { TLP2, type TlpLevel } from '../../../stix/markings.js';
import { addPartner, setAgreement } from '../partners.js';
import { parseAgreementOptions } from '../../agreement.js';

export interface TestNode {
  name: string;
  dir: string;
  url: string;
  node: RunningNode;
  /** Collection ids by alias. */
  coll: Record<string, string>;
  close(): Promise<void>;
}

/** Starts a node on 127.0.0.1 (random port) with the given collections (aliases). */
export async function startTestNode(name: string, aliases: string[], options: { sync?: { intervalMs: number }; dir?: string } = {}): Promise<TestNode> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), `liaison-${name}-`));
  const node = await startNode({ kind: 'sqlite', path: join(dir, 'liaison.db') }, { create: true, rateLimit: 0, ...(options.sync && { sync: options.sync }) });
  const address = await node.app.listen({ host: '127.0.0.1', port: 0 });
  const coll: Record<string, string> = {};
  for (const a of aliases) {
    const c = (await node.store.getCollection(a)) ?? (await node.store.createCollection({ apiRoot: 'api', title: `${name} ${a}`, alias: a }));
    coll[a] = c.id;
  }
  return {
    name, dir, url: address, node, coll,
    async close() {
      await node.close();
    },
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The test nodes of one test file: each node pushed onto the list is closed, and its folder removed, after the file's tests. */
export function nodesOfFile(): TestNode[] {
  const nodes: TestNode[] = [];
  after(async () => {
    for (const n of nodes) {
      await n.close();
      removeDir(n.dir);
    }
  });
  return nodes;
}

/**
 * Makes `a` and `b` partners: each gets a local user for the other and a partner record with the other's key.
 * `relationOfBtoA` is how `a` sees `b` (its relation in a's TLP decisions), and vice versa.
 */
export async function pair(a: TestNode, b: TestNode, relations: { bAtA: string; aAtB: string }): Promise<void> {
  const userForB = `${b.name}-peer`;
  const userForA = `${a.name}-peer`;
  const keyOfBAtA = (await addUser(a.node.store, userForB)).token;
  const keyOfAAtB = (await addUser(b.node.store, userForA)).token;
  await addPartner(a.node.store, { name: b.name, url: b.url, username: userForA, key: keyOfAAtB, relation: relations.bAtA, localUser: userForB });
  await addPartner(b.node.store, { name: a.name, url: a.url, username: userForB, key: keyOfBAtA, relation: relations.aAtB, localUser: userForA });
}

/** `agreement set` as the CLI parses it. */
export async function agree(n: TestNode, partner: string, opts: Parameters<typeof parseAgreementOptions>[0]): Promise<void> {
  await setAgreement(n.node.store, partner, parseAgreementOptions(opts));
}

const NOW = '2025-01-01T00:00:00.000Z';

/** An indicator marked with a TLP 2.0 level (or unmarked), with optional extra properties. */
export function indicator(tlp: TlpLevel | null, extra: Record<string, unknown> = {}, id = `indicator--${randomUUID()}`): Record<string, unknown> {
  return {
    type: 'indicator', spec_version: '2.1', id, created: NOW, modified: NOW, name: `ioc ${tlp ?? 'unmarked'}`,
    pattern: "[ipv4-addr:value = '198.51.100.7']", pattern_type: 'stix', valid_from: NOW,
    ...(tlp && { object_marking_refs: [TLP2[tlp].id] }),
    ...extra,
  };
}

/** Every object (every version) of a collection, parsed. */
export async function objectsOf(n: TestNode, alias: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  let after;
  for (;;) {
    const p = await n.node.store.listObjects(n.coll[alias] ?? alias, { versions: { all: true } }, { after, limit: 1000 });
    out.push(...p.items.map((i) => JSON.parse(i.json) as Record<string, unknown>));
    if (!p.more) return out;
    const l = p.items[p.items.length - 1];
    after = { dateAdded: l.dateAdded, id: l.id };
  }
}
