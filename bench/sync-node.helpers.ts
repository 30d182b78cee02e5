/**
 * The serving node of the two-process sync benchmark (bench/sync.ts): node A in its own process, as a partner's
 * node is in a real deployment. Fills its outbox with N TLP:CLEAR indicators shared with partner `b`, prints one
 * JSON line `{url, username, key}` for the puller, then answers each `cpu` line on stdin with its CPU time so far
 * (`{"cpuMs": …}`) and stops at the end of stdin.
 */
import { createInterface } from 'node:readline';
import { addUser } from '../src/auth/service.js';
import { addPartner } from '../src/exchange/sync/partners.js';
import { agree, indicator, removeDir, startTestNode } from '../src/exchange/sync/testing/nodes.js';
import type { StixObject } from '../src/store/store.js';

const N = Number(process.argv[2] ?? 100_000);
const a = await startTestNode('a', ['outbox']);
const key = (await addUser(a.node.store, 'b-peer')).token;
await addPartner(a.node.store, { name: 'b', url: 'http://127.0.0.1:9', username: 'unused', key: 'unused', relation: 'community', localUser: 'b-peer' });
await agree(a, 'b', { share: ['outbox'], maxTlp: 'green' });
for (let i = 0; i < N; i += 5000) {
  const batch: StixObject[] = [];
  for (let k = i; k < Math.min(N, i + 5000); k++) batch.push(indicator('clear', { name: `ioc ${k}` }) as StixObject);
  await a.node.store.addObjects(a.coll.outbox, batch, { provenance: { kind: 'user', source: 'bench' } });
}
console.log(JSON.stringify({ url: a.url, username: 'b-peer', key }));
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === 'cpu') {
    const c = process.cpuUsage();
    console.log(JSON.stringify({ cpuMs: (c.user + c.system) / 1000 }));
  }
}
await a.close();
removeDir(a.dir);
