/**
 * A node in its own process, for the multi-process and crash tests: argv[2] is the store configuration (JSON).
 * Prints one JSON line `{ url, adminKey? }` once listening (adminKey on the start that created the node) and serves
 * until SIGTERM (clean stop) or SIGKILL (the crash test).
 */
import { startNode } from '../../node/node.js';
import type { StoreConfig } from '../../store/store.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Starts this file as a child process; resolves once it printed its URL. */
export function spawnServer(config: StoreConfig): Promise<{ url: string; adminKey?: string; child: ChildProcess; stop(): Promise<void> }> {
  const file = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl < 0) return;
      const info = JSON.parse(out.slice(0, nl)) as { url: string; adminKey?: string };
      resolve({
        ...info,
        child,
        stop: () =>
          new Promise<void>((r) => {
            if (child.exitCode !== null || child.signalCode !== null) return r();
            child.once('exit', () => r());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code, signal) => {
      if (!out.includes('\n')) reject(new Error(`server child exited ${code ?? signal}: ${err}`));
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const config = JSON.parse(process.argv[2]) as StoreConfig;
  const node = await startNode(config, { create: true, rateLimit: 0 });
  const url = await node.app.listen({ host: '127.0.0.1', port: 0 });
  process.stdout.write(JSON.stringify({ url, adminKey: node.created?.adminKey }) + '\n');
  process.on('SIGTERM', () => void node.close().then(() => process.exit(0)));
}
