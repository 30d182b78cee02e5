import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Splitter, SplitError } from './splitter.js';

/** Runs the splitter over `text` cut into chunks of `size` bytes; returns what it handed out. */
function split(text: string | Buffer, size = 7): { elements: unknown[]; members: [string, unknown][] } {
  const elements: unknown[] = [];
  const members: [string, unknown][] = [];
  const s = new Splitter({ element: (v) => elements.push(v), member: (k, v) => members.push([k, v]) });
  const buf = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  for (let i = 0; i < buf.length; i += size) s.push(buf.subarray(i, i + size));
  s.end();
  return { elements, members };
}

test('a bundle: members in order, objects streamed one by one', () => {
  const doc = { type: 'bundle', id: 'bundle--x', objects: [{ a: 1 }, { b: 'x"y\\z' }, [1, 2], 'é€😀', 3, null] };
  for (const size of [1, 2, 3, 5, 64, 100000]) {
    const r = split(JSON.stringify(doc, null, size % 2 ? 1 : 0), size);
    assert.deepEqual(r.elements, doc.objects);
    assert.deepEqual(r.members, [['type', 'bundle'], ['id', 'bundle--x']]);
  }
});

test('a top-level array streams its elements; a single object comes out as members', () => {
  assert.deepEqual(split('[ {"x":1} , 2 ,"s" ]').elements, [{ x: 1 }, 2, 's']);
  assert.deepEqual(split('{"type":"indicator","objects":{"0":{}},"n":-1.5e3}').members, [['type', 'indicator'], ['objects', { '0': {} }], ['n', -1500]]);
  assert.deepEqual(split('[]').elements, []);
  assert.deepEqual(split('{}').members, []);
  assert.deepEqual(split(' 42 ').elements, [42]);
});

test('malformed JSON is a SplitError, never a crash', () => {
  for (const bad of ['', '[', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '{"a":1}x', '[{"a":]', '{"objects":[1,', '"abc', '{"a\\":1}', '[tru]'])
    assert.throws(() => split(bad), SplitError, bad);
});

test('property: the splitter agrees with JSON.parse on any JSON array or object, in any chunking', () => {
  fc.assert(
    fc.property(fc.oneof(fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue())), fc.integer({ min: 1, max: 50 }), (v, size) => {
      const text = JSON.stringify(v);
      const r = split(text, size);
      if (Array.isArray(v)) assert.deepEqual(r.elements, JSON.parse(text));
      else {
        const o = JSON.parse(text) as Record<string, unknown>;
        const streamed = Array.isArray(o.objects);
        assert.deepEqual(Object.fromEntries(r.members), Object.fromEntries(Object.entries(o).filter(([k]) => !(streamed && k === 'objects'))));
        if (streamed) assert.deepEqual(r.elements, o.objects);
      }
    }),
    { numRuns: 300 },
  );
});

test('property: bytes that JSON.parse refuses are refused (or at worst parsed the same way)', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 60 }), fc.integer({ min: 1, max: 9 }), (bytes, size) => {
      let ok = true;
      let expected: unknown;
      try {
        expected = JSON.parse(Buffer.from(bytes).toString('utf8'));
      } catch {
        ok = false;
      }
      try {
        const r = split(Buffer.from(bytes), size);
        assert.ok(ok, 'accepted bytes JSON.parse refuses');
        if (Array.isArray(expected)) assert.deepEqual(r.elements, expected);
      } catch (e) {
        if (!(e instanceof SplitError)) throw e;
      }
    }),
    { numRuns: 2000 },
  );
});
