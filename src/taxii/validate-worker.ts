/**
 * The worker side of the validation pool (validate-pool.ts): parses an envelope's JSON text and runs the node's
 * validator on each object (TAXII 2.1 §5.5), answering `null` for a valid object, its errors otherwise, and
 * `false` where the list holds something that is not a JSON object. Runs off the event loop of the server.
 */
import { parentPort } from 'node:worker_threads';
import { defaultValidator, type ObjectVerdict } from './validate.js';

export type WorkerVerdict = null | false | ObjectVerdict['errors'];

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

parentPort?.on('message', (m: { id: number; text: string }) => {
  let verdicts: WorkerVerdict[] | null = null;
  try {
    const env = JSON.parse(m.text) as { objects?: unknown };
    const list = Array.isArray(env.objects) ? env.objects : [];
    verdicts = list.map((o) => {
      if (!isPlainObject(o)) return false;
      const v = defaultValidator(o);
      return v.valid ? null : v.errors;
    });
  } catch {
    verdicts = null; // the server validates on its own thread then
  }
  parentPort!.postMessage({ id: m.id, verdicts });
});
parentPort?.postMessage({ ready: true });
