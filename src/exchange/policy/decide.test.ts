import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TLP1, TLP2, type TlpLevel } from '../../stix/markings.js';
import { recipientsNamedOn, withRecipients } from '../liaison-objects.js';
import { REQUESTS_EXTENSION, buildNote, buildRebuttal, buildRequest } from '../requests/index.js';
import { applyPolicy, decide, anonymousIdentityId, type PolicyContext, type Provenance, type Relation } from './index.js';

const SELF = 'identity--11111111-1111-4111-8111-111111111111';
const PARTNER = 'identity--22222222-2222-4222-8222-222222222222';
const OTHER = 'identity--33333333-3333-4333-8333-333333333333';
const OWN: Provenance = { kind: 'own' };
const FROM_OTHER: Provenance = { kind: 'received', from: OTHER };

function ctx(over: Partial<PolicyContext['agreement']> = {}, relation: Relation = 'community', identity: string | null = PARTNER): PolicyContext {
  return {
    agreement: { maxTlp: 'amber+strict', types: null, anonymize: false, strip: [], defaultMarking: 'amber', ...over },
    recipient: { relation, identity },
    self: { identity: SELF, secret: 'node-secret' },
  };
}

function indicator(level?: TlpLevel, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    created_by_ref: SELF,
    name: 'bad domain',
    pattern: "[domain-name:value = 'evil.example']",
    pattern_type: 'stix',
    valid_from: '2024-01-01T00:00:00Z',
    ...(level ? { object_marking_refs: [TLP2[level].id] } : {}),
    ...extra,
  };
}

const code = (d: ReturnType<typeof decide>) => (d.decision === 'refuse' ? d.code : 'SHARE');

test('own intelligence goes up to the agreement highest TLP', () => {
  assert.equal(code(decide(indicator('green'), OWN, ctx({ maxTlp: 'green' }))), 'SHARE');
  const d = decide(indicator('amber'), OWN, ctx({ maxTlp: 'green' }));
  assert.equal(code(d), 'ABOVE_MAX_TLP');
  assert.equal(d.decision === 'refuse' && d.message, 'TLP:AMBER is above the highest TLP the agreement allows (TLP:GREEN)');
  // Own AMBER may go to a community peer when the agreement says so: we are its source.
  assert.equal(code(decide(indicator('amber'), OWN, ctx({ maxTlp: 'amber' }))), 'SHARE');
});

test('own TLP:RED only to recipients named on the object, whatever the agreement', () => {
  assert.equal(code(decide(indicator('red'), OWN, ctx())), 'RED_NOT_NAMED');
  const named = withRecipients(indicator('red'), [PARTNER]);
  assert.equal(code(decide(named, OWN, ctx({ maxTlp: 'clear' }))), 'SHARE');
  assert.equal(code(decide(named, OWN, { ...ctx(), recipient: { relation: 'organization', identity: OTHER } })), 'RED_NOT_NAMED');
  assert.equal(code(decide(named, OWN, ctx({}, 'public', null))), 'RED_NOT_NAMED');
  // need to know: the copy names only its recipient
  const both = decide(withRecipients(indicator('red'), [OTHER, PARTNER]), OWN, ctx());
  assert.ok(both.decision === 'share');
  assert.deepEqual(recipientsNamedOn(both.object), [PARTNER]);
  const notNamed = decide(withRecipients(indicator('green'), [OTHER]), OWN, ctx());
  assert.ok(notNamed.decision === 'share' && notNamed.object.extensions === undefined);
});

test('received intelligence goes on only as its marking allows the next relation', () => {
  const table: [TlpLevel, Relation, string][] = [
    ['clear', 'public', 'SHARE'],
    ['green', 'public', 'TLP_FORBIDS_RELATION'],
    ['green', 'community', 'SHARE'],
    ['amber', 'community', 'TLP_FORBIDS_RELATION'],
    ['amber', 'client', 'SHARE'],
    ['amber', 'organization', 'SHARE'],
    ['amber+strict', 'client', 'TLP_FORBIDS_RELATION'],
    ['amber+strict', 'organization', 'SHARE'],
    ['red', 'organization', 'RED_RECEIVED'],
  ];
  for (const [level, relation, expected] of table) {
    assert.equal(code(decide(indicator(level), FROM_OTHER, ctx({}, relation))), expected, `${level} -> ${relation}`);
  }
  const d = decide(indicator('amber'), FROM_OTHER, ctx({}, 'community'));
  assert.equal(d.decision === 'refuse' && d.message, 'received TLP:AMBER may not go to a community recipient');
  // and never above the agreement either
  assert.equal(code(decide(indicator('amber'), FROM_OTHER, ctx({ maxTlp: 'green' }, 'client'))), 'ABOVE_MAX_TLP');
  // a received RED naming the recipient still goes to no one
  assert.equal(code(decide(withRecipients(indicator('red'), [PARTNER]), FROM_OTHER, ctx({}, 'organization'))), 'RED_RECEIVED');
});

test('own intelligence reaches a public collection only as CLEAR', () => {
  assert.equal(code(decide(indicator('clear'), OWN, ctx({}, 'public', null))), 'SHARE');
  assert.equal(code(decide(indicator('green'), OWN, ctx({}, 'public', null))), 'TLP_FORBIDS_RELATION');
});

test('several markings: the most restrictive wins, TLP 1.0 and 2.0 alike', () => {
  const o = indicator(undefined, { object_marking_refs: [TLP1.white.id, TLP2.green.id, TLP1.amber.id] });
  assert.equal(code(decide(o, FROM_OTHER, ctx({}, 'community'))), 'TLP_FORBIDS_RELATION');
  assert.equal(code(decide(o, FROM_OTHER, ctx({}, 'client'))), 'SHARE');
});

test('unmarked objects take the default marking', () => {
  assert.equal(code(decide(indicator(), OWN, ctx({ maxTlp: 'green', defaultMarking: 'amber' }))), 'ABOVE_MAX_TLP');
  const shared = decide(indicator(), OWN, ctx({ maxTlp: 'green', defaultMarking: 'green' }));
  assert.equal(shared.decision === 'share' && shared.tlp, 'green');
  assert.equal(shared.decision === 'share' && shared.object.object_marking_refs, undefined, 'the copy is not relabelled');
  // received: the default of the agreement it came in under
  assert.equal(code(decide(indicator(), { kind: 'received', from: OTHER, defaultMarking: 'amber' }, ctx({ defaultMarking: 'clear' }))), 'TLP_FORBIDS_RELATION');
  // a statement marking is no TLP: still unmarked for TLP
  const st = indicator(undefined, { object_marking_refs: ['marking-definition--4a0042fe-8b88-40fe-9600-dfa128ce6fbd'] });
  assert.equal(code(decide(st, OWN, ctx({ maxTlp: 'green', defaultMarking: 'amber' }))), 'ABOVE_MAX_TLP');
  // the standard TLP definitions and Liaison's own extension-definitions are public, unless tampered with
  assert.equal(code(decide(TLP2.red, OWN, ctx({ maxTlp: 'clear' }, 'public', null))), 'SHARE');
  assert.equal(code(decide(REQUESTS_EXTENSION, OWN, ctx({ maxTlp: 'clear' }, 'public', null))), 'SHARE');
  assert.equal(code(decide({ ...REQUESTS_EXTENSION, description: 'secret' }, OWN, ctx({ maxTlp: 'clear' }, 'public', null))), 'TLP_FORBIDS_RELATION');
});

test('requests, responses and rebuttals addressed to the recipient pass the type list, not TLP', () => {
  const req = buildRequest({ by: SELF, to: PARTNER, kind: 'information', about: [OTHER], text: 'who?' });
  const c = ctx({ types: ['indicator'] });
  assert.equal(code(decide(req, OWN, c)), 'SHARE');
  assert.equal(code(decide(req, OWN, { ...c, recipient: { relation: 'community', identity: OTHER } })), 'TYPE_NOT_ALLOWED');
  const reb = buildRebuttal({ by: SELF, report: { type: 'report', id: 'report--66666666-6666-4666-8666-666666666666', created_by_ref: PARTNER }, explanation: 'no' });
  assert.equal(code(decide(reb, OWN, c)), 'SHARE');
  assert.equal(code(decide({ ...req, object_marking_refs: [TLP2.amber.id] }, OWN, ctx({ types: ['indicator'], maxTlp: 'green' }))), 'ABOVE_MAX_TLP');
  assert.equal(code(decide(buildNote({ by: SELF, about: [OTHER], content: 'n' }), OWN, c)), 'TYPE_NOT_ALLOWED');
});

test('echo, type, invalid input', () => {
  assert.equal(code(decide(indicator('clear'), { kind: 'received', from: PARTNER }, ctx())), 'ECHO');
  assert.equal(code(decide(indicator('clear'), OWN, ctx({ types: ['report', 'malware'] }))), 'TYPE_NOT_ALLOWED');
  assert.equal(code(decide(indicator('clear'), OWN, ctx({ types: ['indicator'] }))), 'SHARE');
  for (const bad of [null, 3, 'x', [], { type: 'indicator' }, { id: 'x' }]) assert.equal(code(decide(bad, OWN, ctx())), 'INVALID_OBJECT');
  let deep: unknown = { created_by_ref: SELF };
  for (let i = 0; i < 40; i++) deep = { nested: [deep] };
  assert.equal(code(decide(indicator('clear', { x_deep: deep }), OWN, ctx({ anonymize: true }))), 'TOO_DEEP');
});

test('granular markings: content above what the recipient may see is withheld, selectors renumbered', () => {
  const o = indicator('green', {
    description: 'secret detail',
    external_references: [
      { source_name: 'a', url: 'https://a.example/secret' },
      { source_name: 'b', url: 'https://b.example/' },
    ],
    kill_chain_phases: [
      { kill_chain_name: 'k', phase_name: 'one' },
      { kill_chain_name: 'k', phase_name: 'two' },
      { kill_chain_name: 'k', phase_name: 'three' },
    ],
    granular_markings: [
      { marking_ref: TLP2.amber.id, selectors: ['description', 'external_references.[0].url'] },
      { marking_ref: TLP1.red.id, selectors: ['kill_chain_phases.[1]'] },
      { marking_ref: TLP2.clear.id, selectors: ['kill_chain_phases.[2].phase_name', 'name'] },
      { lang: 'en', selectors: ['kill_chain_phases.[1].phase_name', 'external_references.[0].source_name'] },
    ],
  });
  const d = decide(o, FROM_OTHER, ctx({}, 'community'));
  assert.equal(d.decision, 'share');
  if (d.decision !== 'share') return;
  const c = d.object;
  assert.equal(c.description, undefined);
  // the first reference, left with nothing but its source name, goes as a whole
  assert.deepEqual(c.external_references, [{ source_name: 'b', url: 'https://b.example/' }]);
  assert.deepEqual(c.kill_chain_phases, [
    { kill_chain_name: 'k', phase_name: 'one' },
    { kill_chain_name: 'k', phase_name: 'three' },
  ]);
  assert.deepEqual(c.granular_markings, [
    { marking_ref: TLP2.clear.id, selectors: ['kill_chain_phases.[1].phase_name', 'name'] },
  ]);
  assert.deepEqual(d.withheld, ['description', 'external_references.[0]', 'kill_chain_phases.[1]']);
  assert.equal(o.description, 'secret detail', 'the original is untouched');
  // An organisation member may see AMBER but not RED of received intelligence
  const org = decide(o, FROM_OTHER, ctx({}, 'organization'));
  assert.ok(org.decision === 'share' && org.object.description === 'secret detail' && (org.object.kill_chain_phases as unknown[]).length === 2);
});

test('granular: a required property marked too high refuses the whole object; bad selectors refuse', () => {
  const o = indicator('green', { granular_markings: [{ marking_ref: TLP2.red.id, selectors: ['pattern'] }] });
  const d = decide(o, OWN, ctx());
  assert.equal(code(d), 'REQUIRED_PROPERTY_WITHHELD');
  assert.equal(d.decision === 'refuse' && d.message, 'required property pattern would be withheld (marked TLP:RED)');
  const bad = indicator('green', { granular_markings: [{ marking_ref: TLP2.red.id, selectors: ['a..b'] }] });
  assert.equal(code(decide(bad, OWN, ctx())), 'UNLOCATABLE_MARKING');
  const markings = indicator('green', { granular_markings: [{ marking_ref: TLP2.red.id, selectors: ['object_marking_refs'] }] });
  assert.equal(code(decide(markings, OWN, ctx())), 'REQUIRED_PROPERTY_WITHHELD');
  // the same RED granular part goes to a recipient the object names
  const named = withRecipients(indicator('green', { description: 'd', granular_markings: [{ marking_ref: TLP2.red.id, selectors: ['description'] }] }), [PARTNER]);
  const ok = decide(named, OWN, ctx());
  assert.ok(ok.decision === 'share' && ok.object.description === 'd');
});

test('a copy the withholding would make invalid is refused, with the validator finding', () => {
  const nt = {
    type: 'network-traffic',
    spec_version: '2.1',
    id: 'network-traffic--ee916c28-c7a4-5d0d-ad56-a8d357f89fef',
    src_ref: 'ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd',
    protocols: ['tcp'],
    object_marking_refs: [TLP2.green.id],
    granular_markings: [{ marking_ref: TLP2.red.id, selectors: ['src_ref'] }],
  };
  const d = decide(nt, OWN, ctx());
  assert.equal(code(d), 'COPY_INVALID');
  assert.equal(d.decision === 'refuse' && d.message, 'what is left after withholding is not valid STIX (at-least-one at /)');
  assert.equal(code(decide(nt, OWN, { ...ctx(), checkCopy: false })), 'SHARE');
});

test('strip globs remove properties; a required one refuses', () => {
  const o = indicator('clear', { x_mitre_version: '1', x_foo: 2, external_references: [{ source_name: 'a' }], labels: ['l'] });
  const d = decide(o, OWN, ctx({ strip: ['x_*', 'external_references'] }));
  assert.ok(d.decision === 'share');
  assert.deepEqual(Object.keys(d.object).sort(), Object.keys(indicator('clear', { labels: [] })).sort());
  assert.deepEqual(d.stripped.sort(), ['external_references', 'x_foo', 'x_mitre_version']);
  assert.equal(code(decide(o, OWN, ctx({ strip: ['pattern*'] }))), 'REQUIRED_PROPERTY_WITHHELD');
  const markingsKept = decide(o, OWN, ctx({ strip: ['*_refs', 'object_*', 'id'] }));
  assert.ok(markingsKept.decision === 'share' && Array.isArray(markingsKept.object.object_marking_refs) && markingsKept.object.id === o.id);
});

test('anonymisation rewrites every reference to us consistently and withholds our identity', () => {
  const rel = {
    type: 'relationship',
    spec_version: '2.1',
    id: 'relationship--44444444-4444-4444-8444-444444444444',
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    created_by_ref: SELF,
    relationship_type: 'targets',
    source_ref: 'threat-actor--55555555-5555-4555-8555-555555555555',
    target_ref: SELF,
    object_marking_refs: [TLP2.clear.id],
  };
  const me = { type: 'identity', spec_version: '2.1', id: SELF, created: rel.created, modified: rel.created, name: 'Us', object_marking_refs: [TLP2.clear.id] };
  const c = ctx({ anonymize: true });
  const out = applyPolicy([indicator('clear'), rel, me], c, () => OWN);
  const anon = anonymousIdentityId(SELF, PARTNER, 'node-secret');
  assert.equal(out.shared.length, 3);
  assert.equal(out.shared[0].created_by_ref, anon);
  assert.equal(out.shared[1].target_ref, anon);
  assert.equal(out.shared[2].id, anon);
  assert.equal(out.shared[2].name, 'Anonymous');
  assert.deepEqual(out.refused.map((r) => r.code), ['IDENTITY_WITHHELD']);
  assert.ok(!JSON.stringify(out.shared).includes(SELF));
  assert.equal(anonymousIdentityId(SELF, PARTNER, 'node-secret'), anon, 'deterministic');
  assert.notEqual(anonymousIdentityId(SELF, OTHER, 'node-secret'), anon, 'one per recipient');
  assert.notEqual(anonymousIdentityId(SELF, PARTNER, 'other secret'), anon, 'keyed');
  assert.match(anon, /^identity--[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('applyPolicy shares each version once and reports every refusal', () => {
  const a = indicator('clear');
  const b = { ...indicator('clear'), modified: '2024-02-01T00:00:00.000Z' };
  const out = applyPolicy([a, a, b, indicator('red', { id: 'indicator--9e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f' }), 7], ctx(), () => OWN);
  assert.equal(out.shared.length, 2);
  assert.deepEqual(out.refused.map((r) => r.code), ['DUPLICATE', 'RED_NOT_NAMED', 'INVALID_OBJECT']);
  assert.equal(out.decisions.length, 5);
});

test('never throws, whatever the input', () => {
  fc.assert(
    fc.property(fc.anything({ maxDepth: 4 }), fc.constantFrom<Relation>('organization', 'client', 'community', 'public'), (junk, relation) => {
      decide(junk, OWN, ctx({ strip: ['x_*'], anonymize: true }, relation));
      const mixed = { ...indicator('green'), granular_markings: junk, object_marking_refs: junk, extensions: junk };
      decide(mixed, FROM_OTHER, ctx({ strip: ['x_*'], anonymize: true }, relation));
    }),
    { numRuns: 300 },
  );
});
