/**
 * @module The PostgreSQL store's signal of metadata changes made by any process (migration 7): a connection of its
 * own that LISTENs on `liaison_meta`, and a counter that every notification for this store's schema moves. The
 * node's metadata cache (src/node/meta-cache.ts) compares the counter at each read, so that a key revoked or a grant
 * removed by another process counts as soon as its COMMIT is delivered here, instead of after the cache's time to
 * live. While the connection is down, nothing tells us of changes: the counter then moves at every reading (no
 * cached value is used) until a new connection listens again.
 */
import pg from 'pg';

const CHANNEL = 'liaison_meta';
const RETRY_MS = 1000;

export class MetaListener {
  private version = 0;
  private client: pg.Client | undefined;
  private schema: string | undefined;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(private readonly config: pg.ClientConfig) {}

  /** Connects and listens; on failure keeps trying in the background (the counter moves meanwhile). */
  async start(): Promise<void> {
    const c = new pg.Client(this.config);
    let down = false;
    const lost = () => {
      if (down) return;
      down = true;
      if (this.client === c) this.client = undefined;
      c.end().catch(() => undefined);
      if (!this.closed) this.retry = setTimeout(() => void this.start(), RETRY_MS).unref();
    };
    c.on('error', lost);
    c.on('end', lost);
    c.on('notification', (n) => {
      if (n.channel === CHANNEL && n.payload === this.schema) this.version++;
    });
    try {
      await c.connect();
      this.schema = String((await c.query('SELECT current_schema() AS s')).rows[0].s);
      await c.query(`LISTEN ${CHANNEL}`);
      if (this.closed || down) {
        lost();
        return;
      }
      this.client = c;
      this.version++; // whatever changed while nobody listened
    } catch {
      lost();
    }
  }

  /** A number that differs whenever metadata may have changed since the last reading. */
  current(): number {
    return this.client ? this.version : ++this.version;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const c = this.client;
    this.client = undefined;
    await c?.end().catch(() => undefined);
  }
}
