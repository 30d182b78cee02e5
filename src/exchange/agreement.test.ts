import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LiaisonError } from '../errors.js';
import {
  AGREEMENT_DEFAULTS,
  applyAgreementChange,
  globMatcher,
  parseAgreementOptions,
  parseDefaultMarking,
  parseMaxTlp,
  parseStripGlobs,
  parseTypes,
  validateAgreement,
} from './agreement.js';

const rejects = (fn: () => unknown, re: RegExp) =>
  assert.throws(fn, (e: unknown) => e instanceof LiaisonError && e.code === 'AGREEMENT_INVALID' && re.test(e.message));

test('--max-tlp takes clear|green|amber|amber+strict, never red', () => {
  assert.equal(parseMaxTlp('clear'), 'clear');
  assert.equal(parseMaxTlp('TLP:AMBER+STRICT'), 'amber+strict');
  assert.equal(parseMaxTlp('white'), 'clear');
  rejects(() => parseMaxTlp('red'), /never by an agreement/);
  rejects(() => parseMaxTlp('purple'), /must be one of clear\|green\|amber\|amber\+strict/);
});

test('--default-marking takes all five levels', () => {
  for (const l of ['clear', 'green', 'amber', 'amber+strict', 'red']) assert.equal(parseDefaultMarking(l), l);
  rejects(() => parseDefaultMarking(''), /default-marking/);
});

test('--types: comma lists, repeated, deduplicated, STIX type names only', () => {
  assert.deepEqual(parseTypes('indicator,malware'), ['indicator', 'malware']);
  assert.deepEqual(parseTypes(['indicator', 'report, indicator', 'x-liaison-request']), ['indicator', 'report', 'x-liaison-request']);
  rejects(() => parseTypes('Indicator'), /not a STIX type name/);
  rejects(() => parseTypes('a--b'), /not a STIX type name/);
  rejects(() => parseTypes(','), /at least one/);
});

test('--strip globs over property names', () => {
  assert.deepEqual(parseStripGlobs(['x_*', 'external_references', 'x_*']), ['x_*', 'external_references']);
  rejects(() => parseStripGlobs('x-*'), /not a property glob/);
  rejects(() => parseStripGlobs('a.b'), /not a property glob/);
  const m = globMatcher('x_mitre_*');
  assert.ok(m('x_mitre_version') && !m('x_other') && !m('ax_mitre_'));
  assert.ok(globMatcher('k?ll*')('kill_chain_phases'));
  fc.assert(fc.property(fc.stringMatching(/^[a-z0-9_]{1,20}$/), (name) => assert.ok(globMatcher(name)(name) && globMatcher('*')(name))));
});

test('agreements are versioned: each change is a new version that keeps what it does not change', () => {
  const t1 = new Date('2026-01-01T00:00:00Z');
  const a1 = applyAgreementChange(undefined, 'acme', parseAgreementOptions({ share: ['outbound'], maxTlp: 'green' }), t1);
  assert.deepEqual(a1, { partner: 'acme', version: 1, updated: t1.toISOString(), ...AGREEMENT_DEFAULTS, share: ['outbound'], maxTlp: 'green' });
  const a2 = applyAgreementChange(a1, 'acme', parseAgreementOptions({ anonymize: true, strip: ['x_*'], types: 'indicator' }));
  assert.equal(a2.version, 2);
  assert.equal(a2.maxTlp, 'green');
  assert.deepEqual(a2.share, ['outbound']);
  assert.equal(a2.anonymize, true);
  assert.deepEqual(a2.types, ['indicator']);
  assert.equal(a1.version, 1, 'the previous version is untouched');
  rejects(() => applyAgreementChange(undefined, 'acme', { pushTo: 'c1' }), /push-to needs/);
  rejects(() => parseAgreementOptions({ inbound: 'has space' }), /--inbound/);
});

test('stored agreements are validated, and what is valid round-trips', () => {
  const a = applyAgreementChange(undefined, 'acme', parseAgreementOptions({ share: ['a'], pushTo: 'coll-1', maxTlp: 'amber', review: true, defaultMarking: 'green' }));
  assert.deepEqual(validateAgreement(JSON.parse(JSON.stringify(a))), a);
  rejects(() => validateAgreement({ ...a, maxTlp: 'red' }), /max-tlp/);
  rejects(() => validateAgreement({ ...a, version: 0 }), /version/);
  rejects(() => validateAgreement({ ...a, types: [3] }), /types/);
  rejects(() => validateAgreement(null), /not an object/);
  fc.assert(
    fc.property(fc.anything(), (junk) => {
      try {
        validateAgreement(junk);
      } catch (e) {
        assert.ok(e instanceof LiaisonError);
      }
    }),
  );
});
