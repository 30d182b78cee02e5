/**
 * Test and benchmark harness: a real node on a real socket over a fresh database of each backend (SQLite always,
 * PostgreSQL when LIAISON_TEST_PG is set), with a small TAXII client on fetch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { StoreConfig } from '../../store/store.js';
import { startNode, type NodeOptions, type RunningNode } from '../../node/node.js';

export const TAXII = 'application/taxii+json;version=2.1';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** A fresh, empty database. */
  fresh(): Promise<StoreConfig>;
  cleanup(): Promise<void>;
}

export function sqliteBackend(): Backend {
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    async fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'liaison-taxii-'));
      dirs.push(dir);
      return { kind: 'sqlite', path: join(dir, 'liaison.db') };
    },
    async cleanup() {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}

export function postgresBackend(url: string): Backend {
  const schemas: string[] = [];
  return {
    name: 'postgres',
    async fresh() {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      return { kind: 'postgres', url, schema, poolSize: 8 };
    },
    async cleanup() {
      if (!schemas.length) return;
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      for (const s of schemas.splice(0)) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      await c.end();
    },
  };
}

/** The backends to run on: SQLite, and PostgreSQL when LIAISON_TEST_PG is a postgres:// URL. */
export function backends(): Backend[] {
  const url = process.env.LIAISON_TEST_PG;
  return url ? [sqliteBackend(), postgresBackend(url)] : [sqliteBackend()];
}

export interface LiveNode extends RunningNode {
  url: string;
  adminKey: string;
}

/** Starts a node on 127.0.0.1 on a free port. */
export async function liveNode(config: StoreConfig, options: NodeOptions = {}): Promise<LiveNode> {
  const node = await startNode(config, { create: true, rateLimit: 0, ...options });
  const address = await node.app.listen({ host: '127.0.0.1', port: 0 });
  return { ...node, url: address, adminKey: node.created!.adminKey };
}

export interface Res {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

/** A TAXII request: the TAXII Accept header unless given, JSON bodies as TAXII envelopes. */
export async function taxii(
  base: string,
  path: string,
  opts: { method?: string; key?: string; auth?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Res> {
  const headers: Record<string, string> = { Accept: TAXII, ...opts.headers };
  if (opts.key) headers.Authorization = `Bearer ${opts.key}`;
  if (opts.auth) headers.Authorization = opts.auth;
  let body: string | Buffer | undefined;
  if (opts.body !== undefined) {
    body = typeof opts.body === 'string' || Buffer.isBuffer(opts.body) ? opts.body : JSON.stringify(opts.body);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = TAXII;
  }
  const r = await fetch(base + path, { method: opts.method ?? (body !== undefined ? 'POST' : 'GET'), headers, body });
  const text = await r.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: r.status, headers: r.headers, text, json };
}
