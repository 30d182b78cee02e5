/** The partner / agreement / sync CLI through the real binary: the contract, keys never printed back. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../test/helpers/cli.js';

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
