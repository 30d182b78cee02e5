/**
 * @module The pull worker's thread (started by ./worker-pages.ts): reads a partner collection's pages over TAXII
 * (./page-reader.ts), checks their objects (validation and the store's derivation, so the event loop only stores)
 * and posts each to the event loop, while the event loop is busy storing the previous ones. At
 * most `credits` pages are posted and not yet taken; the event loop grants one more per page it takes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { errorToThread, type ThreadError } from '../../worker-thread.js';
import { TaxiiClient, type TaxiiClientOptions } from '../../taxii/client.js';
import { checkObjects } from '../../taxii/object-check.js';
import { readPages, type PulledPage, type ReadState, type ReadTarget } from './page-reader.js';

export interface PullWorkerData {
  client: TaxiiClientOptions;
  target: ReadTarget;
  state: ReadState;
  /** Pages that may be posted before the first is taken. */
  credits: number;
  /** Check each page's objects here (the node's own validator and the store's derivation, ../../taxii/object-check.ts). */
  check: boolean;
}

/** What the worker posts: a page and the state after it, the end, or the failure that stopped the reading. */
export type PullWorkerMessage =
  | { kind: 'page'; page: PulledPage; state: ReadState }
  | { kind: 'end' }
  | { kind: 'failed'; error: ThreadError };

const port = parentPort;
if (port) {
  const data = workerData as PullWorkerData;
  let credits = data.credits;
  let wake: (() => void) | undefined;
  port.on('message', (m: { credit?: number }) => {
    credits += m.credit ?? 0;
    wake?.();
    wake = undefined;
  });
  const post = (m: PullWorkerMessage) => port.postMessage(m);
  try {
    const client = new TaxiiClient(data.client);
    for await (const page of readPages(client, data.target, data.state)) {
      while (credits <= 0) await new Promise<void>((r) => (wake = r));
      credits--;
      post({ kind: 'page', page: data.check ? { ...page, check: checkObjects(page.objects) } : page, state: data.state });
    }
    post({ kind: 'end' });
  } catch (e) {
    post({ kind: 'failed', error: errorToThread(e) });
  }
  // Nothing more to wait for: the thread ends once the event loop has the last message.
  port.removeAllListeners('message');
  port.unref();
}
