/**
 * Every object of the OASIS JSON-schema examples and of the ATT&CK and CAPEC bundles in shared/datasets is
 * accepted (the 2.0 enterprise bundle gzip-compressed and validated as STIX 2.0), through the same streaming
 * path as `liaison validate`. ATT&CK 8.0's four malformed external-reference URLs are reported as the advisory
 * warning `url-format`, never as errors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sharedFile, SKIP_NO_SHARED } from '../helpers/shared.js';
import { StreamingDocumentValidator } from '../../src/stix/stream/document-validator.js';
import type { ObjectReport } from '../../src/validation.js';

function validateFile(path: string, strict = false): ObjectReport[] {
  let bytes = readFileSync(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  const v = new StreamingDocumentValidator({ strict });
  for (let i = 0; i < bytes.length; i += 1 << 20) v.push(bytes.subarray(i, i + (1 << 20)));
  return v.end();
}

const invalidOnes = (reports: ObjectReport[]): string[] =>
  reports.filter((r) => !r.valid).slice(0, 5).map((r) => `${r.id}: ${r.errors.map((e) => `${e.code} ${e.path}`).join(', ')}`);

const BUNDLES = [
  'datasets/capec/capec-2.1-merged.json',
  'datasets/attack/ics-attack-8.0.json',
  'datasets/attack/ics-attack-17.1.json',
  'datasets/attack/ics-attack-18.1.json',
  'datasets/attack/mobile-attack-17.1.json',
  'datasets/enterprise-attack-2.0/enterprise-attack-2.0-merged.json.gz',
];

for (const rel of BUNDLES) {
  const path = sharedFile(rel);
  test(`every object of ${rel} is accepted`, { skip: path ? false : SKIP_NO_SHARED }, () => {
    const reports = validateFile(path!);
    assert.ok(reports.length > 500);
    assert.deepEqual(invalidOnes(reports), []);
  });
}

test('ATT&CK ICS 8.0: its four malformed URLs are url-format warnings, even under strict', { skip: sharedFile(BUNDLES[1]) ? false : SKIP_NO_SHARED }, () => {
  for (const strict of [false, true]) {
    const reports = validateFile(sharedFile(BUNDLES[1])!, strict);
    const urls = reports.flatMap((r) => r.warnings.filter((w) => w.code === 'url-format'));
    assert.equal(urls.length, 4);
    for (const u of urls) assert.match(u.path, /^\/objects\/\d+\/external_references\/\d+\/url$/);
    assert.ok(reports.every((r) => r.errors.every((e) => e.code !== 'url-format')));
  }
});

test('the 2.0 enterprise bundle is validated as STIX 2.0 (no spec_version required)', { skip: sharedFile(BUNDLES[5]) ? false : SKIP_NO_SHARED }, () => {
  const reports = validateFile(sharedFile(BUNDLES[5])!);
  assert.equal(reports.length, 24771);
  assert.ok(reports.every((r) => r.errors.length === 0));
});

const examples = sharedFile('conformance/stix2-json-schemas/examples');
test('every object of the OASIS JSON-schema examples is accepted', { skip: examples ? false : SKIP_NO_SHARED }, () => {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((f) => {
      const p = join(d, f);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.json') ? [p] : [];
    });
  const files = walk(examples!);
  assert.ok(files.length >= 8);
  for (const f of files) assert.deepEqual(invalidOnes(validateFile(f)), [], f);
});
