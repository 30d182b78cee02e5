/**
 * Everything the exchange puts on the wire is valid STIX 2.1 for Liaison's own validator (src/validation.ts):
 * requests, responses, opinions, rebuttals, notes, the extension-definitions and identities Liaison publishes, the
 * TLP marking definitions, and the copies the policy engine makes (granular content withheld, properties stripped,
 * anonymised).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateStix } from '../validation.js';
import { TLP1, TLP2 } from '../stix/markings.js';
import { LIAISON_DISTRIBUTION_EXTENSION, LIAISON_IDENTITY, withRecipients } from './liaison-objects.js';
import { anonymousIdentity, applyPolicy, type PolicyContext, type Relation } from './policy/index.js';
import { REQUESTS_EXTENSION, buildNote, buildOpinion, buildRebuttal, buildRequest, buildResponse } from './requests/index.js';

const US = 'identity--11111111-1111-4111-8111-111111111111';
const THEM = 'identity--22222222-2222-4222-8222-222222222222';
const ACTOR = 'threat-actor--55555555-5555-4555-8555-555555555555';
const REPORT = { type: 'report', id: 'report--66666666-6666-4666-8666-666666666666', created_by_ref: THEM };

function assertValid(o: unknown, strict = false): void {
  const r = validateStix(o, { strict });
  assert.ok(r.valid, `${r.id}${strict ? ' (strict)' : ''}: ${JSON.stringify(r.errors)}`);
}

function built() {
  const now = new Date('2026-11-01T10:00:00.000Z');
  const req = buildRequest({ by: US, to: THEM, kind: 'information', about: [ACTOR, REPORT.id], text: 'Who is he?', priority: 'high', due: '2026-11-08', now, objectMarkingRefs: [TLP2.amber.id] });
  return [
    req,
    buildRequest({ by: THEM, to: US, kind: 'action', about: [ACTOR], text: 'Please block', now }),
    buildResponse({ by: THEM, request: req, status: 'acknowledged', now: new Date('2026-11-01T11:00:00.000Z') }),
    buildResponse({ by: THEM, request: req, status: 'answered', text: 'a contractor', refs: [ACTOR], now: new Date('2026-11-02T11:00:00.000Z') }),
    buildResponse({ by: THEM, request: req, status: 'declined', text: 'cannot say', now: new Date('2026-11-02T11:00:00.000Z') }),
    buildRebuttal({ by: US, report: REPORT, explanation: 'The attribution rests on one reused domain.', authors: ['A. Analyst'], now }),
    buildOpinion({ by: US, about: [REPORT.id], opinion: 'agree', now }),
    buildNote({ by: US, about: [REPORT.id], content: 'Seen on a forum as well.', abstract: 'forum', now }),
    REQUESTS_EXTENSION,
    LIAISON_DISTRIBUTION_EXTENSION,
    LIAISON_IDENTITY,
    anonymousIdentity(US, THEM, 'secret'),
    ...Object.values(TLP1),
    ...Object.values(TLP2),
  ];
}

test('requests, responses, opinions, notes, Liaison extension-definitions and identities pass the validator', () => {
  for (const o of built()) assertValid(o);
});

test('... and pass it in strict mode (the SHOULD rules) too', () => {
  for (const o of built()) assertValid(o, true);
});

const vuln = {
  type: 'vulnerability',
  spec_version: '2.1',
  id: 'vulnerability--ee916c28-c7a4-4d0d-ad56-a8d357f89fef',
  created: '2016-02-14T00:00:00.000Z',
  modified: '2016-02-14T00:00:00.000Z',
  created_by_ref: US,
  name: 'CVE-2014-0160',
  description: 'The (1) TLS...',
  external_references: [
    { source_name: 'cve', external_id: 'CVE-2014-0160' },
    { source_name: 'vendor', url: 'https://example.org/advisory', description: 'advisory' },
  ],
  labels: ['heartbleed', 'has-logo'],
  x_internal_note: 'our notes',
  object_marking_refs: [TLP2.green.id],
  granular_markings: [
    { marking_ref: TLP2.amber.id, selectors: ['description', 'labels.[0]', 'external_references.[1].url'] },
    { marking_ref: TLP2.red.id, selectors: ['external_references.[0]'] },
    { marking_ref: TLP2.clear.id, selectors: ['labels.[1]', 'external_references.[1].source_name'] },
  ],
};

test('the copies the policy makes remain valid STIX, whatever the agreement and relation', () => {
  assertValid(vuln);
  fc.assert(
    fc.property(
      fc.constantFrom<Relation>('organization', 'client', 'community', 'public'),
      fc.constantFrom('clear', 'green', 'amber', 'amber+strict') as fc.Arbitrary<'clear'>,
      fc.boolean(),
      fc.subarray(['x_*', 'external_references', 'labels', 'desc*']),
      fc.boolean(),
      fc.boolean(),
      (relation, maxTlp, anonymize, strip, received, named) => {
        const ctx: PolicyContext = {
          agreement: { maxTlp, types: null, anonymize, strip, defaultMarking: 'amber' },
          recipient: { relation, identity: relation === 'public' ? null : THEM },
          self: { identity: US, secret: 'k' },
        };
        const obj = named ? withRecipients(vuln, [THEM]) : vuln;
        const out = applyPolicy([obj, ...built()], ctx, () => (received ? { kind: 'received', from: 'identity--33333333-3333-4333-8333-333333333333' } : { kind: 'own' }));
        for (const o of out.shared) assertValid(o);
      },
    ),
    { numRuns: 200 },
  );
});
