/** The validation pool gives the verdicts of the node's validator, and a node answers the same with and without it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ValidationPool } from './validate-pool.js';
import { defaultValidator } from './validate.js';
import { makeIndicator } from '../store/testing/objects.js';
import { prepareVersion } from '../store/record.js';
import type { StixObject } from '../store/types.js';
import { startNode } from '../node/node.js';
import { sqliteBackend, TAXII } from './testing/harness.js';

const mixed = () => [
  ...Array.from({ length: 10 }, (_, i) => makeIndicator(3, i)),
  { type: 'indicator', id: 'indicator--not-a-uuid' },
  42,
  { ...makeIndicator(3, 99), pattern: "[ipv4-addr:value = '1.2.3.4'" },
  { ...makeIndicator(3, 98), created: 'yesterday' },
];

async function until(p: ValidationPool, text: string) {
  for (let i = 0; i < 200; i++) {
    const v = await p.validate(text);
    if (v) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the pool never answered');
}

test('the pool answers what the validator answers, object by object', async () => {
  const pool = new ValidationPool(1);
  try {
    const objects = mixed();
    assert.equal(await pool.validate(JSON.stringify({ objects })), null, 'not started yet: validate in place');
    pool.warm();
    const { verdicts, prepared } = await until(pool, JSON.stringify({ objects }));
    assert.equal(verdicts.length, objects.length);
    objects.forEach((o, i) => {
      if (typeof o !== 'object') return assert.equal(verdicts[i], false);
      const v = defaultValidator(o as Record<string, unknown>);
      assert.deepEqual(verdicts[i], v.valid ? null : v.errors, `object ${i}`);
      // What the store would derive itself, for the valid objects only.
      assert.deepEqual(prepared[i], v.valid ? prepareVersion(o as StixObject) : null, `prepared ${i}`);
    });
    assert.equal(await pool.validate('{"objects": [1, 2'), null, 'unparseable text: no verdicts');
  } finally {
    await pool.close();
  }
  assert.equal(await pool.validate('{"objects":[]}'), null, 'closed');
});

test('a node gives the same status with and without validation workers', async () => {
  const statuses: unknown[] = [];
  for (const validationWorkers of [0, 1]) {
    const backend = sqliteBackend();
    const node = await startNode(await backend.fresh(), { create: true, rateLimit: 0, validationWorkers });
    try {
      await node.app.listen({ host: '127.0.0.1', port: 0 }); // warms the pool
      const c = await node.store.createCollection({ apiRoot: 'api', title: 'c' });
      const post = () =>
        node.app.inject({
          method: 'POST',
          url: `/api/collections/${c.id}/objects/`,
          headers: { accept: TAXII, 'content-type': TAXII, authorization: `Bearer ${node.created!.adminKey}` },
          payload: JSON.stringify({ objects: mixed() }),
        });
      await new Promise((r) => setTimeout(r, validationWorkers ? 3000 : 0)); // the worker loads the validator
      const r = await post();
      assert.equal(r.statusCode, 202);
      const { id: _id, request_timestamp: _t, ...rest } = r.json();
      const stored = await node.store.listObjects(c.id, {}, { limit: 100 });
      statuses.push({ ...rest, stored: stored.items.map((o) => o.json) });
    } finally {
      await node.close();
      await backend.cleanup();
    }
  }
  assert.deepEqual(statuses[1], statuses[0]);
  assert.equal((statuses[0] as { success_count: number }).success_count, 10);
  assert.equal((statuses[0] as { failure_count: number }).failure_count, 4);
  assert.equal((statuses[1] as { stored: string[] }).stored.length, 10, 'the objects the worker prepared are stored as the store would have');
});
