/**
 * @module What `liaison sync status [NAME] --json` and `GET /liaison/v1/sync` show (issue 5: "every failure
 * explicit"): per partner, its last run (with the counts moved per collection and direction), its last success, the
 * checkpoint of each collection and direction, and every object refused, by which side, with the reason given.
 */
import type { Store } from '../../store/store.js';
import { mustPartner } from './partners.js';

/** How many recent runs are searched for the last success, and how many refusals are listed, per partner. */
const RUNS = 50;
const REFUSALS = 1000;

export interface PartnerSyncStatus {
  partner: string;
  last_run: ({ run: number; started: string; finished: string | null; ok: boolean | null } & Record<string, unknown>) | null;
  last_success: string | null;
  checkpoints: { collection: string; direction: string; position: string; updated: string }[];
  refused: { side: string; direction: string; collection: string; id: string; version: string; code: string; reason: string; at: string }[];
}

/** The sync status of one partner (NOT_FOUND when unknown) or of every partner. */
export async function syncStatus(store: Store, name?: string): Promise<PartnerSyncStatus[]> {
  const partners = name !== undefined ? [await mustPartner(store, name)] : await store.listPartners();
  return Promise.all(partners.map(async (p) => {
    const runs = await store.listSyncRuns({ partner: p.name, limit: RUNS });
    const lastSuccess = runs.find((r) => r.ok === true);
    const last = runs[0];
    return {
      partner: p.name,
      last_run: last ? { run: last.runId, started: last.startedAt, finished: last.finishedAt, ok: last.ok, ...last.summary } : null,
      last_success: lastSuccess?.finishedAt ?? null,
      checkpoints: (await store.listCheckpoints(p.name)).map((c) => ({ collection: c.collection, direction: c.direction, position: c.position, updated: c.updatedAt })),
      refused: (await store.listRefusals({ partner: p.name, limit: REFUSALS })).map((r) => ({
        side: r.side, direction: r.direction, collection: r.collection, id: r.objectId, version: r.version, code: r.code, reason: r.message, at: r.at,
      })),
    };
  }));
}
