/**
 * `liaison request|opinion|note|ledger` on one node's data folder through the CLI. The partner is a second node in
 * this process (only so that its identity can be learnt); nothing is synced here (see src/exchange/demo/).
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../test/helpers/cli.js';
import { addUser } from '../../auth/service.js';
import { removeDir, startTestNode, type TestNode } from '../../exchange/sync/testing/nodes.js';
import { buildRequest } from '../../exchange/requests/build.js';
import { openStore } from '../../store/open.js';

const cleanup: (() => Promise<void> | void)[] = [];
after(async () => {
  for (const c of cleanup) await c();
});

async function cli(args: string[]) {
  const r = await runCli(args);
  assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
  return r;
}

test('request open/respond/list/show, opinion add, note add and ledger on one node', async () => {
  const peer: TestNode = await startTestNode('peer', ['inbox']);
  cleanup.push(async () => {
    await peer.close();
    removeDir(peer.dir);
  });
  const data = mkdtempSync(join(tmpdir(), 'cli-conversation-'));
  cleanup.push(() => removeDir(data));
  await cli(['init', '--data', data, '--json']);
  await cli(['collection', 'add', '--title', 'inbox', '--alias', 'inbox', '--data', data, '--json']);
  const key = (await addUser(peer.node.store, 'us')).token;
  await cli(['partner', 'add', 'peer', '--url', peer.url, '--username', 'us', '--key', key, '--relation', 'client', '--local-user', 'peer-user', '--data', data, '--json']);
  await cli(['agreement', 'set', 'peer', '--inbound', 'inbox', '--max-tlp', 'amber', '--data', data, '--json']);

  const about = 'indicator--11111111-2222-4333-8444-555555555555';
  // Bad input: a clear error with a stable exit code.
  const bad = await runCli(['request', 'open', '--to', 'peer', '--kind', 'gossip', '--about', about, '--text', 'x', '--data', data]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--kind must be one of information\|action/);
  const nobody = await runCli(['request', 'open', '--to', 'nobody', '--kind', 'information', '--about', about, '--text', 'x', '--data', data]);
  assert.equal(nobody.code, 2);

  const opened = await cli(['request', 'open', '--to', 'peer', '--kind', 'information', '--about', about, '--text', 'Who is behind this?', '--due', '2099-01-01', '--priority', 'high', '--data', data]);
  const reqId = opened.stdout.trim();
  assert.match(reqId, /^x-liaison-request--[0-9a-f-]{36}$/);
  const shown = JSON.parse((await cli(['request', 'show', reqId, '--data', data, '--json'])).stdout);
  assert.equal(shown.thread.status, 'open');
  assert.equal(shown.request.recipient_ref, peer.node.created?.identityId ?? (await peer.node.store.getNode())?.identityId);
  assert.deepEqual(shown.request.object_marking_refs, ['marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1']);
  // Only the party asked may respond.
  const wrong = await runCli(['request', 'respond', reqId, '--status', 'answered', '--data', data]);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /only the party asked/);

  // A request the peer made of us (as sync would have stored it), answered here.
  const store = await openStore({ kind: 'sqlite', path: join(data, 'liaison.db') });
  const self = (await store.getNode())!.identityId;
  const theirs = buildRequest({ by: (await peer.node.store.getNode())!.identityId, to: self, kind: 'action', about: [about], text: 'Block it.' });
  await store.addObjects((await store.getCollection('inbox'))!.id, [theirs as never], { provenance: { kind: 'partner', source: 'peer' } });
  await store.close();
  await cli(['request', 'respond', theirs.id, '--status', 'acknowledged', '--data', data]);
  const declinedNoReason = await runCli(['request', 'respond', theirs.id, '--status', 'declined', '--data', data]);
  assert.equal(declinedNoReason.code, 2);
  const answered = JSON.parse((await cli(['request', 'respond', theirs.id, '--status', 'answered', '--text', 'Blocked.', '--refs', about, '--data', data, '--json'])).stdout);
  assert.match(answered.id, /^x-liaison-response--/);
  const list = JSON.parse((await cli(['request', 'list', '--data', data, '--json'])).stdout);
  assert.deepEqual(list.requests.map((t: { request: string; status: string }) => [t.request, t.status]).sort(), [[reqId, 'open'], [theirs.id, 'answered']].sort());
  const human = await cli(['request', 'show', theirs.id, '--data', data]);
  assert.match(human.stdout, /ANSWERED/);
  assert.match(human.stdout, /Blocked\./);

  // Opinions and notes: a rebuttal of the peer's request (its object) is marked RED and names the peer.
  const op = JSON.parse((await cli(['opinion', 'add', '--about', theirs.id, '--opinion', 'strongly-disagree', '--text', 'Not ours to block.', '--data', data, '--json'])).stdout);
  assert.equal(op.opinion.opinion, 'strongly-disagree');
  assert.equal(op.opinion.explanation, 'Not ours to block.');
  assert.ok(JSON.stringify(op.opinion.extensions).includes((await peer.node.store.getNode())!.identityId));
  const badOp = await runCli(['opinion', 'add', '--about', about, '--opinion', 'meh', '--text', 'x', '--data', data]);
  assert.equal(badOp.code, 2);
  const note = JSON.parse((await cli(['note', 'add', '--about', about, '--text', 'Seen again today.', '--data', data, '--json'])).stdout);
  assert.equal(note.note.content, 'Seen again today.');

  // The ledger from stored data.
  const ledger = JSON.parse((await cli(['ledger', 'peer', '--data', data, '--json'])).stdout);
  assert.equal(ledger.ledgers.length, 1);
  const l = ledger.ledgers[0];
  assert.equal(l.name, 'peer');
  assert.equal(l.requests.made.total, 1);
  assert.equal(l.requests.made.open, 1);
  assert.equal(l.requests.received.answered, 1);
  assert.equal(l.objects.received.total, 1);
  const since = JSON.parse((await cli(['ledger', '--since', '2099-12-31', '--data', data, '--json'])).stdout);
  assert.equal(since.ledgers[0].requests.made.total, 0);
  const badSince = await runCli(['ledger', '--since', 'yesterday-ish', '--data', data]);
  assert.equal(badSince.code, 2);
  const text = await cli(['ledger', '--data', data]);
  assert.match(text.stdout, /requests made/);
});
