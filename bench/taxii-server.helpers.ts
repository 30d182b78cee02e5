/**
 * The TAXII benchmark's server, deployed as a user would: the sources compiled to JavaScript (as `npm ci` does),
 * then `liaison init`, `liaison collection add` and `liaison serve` in a child process of its own (request logs at info level to a file, the per-key rate limit
 * on but set high enough not to throttle the clients), so that the clients' work does not share its event loop.
 * `LIAISON_BENCH_ROOT` runs another checkout's CLI (a same-run baseline of main, say) under the same clients.
 * The server's CPU time is read from /proc, so figures per object hold even on a busy machine.
 */
import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

const ROOT = resolve(process.env.LIAISON_BENCH_ROOT ?? fileURLToPath(new URL('..', import.meta.url)));
/** The CLI compiled as `npm ci` compiles it (tsc, tsconfig.build.json), into .bench/ (ignored by git). */
const OUT = join(ROOT, '.bench/dist');
const CLI = join(OUT, 'cli/main.js');
let built: Promise<void> | undefined;

/** Compiles the sources once per run, so that the server runs as deployed: plain JavaScript, no loader. */
function build(): Promise<void> {
  built ??= promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', OUT], { cwd: ROOT }).then(
    () => undefined,
  );
  return built;
}
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS = 100;

export interface BenchServer {
  url: string;
  key: string;
  collection: string;
  /** A second collection, for the warm-up posts (kept apart from the measured one). */
  warmUpCollection: string;
  /** The server's process id (its threads' CPU times are under /proc/<pid>/task). */
  pid: number;
  /** CPU seconds (user + system) the server process has used so far. */
  cpuSeconds(): number;
  /** CPU seconds of its main thread alone (the event loop; worker and libuv threads excluded). */
  mainThreadCpuSeconds(): number;
  /** CPU seconds of each of its threads by thread id (compare two readings to find the busiest worker). */
  threadCpuSeconds(): Map<number, number>;
  /**
   * CPU seconds the PostgreSQL backends of the bench database have used so far (summed over those alive now, from
   * /proc: compare two readings while the server's pool keeps its connections); 0 on SQLite.
   */
  dbCpuSeconds(): Promise<number>;
  /**
   * The PostgreSQL server's WAL position in bytes (`pg_current_wal_lsn()`: the whole cluster's, so other databases'
   * writes count too); 0 on SQLite.
   */
  walBytes(): Promise<number>;
  stop(): Promise<void>;
}

function cliEnv(db: { url?: string }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LIAISON_RATE_LIMIT: '1000000', LIAISON_LOG_LEVEL: 'info' };
  delete env.LIAISON_DATABASE_URL;
  if (db.url) env.LIAISON_DATABASE_URL = db.url;
  return env;
}

async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, ...args, '--json'], { env, cwd: ROOT });
  return JSON.parse(stdout) as Record<string, unknown>;
}

function cpuOf(pid: number, statFile = `/proc/${pid}/stat`): number {
  try {
    // Fields after the command name (which sits in parentheses and may hold spaces): utime is the 14th field.
    const stat = readFileSync(statFile, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / TICKS;
  } catch {
    return NaN;
  }
}

/** A fresh node on `backend` (PostgreSQL: a fresh schema of `pgUrl`), served by `liaison serve` in a child process. */
export async function startBenchServer(backend: 'sqlite' | 'postgres', pgUrl?: string): Promise<BenchServer> {
  await build();
  const data = mkdtempSync(join(tmpdir(), 'liaison-bench-'));
  let schema: string | undefined;
  let dbUrl: string | undefined;
  if (backend === 'postgres') {
    schema = `b_${randomBytes(6).toString('hex')}`;
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    await c.query(`CREATE SCHEMA ${schema}`);
    await c.end();
    const u = new URL(pgUrl!);
    u.searchParams.set('options', `-c search_path=${schema}`);
    dbUrl = u.toString();
  }
  const env = cliEnv({ url: dbUrl });
  const cleanup = async () => {
    rmSync(data, { recursive: true, force: true });
    if (schema) {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    }
  };
  try {
    const init = await cli(['init', '--data', data], env);
    const col = await cli(['collection', 'add', '--title', 'bench', '--data', data], env);
    const warm = await cli(['collection', 'add', '--title', 'bench warm-up', '--data', data], env);
    const log = join(data, 'requests.log');
    // LIAISON_BENCH_SERVER_FLAGS: node flags for the server only (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
    const flags = process.env.LIAISON_BENCH_SERVER_FLAGS ?? '';
    const child = spawn('sh', ['-c', `exec "$0" ${flags} "$1" serve --data "$2" --port 0 --json 2>"$3"`, process.execPath, CLI, data, log], {
      env,
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((res, rej) => {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        const m = /"url":\s*"([^"]+)\/taxii2\/"/.exec(out);
        if (m) res(m[1]);
      });
      child.once('exit', (code) => rej(new Error(`liaison serve exited ${code}: ${out}`)));
    });
    const pid = child.pid!;
    const monitor = pgUrl ? new pg.Client({ connectionString: pgUrl }) : undefined;
    await monitor?.connect();
    return {
      url,
      key: String(init.api_key),
      collection: String(col.id),
      warmUpCollection: String(warm.id),
      pid,
      cpuSeconds: () => cpuOf(pid),
      mainThreadCpuSeconds: () => cpuOf(pid, `/proc/${pid}/task/${pid}/stat`),
      threadCpuSeconds: () => {
        const byThread = new Map<number, number>();
        try {
          for (const t of readdirSync(`/proc/${pid}/task`)) byThread.set(Number(t), cpuOf(pid, `/proc/${pid}/task/${t}/stat`));
        } catch {
          // the server has gone: no threads
        }
        return byThread;
      },
      dbCpuSeconds: async () => {
        if (!monitor) return 0;
        const r = await monitor.query(
          "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
        );
        return (r.rows as { pid: number }[]).reduce((sum, { pid: p }) => sum + (cpuOf(p) || 0), 0);
      },
      walBytes: async () => {
        if (!monitor) return 0;
        const r = await monitor.query("SELECT pg_current_wal_lsn() - '0/0'::pg_lsn AS b");
        return Number((r.rows as { b: string }[])[0].b);
      },
      stop: async () => {
        await monitor?.end();
        if (child.exitCode === null) await new Promise((r) => (child.once('exit', r), child.kill('SIGTERM')));
        await cleanup();
      },
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}
