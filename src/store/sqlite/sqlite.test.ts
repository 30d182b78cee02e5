import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoreConformance } from '../store.conformance.js';

const dirs: string[] = [];
let n = 0;

runStoreConformance({
  name: 'sqlite',
  async freshConfig() {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-store-'));
    dirs.push(dir);
    return { kind: 'sqlite', path: join(dir, `t${++n}.db`) };
  },
  async cleanup() {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  },
});
