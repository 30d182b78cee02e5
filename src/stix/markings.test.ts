import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  TLP1,
  TLP2,
  TLP_LEVELS,
  TLP2_EXTENSION_ID,
  compareTlp,
  equivalentMarkingId,
  markingsOfObject,
  markingsOfProperty,
  markingsWithin,
  mostRestrictive,
  objectTlp,
  propertyTlp,
  resolverWith,
  tlp1To2,
  tlp2To1,
  tlpClaimedBy,
  tlpOfMarkingId,
  tlpRank,
  tlpLabel,
  withTlp,
  type TlpLevel,
} from './markings.js';
import { formatSelector, parseSelector, resolveSelector } from './selectors.js';

test('TLP 1.0 definitions are exactly those of STIX 2.1 section 7.2.1.4', () => {
  assert.deepEqual(TLP1.white, {
    type: 'marking-definition',
    spec_version: '2.1',
    id: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
    created: '2017-01-20T00:00:00.000Z',
    definition_type: 'tlp',
    name: 'TLP:WHITE',
    definition: { tlp: 'white' },
  });
  assert.equal(TLP1.green.id, 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da');
  assert.equal(TLP1.amber.id, 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82');
  assert.equal(TLP1.red.id, 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed');
  assert.ok(Object.isFrozen(TLP1.red.definition));
});

test('TLP 2.0 definitions carry the OASIS property extension', () => {
  assert.deepEqual(TLP2['amber+strict'], {
    type: 'marking-definition',
    spec_version: '2.1',
    id: 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
    created: '2022-10-01T00:00:00.000Z',
    name: 'TLP:AMBER+STRICT',
    extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: 'amber+strict' } },
  });
  assert.equal(TLP2.clear.id, 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487');
  assert.equal(TLP2.green.id, 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb');
  assert.equal(TLP2.amber.id, 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421');
  assert.equal(TLP2.red.id, 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1');
});

test('TLP markings are recognised by id, both versions', () => {
  assert.deepEqual(tlpOfMarkingId(TLP1.white.id), { version: 1, level: 'clear', tlp1: 'white' });
  assert.deepEqual(tlpOfMarkingId(TLP2.red.id), { version: 2, level: 'red' });
  assert.equal(tlpOfMarkingId('marking-definition--4a0042fe-8b88-40fe-9600-dfa128ce6fbd'), undefined);
  assert.equal(tlpOfMarkingId(42), undefined);
});

test('1.0 <-> 2.0 equivalence: WHITE=CLEAR, GREEN, AMBER, RED; AMBER+STRICT has no 1.0 form', () => {
  assert.equal(tlp1To2('white'), 'clear');
  assert.equal(tlp2To1('clear'), 'white');
  assert.equal(tlp2To1('amber+strict'), undefined);
  assert.equal(equivalentMarkingId(TLP1.white.id), TLP2.clear.id);
  assert.equal(equivalentMarkingId(TLP2.amber.id), TLP1.amber.id);
  assert.equal(equivalentMarkingId(TLP2['amber+strict'].id), undefined);
  for (const l of ['white', 'green', 'amber', 'red'] as const) assert.equal(tlp2To1(tlp1To2(l)), l);
});

test('most restrictive of several, in any order', () => {
  assert.equal(mostRestrictive([]), undefined);
  assert.equal(mostRestrictive(['green', 'amber+strict', 'amber']), 'amber+strict');
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...TLP_LEVELS), { minLength: 1 }), (levels) => {
      const m = mostRestrictive(levels)!;
      assert.ok(levels.includes(m));
      for (const l of levels) assert.ok(compareTlp(m, l) >= 0);
      assert.equal(mostRestrictive([...levels].reverse()), m);
    }),
  );
});

test('non-standard TLP definitions are taken at what they claim', () => {
  const fake = {
    type: 'marking-definition',
    id: 'marking-definition--939a9414-1955-4a77-93a3-5a4ec65c9b6e',
    extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: 'amber+strict' } },
  };
  assert.equal(tlpClaimedBy(fake), 'amber+strict');
  assert.equal(tlpClaimedBy({ type: 'marking-definition', id: 'x', definition_type: 'tlp', definition: { tlp: 'WHITE' } }), 'clear');
  assert.equal(tlpClaimedBy({ type: 'marking-definition', definition_type: 'statement', definition: { statement: 'c' } }), undefined);
  const resolve = resolverWith([fake]);
  assert.equal(objectTlp({ object_marking_refs: [fake.id, TLP2.green.id] }, resolve), 'amber+strict');
  assert.equal(objectTlp({ object_marking_refs: [fake.id] }), undefined);
});

const vuln = {
  type: 'vulnerability',
  id: 'vulnerability--ee916c28-c7a4-4d0d-ad56-a8d357f89fef',
  name: 'CVE-2014-0160',
  description: 'The (1) TLS...',
  external_references: [
    { source_name: 'cve', external_id: 'CVE-2014-0160', url: 'https://example.org/a' },
    { source_name: 'x', url: 'https://example.org/b' },
  ],
  kill_chain_phases: [
    { kill_chain_name: 'k', phase_name: 'a' },
    { kill_chain_name: 'k', phase_name: 'b' },
  ],
  labels: ['heartbleed', 'has-logo'],
  object_marking_refs: [TLP2.green.id, 'marking-definition--4a0042fe-8b88-40fe-9600-dfa128ce6fbd'],
  granular_markings: [
    { marking_ref: TLP2.amber.id, selectors: ['description', 'external_references.[0].url'] },
    { marking_ref: TLP1.red.id, selectors: ['kill_chain_phases.[1]'] },
    { lang: 'de', selectors: ['name'] },
  ],
};

test('markings of an object and of its properties, nested selectors included', () => {
  assert.deepEqual(markingsOfObject(vuln), vuln.object_marking_refs);
  assert.equal(objectTlp(vuln), 'green');
  assert.equal(propertyTlp(vuln, 'name'), 'green');
  assert.equal(propertyTlp(vuln, 'description'), 'amber');
  assert.equal(propertyTlp(vuln, 'external_references.[0].url'), 'amber');
  assert.equal(propertyTlp(vuln, 'external_references.[0].source_name'), 'green');
  assert.equal(propertyTlp(vuln, 'external_references.[1].url'), 'green');
  assert.equal(propertyTlp(vuln, 'kill_chain_phases.[1]'), 'red');
  assert.equal(propertyTlp(vuln, 'kill_chain_phases.[1].phase_name'), 'red', 'selectors are recursive');
  assert.equal(propertyTlp(vuln, 'kill_chain_phases.[0]'), 'green');
  assert.deepEqual(markingsWithin(vuln, 'kill_chain_phases'), [TLP1.red.id]);
  assert.deepEqual(markingsWithin(vuln, 'external_references.[0]'), [TLP2.amber.id]);
  assert.deepEqual(markingsOfProperty(vuln, 'labels'), vuln.object_marking_refs);
  assert.equal(objectTlp({ type: 'x' }), undefined);
  assert.equal(objectTlp(null), undefined);
});

test('selectors parse, print and resolve as section 7.2.3 says', () => {
  assert.deepEqual(parseSelector('external_references.[0].source_name'), [
    { kind: 'key', key: 'external_references' },
    { kind: 'index', index: 0 },
    { kind: 'key', key: 'source_name' },
  ]);
  for (const bad of ['', '.', 'a..b', 'a.[x]', 'a[0]', '[-1]', '[1234567890]', 'a.', 5, null]) assert.equal(parseSelector(bad), undefined, String(bad));
  assert.deepEqual(resolveSelector(vuln, parseSelector('labels.[0]')!), { found: true, value: 'heartbleed' });
  assert.deepEqual(resolveSelector(vuln, parseSelector('external_references.[3]')!), { found: false });
  assert.deepEqual(resolveSelector(vuln, parseSelector('description.[0]')!), { found: false });
  assert.deepEqual(resolveSelector(vuln, parseSelector('labels.name')!), { found: false });
  assert.deepEqual(resolveSelector(vuln, parseSelector('toString')!), { found: false });
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/), fc.nat(99).map((n) => `[${n}]`)), { minLength: 1, maxLength: 6 }),
      (parts) => {
        const s = parts.join('.');
        assert.equal(formatSelector(parseSelector(s)!), s);
      },
    ),
  );
});

test('rank is a total order over the five levels', () => {
  const seen = new Set(TLP_LEVELS.map((l: TlpLevel) => tlpRank(l)));
  assert.equal(seen.size, 5);
});

test('labels and relabelling an object', () => {
  assert.equal(tlpLabel('amber+strict'), 'TLP:AMBER+STRICT');
  assert.equal(tlpLabel('clear', 1), 'TLP:WHITE');
  const statement = 'marking-definition--4a0042fe-8b88-40fe-9600-dfa128ce6fbd';
  const o = { type: 'report', object_marking_refs: [TLP1.green.id, statement] };
  assert.deepEqual(withTlp(o, 'amber').object_marking_refs, [statement, TLP2.amber.id]);
  assert.deepEqual(withTlp(o, 'clear', 1).object_marking_refs, [statement, TLP1.white.id]);
  assert.deepEqual(o.object_marking_refs, [TLP1.green.id, statement], 'the original is untouched');
  assert.throws(() => withTlp(o, 'amber+strict', 1), /no TLP 1.0/);
});
