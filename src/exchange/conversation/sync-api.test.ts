/**
 * Sync in the JSON API on two real nodes: B runs a sync of A through POST /liaison/v1/sync/{name} (and of everyone
 * through POST /liaison/v1/sync), and GET /liaison/v1/sync gives the facts `liaison sync status --json` prints: last
 * success, counts moved, refusals with their reasons. Admins only; a partner that does not exist is a 404.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StixObject } from '../../store/store.js';
import { addUser } from '../../auth/service.js';
import { runCli } from '../../../test/helpers/cli.js';
import { agree, indicator, pair, startTestNode, nodesOfFile } from '../sync/testing/nodes.js';

const nodes = nodesOfFile();

test('POST /liaison/v1/sync[/{name}] runs a sync once; GET /liaison/v1/sync shows its status as the CLI does', async () => {
  const a = await startTestNode('a', ['outbox']);
  const b = await startTestNode('b', ['inbox']);
  nodes.push(a, b);
  await pair(a, b, { bAtA: 'community', aAtB: 'community' });
  await agree(a, 'b', { share: ['outbox'], maxTlp: 'green' });
  await agree(b, 'a', { inbound: 'inbox' });
  const green = indicator('green');
  const amber = indicator('amber');
  const broken: Record<string, unknown> = { ...indicator('clear'), pattern: "[ipv4-addr:value = '1.2.3.4'" };
  await a.node.store.addObjects(a.coll.outbox, [green, amber, broken] as StixObject[], { provenance: { kind: 'user', source: 'admin' } });

  const adminKey = b.node.created!.adminKey;
  const call = async (method: 'GET' | 'POST', url: string, opts: { key?: string; payload?: string; headers?: Record<string, string> } = {}) => {
    const r = await b.node.app.inject({
      method, url,
      headers: { authorization: `Bearer ${opts.key ?? adminKey}`, accept: 'application/json', ...opts.headers },
      ...(opts.payload !== undefined && { payload: opts.payload }),
    });
    assert.match(String(r.headers['content-type']), /^application\/json/);
    return { status: r.statusCode, body: JSON.parse(r.body) as Record<string, any> };
  };

  // Nothing run yet.
  const before = await call('GET', '/liaison/v1/sync');
  assert.equal(before.status, 200);
  assert.deepEqual(before.body.partners.map((p: { partner: string; last_success: unknown; last_run: unknown }) => [p.partner, p.last_success, p.last_run]), [['a', null, null]]);

  // Run one partner's sync, without a body.
  const run = await call('POST', '/liaison/v1/sync/a');
  assert.equal(run.status, 200, JSON.stringify(run.body));
  assert.equal(run.body.runs.length, 1);
  const report = run.body.runs[0];
  assert.equal(report.ok, true);
  assert.equal(report.partner, 'a');
  const pulled = report.pulled.find((p: { collection: string }) => p.collection === a.coll.outbox);
  assert.deepEqual([pulled.received, pulled.added, pulled.refused], [2, 1, 1], 'A withholds its AMBER; B refuses the broken pattern');

  // Status: last success, counts, each refusal with its reason (B refused the broken one on the way in).
  const st = await call('GET', '/liaison/v1/sync?partner=a');
  assert.equal(st.status, 200);
  const s = st.body.partners[0];
  assert.equal(s.partner, 'a');
  assert.equal(s.last_success, report.finishedAt);
  assert.equal(s.last_run.ok, true);
  assert.deepEqual(s.last_run.pulled.map((p: { added: number }) => p.added), [1]);
  assert.ok(s.checkpoints.some((c: { direction: string; collection: string }) => c.direction === 'pull' && c.collection === a.coll.outbox));
  const refused = s.refused.find((r: { id: string }) => r.id === broken.id);
  assert.equal(refused.side, 'inbound');
  assert.match(refused.code, /pattern/i);
  assert.ok(refused.reason.length > 0);
  // And A's own status says why its AMBER did not go.
  const stA = await a.node.app.inject({ method: 'GET', url: '/liaison/v1/sync', headers: { authorization: `Bearer ${a.node.created!.adminKey}` } });
  const whyNot = (JSON.parse(stA.body).partners[0].refused as { id: string; side: string; code: string }[]).find((r) => r.id === amber.id);
  assert.deepEqual([whyNot?.side, whyNot?.code], ['ours', 'ABOVE_MAX_TLP']);

  // The same facts as the CLI's `sync status --json`.
  const cli = await runCli(['sync', 'status', 'a', '--json', '--data', b.dir]);
  assert.equal(cli.code, 0, cli.stderr);
  assert.deepEqual(JSON.parse(cli.stdout), st.body);

  // Everyone at once, with an empty JSON body; a body with options is refused.
  const all = await call('POST', '/liaison/v1/sync', { payload: '{}', headers: { 'content-type': 'application/json' } });
  assert.equal(all.status, 200, JSON.stringify(all.body));
  assert.deepEqual(all.body.runs.map((r: { partner: string; ok: boolean }) => [r.partner, r.ok]), [['a', true]]);
  const extra = await call('POST', '/liaison/v1/sync', { payload: '{"full":true}', headers: { 'content-type': 'application/json' } });
  assert.deepEqual([extra.status, extra.body.error_code], [400, 'USAGE']);

  // Admins only; unknown partners are 404.
  const reader = (await addUser(b.node.store, 'reader')).token;
  for (const [method, url] of [['GET', '/liaison/v1/sync'], ['POST', '/liaison/v1/sync'], ['POST', '/liaison/v1/sync/a']] as const) {
    const r = await call(method, url, { key: reader });
    assert.deepEqual([r.status, r.body.error_code], [404, 'NOT_FOUND'], `${method} ${url} as a non-admin`);
  }
  assert.equal((await call('POST', '/liaison/v1/sync/zz')).status, 404);
  assert.equal((await call('GET', '/liaison/v1/sync?partner=zz')).status, 404);
});
