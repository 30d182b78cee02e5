/**
 * Object paths checked against the SCO property tables of src/stix/sco-properties.ts (STIX 2.1 sections 6 and
 * 9.7): the object type is an SCO type, each property exists where the path says, lists are indexed before
 * their items are named, references are followed to the properties of their target types. Custom types,
 * properties and extensions are allowed by STIX, so everything here is a warning.
 *
 * @module
 */
import type { ObjectPath, PathStep } from './ast.js';
import { SCO_COMMON_PROPERTIES, SCO_DEFINITIONS, isScoType, scoExtension } from '../stix/sco-properties.js';
import type { PropSpec, PropTable } from '../stix/property-spec.js';
import { printPath } from './printer.js';

/** STIX 2.1 types that are not cyber-observables (SDOs, SROs, meta objects). */
const NON_SCO = new Set([
  'attack-pattern', 'bundle', 'campaign', 'course-of-action', 'extension-definition', 'grouping', 'identity', 'incident',
  'indicator', 'infrastructure', 'intrusion-set', 'language-content', 'location', 'malware', 'malware-analysis',
  'marking-definition', 'note', 'observed-data', 'opinion', 'relationship', 'report', 'threat-actor', 'tool', 'sighting',
  'vulnerability',
]);

type State =
  | { kind: 'object'; tables: PropTable[]; type: string }
  | { kind: 'value'; spec: PropSpec; type: string }
  | { kind: 'stop' };

const LIST_OF_SCALARS = new Set(['strings', 'integers', 'ovs', 'enums']);
const DICTS = new Set(['dict', 'dict-strings', 'dict-int-or-string', 'dict-ints', 'dict-string-lists', 'hashes']);
const OPAQUE = new Set(['kill-chain-phases', 'external-references', 'granular-markings', 'any']);

function targetTables(spec: PropSpec): PropTable[] | undefined {
  const targets = spec.refTypes ?? [];
  if (targets.length === 0 || targets.some((t) => t.startsWith('*') || !SCO_DEFINITIONS[t])) return undefined;
  return targets.flatMap((t) => [SCO_DEFINITIONS[t].props, SCO_COMMON_PROPERTIES]);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** ` (did you mean x?)` for a close known name, else ''. */
function suggest(name: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const k of known) {
    const d = distance(name, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best ? ` (did you mean ${best}?)` : '';
}

function describeStep(s: PathStep): string {
  return s.kind === 'key' ? `'${s.name}'` : s.kind === 'index' ? `[${s.index}]` : '[*]';
}

/** Warnings about an object path; empty when it names known properties (or custom ones that cannot be checked). */
export function objectPathProblems(path: ObjectPath): string[] {
  const type = path.objectType;
  if (!isScoType(type)) {
    if (NON_SCO.has(type)) return [`'${type}' is not a cyber-observable type: patterns match SCOs only (section 9.7), so this comparison never matches`];
    if (/^x[-_]/.test(type)) return [];
    return [`'${type}' is not a STIX 2.1 cyber-observable type${suggest(type, Object.keys(SCO_DEFINITIONS))} (custom types are allowed)`];
  }
  let state: State = { kind: 'object', tables: [SCO_DEFINITIONS[type].props, SCO_COMMON_PROPERTIES], type };
  const steps = path.steps;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    const where = i === 0 ? type : printPath({ ...path, steps: steps.slice(0, i) });
    if (state.kind === 'stop') break;
    if (state.kind === 'object') {
      if (s.kind !== 'key') return [`${where} is an object, not a list: ${describeStep(s)} selects nothing`];
      const spec: PropSpec | undefined = state.tables.map((t) => (Object.hasOwn(t, s.name) ? t[s.name] : undefined)).find((x) => x !== undefined);
      if (!spec) {
        const known = state.tables.flatMap((t) => Object.keys(t));
        return [`'${s.name}' is not a property of ${where} in STIX 2.1${suggest(s.name, known)} (custom properties are allowed)`];
      }
      state = { kind: 'value', spec, type: state.type };
      continue;
    }
    const spec: PropSpec = state.spec;
    const name = where;
    switch (spec.kind) {
      case 'ref': {
        if (s.kind !== 'key') return [`${name} is a single reference, not a list: ${describeStep(s)} selects nothing`];
        const tables = targetTables(spec);
        state = tables ? { kind: 'object', tables, type: state.type } : { kind: 'stop' };
        i--; // name the property on the referenced object
        continue;
      }
      case 'refs':
      case 'objects':
        if (s.kind === 'key') return [`${name} is a list: index it (${name}[*] or ${name}[0]) before naming '${s.name}'`];
        if (spec.kind === 'objects') state = spec.props ? { kind: 'object', tables: [spec.props], type: state.type } : { kind: 'stop' };
        else {
          const tables = targetTables(spec);
          state = tables ? { kind: 'object', tables, type: state.type } : { kind: 'stop' };
        }
        continue;
      case 'object':
        state = spec.props ? { kind: 'object', tables: [spec.props], type: state.type } : { kind: 'stop' };
        i--;
        continue;
      case 'extensions': {
        if (s.kind !== 'key') return [`${name} is a dictionary of extensions: name one, e.g. ${name}.'…-ext'`];
        const table = scoExtension(state.type, s.name);
        state = table ? { kind: 'object', tables: [table], type: state.type } : { kind: 'stop' };
        continue;
      }
      default:
        if (LIST_OF_SCALARS.has(spec.kind)) {
          if (s.kind === 'key') return [`${name} is a list of values: index it (${name}[*]) instead of naming '${s.name}'`];
          state = { kind: 'value', spec: { kind: 'string' }, type: state.type };
          continue;
        }
        if (DICTS.has(spec.kind)) {
          if (s.kind !== 'key') return [`${name} is a dictionary: name a key instead of ${describeStep(s)}`];
          state = { kind: 'stop' };
          continue;
        }
        if (OPAQUE.has(spec.kind)) {
          state = { kind: 'stop' };
          continue;
        }
        return [`${name} is a ${spec.kind} value: it has no ${s.kind === 'key' ? `property '${s.name}'` : 'list items'}`];
    }
  }
  return [];
}
