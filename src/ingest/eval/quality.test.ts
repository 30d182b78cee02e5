/**
 * The quality targets on the labelled development set (quality, not speed). The held-out set's figures are
 * printed by `npm run bench -- ingest`, not asserted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { evaluateFolder, figures } from './run.js';

const dev = fileURLToPath(new URL('../../../test/fixtures/ingest/dev', import.meta.url));

test('dev set: people, organisations, places F1 >= 0.90; quotes >= 0.85; IOC F1 >= 0.98, no version-string false positives', async () => {
  const { score, cases } = await evaluateFolder(dev);
  assert.ok(cases >= 15, `${cases} labelled texts`);
  const f = figures(score);
  assert.ok(f.person >= 0.9, `person F1 ${f.person}`);
  assert.ok(f.organization >= 0.9, `organization F1 ${f.organization}`);
  assert.ok(f.location >= 0.9, `location F1 ${f.location}`);
  assert.ok(f.quoteAttribution >= 0.85, `quote attribution ${f.quoteAttribution}`);
  assert.ok(f.iocF1 >= 0.98, `IOC F1 ${f.iocF1}`);
  assert.equal(f.versionFalsePositives, 0);
});
