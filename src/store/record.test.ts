import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { canonicalJson } from '../stix/canonical-json.js';
import { prepareVersion, storedJson } from './record.js';
import { makeIndicator } from './testing/objects.js';

test('the stored JSON is RFC 8785 canonical JSON (same text as the general canonicaliser)', () => {
  fc.assert(fc.property(fc.jsonValue(), (v) => {
    let expected: string | undefined;
    try {
      expected = canonicalJson(v);
    } catch {
      expected = undefined;
    }
    if (expected === undefined) assert.throws(() => storedJson(v));
    else assert.equal(storedJson(v), expected);
  }), { numRuns: 500 });
  assert.equal(storedJson({ b: [1, { d: 1, c: '\u00e9\ud83d\ude00' }], a: -0, é: 1e21 }), canonicalJson({ b: [1, { d: 1, c: '\u00e9\ud83d\ude00' }], a: -0, é: 1e21 }));
  // A "__proto__" key (from JSON.parse) stays a key, sorted like the others, at any depth.
  const text = '{"z":1,"__proto__":{"b":[{"y":1,"__proto__":2}],"a":null},"a":[3,{"c":1,"b":2}]}';
  assert.equal(storedJson(JSON.parse(text)), canonicalJson(JSON.parse(text)));
  assert.equal(storedJson(JSON.parse(text)), '{"__proto__":{"a":null,"b":[{"__proto__":2,"y":1}]},"a":[3,{"b":2,"c":1}],"z":1}');
});

test('lone surrogates and non-finite numbers are refused; an escaped backslash before "ud800" is not a surrogate', () => {
  assert.throws(() => storedJson({ a: 'x\ud800' }));
  assert.throws(() => storedJson({ a: '\udc00' }));
  assert.throws(() => storedJson({ a: NaN }));
  assert.equal(storedJson(JSON.parse('{"__proto__":{"x":1},"a":1}')), '{"__proto__":{"x":1},"a":1}');
  assert.throws(() => storedJson([Infinity]));
  assert.equal(storedJson({ a: '\\ud800' }), '{"a":"\\\\ud800"}');
  assert.throws(() => storedJson({ a: '\\\ud800' }));
});

test('version identity: modified, else created, else the content hash (SCOs); bad timestamps refused', () => {
  const ind = prepareVersion(makeIndicator(1, 1, '2024-05-01T00:00:00Z'));
  assert.equal(ind.vkey, '2024-05-01T00:00:00.000000000Z');
  assert.equal(ind.versionText, '2024-05-01T00:00:00Z');
  const md = prepareVersion({ type: 'marking-definition', id: 'marking-definition--x', created: '2017-01-20T00:00:00.000Z' });
  assert.equal(md.versionText, '2017-01-20T00:00:00.000Z');
  const sco = prepareVersion({ type: 'ipv4-addr', id: 'ipv4-addr--x', value: '10.0.0.1' });
  assert.match(sco.vkey, /^sha256:[0-9a-f]{64}$/);
  assert.equal(sco.versionText, null);
  assert.equal(sco.specVersion, '2.1');
  assert.throws(() => prepareVersion({ type: 'indicator', id: 'indicator--x', modified: 'yesterday' }), /not a timestamp/);
  assert.throws(() => prepareVersion({ type: 'indicator', id: 42 } as never), /string id and type/);
  assert.throws(() => prepareVersion({ type: 'indicator', id: 'indicator--\u0000' }), /printable/);
  assert.throws(() => prepareVersion({ type: 'ind icator', id: 'indicator--x' }), /printable/);
  assert.throws(() => prepareVersion({ type: 'indicator', id: 'indicator--x', spec_version: '2.1\u0000' }), /spec_version/);
});
