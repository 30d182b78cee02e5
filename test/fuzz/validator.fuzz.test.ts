/**
 * Fuzzing inside the normal test run (fast-check, time-boxed: ~2 s per property, 20 s when CI=true): random and
 * mutated objects and random bytes never crash the validator, the streaming splitter or the CLI.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { validateDocument, validateStix, type ObjectReport } from '../../src/validation.js';
import { StreamingDocumentValidator } from '../../src/stix/stream/document-validator.js';
import { SplitError } from '../../src/stix/stream/splitter.js';
import { runCli } from '../helpers/cli.js';

const CI = process.env.CI === 'true';
const BUDGET_MS = CI ? 20_000 : 2_000;
const params = { interruptAfterTimeLimit: BUDGET_MS, numRuns: 1_000_000 };

const vectors = (JSON.parse(readFileSync(new URL('../fixtures/conformance/validator-cases-v21.json', import.meta.url), 'utf8')) as { instance: unknown }[]).map(
  (v) => v.instance,
);

function wellFormed(r: ObjectReport): void {
  assert.equal(typeof r.valid, 'boolean');
  assert.equal(r.valid, r.errors.length === 0);
  for (const f of [...r.errors, ...r.warnings]) {
    assert.equal(typeof f.code, 'string');
    assert.equal(typeof f.message, 'string');
    assert.ok(f.path === '' || f.path.startsWith('/'), f.path);
  }
}

/** Replaces, deletes or adds a value somewhere inside `v` (deterministic from the picks). */
function mutate(v: unknown, picks: number[], replacement: unknown, depth = 0): unknown {
  if (depth > 6 || typeof v !== 'object' || v === null) return replacement;
  const pick = picks[depth % picks.length] ?? 0;
  if (Array.isArray(v)) {
    if (v.length === 0) return [replacement];
    const out = [...v];
    const i = pick % out.length;
    if (pick % 7 === 0) out.splice(i, 1);
    else out[i] = mutate(out[i], picks, replacement, depth + 1);
    return out;
  }
  const o = { ...(v as Record<string, unknown>) };
  const keys = Object.keys(o);
  if (keys.length === 0 || pick % 5 === 0) {
    o[['x_fuzz', 'type', 'id', '__proto__', 'constructor', 'spec_version', 'extensions', 'granular_markings', 'objects'][pick % 9]] = replacement;
    return o;
  }
  const k = keys[pick % keys.length];
  if (pick % 3 === 0) delete o[k];
  else o[k] = mutate(o[k], picks, replacement, depth + 1);
  return o;
}

test('fuzz: any JSON value never crashes validateStix / validateDocument, under any options', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (v, strict) => {
      wellFormed(validateStix(v, { strict }));
      for (const r of validateDocument(v, { strict }).objects) wellFormed(r);
    }),
    params,
  );
});

test('fuzz: mutated OASIS vector objects never crash the validator', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: vectors.length - 1 }),
      fc.array(fc.nat(1000), { minLength: 1, maxLength: 8 }),
      fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('', 'x--y', '2016-13-45T99:99:99Z', 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f', [], {}, -1, 1e308)),
      fc.boolean(),
      (i, picks, replacement, strict) => {
        const obj = mutate(vectors[i], picks, replacement);
        wellFormed(validateStix(obj, { strict, checkPattern: () => ({ errors: [], warnings: [] }) }));
        for (const r of validateDocument(obj, { strict }).objects) wellFormed(r);
      },
    ),
    params,
  );
});

/** Names on Object.prototype; all but the camel-case ones are valid STIX type, property and vocabulary values. */
const OBJECT_MEMBERS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

/** Each way of putting one Object member name into `v`: as a string value (bare or as an id's type), or as a key. */
function* withObjectMembers(v: unknown): Generator<unknown> {
  if (typeof v === 'string') {
    for (const n of OBJECT_MEMBERS) yield* [n, `${n}--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f`];
  } else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) for (const x of withObjectMembers(v[i])) yield v.map((e, j) => (j === i ? x : e));
  } else if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v);
    for (const [k, value] of entries) {
      for (const x of withObjectMembers(value)) yield { ...v, [k]: x };
      // JSON.parse, as the server would: an object literal's "__proto__" key would set the prototype instead.
      for (const n of OBJECT_MEMBERS) {
        const renamed = entries.map(([kk, vv]) => `${JSON.stringify(kk === k ? n : kk)}:${JSON.stringify(vv)}`);
        yield JSON.parse(`{${renamed.join(',')}}`);
      }
    }
  }
}

test('every OASIS vector with an Object member name put in any one place validates without a crash', () => {
  let variants = 0;
  for (const vector of vectors) {
    for (const obj of withObjectMembers(vector)) {
      variants++;
      for (const strict of [false, true]) {
        wellFormed(validateStix(obj, { strict }));
        for (const r of validateDocument(obj, { strict }).objects) wellFormed(r);
      }
    }
  }
  assert.ok(variants > 10_000, `${variants} variants`);
});

test('fuzz: random and mutated bytes into the streaming validator give reports or a SplitError only', () => {
  const base = Buffer.from(JSON.stringify({ type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d', objects: vectors.slice(0, 20) }));
  fc.assert(
    fc.property(
      fc.oneof(
        fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
        fc.tuple(fc.nat(base.length - 1), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([at, b]) => {
          const out = Buffer.from(base);
          out.set(b.subarray(0, Math.min(b.length, out.length - at)), at);
          return out;
        }),
        fc.nat(base.length).map((n) => base.subarray(0, n)),
      ),
      fc.integer({ min: 1, max: 4096 }),
      (bytes, chunk) => {
        const v = new StreamingDocumentValidator();
        try {
          for (let i = 0; i < bytes.length; i += chunk) v.push(bytes.subarray(i, i + chunk));
          for (const r of v.end()) wellFormed(r);
        } catch (e) {
          if (!(e instanceof SplitError)) throw e;
        }
      },
    ),
    params,
  );
});

test('fuzz: the CLI answers random input with exit 0, 1 or 2 and never a stack trace', async () => {
  const runs = CI ? 12 : 3;
  const samples = fc.sample(
    fc.oneof(
      fc.uint8Array({ maxLength: 100 }).map((b) => Buffer.from(b)),
      fc.jsonValue({ maxDepth: 4 }).map((v) => Buffer.from(JSON.stringify(v))),
      fc.integer({ min: 0, max: vectors.length - 1 }).map((i) => Buffer.from(JSON.stringify(vectors[i]).slice(0, 200))),
    ),
    { numRuns: runs, seed: Date.now() % 100000 },
  );
  for (const stdin of samples) {
    const r = await runCli(['validate', '--json', '-'], { stdin });
    assert.ok([0, 1, 2].includes(r.code), `exit ${r.code}: ${r.stderr}`);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    if (r.code !== 2) assert.equal(typeof (JSON.parse(r.stdout) as { valid: boolean }).valid, 'boolean');
  }
});
