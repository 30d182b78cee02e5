/** The node's CLI contract: init, user, key, collection, grant, revoke, import, export and serve (HTTP and HTTPS). */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawn, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Agent } from 'node:https';
import { get } from 'node:https';
import { runCli } from '../../../test/helpers/cli.js';
import { makeIndicator } from '../../store/testing/objects.js';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
let dir: string;
let data: string;
const env = { LIAISON_DATABASE_URL: '' };
const cli = (...args: string[]) => runCli([...args, '--data', data], { env });

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'liaison-cli-'));
  data = join(dir, 'data');
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `liaison serve` and resolves once it printed its URL. */
function serve(args: string[]): Promise<{ url: string; out: string; stop(): Promise<number> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--data', data, '--port', '0', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d) => {
      out += d;
      const m = /at (https?:\/\/\S+\/taxii2\/)/.exec(out);
      if (m) {
        resolve({
          url: m[1],
          out,
          stop: () =>
            new Promise((res) => {
              child.once('exit', (code) => res(code ?? -1));
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${out} ${err}`)));
  });
}

test('init prints the admin key once; a second init refuses; commands before init say so', async () => {
  const before = await cli('collection', 'list');
  assert.equal(before.code, 2);
  assert.match(before.stderr, /liaison init/);
  const r = await cli('init', '--json');
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.match(doc.api_key, /^liaison_[0-9a-f]{16}_/);
  assert.match(doc.identity, /^identity--/);
  const again = await cli('init');
  assert.equal(again.code, 2);
  assert.doesNotMatch(again.stdout + again.stderr, /liaison_[0-9a-f]{16}_/);
});

test('users, keys, collections, grants, import, export, serve', async () => {
  const alice = JSON.parse((await cli('user', 'add', 'alice', '--password', 'a long enough password', '--json')).stdout);
  assert.match(alice.api_key, /^liaison_/);
  const human = await cli('user', 'add', 'bob');
  assert.equal(human.code, 0);
  assert.match(human.stdout, /liaison_[0-9a-f]{16}_\S+/);
  assert.equal((await cli('user', 'add', 'bob')).code, 2);
  const col = JSON.parse((await cli('collection', 'add', '--title', 'Main', '--alias', 'main', '--description', 'd', '--json')).stdout);
  assert.match(col.id, /^[0-9a-f-]{36}$/);
  assert.equal(col.alias, 'main');
  const pub = await cli('collection', 'add', '--title', 'Open', '--public');
  assert.match(pub.stdout, /Created collection [0-9a-f-]{36}: Open \[public\]/);
  const list = JSON.parse((await cli('collection', 'list', '--json')).stdout);
  assert.equal(list.collections.length, 2);
  assert.deepEqual(JSON.parse((await cli('grant', 'alice', 'main', '--json')).stdout), { user: 'alice', collection: col.id, read: true, write: false });
  assert.deepEqual(JSON.parse((await cli('grant', 'alice', 'main', '--write', '--json')).stdout), { user: 'alice', collection: col.id, read: true, write: true });
  assert.equal((await cli('grant', 'nobody', 'main')).code, 2);
  assert.equal((await cli('grant', 'alice', 'nowhere')).code, 2);
  const k = JSON.parse((await cli('key', 'add', 'bob', '--json')).stdout);
  assert.equal((await cli('key', 'revoke', k.key_id)).code, 0);
  assert.equal((await cli('key', 'revoke', 'nope')).code, 2);

  // import: a plain bundle, a gzip bundle; refused objects are reported and make the exit code 1
  const objs = Array.from({ length: 30 }, (_, i) => makeIndicator(9, i));
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ type: 'bundle', id: 'bundle--00000000-0000-4000-8000-000000000000', objects: objs.slice(0, 20) }));
  writeFileSync(join(dir, 'b.json.gz'), gzipSync(JSON.stringify({ type: 'bundle', id: 'bundle--00000000-0000-4000-8000-000000000001', objects: [...objs.slice(15), { type: 'indicator', id: 'bad' }] })));
  const imp = await cli('import', join(dir, 'a.json'), join(dir, 'b.json.gz'), '--collection', 'main', '--json');
  assert.equal(imp.code, 1, imp.stderr);
  const rep = JSON.parse(imp.stdout);
  assert.equal(rep.files[0].added, 20);
  assert.equal(rep.files[1].added, 10);
  assert.equal(rep.files[1].present, 5);
  assert.equal(rep.files[1].refused.length, 1);
  assert.match(rep.files[1].refused[0].message, /^[a-z][a-z0-9-]*: /);
  const humanImp = await cli('import', join(dir, 'a.json'), '--collection', 'main');
  assert.equal(humanImp.code, 0);
  assert.match(humanImp.stdout, /20 objects, 0 added, 20 already present, 0 refused/);
  writeFileSync(join(dir, 'bad.json'), '{"objects": [');
  assert.equal((await cli('import', join(dir, 'bad.json'), '--collection', 'main')).code, 2);
  assert.equal((await cli('import', join(dir, 'missing.json'), '--collection', 'main')).code, 2);

  const exp = await cli('export', '--collection', 'main');
  assert.equal(exp.code, 0, exp.stderr);
  const bundle = JSON.parse(exp.stdout);
  assert.equal(bundle.type, 'bundle');
  assert.deepEqual(bundle.objects.map((o: any) => o.id), objs.map((o) => o.id));

  // serve: URL printed, TAXII answered with the CLI-made users and grants, clean stop
  const node = await serve([]);
  try {
    assert.match(node.url, /^http:\/\/127\.0\.0\.1:\d+\/taxii2\/$/);
    assert.doesNotMatch(node.out, /liaison_[0-9a-f]{16}_/, 'no key on a later start');
    const base = node.url.replace(/\/taxii2\/$/, '');
    const r = await fetch(`${base}/api/collections/main/objects/?limit=5`, { headers: { Authorization: `Basic ${Buffer.from('alice:a long enough password').toString('base64')}` } });
    assert.equal(r.status, 200);
    assert.equal(((await r.json()) as any).objects.length, 5);
    const revoked = await fetch(`${base}/taxii2/`, { headers: { Authorization: `Bearer ${k.api_key}` } });
    assert.equal(revoked.status, 401);
  } finally {
    assert.equal(await node.stop(), 0);
  }
});

test('serve creates the node on first start, prints the key, and speaks HTTPS (TLS 1.2+) when given a certificate', async () => {
  data = join(dir, 'fresh');
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
  const node = await serve(['--tls-cert', cert, '--tls-key', key]);
  try {
    assert.match(node.url, /^https:\/\//);
    const adminKey = /(liaison_[0-9a-f]{16}_\S+)/.exec(node.out)?.[1];
    assert.ok(adminKey, node.out);
    const status = (version: 'TLSv1.1' | 'TLSv1.2') =>
      new Promise<number | string>((resolve) => {
        const agent = new Agent({ rejectUnauthorized: false, maxVersion: version, minVersion: version === 'TLSv1.1' ? 'TLSv1' : 'TLSv1.2' });
        get(node.url, { agent, headers: { Authorization: `Bearer ${adminKey}` } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        }).on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      });
    assert.equal(await status('TLSv1.2'), 200);
    assert.notEqual(await status('TLSv1.1'), 200);
  } finally {
    assert.equal(await node.stop(), 0);
  }
  const bad = await runCli(['serve', '--data', data, '--tls-cert', cert], { env });
  assert.equal(bad.code, 2);
});
