/**
 * @module The two runs of SQLite's index from id key to version row (migration 6). New versions' keys go to
 * `recent_keys`, kept small so that a commit of random ids touches few of its pages; when it has grown to a
 * fraction of the large run, it is moved into `version_keys` in key order, so each page of the large run is written
 * once per merge rather than once per version added. The fraction bounds both costs: the recent run stays about
 * 1/32 of the large one (at least MIN_RUN keys), and a merge rewrites the large run once per that many versions.
 */
import type Database from 'better-sqlite3';

/** The fewest keys the recent run gathers before a merge (about 20 pages of it). */
const MIN_RUN = 4096;
/** The recent run grows to this fraction of all versions before a merge. */
const RUN_FRACTION = 32;
/** Keys per multi-row insert (two parameters each). */
const CHUNK = 200;

export class KeyRuns {
  /** Keys in the recent run as this connection last counted them (another process may add or merge too). */
  private recent: number | undefined;
  private mergeAt = MIN_RUN;
  private readonly inserts = new Map<number, Database.Statement>();
  private readonly countRecent: Database.Statement;
  private readonly lastVid: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.countRecent = db.prepare('SELECT count(*) FROM recent_keys').pluck();
    this.lastVid = db.prepare('SELECT max(vid) FROM object_versions').pluck();
  }

  private insert(count: number): Database.Statement {
    let st = this.inserts.get(count);
    if (!st) {
      st = this.db.prepare(`INSERT INTO recent_keys (id_key, vid) VALUES ${Array.from({ length: count }, () => '(?, ?)').join(', ')}`);
      this.inserts.set(count, st);
    }
    return st;
  }

  /** Adds the keys of new version rows, merging the runs when the recent one is due. Inside a write transaction. */
  add(keys: readonly { idKey: number; vid: number }[]): void {
    const before = this.recent ?? (this.countRecent.get() as number);
    for (let i = 0; i < keys.length; i += CHUNK) {
      const chunk = keys.slice(i, i + CHUNK);
      const params: number[] = [];
      for (const k of chunk) params.push(k.idKey, k.vid);
      this.insert(chunk.length).run(...params);
    }
    this.recent = before + keys.length;
    if (this.recent >= this.mergeAt) this.merge();
  }

  /** Moves the recent run into the large one (if it is still due: another process may have merged it). */
  private merge(): void {
    const recent = this.countRecent.get() as number;
    if (recent >= this.mergeAt) {
      // recent_keys is read in key order (its primary key), so the large run takes the keys in order.
      this.db.exec('INSERT INTO version_keys (id_key, vid) SELECT id_key, vid FROM recent_keys ORDER BY id_key, vid; DELETE FROM recent_keys');
      this.recent = 0;
    } else this.recent = recent;
    // The versions' row numbers count them (versions are never removed).
    this.mergeAt = Math.max(MIN_RUN, Math.floor(((this.lastVid.get() as number | null) ?? 0) / RUN_FRACTION));
  }
}
