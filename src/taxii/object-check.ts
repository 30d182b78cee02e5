/**
 * @module What a worker thread works out for a list of received objects before the event loop stores them: the
 * node's validator's verdict on each (TAXII 2.1 §5.5) and, for the valid ones, what the store writes
 * (`prepareVersion`: canonical JSON, hash, version key). Used by the validation pool for posted envelopes
 * (./validate-worker.ts) and by the sync's pull worker for pulled pages (../exchange/sync/pull-worker.ts).
 */
import { defaultValidator, type ObjectVerdict } from './validate.js';
import { prepareVersion, type PreparedVersion } from '../store/record.js';
import type { StixObject } from '../store/types.js';

/** `null` for a valid object, its errors otherwise, `false` for something that is not a JSON object. */
export type WorkerVerdict = null | false | ObjectVerdict['errors'];

/** Per object of a list, in order: its verdict and (valid ones) the store's derivation of it. */
export interface ObjectsCheck {
  verdicts: WorkerVerdict[];
  /** `prepareVersion` of each valid object; null for the others and where the store would refuse it. */
  prepared: (PreparedVersion | null)[];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The store's derivation of a valid object, or null where it refuses it (the event loop then finds out itself). */
function prepared(o: Record<string, unknown>): PreparedVersion | null {
  try {
    return prepareVersion(o as StixObject);
  } catch {
    return null;
  }
}

/** Checks `list` with the node's own validator (`defaultValidator`). */
export function checkObjects(list: readonly unknown[]): ObjectsCheck {
  const out: ObjectsCheck = { verdicts: [], prepared: [] };
  for (const o of list) {
    if (!isPlainObject(o)) {
      out.verdicts.push(false);
      out.prepared.push(null);
      continue;
    }
    const v = defaultValidator(o);
    out.verdicts.push(v.valid ? null : v.errors);
    out.prepared.push(v.valid ? prepared(o) : null);
  }
  return out;
}
