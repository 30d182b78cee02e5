/** The partner / agreement / sync CLI through the real binary: the contract, keys never printed back. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../test/helpers/cli.js';
import { addUser } from '../../auth/service.js';
import { startNode } from '../../node/node.js';
import { storeConfigFor } from '../../store/open.js';
import { agree, indicator, removeDir, startTestNode, type TestNode } from '../../exchange/sync/testing/nodes.js';
import { addPartner } from '../../exchange/sync/partners.js';
import type { StixObject } from '../../store/store.js';

const dir = mkdtempSync(join(tmpdir(), 'liaison-cli-exchange-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const data = ['--data', dir];

test('partner add/list/show, agreement set/show (versioned), sync status; sync with an unreachable partner fails clearly', async () => {
  assert.equal((await runCli(['init', ...data])).code, 0);
  assert.equal((await runCli(['collection', 'add', '--title', 'Out', '--alias', 'out', ...data])).code, 0);
  const add = await runCli(['partner', 'add', 'acme', '--url', 'http://127.0.0.1:9', '--username', 'us', '--key', 'SECRET-KEY-123',
    '--relation', 'client', '--local-user', 'acme-in', '--json', ...data]);
  assert.equal(add.code, 0, add.stderr);
  const doc = JSON.parse(add.stdout);
  assert.equal(doc.partner.relation, 'client');
  assert.match(doc.local_user_key, /\S{20,}/);
  assert.ok(!add.stdout.includes('SECRET-KEY-123'));

  const bad = await runCli(['partner', 'add', 'x', '--url', 'http://h', '--username', 'u', '--key', 'k', '--relation', 'friend', ...data]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--relation must be one of organization\|client\|community/);

  const set1 = await runCli(['agreement', 'set', 'acme', '--share', 'out', '--max-tlp', 'green', '--strip', 'x_*', '--inbound', 'out', '--json', ...data]);
  assert.equal(set1.code, 0, set1.stderr);
  const set2 = await runCli(['agreement', 'set', 'acme', '--types', 'indicator,malware', '--anonymize', '--json', ...data]);
  const a2 = JSON.parse(set2.stdout);
  assert.equal(a2.version, 2);
  assert.equal(a2.max_tlp, 'green');
  assert.deepEqual(a2.types, ['indicator', 'malware']);

  const show = await runCli(['partner', 'show', 'acme', '--json', ...data]);
  const s = JSON.parse(show.stdout);
  assert.equal(s.agreement.version, 2);
  assert.ok(!show.stdout.includes('SECRET-KEY-123'));

  const sync = await runCli(['sync', 'acme', '--json', ...data]);
  assert.equal(sync.code, 3);
  const run = JSON.parse(sync.stdout).runs[0];
  assert.equal(run.ok, false);
  assert.equal(run.error.code, 'TAXII_UNREACHABLE');

  const status = await runCli(['sync', 'status', '--json', ...data]);
  assert.equal(status.code, 0, status.stderr);
  const st = JSON.parse(status.stdout).partners[0];
  assert.equal(st.partner, 'acme');
  assert.equal(st.last_success, null);
  assert.equal(st.last_run.ok, false);
  const list = await runCli(['partner', 'list', ...data]);
  assert.match(list.stdout, /acme\s+client/);
  assert.ok(!(await runCli(['partner', 'list', '--json', ...data])).stdout.includes('SECRET'));
});

const partners: TestNode[] = [];
after(async () => {
  for (const n of partners) {
    await n.close();
    removeDir(n.dir);
  }
});

test('partner held/accept/reject/reviewed: what --review holds reaches no other partner until accepted; a rejection is on record', async () => {
  // A: the partner sending to us, a live node. B: our node, driven through the CLI. C: another partner of B.
  const a = await startTestNode('a', ['outbox']);
  partners.push(a);
  const keyAtA = (await addUser(a.node.store, 'b-peer')).token;
  await addPartner(a.node.store, { name: 'b', url: 'http://127.0.0.1:9', username: 'x', key: 'x', relation: 'organization', localUser: 'b-peer' });
  await agree(a, 'b', { share: ['outbox'], maxTlp: 'amber' });
  const keep = indicator('green', { name: 'keep me' });
  const drop = indicator('green', { name: 'drop me' });
  await a.node.store.addObjects(a.coll.outbox, [keep, drop] as StixObject[], { provenance: { kind: 'user', source: 'admin' } });

  const bDir = mkdtempSync(join(tmpdir(), 'liaison-cli-held-'));
  after(() => rmSync(bDir, { recursive: true, force: true }));
  const b = ['--data', bDir];
  const ok = async (args: string[]) => {
    const r = await runCli([...args, ...b]);
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
    return r;
  };
  await ok(['init']);
  await ok(['collection', 'add', '--title', 'In', '--alias', 'inbox']);
  await ok(['partner', 'add', 'a', '--url', a.url, '--username', 'b-peer', '--key', keyAtA, '--relation', 'organization']);
  const cKey = JSON.parse((await ok(['partner', 'add', 'c', '--url', 'http://127.0.0.1:9', '--username', 'u', '--key', 'k', '--relation', 'community', '--local-user', 'c-in', '--json'])).stdout).local_user_key as string;
  await ok(['agreement', 'set', 'a', '--inbound', 'inbox', '--review']);
  await ok(['agreement', 'set', 'c', '--share', 'inbox', '--max-tlp', 'amber']);
  assert.equal(JSON.parse((await ok(['sync', 'a', '--json'])).stdout).runs[0].ok, true);

  const held = JSON.parse((await ok(['partner', 'held', 'a', '--json'])).stdout);
  assert.deepEqual(held.held.map((h: { id: string }) => h.id).sort(), [keep.id, drop.id].sort());
  assert.deepEqual(Object.keys(held.held[0]).sort(), ['id', 'marking', 'marking_source', 'name', 'received', 'type', 'version']);
  const text = (await ok(['partner', 'held', 'a'])).stdout;
  assert.ok(text.includes(keep.id as string) && /GREEN/.test(text) && text.includes('keep me'), text);

  // C reads B's inbound collection (shared with it) as C does, through B's TAXII server.
  const inboxOfB = async (): Promise<string[]> => {
    const n = await startNode(storeConfigFor(bDir), { rateLimit: 0 });
    try {
      const coll = (await n.store.getCollection('inbox'))!;
      const r = await n.app.inject({ method: 'GET', url: `/api/collections/${coll.id}/objects/`, headers: { accept: 'application/taxii+json;version=2.1', authorization: `Bearer ${cKey}` } });
      assert.equal(r.statusCode, 200, r.body);
      return ((JSON.parse(r.body).objects ?? []) as { id: string }[]).map((o) => o.id);
    } finally {
      await n.close();
    }
  };
  assert.deepEqual(await inboxOfB(), [], 'held objects are not shared on');

  const none = await runCli(['partner', 'accept', 'a', ...b]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /ids\) or use --all/);
  const acc = JSON.parse((await ok(['partner', 'accept', 'a', keep.id as string, '--json'])).stdout);
  assert.deepEqual(acc.accepted.map((x: { id: string }) => x.id), [keep.id]);
  assert.match(acc.by, /^cli/);
  assert.deepEqual(await inboxOfB(), [keep.id], 'an accepted object goes on as its marking allows');

  const rej = await ok(['partner', 'reject', 'a', drop.id as string, '--reason', 'not credible']);
  assert.match(rej.stdout, /Rejected 1 object from a: not credible/);
  const again = await runCli(['partner', 'reject', 'a', drop.id as string, ...b]);
  assert.equal(again.code, 2, 'no longer held');
  assert.match(again.stderr, /held object .* not found/);
  const status = JSON.parse((await ok(['sync', 'status', 'a', '--json'])).stdout).partners[0];
  const refusal = status.refused.find((r: { id: string }) => r.id === drop.id);
  assert.equal(refusal?.code, 'REVIEW_REJECTED');
  assert.match(refusal.reason, /not credible/);
  assert.deepEqual(JSON.parse((await ok(['partner', 'held', 'a', '--json'])).stdout).held, []);
  const decisions = JSON.parse((await ok(['partner', 'reviewed', 'a', '--json'])).stdout).decisions;
  assert.deepEqual(decisions.map((d: { id: string; decision: string }) => [d.id, d.decision]), [[keep.id, 'accepted'], [drop.id, 'rejected']]);
  assert.equal(decisions[1].reason, 'not credible');
  assert.deepEqual(await inboxOfB(), [keep.id]);
});
