/**
 * The TAXII benchmark's server, in its own process (so that the client's work does not share its event loop):
 * starts a node on a fresh store given as JSON in argv[2], creates a collection, prints one JSON line
 * `{ url, key, collection }` and serves until killed.
 */
import { liveNode } from '../src/taxii/testing/harness.js';
import type { StoreConfig } from '../src/store/store.js';

const config = JSON.parse(process.argv[2]) as StoreConfig;
const node = await liveNode(config, { rateLimit: 0 });
const c = await node.store.createCollection({ apiRoot: 'api', title: 'bench' });
process.stdout.write(JSON.stringify({ url: node.url, key: node.adminKey, collection: c.id }) + '\n');
const stop = () => void node.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
