/**
 * The table-driven property walker: checks each property of an object against its PropSpec (STIX 2.1 §2 common
 * data types) and reports required properties that are missing. Tables are compiled once into Maps.
 */
import type { PropSpec, PropTable } from '../property-spec.js';
import { pointerToken, type FindingCode } from '../findings.js';
import { inVocabulary } from '../vocabularies.js';
import type { Collector } from './context.js';
import {
  isBase64, isHexOfLength, isHexString, isLowerHyphenated, isValidDictionaryKey, isValidHashKey, isValidUrl,
  idTypeLength, timestampProblem,
} from './primitives.js';
import { describeTargets, targetAllowed } from './kinds.js';

/** Whether the reference `id` (its type `len` chars long) may point where `allowed` says, without slicing when a named type matches. */
function refTypeAllowed(id: string, len: number, allowed: readonly string[]): boolean {
  for (const a of allowed) if (a.length === len && id.startsWith(a)) return true;
  return targetAllowed(id.slice(0, len), allowed);
}
import { VOCAB_CODES } from './vocab-codes.js';
import { EXTERNAL_REFERENCE_PROPERTIES, GRANULAR_MARKING_PROPERTIES, KILL_CHAIN_PHASE_PROPERTIES } from '../object-properties.js';

export interface CompiledTable {
  readonly map: ReadonlyMap<string, PropSpec>;
  readonly required: readonly string[];
}

const compiled = new WeakMap<PropTable, CompiledTable>();

export function compile(table: PropTable): CompiledTable {
  let c = compiled.get(table);
  if (!c) {
    const map = new Map(Object.entries(table));
    c = { map, required: [...map].filter(([, s]) => s.required).map(([k]) => k) };
    compiled.set(table, c);
  }
  return c;
}

export const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v === 'number' ? (Number.isInteger(v) ? 'an integer' : 'a number') : `a ${typeof v}`;

export const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Called for a property that the table does not know (a custom property inside an embedded object). */
export type UnknownPropertyHook = (w: Walker, name: string, value: unknown, path: string) => void;

const HASH_HEX_LENGTHS: ReadonlyMap<string, number> = new Map([
  ['MD5', 32],
  ['SHA-1', 40],
  ['SHA-256', 64],
  ['SHA-512', 128],
  ['SHA3-256', 64],
  ['SHA3-512', 128],
]);

export const MAX_DEPTH = 64;

/** The walker's state for one object. */
export class Walker {
  /**
   * Malformed references are warnings rather than errors: set for SCOs, whose reference properties the OASIS
   * 2.1 schemas and validator leave unconstrained (see known-differences.md).
   */
  lenientRefs = false;

  constructor(
    readonly c: Collector,
    readonly onUnknown: UnknownPropertyHook,
  ) {}

  /** Checks every property of `o` against `table` and reports missing required ones. */
  props(o: Record<string, unknown>, table: CompiledTable, path: string, depth: number): void {
    for (const key in o) {
      const spec = table.map.get(key);
      const v = o[key];
      if (spec === undefined) this.onUnknown(this, key, v, path + '/' + pointerToken(key));
      else this.value(v, spec, key, path, depth);
    }
    for (const r of table.required) if (o[r] === undefined) this.c.add('required-property', path + '/' + r, { property: r });
  }

  private type(name: string, path: string, expected: string, v: unknown): void {
    this.c.add('property-type', path, { property: name, expected, found: describe(v) });
  }

  /**
   * §2.x: the value of property `name` of the object at `parent`. The property's own path is only built when
   * something is reported or the value is descended into (most values are scalars that pass).
   */
  value(v: unknown, spec: PropSpec, name: string, parent: string, depth: number): void {
    const c = this.c;
    switch (spec.kind) {
      case 'string':
        if (typeof v !== 'string') this.type(name, this.at(parent, name), 'a string', v);
        return;
      case 'boolean':
        if (typeof v !== 'boolean') this.type(name, this.at(parent, name), 'a boolean', v);
        return;
      case 'integer':
        if (typeof v !== 'number' || !Number.isInteger(v)) return this.type(name, this.at(parent, name), 'an integer', v);
        this.range(v, spec, name, this.at(parent, name));
        return;
      case 'float':
        if (typeof v !== 'number') return this.type(name, this.at(parent, name), 'a number', v);
        this.range(v, spec, name, this.at(parent, name));
        return;
      case 'timestamp': {
        if (typeof v !== 'string') return this.type(name, this.at(parent, name), 'a timestamp string', v);
        const why = timestampProblem(v);
        if (why) c.add('timestamp-invalid', this.at(parent, name), { property: name, value: v, reason: why });
        return;
      }
      case 'binary':
        if (typeof v !== 'string') return this.type(name, this.at(parent, name), 'a base64 string', v);
        if (!isBase64(v)) c.add('binary-invalid', this.at(parent, name), { property: name });
        return;
      case 'hex':
        if (typeof v !== 'string') return this.type(name, this.at(parent, name), 'a hex string', v);
        if (!isHexString(v)) c.add('hex-invalid', this.at(parent, name), { property: name });
        return;
      case 'url':
        if (typeof v !== 'string') return this.type(name, this.at(parent, name), 'a URL string', v);
        if (!isValidUrl(v)) {
          if (spec.advisory) c.add('url-format', this.at(parent, name), { property: name, value: v });
          else c.add('value-invalid', this.at(parent, name), { property: name, reason: `'${v}' is not a URL (RFC 3986)` });
        }
        return;
      case 'ref':
        this.ref(v, spec, name, parent, -1);
        return;
      case 'refs':
        if (!this.list(v, name, parent)) return;
        for (let i = 0; i < v.length; i++) this.ref(v[i], spec, name, parent, i);
        return;
      case 'strings':
        if (!this.list(v, name, parent)) return;
        for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') this.type(name, this.at(parent, name) + '/' + i, 'a list of strings', v[i]);
        return;
      case 'integers':
        if (!this.list(v, name, parent)) return;
        for (let i = 0; i < v.length; i++) if (!Number.isInteger(v[i])) this.type(name, this.at(parent, name) + '/' + i, 'a list of integers', v[i]);
        return;
      case 'ov':
        if (typeof v !== 'string') return this.type(name, this.at(parent, name), 'a string', v);
        this.vocab(v, spec, name, parent, -1);
        return;
      case 'ovs':
        if (!this.list(v, name, parent)) return;
        for (let i = 0; i < v.length; i++) {
          const s = v[i];
          if (typeof s !== 'string') this.type(name, this.at(parent, name) + '/' + i, 'a list of strings', s);
          else this.vocab(s, spec, name, parent, i);
        }
        return;
      case 'enum':
        if (typeof v !== 'string') return this.type(name, this.at(parent, name), 'a string', v);
        if (!inVocabulary(spec.vocab!, v)) c.add('enum-value', this.at(parent, name), { property: name, vocab: spec.vocab, value: v });
        return;
      case 'enums':
        if (!this.list(v, name, parent)) return;
        for (let i = 0; i < v.length; i++) {
          const s = v[i];
          if (typeof s !== 'string') this.type(name, this.at(parent, name) + '/' + i, 'a list of strings', s);
          else if (!inVocabulary(spec.vocab!, s)) c.add('enum-value', this.at(parent, name) + '/' + i, { property: name, vocab: spec.vocab, value: s });
        }
        return;
      case 'hashes':
        this.hashes(v, name, this.at(parent, name));
        return;
      case 'dict':
      case 'dict-strings':
      case 'dict-ints':
      case 'dict-int-or-string':
      case 'dict-string-lists':
        this.dict(v, spec, name, this.at(parent, name), depth);
        return;
      case 'object':
        if (!isPlainObject(v)) return this.type(name, this.at(parent, name), 'an object', v);
        if (depth > MAX_DEPTH) return c.add('too-deep', this.at(parent, name), { limit: MAX_DEPTH });
        this.props(v, compile(spec.props!), this.at(parent, name), depth + 1);
        return;
      case 'objects':
        if (!this.list(v, name, parent)) return;
        if (depth > MAX_DEPTH) return c.add('too-deep', this.at(parent, name), { limit: MAX_DEPTH });
        for (let i = 0; i < v.length; i++) {
          const e = v[i];
          if (!isPlainObject(e)) this.type(name, this.at(parent, name) + '/' + i, 'a list of objects', e);
          else this.props(e, compile(spec.props!), this.at(parent, name) + '/' + i, depth + 1);
        }
        return;
      case 'kill-chain-phases':
        this.killChain(v, name, this.at(parent, name), depth);
        return;
      case 'external-references':
        this.externalReferences(v, name, this.at(parent, name), depth);
        return;
      case 'granular-markings':
        if (!this.list(v, name, parent)) return;
        for (let i = 0; i < v.length; i++) {
          const g = v[i];
          const p = this.at(parent, name) + '/' + i;
          if (!isPlainObject(g)) {
            this.type(name, p, 'a list of granular markings', g);
            continue;
          }
          this.props(g, compile(GRANULAR_MARKING_PROPERTIES), p, depth + 1);
          const hasRef = g.marking_ref !== undefined, hasLang = g.lang !== undefined;
          if (hasRef === hasLang) c.add('exactly-one', p, { properties: "'marking_ref', 'lang'" });
        }
        return;
      case 'extensions':
      case 'any':
        return;
    }
  }

  /** The JSON Pointer of property `name` of the object at `parent` (optionally of item `index` of it). */
  at(parent: string, name: string, index = -1): string {
    const p = parent + '/' + pointerToken(name);
    return index < 0 ? p : p + '/' + index;
  }

  private range(v: number, spec: PropSpec, name: string, path: string): void {
    if ((spec.min !== undefined && v < spec.min) || (spec.max !== undefined && v > spec.max))
      this.c.add('integer-range', path, { property: name, min: spec.min ?? '-∞', max: spec.max ?? '∞', value: v });
  }

  /** A non-empty list (§2.x: lists MUST NOT be empty in STIX 2.1). */
  list(v: unknown, name: string, parent: string): v is unknown[] {
    if (!Array.isArray(v)) {
      this.type(name, this.at(parent, name), 'a list', v);
      return false;
    }
    if (v.length === 0) {
      this.c.add('empty-list', this.at(parent, name), { property: name });
      return false;
    }
    return true;
  }

  /** §2.7 identifier, of an allowed target type (item `index` of a list, or the property itself when -1). */
  ref(v: unknown, spec: PropSpec, name: string, parent: string, index: number): void {
    if (typeof v !== 'string') return this.type(name, this.at(parent, name, index), 'an identifier string', v);
    const len = idTypeLength(v);
    if (len < 0) return this.c.add(this.lenientRefs ? 'reference-malformed' : 'reference-invalid', this.at(parent, name, index), { property: name, value: v });
    const allowed = spec.refTypes;
    if (allowed && allowed.length && !refTypeAllowed(v, len, allowed))
      this.c.add('reference-target-type', this.at(parent, name, index), { property: name, expected: describeTargets(allowed), value: v });
  }

  private vocab(v: string, spec: PropSpec, name: string, parent: string, index: number): void {
    const code: FindingCode | undefined = VOCAB_CODES[spec.vocab!];
    if (code && !inVocabulary(spec.vocab!, v)) {
      const path = this.at(parent, name, index);
      this.c.add(code, path, { property: name, value: v });
      if (!isLowerHyphenated(v)) this.c.add('open-vocab-format', path, { property: name, value: v });
    }
  }

  /** §2.5 hashes: a non-empty dictionary of algorithm name → value, known algorithms in their formats. */
  hashes(v: unknown, name: string, path: string): void {
    const c = this.c;
    if (!isPlainObject(v)) return this.type(name, path, 'a hashes dictionary', v);
    let n = 0;
    for (const k in v) {
      n++;
      const h = v[k];
      const p = path + '/' + pointerToken(k);
      if (typeof h !== 'string') {
        this.type(name, p, 'a hash string', h);
        continue;
      }
      const len = HASH_HEX_LENGTHS.get(k);
      if (len !== undefined) {
        if (!isHexOfLength(h, len)) c.add('hash-value', p, { property: name, key: k, value: h });
        continue;
      }
      if (k === 'SSDEEP' || k === 'TLSH') {
        if (k === 'TLSH' ? !isHexOfLength(h, 70) && !(h.startsWith('T1') && isHexOfLength(h.slice(2), 70)) : h.length < 1 || h.length > 128)
          c.add('hash-value', p, { property: name, key: k, value: h });
        continue;
      }
      if (!isValidHashKey(k)) c.add('hash-key', p, { property: name, key: k });
      else if (!k.startsWith('x_')) c.add('hash-algo', p, { property: name, value: k });
      if (h.length > 250) c.add('hash-length', p, { property: name, key: k });
    }
    if (n === 0) c.add('empty-object', path, { property: name });
  }

  /** §2.4 dictionary. */
  dict(v: unknown, spec: PropSpec, name: string, path: string, depth: number): void {
    const c = this.c;
    if (!isPlainObject(v)) return this.type(name, path, 'a dictionary', v);
    if (depth > MAX_DEPTH) return c.add('too-deep', path, { limit: MAX_DEPTH });
    let n = 0;
    for (const k in v) {
      n++;
      if (!isValidDictionaryKey(k)) c.add('dictionary-key', path + '/' + pointerToken(k), { property: name, key: k });
      const e = v[k];
      let expected: string | undefined;
      switch (spec.kind) {
        case 'dict-strings':
          if (typeof e !== 'string') expected = 'a string';
          break;
        case 'dict-ints':
          if (!Number.isInteger(e)) expected = 'an integer';
          break;
        case 'dict-int-or-string':
          if (typeof e !== 'string' && !Number.isInteger(e)) expected = 'an integer or a string';
          break;
        case 'dict-string-lists':
          if (!Array.isArray(e) || e.length === 0 || !e.every((x) => typeof x === 'string')) expected = 'a non-empty list of strings';
          break;
        default:
          if (e === null) expected = 'not null';
          else if (Array.isArray(e) && e.length === 0) expected = 'a non-empty list';
      }
      if (expected) c.add('dictionary-value', path + '/' + pointerToken(k), { property: name, key: k, expected });
    }
    if (n === 0) c.add('empty-object', path, { property: name });
  }

  /** §2.11 kill-chain-phase. */
  private killChain(v: unknown, name: string, path: string, depth: number): void {
    if (!this.list(v, name, path)) return;
    const table = compile(KILL_CHAIN_PHASE_PROPERTIES);
    for (let i = 0; i < v.length; i++) {
      const k = v[i];
      const p = path + '/' + i;
      if (!isPlainObject(k)) {
        this.type(name, p, 'a list of kill chain phases', k);
        continue;
      }
      this.props(k, table, p, depth + 1);
      if (typeof k.kill_chain_name === 'string' && !isLowerHyphenated(k.kill_chain_name))
        this.c.add('kill-chain-names', p + '/kill_chain_name', { value: k.kill_chain_name });
      if (typeof k.phase_name === 'string' && !isLowerHyphenated(k.phase_name))
        this.c.add('kill-chain-names', p + '/phase_name', { value: k.phase_name });
    }
  }

  /** §2.10 external-reference. */
  private externalReferences(v: unknown, name: string, path: string, depth: number): void {
    if (!this.list(v, name, path)) return;
    const table = compile(EXTERNAL_REFERENCE_PROPERTIES);
    for (let i = 0; i < v.length; i++) {
      const r = v[i];
      const p = path + '/' + i;
      if (!isPlainObject(r)) {
        this.type(name, p, 'a list of external references', r);
        continue;
      }
      this.props(r, table, p, depth + 1);
      if (r.description === undefined && r.url === undefined && r.external_id === undefined)
        this.c.add('at-least-one', p, { properties: "'description', 'url', 'external_id' (besides source_name, §2.10)" });
      if (r.url !== undefined && r.hashes === undefined) this.c.add('extref-hashes', p);
    }
  }
}
