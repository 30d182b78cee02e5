/**
 * @module Which of a partner's incoming versions are stored, the same for both ways in (our pull from its node, its
 * push into our inbound collection): a version this node already holds from another source (our own, another
 * partner's) stays where it is, neither echoed nor copied twice; under review (`agreement set … --review`) a version
 * an analyst already accepted or rejected is not put on hold again when the partner sends it anew.
 */
import type { StixObject, Store } from '../../store/store.js';
import { decidedVersions } from '../conversation/held.js';

/** The version an incoming object states (`modified`, else `created`), as provenance and review decisions key it. */
export const versionOf = (o: Record<string, unknown>): string => String(o.modified ?? o.created ?? '');

export interface Intake {
  /** The versions to store. */
  fresh: StixObject[];
  /** The versions left out (held elsewhere or already decided), in input order. */
  skipped: StixObject[];
}

/** Splits validated `objects` from `partner` into those to store and those to leave out. */
export async function sortIncoming(store: Store, partner: string, review: boolean, objects: readonly StixObject[]): Promise<Intake> {
  const known = new Map<string, { kind: string; source: string }>();
  const stated = objects.filter((o) => versionOf(o) !== '');
  for (let i = 0; i < stated.length; i += 5000) {
    for (const p of await store.getProvenance(stated.slice(i, i + 5000).map((o) => ({ id: o.id, version: versionOf(o) })))) known.set(`${p.id}\u0000${p.version}`, p);
  }
  const decided = review ? await decidedVersions(store, partner, stated.map((o) => ({ id: o.id, version: versionOf(o) }))) : new Set<string>();
  const out: Intake = { fresh: [], skipped: [] };
  for (const o of objects) {
    const key = `${o.id}\u0000${versionOf(o)}`;
    const p = known.get(key);
    const skip = (p !== undefined && !(p.kind === 'partner' && p.source === partner)) || decided.has(key);
    (skip ? out.skipped : out.fresh).push(o);
  }
  return out;
}
