import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli } from '../../../test/helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'liaison-validate-'));
const indicator = {
  type: 'indicator',
  spec_version: '2.1',
  id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
  created: '2016-04-06T20:03:48.000Z',
  modified: '2016-04-06T20:03:48.000Z',
  name: 'Poison Ivy Malware',
  description: 'This file is part of Poison Ivy',
  indicator_types: ['malicious-activity'],
  pattern: "[file:name = 'poison.exe']",
  pattern_type: 'stix',
  valid_from: '2016-01-01T00:00:00Z',
};
const invalid = { ...indicator, id: 'indicator--00000000-0000-4000-8000-000000000001', valid_until: '2015-01-01T00:00:00Z' };
const bundle = { type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d', objects: [indicator, invalid] };
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

test('exit 0 and the exact JSON shape for a valid object', async () => {
  const r = await runCli(['validate', '--json', file('one.json', JSON.stringify(indicator))]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), {
    valid: true,
    objects: [{ id: indicator.id, type: 'indicator', valid: true, errors: [], warnings: [] }],
  });
});

test('exit 1 for a bundle with an invalid object; objects in input order with JSON pointers', async () => {
  const r = await runCli(['validate', '--json', file('bundle.json', JSON.stringify(bundle))]);
  assert.equal(r.code, 1);
  const doc = JSON.parse(r.stdout) as { valid: boolean; objects: { id: string; valid: boolean; errors: { code: string; message: string; path: string }[] }[] };
  assert.equal(doc.valid, false);
  assert.deepEqual(doc.objects.map((o) => [o.id, o.valid]), [[indicator.id, true], [invalid.id, false]]);
  assert.deepEqual(Object.keys(doc.objects[1].errors[0]), ['code', 'message', 'path']);
  assert.deepEqual(doc.objects[1].errors.map((e) => [e.code, e.path]), [['timestamp-order', '/objects/1/valid_until']]);
});

test('human output by default names the invalid object and the summary', async () => {
  const r = await runCli(['validate', file('bundle2.json', JSON.stringify(bundle))]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /INVALID indicator--00000000/);
  assert.match(r.stdout, /timestamp-order {2}\/objects\/1\/valid_until/);
  assert.match(r.stdout, /2 objects: 1 valid, 1 invalid/);
});

test('stdin with -, gzip by magic bytes, a JSON array, several files', async () => {
  assert.equal((await runCli(['validate', '-'], { stdin: JSON.stringify(indicator) })).code, 0);
  assert.equal((await runCli(['validate', '-'], { stdin: gzipSync(JSON.stringify(bundle)) })).code, 1);
  const gz = file('b.json.gz', gzipSync(JSON.stringify({ ...bundle, objects: [indicator] })));
  const arr = file('arr.json', JSON.stringify([indicator, indicator]));
  const r = await runCli(['validate', '--json', gz, arr]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as { objects: unknown[] }).objects.length, 3);
});

test('--strict turns SHOULD findings into errors', async () => {
  const f = file('vocab.json', JSON.stringify({ ...indicator, indicator_types: ['not-in-vocab'] }));
  assert.equal((await runCli(['validate', f])).code, 0);
  assert.equal((await runCli(['validate', '--strict', f])).code, 1);
});

test('exit 2 with one clear line: missing file, not JSON, truncated JSON, corrupt gzip, no FILE', async () => {
  for (const [args, stdin, re] of [
    [['validate', join(dir, 'missing.json')], '', /cannot read .*missing\.json: no such file/],
    [['validate', '-'], 'not json', /<stdin> is not JSON/],
    [['validate', '-'], '{"type":"bundle","objects":[{"a":1}', /truncated/],
    [['validate', '-'], Buffer.from([0x1f, 0x8b, 1, 2, 3]), /corrupt gzip/],
    [['validate'], '', /missing required argument/],
  ] as const) {
    const r = await runCli([...args], { stdin });
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, re);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});

test('liaison stix id prints the deterministic id (human and --json); refuses what has none', async () => {
  const sco = JSON.stringify({ type: 'ipv4-addr', value: '198.51.100.3' });
  const want = 'ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4';
  assert.deepEqual(await runCli(['stix', 'id', '-'], { stdin: sco }), { code: 0, stdout: want + '\n', stderr: '' });
  const j = await runCli(['stix', 'id', '--json', file('sco.json', sco)]);
  assert.deepEqual(JSON.parse(j.stdout), { id: want });
  const p = await runCli(['stix', 'id', '-'], { stdin: '{"type":"process","pid":1}' });
  assert.equal(p.code, 2);
  assert.match(p.stderr, /UUIDv4/);
  assert.equal((await runCli(['stix', 'id', '-'], { stdin: '{"type":"indicator"}' })).code, 2);
});
