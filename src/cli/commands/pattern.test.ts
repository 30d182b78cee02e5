/** The `liaison pattern` commands, through the real CLI: exit codes and the exact JSON contracts of issue 3. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../test/helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'liaison-pattern-'));
const file = (name: string, doc: unknown): string => {
  const p = join(dir, name);
  writeFileSync(p, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return p;
};

const od = (n: number, refs: string[], t = '2024-01-01T00:00:00Z'): object => ({
  type: 'observed-data', spec_version: '2.1', id: `observed-data--00000000-0000-4000-8000-00000000000${n}`,
  created: t, modified: t, first_observed: t, last_observed: t, number_observed: 1, object_refs: refs,
});
const ip = (n: number, value: string): object => ({ type: 'ipv4-addr', spec_version: '2.1', id: `ipv4-addr--00000000-0000-4000-8000-00000000000${n}`, value });

const observations = file('obs.json', {
  type: 'bundle',
  id: 'bundle--00000000-0000-4000-8000-000000000001',
  objects: [
    od(1, ['ipv4-addr--00000000-0000-4000-8000-000000000001']),
    ip(1, '198.51.100.7'),
    od(2, ['ipv4-addr--00000000-0000-4000-8000-000000000002'], '2024-01-01T00:01:00Z'),
    ip(2, '203.0.113.9'),
  ],
});

test('validate: exit 0 and the exact JSON for a valid pattern', async () => {
  const r = await runCli(['pattern', 'validate', '--json', "[ipv4-addr:value = '198.51.100.7']"]);
  assert.equal(r.code, 0);
  assert.deepEqual(JSON.parse(r.stdout), { valid: true, errors: [], warnings: [] });
});

test('validate: exit 1 with the column of the error', async () => {
  const r = await runCli(['pattern', 'validate', '--json', '[file:size = ]']);
  assert.equal(r.code, 1);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.valid, false);
  assert.equal(doc.errors[0].column, 14);
  assert.match(doc.errors[0].message, /expected a constant/);
  assert.deepEqual(Object.keys(doc), ['valid', 'errors', 'warnings']);
  const human = await runCli(['pattern', 'validate', 'file:size = 1']);
  assert.equal(human.code, 1);
  assert.match(human.stdout, /^invalid\nerror: column 1: a pattern starts with '\['/);
});

test('match: exit 0 with the observed-data that bound the match', async () => {
  const r = await runCli(['pattern', 'match', '--json', "[ipv4-addr:value ISSUBSET '198.51.100.0/24']", observations]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { matched: true, observed_data_refs: ['observed-data--00000000-0000-4000-8000-000000000001'] });
  const seq = await runCli([
    'pattern', 'match', '--json',
    "[ipv4-addr:value = '198.51.100.7'] FOLLOWEDBY [ipv4-addr:value = '203.0.113.9'] WITHIN 60 SECONDS",
    observations,
  ]);
  assert.equal(seq.code, 0, seq.stderr);
  assert.equal(JSON.parse(seq.stdout).observed_data_refs.length, 2);
});

test('match: exit 1 when nothing matches, 2 for a bad pattern or file', async () => {
  const r = await runCli(['pattern', 'match', '--json', "[ipv4-addr:value = '192.0.2.1']", observations]);
  assert.equal(r.code, 1);
  assert.deepEqual(JSON.parse(r.stdout), { matched: false, observed_data_refs: [] });
  const bad = await runCli(['pattern', 'match', '[ipv4-addr:value = ]', observations]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /invalid pattern: column 20: /);
  const missing = await runCli(['pattern', 'match', "[ipv4-addr:value = '1.2.3.4']", join(dir, 'nope.json')]);
  assert.equal(missing.code, 2);
  const notJson = await runCli(['pattern', 'match', "[ipv4-addr:value = '1.2.3.4']", file('bad.json', '{oops')]);
  assert.equal(notJson.code, 2);
  assert.match(notJson.stderr, /is not JSON/);
});

test('scan: the hits of every indicator against every observed-data', async () => {
  const ind = (n: number, pattern: string): object => ({
    type: 'indicator', spec_version: '2.1', id: `indicator--00000000-0000-4000-8000-00000000000${n}`,
    created: '2024-01-01T00:00:00Z', modified: '2024-01-01T00:00:00Z', valid_from: '2024-01-01T00:00:00Z',
    pattern_type: 'stix', pattern,
  });
  const indicators = file('ind.json', {
    type: 'bundle',
    id: 'bundle--00000000-0000-4000-8000-000000000002',
    objects: [
      ind(1, "[ipv4-addr:value = '203.0.113.9']"),
      ind(2, "[ipv4-addr:value ISSUBSET '198.51.0.0/16']"),
      ind(3, "[domain-name:value = 'example.com']"),
      ind(4, '[broken'),
    ],
  });
  const r = await runCli(['pattern', 'scan', '--json', indicators, observations]);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(doc.hits, [
    { indicator: 'indicator--00000000-0000-4000-8000-000000000001', observed_data_refs: ['observed-data--00000000-0000-4000-8000-000000000002'] },
    { indicator: 'indicator--00000000-0000-4000-8000-000000000002', observed_data_refs: ['observed-data--00000000-0000-4000-8000-000000000001'] },
  ]);
  assert.equal(doc.errors.length, 1);
  assert.equal(doc.errors[0].indicator, 'indicator--00000000-0000-4000-8000-000000000004');
  const human = await runCli(['pattern', 'scan', indicators, observations]);
  assert.equal(human.code, 0);
  assert.equal(human.stdout.trim().split('\n').length, 2);
  assert.match(human.stderr, /2 of 4 indicators matched across 2 observed-data; 1 errors/);
});
