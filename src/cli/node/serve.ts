/**
 * `liaison serve`: opens (and on first start creates) the node, serves TAXII 2.1 over HTTP, or HTTPS with
 * --tls-cert/--tls-key (TLS 1.2 or later), prints the URL (and, on first start, the admin key), and stops cleanly
 * on SIGINT/SIGTERM. Request logs (pino, JSON) go to stderr with Authorization headers redacted.
 */
import { readFileSync } from 'node:fs';
import { LiaisonError } from '../../errors.js';
import { startNode } from '../../node/node.js';
import { emit } from '../output.js';
import { configFor, type DataOptions } from './open.js';

export interface ServeOptions extends DataOptions {
  host: string;
  port: string;
  tlsCert?: string;
  tlsKey?: string;
}

function readPem(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new LiaisonError('FILE_UNREADABLE', { file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
}

export async function serveCommand(opts: ServeOptions): Promise<void> {
  if (!/^\d{1,5}$/.test(opts.port) || Number(opts.port) > 65535) throw new LiaisonError('USAGE', { detail: `--port ${opts.port}: not a port number` });
  if (Boolean(opts.tlsCert) !== Boolean(opts.tlsKey)) throw new LiaisonError('USAGE', { detail: '--tls-cert and --tls-key go together' });
  const tls = opts.tlsCert && opts.tlsKey ? { cert: readPem(opts.tlsCert), key: readPem(opts.tlsKey) } : undefined;
  const rate = process.env.LIAISON_RATE_LIMIT;
  if (rate !== undefined && !/^\d+$/.test(rate)) throw new LiaisonError('USAGE', { detail: 'LIAISON_RATE_LIMIT: requests per second per key, a whole number (0: off)' });
  const interval = process.env.LIAISON_SYNC_INTERVAL_MS;
  if (interval !== undefined && !/^\d+$/.test(interval)) throw new LiaisonError('USAGE', { detail: 'LIAISON_SYNC_INTERVAL_MS: milliseconds between syncs, a whole number' });
  const node = await startNode(configFor(opts.data, true), {
    create: true,
    sync: { intervalMs: interval === undefined ? 1000 : Math.max(50, Number(interval)) },
    tls,
    rateLimit: rate === undefined ? 200 : Number(rate),
    logger: { level: process.env.LIAISON_LOG_LEVEL ?? 'info', stream: process.stderr },
  });
  let address: string;
  try {
    address = await node.app.listen({ host: opts.host, port: Number(opts.port) });
  } catch (e) {
    await node.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new LiaisonError('USAGE', { detail: `cannot listen on ${opts.host}:${opts.port}: ${code}` });
    }
    throw e;
  }
  const url = `${address}/taxii2/`;
  const created = node.created;
  emit(
    Boolean(opts.json),
    { url, data: opts.data, ...(created && { created: true, admin: created.admin, key_id: created.keyId, api_key: created.adminKey }) },
    () =>
      (created ? `Created the node in ${opts.data}\nAdmin API key (shown once; keep it safe):\n  ${created.adminKey}\n` : '') +
      `Liaison serving TAXII 2.1 at ${url}\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      node.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
