/**
 * @module The backend-independent part of `addObjects`: given what is already stored, decide for each offered
 * version whether it is added, already present or a conflict, give each added entry its `date_added`, and work out
 * the flags of every touched object that the queries read: `is_latest_spec` (the entry has the object's newest
 * spec_version in the collection: TAXII 2.1 section 3.4.1, match[spec_version], "if no spec_version parameter is
 * provided, the server MUST return only the latest specification version") and `is_first` / `is_last` (the first
 * and last version among those latest-spec entries: the default `match[version]=last`, and `first`).
 * Backends fetch the inputs and apply the output inside one write transaction.
 */
import type { PreparedVersion } from './record.js';
import type { AddOutcome, Micros } from './types.js';
import { formatMicros, versionKey } from './time.js';

/** A version as stored on the node. */
export interface StoredVersion {
  vid: number;
  hash: string;
}

/** An entry of the collection as stored. */
export interface ExistingEntry extends Flags {
  dateAdded: Micros;
  vid: number;
  versionKey: string;
  specVersion: string;
}

/** The per-entry flags the queries read (see the module comment). */
export interface Flags {
  isFirst: boolean;
  isLast: boolean;
  isLatestSpec: boolean;
}

export interface NewEntry {
  dateAdded: Micros;
  id: string;
  type: string;
  specVersion: string;
  version: string;
  versionKey: string;
  vid: number;
  isFirst: boolean;
  isLast: boolean;
  isLatestSpec: boolean;
}

export interface PlannedConflict {
  /** Index into the input (and the outcomes) it belongs to. */
  index: number;
  id: string;
  version: string;
  storedHash: string;
  offeredHash: string;
  offeredJson: string;
}

export interface AddPlan {
  /** Outcomes in input order; conflicts carry conflictId 0 until the backend stores them. */
  outcomes: AddOutcome[];
  entries: NewEntry[];
  flagUpdates: ({ dateAdded: Micros } & Flags)[];
  conflicts: PlannedConflict[];
  lastDateAdded: Micros;
}

export const versionMapKey = (id: string, vkey: string): string => `${id}\u0000${vkey}`;

/**
 * Plans one `addObjects` call. `versions` maps (id, vkey) to the stored version (the backend stored the first
 * offered content of every version not yet on the node before calling this); `existing` lists the collection's
 * entries of every offered id; date_added starts after max(lastDateAdded, now - 1).
 */
export function planAdd(
  records: readonly PreparedVersion[],
  versions: ReadonlyMap<string, StoredVersion>,
  existing: ReadonlyMap<string, readonly ExistingEntry[]>,
  lastDateAdded: Micros,
  now: Micros,
): AddPlan {
  let clock = Math.max(lastDateAdded + 1, now);
  const outcomes: AddOutcome[] = [];
  const entries: NewEntry[] = [];
  const conflicts: PlannedConflict[] = [];
  // Per touched object: every entry (existing and new) with its ordering key, to settle first/last at the end.
  const touched = new Map<string, { dateAdded: Micros; versionKey: string; specVersion: string; was?: Flags; fresh?: NewEntry }[]>();
  const seen = new Map<string, Map<number, Micros>>(); // id -> vid -> date_added in this collection

  records.forEach((r, index) => {
    const stored = versions.get(versionMapKey(r.id, r.vkey));
    if (!stored) throw new Error(`store: version ${r.id} ${r.vkey} missing from the lookup`);
    if (stored.hash !== r.hash) {
      const version = r.versionText ?? r.vkey;
      conflicts.push({ index, id: r.id, version, storedHash: stored.hash, offeredHash: r.hash, offeredJson: r.json });
      outcomes.push({ status: 'conflict', id: r.id, version, conflictId: 0 });
      return;
    }
    let vids = seen.get(r.id);
    let all = touched.get(r.id);
    if (!vids || !all) {
      vids = new Map();
      all = [];
      for (const e of existing.get(r.id) ?? []) {
        vids.set(e.vid, e.dateAdded);
        all.push({ dateAdded: e.dateAdded, versionKey: e.versionKey, specVersion: e.specVersion, was: e });
      }
      seen.set(r.id, vids);
      touched.set(r.id, all);
    }
    const already = vids.get(stored.vid);
    if (already !== undefined) {
      outcomes.push({ status: 'present', id: r.id, version: r.versionText ?? formatMicros(already), dateAdded: already });
      return;
    }
    const dateAdded = clock++;
    const version = r.versionText ?? formatMicros(dateAdded);
    const vk = r.orderKey ?? (versionKey(version) as string);
    const entry: NewEntry = {
      dateAdded, id: r.id, type: r.type, specVersion: r.specVersion, version, versionKey: vk, vid: stored.vid, isFirst: false, isLast: false, isLatestSpec: false,
    };
    entries.push(entry);
    vids.set(stored.vid, dateAdded);
    all.push({ dateAdded, versionKey: vk, specVersion: r.specVersion, fresh: entry });
    outcomes.push({ status: 'added', id: r.id, version, dateAdded });
  });

  const flagUpdates: AddPlan['flagUpdates'] = [];
  for (const all of touched.values()) {
    if (!all.some((e) => e.fresh)) continue;
    const flags = settleFlags(all);
    all.forEach((e, i) => {
      const f = flags[i];
      if (e.fresh) Object.assign(e.fresh, f);
      else if (e.was && !sameFlags(e.was, f)) flagUpdates.push({ dateAdded: e.dateAdded, ...f });
    });
  }
  return { outcomes, entries, flagUpdates, conflicts, lastDateAdded: entries.length ? clock - 1 : lastDateAdded };
}

export const sameFlags = (a: Flags, b: Flags): boolean => a.isFirst === b.isFirst && a.isLast === b.isLast && a.isLatestSpec === b.isLatestSpec;

/**
 * The flags of every entry of one object in one collection (in the order given): the latest spec version is the
 * greatest `spec_version` as text (`2.0` < `2.1`, as the migrations compute it in SQL); first and last are taken
 * among the entries of that spec version by (versionKey, dateAdded).
 */
export function settleFlags(all: readonly { dateAdded: Micros; versionKey: string; specVersion: string }[]): Flags[] {
  let latest = all[0].specVersion;
  for (const e of all) if (e.specVersion > latest) latest = e.specVersion;
  const { first, last } = firstAndLast(all.filter((e) => e.specVersion === latest));
  return all.map((e) => ({ isFirst: e === first, isLast: e === last, isLatestSpec: e.specVersion === latest }));
}

/** The earliest and latest entries by (versionKey, dateAdded): the `first` and `last` of TAXII's match[version]. */
export function firstAndLast<T extends { dateAdded: Micros; versionKey: string }>(all: readonly T[]): { first: T; last: T } {
  let first = all[0];
  let last = all[0];
  for (const e of all) {
    if (e.versionKey < first.versionKey || (e.versionKey === first.versionKey && e.dateAdded < first.dateAdded)) first = e;
    if (e.versionKey > last.versionKey || (e.versionKey === last.versionKey && e.dateAdded > last.dateAdded)) last = e;
  }
  return { first, last };
}
