/**
 * The worker side of the validation pool (validate-pool.ts): parses an envelope's JSON text and runs the node's
 * validator on each object (TAXII 2.1 §5.5), answering `null` for a valid object, its errors otherwise, and
 * `false` where the list holds something that is not a JSON object. For each valid object it also derives what the
 * store writes (`prepareVersion`: canonical JSON, hash, version key), the other costly step of a post. Runs off the
 * event loop of the server.
 */
import { parentPort } from 'node:worker_threads';
import { defaultValidator, type ObjectVerdict } from './validate.js';
import { prepareVersion, type PreparedVersion } from '../store/record.js';

export type WorkerVerdict = null | false | ObjectVerdict['errors'];

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The store's derivation of a valid object, or null where it refuses it (the server then finds out itself). */
function prepared(o: Record<string, unknown>): PreparedVersion | null {
  try {
    return prepareVersion(o as Parameters<typeof prepareVersion>[0]);
  } catch {
    return null;
  }
}

parentPort?.on('message', (m: { id: number; text: string }) => {
  let verdicts: WorkerVerdict[] | null = null;
  const prepare: (PreparedVersion | null)[] = [];
  try {
    const env = JSON.parse(m.text) as { objects?: unknown };
    const list = Array.isArray(env.objects) ? env.objects : [];
    verdicts = list.map((o) => {
      if (!isPlainObject(o)) return prepare.push(null), false;
      const v = defaultValidator(o);
      prepare.push(v.valid ? prepared(o) : null);
      return v.valid ? null : v.errors;
    });
  } catch {
    verdicts = null; // the server validates on its own thread then
  }
  parentPort!.postMessage({ id: m.id, verdicts, prepared: verdicts ? prepare : null });
});
parentPort?.postMessage({ ready: true });
