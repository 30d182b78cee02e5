/**
 * The review queue: drafts wait here until an analyst accepts or rejects them. Nothing in a draft is shared before
 * that. `DraftQueue` is the seam (a store-backed queue can replace the file one); `FileDraftQueue` keeps one JSON
 * file per draft under `<data dir>/drafts/`, written atomically (temporary file, fsync, rename).
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { LiaisonError } from '../../errors.js';

export type DraftStatus = 'pending' | 'accepted' | 'rejected';

export interface DraftSource {
  name: string;
  format: string;
  title?: string;
  published?: string;
  /** SHA-256 of the original bytes. */
  sha256: string;
}

export interface Draft {
  id: string;
  status: DraftStatus;
  createdAt: string;
  source: DraftSource;
  extractor: string;
  /** The collection the submitter suggested; accept may choose another. */
  collection?: string;
  bundle: { type: 'bundle'; id: string; objects: Record<string, unknown>[] };
  /** The user who submitted it over the API (absent for `liaison ingest` on the node's machine). */
  submittedBy?: string;
  decidedAt?: string;
  /** The user who accepted or rejected it over the API. */
  decidedBy?: string;
  /** Why a draft was rejected. */
  reason?: string;
  /** Where the accepted bundle went. */
  storedIn?: string;
}

export interface DraftQueue {
  /** Adds a new pending draft; returns it with its id. */
  add(d: Omit<Draft, 'id' | 'status' | 'createdAt'>): Promise<Draft>;
  /** A draft by id, or null. */
  get(id: string): Promise<Draft | null>;
  /** Drafts, oldest first, optionally of one status. */
  list(status?: DraftStatus): Promise<Draft[]>;
  /** Replaces a draft (same id); the caller checks the state transition. */
  put(d: Draft): Promise<void>;
  /**
   * Takes the draft for a decision, so that two decisions on it (two simultaneous `review accept`) cannot both
   * run: the second fails with DRAFT_STATE while the first holds it. Returns the release.
   */
  claim(id: string): Promise<() => Promise<void>>;
}

/** A lock older than this was left by a process that died mid-decision; it is taken over. */
export const LOCK_STALE_MS = 10 * 60 * 1000;

const ID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class FileDraftQueue implements DraftQueue {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'drafts');
  }

  private path(id: string): string {
    if (!ID_RE.test(id)) throw new LiaisonError('NOT_FOUND', { what: `draft ${JSON.stringify(id)}` });
    return join(this.dir, `${id}.json`);
  }

  async add(d: Omit<Draft, 'id' | 'status' | 'createdAt'>): Promise<Draft> {
    const draft: Draft = { id: randomUUID(), status: 'pending', createdAt: new Date().toISOString(), ...d };
    await this.put(draft);
    return draft;
  }

  async get(id: string): Promise<Draft | null> {
    let raw: string;
    try {
      raw = await readFile(this.path(id), 'utf8');
    } catch (e) {
      if (e instanceof LiaisonError || (e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new LiaisonError('FILE_UNREADABLE', { file: this.path(id), reason: String((e as Error).message) });
    }
    try {
      return JSON.parse(raw) as Draft;
    } catch (e) {
      throw new LiaisonError('NOT_JSON', { file: this.path(id), reason: (e as Error).message });
    }
  }

  async list(status?: DraftStatus): Promise<Draft[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const out: Draft[] = [];
    for (const n of names) {
      if (!n.endsWith('.json')) continue;
      const d = await this.get(n.slice(0, -5)).catch(() => null);
      if (d && (!status || d.status === status)) out.push(d);
    }
    return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  /** An exclusive lock file `<id>.json.lock` created with O_EXCL (`wx`): the file system arbitrates. */
  async claim(id: string): Promise<() => Promise<void>> {
    const lock = `${this.path(id)}.lock`;
    await mkdir(this.dir, { recursive: true });
    for (let attempt = 0; ; attempt++) {
      try {
        const fh = await open(lock, 'wx', 0o600);
        try {
          await fh.writeFile(JSON.stringify({ pid: process.pid, at: new Date().toISOString() }) + '\n');
        } finally {
          await fh.close();
        }
        return async () => {
          await unlink(lock).catch(() => undefined);
        };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new LiaisonError('FILE_UNREADABLE', { file: lock, reason: String((e as Error).message) });
        const st = await stat(lock).catch(() => null);
        if (attempt === 0 && st && Date.now() - st.mtimeMs > LOCK_STALE_MS) {
          // Renaming is atomic: of two processes taking over the same stale lock, one wins and both retry `wx`.
          const aside = `${lock}.${randomUUID()}.stale`;
          if (await rename(lock, aside).then(() => true, () => false)) await unlink(aside).catch(() => undefined);
          continue;
        }
        throw new LiaisonError('DRAFT_STATE', { what: id, reason: 'another decision on it is in progress' });
      }
    }
  }

  async put(d: Draft): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const final = this.path(d.id);
    const tmp = `${final}.${process.pid}.${randomUUID()}.tmp`;
    const fh = await open(tmp, 'w', 0o600);
    try {
      await fh.writeFile(JSON.stringify(d, null, 2) + '\n');
      await fh.sync();
    } finally {
      await fh.close();
    }
    try {
      await rename(tmp, final);
    } catch (e) {
      await unlink(tmp).catch(() => undefined);
      throw e;
    }
  }
}
