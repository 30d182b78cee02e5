/**
 * The worker side of the validation pool (validate-pool.ts): parses an envelope's JSON text and checks its objects
 * (./object-check.ts: the validator's verdict and the store's derivation of each valid one), off the event loop of
 * the server.
 */
import { parentPort } from 'node:worker_threads';
import { checkObjects, type ObjectsCheck } from './object-check.js';

parentPort?.on('message', (m: { id: number; text: string }) => {
  let check: ObjectsCheck | null = null;
  try {
    const env = JSON.parse(m.text) as { objects?: unknown };
    check = checkObjects(Array.isArray(env.objects) ? env.objects : []);
  } catch {
    check = null; // the server validates on its own thread then
  }
  parentPort!.postMessage({ id: m.id, check });
});
parentPort?.postMessage({ ready: true });
