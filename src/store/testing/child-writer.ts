/**
 * A separate process that writes to a store, for the conformance suite's cross-process tests and the SQLite crash
 * test. Argument: JSON `{ config, collectionId, prefix, batches, batchSize, deleteEvery? }`. After each committed
 * batch it prints `ok <date_added,...>` then `ids <id,...>`, and `deleted <id>` after each committed deletion, so the
 * parent knows exactly what was acknowledged.
 */
import { openStore } from '../open.js';
import type { StoreConfig } from '../types.js';
import { makeIndicator } from './objects.js';

interface Args {
  config: StoreConfig;
  collectionId: string;
  prefix: number;
  batches: number;
  batchSize: number;
  /** Delete every n-th object written by this process, right after its batch. */
  deleteEvery?: number;
}

const args = JSON.parse(process.argv[2]) as Args;
const store = await openStore(args.config);
let n = 0;
for (let b = 0; b < args.batches; b++) {
  const objs = [];
  for (let i = 0; i < args.batchSize; i++) objs.push(makeIndicator(args.prefix, n++));
  const res = await store.addObjects(args.collectionId, objs);
  process.stdout.write(`ok ${res.outcomes.map((o) => (o.status === 'conflict' ? 0 : o.dateAdded)).join(',')}\n`);
  process.stdout.write(`ids ${objs.map((o) => o.id).join(',')}\n`);
  if (args.deleteEvery) {
    for (const o of objs.filter((_, i) => i % args.deleteEvery! === 0)) {
      await store.deleteObject(args.collectionId, o.id);
      process.stdout.write(`deleted ${o.id}\n`);
    }
  }
}
await store.close();
