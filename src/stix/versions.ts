/**
 * STIX versioning (STIX 2.1 §3.6): versions of one object share its `id` and are told apart by `modified`; the
 * newest `modified` is the current state; revocation is final (no version may follow a revoked one); the same
 * (id, modified) with different content is a conflict that must be kept and reported, never overwritten.
 */
import { canonicalJson } from './canonical-json.js';
import { timestampKey, timestampProblem } from './validate/primitives.js';

export interface Versioned {
  id: string;
  modified?: string;
  created?: string;
  revoked?: boolean;
  [k: string]: unknown;
}

/** The version key of an object: its `modified`, else its `created` (objects that are not versioned), else ''. */
export function versionOf(o: Versioned): string {
  const v = typeof o.modified === 'string' ? o.modified : typeof o.created === 'string' ? o.created : '';
  return v && !timestampProblem(v) ? timestampKey(v) : '';
}

/** Orders two versions of an object by `modified` (§3.6): negative when `a` is older. Equal keys compare 0. */
export function compareVersions(a: Versioned, b: Versioned): number {
  const ka = versionOf(a), kb = versionOf(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Versions oldest first (a new array; stable for equal keys). */
export function orderVersions<T extends Versioned>(versions: readonly T[]): T[] {
  return [...versions].sort(compareVersions);
}

/**
 * The current state of an object from a set of its versions (§3.6.2): the newest by `modified`, except that a
 * revoked version is final — the earliest revoked version wins over anything that claims to follow it.
 */
export function latestVersion<T extends Versioned>(versions: readonly T[]): T | undefined {
  let newest: T | undefined;
  let revoked: T | undefined;
  for (const v of versions) {
    if (v.revoked === true && (!revoked || compareVersions(v, revoked) < 0)) revoked = v;
    if (!newest || compareVersions(v, newest) > 0) newest = v;
  }
  return revoked ?? newest;
}

/** Whether two objects are the same version (same id and modified) with different content: a conflict. */
export function isConflict(a: Versioned, b: Versioned): boolean {
  return a.id === b.id && versionOf(a) === versionOf(b) && canonicalJson(a) !== canonicalJson(b);
}

export type VersionVerdict =
  /** No version of this id is known. */
  | 'new'
  /** Newer than every known version: it becomes the current state. */
  | 'newer'
  /** Older than the current state: kept as history. */
  | 'older'
  /** The same (id, modified) with the same content: nothing to do. */
  | 'duplicate'
  /** The same (id, modified) with different content: keep both and report (§3.6). */
  | 'conflict'
  /** Follows a revoked version: revocation is final (§3.6.2), refused. */
  | 'after-revocation';

/** How an incoming object relates to the known versions of its id. */
export function classifyVersion(known: readonly Versioned[], incoming: Versioned): VersionVerdict {
  const same = known.filter((k) => k.id === incoming.id);
  if (same.length === 0) return 'new';
  const key = versionOf(incoming);
  for (const k of same) if (versionOf(k) === key) return canonicalJson(k) === canonicalJson(incoming) ? 'duplicate' : 'conflict';
  for (const k of same) if (k.revoked === true && versionOf(k) < key) return 'after-revocation';
  const current = latestVersion(same)!;
  return compareVersions(incoming, current) > 0 ? 'newer' : 'older';
}
