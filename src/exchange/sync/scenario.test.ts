/**
 * The exchange scenario of issue 5 on three nodes (real sockets, separate data folders): A shares marked
 * intelligence with B (its client), B passes on what it may to C (a community peer of B); and a puller killed with
 * SIGKILL mid-sync loses and duplicates nothing once restarted.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TLP2 } from '../../stix/markings.js';
import { openStore } from '../../store/open.js';
import { initNode } from '../../node/setup.js';
import { addUser } from '../../auth/service.js';
import type { StixObject } from '../../store/store.js';
import { parseAgreementOptions } from '../agreement.js';
import { addPartner, setAgreement } from './partners.js';
import { agree, indicator, objectsOf, pair, removeDir, startTestNode, type TestNode } from './testing/nodes.js';

const nodes: TestNode[] = [];
const dirs: string[] = [];
after(async () => {
  for (const n of nodes) await n.close().catch(() => undefined);
  for (const n of nodes) removeDir(n.dir);
  for (const d of dirs) removeDir(d);
});

test('A → B → C: max TLP, TLP of received intelligence by relation, granular markings and strip', async () => {
  const a = await startTestNode('a', ['outbox', 'inbox']);
  const b = await startTestNode('b', ['outbox', 'inbox']);
  const c = await startTestNode('c', ['outbox', 'inbox']);
  nodes.push(a, b, c);
  await pair(a, b, { bAtA: 'client', aAtB: 'organization' });
  await pair(b, c, { bAtA: 'community', aAtB: 'community' }); // C is B's community peer and vice versa
  await agree(a, 'b', { share: ['outbox'], maxTlp: 'amber', strip: ['x_*'] });
  await agree(b, 'a', { inbound: 'inbox' });
  await agree(b, 'c', { share: ['inbox'], maxTlp: 'amber' });
  await agree(c, 'b', { inbound: 'inbox' });

  const green = indicator('green', {
    x_source_handle: 'analyst-7',
    description: 'seen at a customer we must not name',
    granular_markings: [{ marking_ref: TLP2.red.id, selectors: ['description'] }],
  });
  const clear = indicator('clear');
  const amber = indicator('amber');
  const strict = indicator('amber+strict');
  const red = indicator('red');
  await a.node.store.addObjects(a.coll.outbox, [green, clear, amber, strict, red] as StixObject[], { provenance: { kind: 'user', source: 'admin' } });

  assert.equal((await b.node.exchange.engine.syncPartner('a')).ok, true);
  const atB = new Map((await objectsOf(b, 'inbox')).map((o) => [o.id, o]));
  assert.deepEqual([...atB.keys()].sort(), [green.id, clear.id, amber.id].sort(), 'B (client, max AMBER) gets CLEAR, GREEN, AMBER only');
  const gB = atB.get(green.id as string)!;
  assert.equal(gB.x_source_handle, undefined, 'stripped x_ property gone');
  assert.equal(gB.description, undefined, 'RED granular-marked description gone');
  assert.equal(gB.name, green.name);

  assert.equal((await c.node.exchange.engine.syncPartner('b')).ok, true);
  const atC = new Set((await objectsOf(c, 'inbox')).map((o) => o.id));
  assert.ok(atC.has(green.id) && atC.has(clear.id), "A's GREEN and CLEAR reach C through B");
  assert.ok(!atC.has(amber.id), "A's AMBER never reaches B's community peer");
  assert.ok(!atC.has(strict.id) && !atC.has(red.id));
  const why = await b.node.store.listRefusals({ partner: 'c' });
  assert.ok(why.some((r) => r.objectId === amber.id && r.code === 'TLP_FORBIDS_RELATION'), JSON.stringify(why));
});

const MAIN = fileURLToPath(new URL('../../cli/main.ts', import.meta.url));

test('a puller killed with SIGKILL mid-sync and restarted: nothing lost, nothing duplicated', async () => {
  const a = await startTestNode('a', ['outbox']);
  nodes.push(a);
  const N = 3000;
  const sent: string[] = [];
  for (let i = 0; i < N; i += 500) {
    const batch = Array.from({ length: 500 }, () => indicator('green') as StixObject);
    sent.push(...batch.map((o) => o.id));
    await a.node.store.addObjects(a.coll.outbox, batch, { provenance: { kind: 'user', source: 'admin' } });
  }
  // B: prepared offline, then run as `liaison serve` child processes that sync continuously.
  const dirB = mkdtempSync(join(tmpdir(), 'liaison-b-'));
  dirs.push(dirB);
  const keyForB = (await addUser(a.node.store, 'b-peer')).token;
  await addPartner(a.node.store, { name: 'b', url: 'http://127.0.0.1:9', username: 'unused', key: 'unused', relation: 'community', localUser: 'b-peer' });
  await setAgreement(a.node.store, 'b', parseAgreementOptions({ share: ['outbox'], maxTlp: 'green' }));
  const sb = await openStore({ kind: 'sqlite', path: join(dirB, 'liaison.db') });
  await initNode(sb);
  const inbox = await sb.createCollection({ apiRoot: 'api', title: 'inbox', alias: 'inbox' });
  await addPartner(sb, { name: 'a', url: a.url, username: 'b-peer', key: keyForB, relation: 'community' });
  await setAgreement(sb, 'a', parseAgreementOptions({ inbound: 'inbox' }));
  await sb.close();

  const serveB = () => spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--data', dirB, '--port', '0'], {
    env: { ...process.env, LIAISON_SYNC_INTERVAL_MS: '100', LIAISON_LOG_LEVEL: 'silent' }, stdio: 'ignore',
  });
  const count = async () => {
    const s = await openStore({ kind: 'sqlite', path: join(dirB, 'liaison.db') });
    try {
      return await s.countEntries(inbox.id);
    } finally {
      await s.close();
    }
  };
  const first = serveB();
  const exited = new Promise((r) => first.on('exit', r));
  let seen = 0;
  for (let t = 0; t < 600 && seen === 0; t++) {
    await new Promise((r) => setTimeout(r, 100));
    seen = await count();
  }
  first.kill('SIGKILL');
  await exited;
  const atKill = await count();
  assert.ok(atKill > 0, 'B had started pulling');

  const second = serveB();
  const exited2 = new Promise((r) => second.on('exit', r));
  let n = 0;
  for (let t = 0; t < 600 && n < N; t++) {
    await new Promise((r) => setTimeout(r, 100));
    n = await count();
  }
  second.kill('SIGTERM');
  await exited2;
  const s = await openStore({ kind: 'sqlite', path: join(dirB, 'liaison.db') });
  const ids: string[] = [];
  let afterPos;
  for (;;) {
    const p = await s.listManifest(inbox.id, { versions: { all: true } }, { after: afterPos, limit: 1000 });
    ids.push(...p.items.map((i) => i.id));
    if (!p.more) break;
    afterPos = { dateAdded: p.items[p.items.length - 1].dateAdded, id: p.items[p.items.length - 1].id };
  }
  await s.close();
  assert.equal(ids.length, N, `every object once (killed at ${atKill}/${N})`);
  assert.deepEqual([...new Set(ids)].sort(), [...sent].sort());
});
