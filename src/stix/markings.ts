/**
 * TLP data markings: the TLP 1.0 marking definitions of STIX 2.1 section 7.2.1.4, the TLP 2.0 marking definitions
 * of the OASIS TLP 2.0 property extension (extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d), and the
 * helpers that say which markings apply to an object (section 7.2.2) and to one of its properties (section 7.2.3).
 *
 * Everything is expressed on the TLP 2.0 scale (CLEAR < GREEN < AMBER < AMBER+STRICT < RED); TLP 1.0 markings map
 * onto it (WHITE = CLEAR, GREEN, AMBER, RED). TLP markings are recognised by their standard ids: section 7.2.1.4
 * forbids any other instance of a TLP marking definition.
 *
 * @module
 */
import { parseSelector, selectorCovers, type SelectorStep } from './selectors.js';

/** TLP 2.0 levels, from least to most restrictive. */
export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

/** TLP 1.0 levels (STIX 2.1 section 7.2.1.4). */
export const TLP1_LEVELS = ['white', 'green', 'amber', 'red'] as const;
export type Tlp1Level = (typeof TLP1_LEVELS)[number];

export const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

export interface TlpMarkingDefinition {
  readonly type: 'marking-definition';
  readonly spec_version: '2.1';
  readonly id: string;
  readonly created: string;
  readonly name: string;
  readonly definition_type?: 'tlp';
  readonly definition?: { readonly tlp: Tlp1Level };
  readonly extensions?: Readonly<Record<string, { readonly extension_type: 'property-extension'; readonly tlp_2_0: TlpLevel }>>;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

function tlp1(level: Tlp1Level, uuid: string): TlpMarkingDefinition {
  return deepFreeze({
    type: 'marking-definition',
    spec_version: '2.1',
    id: `marking-definition--${uuid}`,
    created: '2017-01-20T00:00:00.000Z',
    definition_type: 'tlp',
    name: `TLP:${level.toUpperCase()}`,
    definition: { tlp: level },
  });
}

function tlp2(level: TlpLevel, uuid: string): TlpMarkingDefinition {
  return deepFreeze({
    type: 'marking-definition',
    spec_version: '2.1',
    id: `marking-definition--${uuid}`,
    created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${level.toUpperCase()}`,
    extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: level } },
  });
}

/** The four TLP 1.0 marking definitions, exactly as section 7.2.1.4 gives them. */
export const TLP1 = {
  white: tlp1('white', '613f2e26-407d-48c7-9eca-b8e91df99dc9'),
  green: tlp1('green', '34098fce-860f-48ae-8e50-ebd3cc5e41da'),
  amber: tlp1('amber', 'f88d31f6-486f-44da-b317-01333bde0b82'),
  red: tlp1('red', '5e57c739-391a-4eb3-b6be-7d15ca92d5ed'),
} as const satisfies Record<Tlp1Level, TlpMarkingDefinition>;

/** The five TLP 2.0 marking definitions of the OASIS TLP 2.0 extension. */
export const TLP2 = {
  clear: tlp2('clear', '94868c89-83c2-464b-929b-a1a8aa3c8487'),
  green: tlp2('green', 'bab4a63c-aed9-4cf5-a766-dfca5abac2bb'),
  amber: tlp2('amber', '55d920b0-5e8b-4f79-9ee9-91f868d9b421'),
  'amber+strict': tlp2('amber+strict', '939a9414-2ddd-4d32-a0cd-375ea402b003'),
  red: tlp2('red', 'e828b379-4e03-4974-9ac4-e53a884c97c1'),
} as const satisfies Record<TlpLevel, TlpMarkingDefinition>;

/** A recognised TLP marking: its version and its level on the TLP 2.0 scale. */
export interface TlpMarking {
  version: 1 | 2;
  level: TlpLevel;
  /** The TLP 1.0 name when version is 1 (WHITE for CLEAR). */
  tlp1?: Tlp1Level;
}

const BY_ID = new Map<string, TlpMarking>([
  ...Object.values(TLP1).map((d): [string, TlpMarking] => [d.id, { version: 1, level: tlp1To2(d.definition!.tlp), tlp1: d.definition!.tlp }]),
  ...Object.values(TLP2).map((d): [string, TlpMarking] => [d.id, { version: 2, level: d.extensions![TLP2_EXTENSION_ID].tlp_2_0 }]),
]);

/** The standard TLP marking a marking-definition id stands for, or undefined for any other id. */
export function tlpOfMarkingId(id: unknown): TlpMarking | undefined {
  return typeof id === 'string' ? BY_ID.get(id) : undefined;
}

export function isTlpMarkingId(id: unknown): boolean {
  return tlpOfMarkingId(id) !== undefined;
}

/**
 * The TLP level a marking-definition object claims by its content (definition_type `tlp` or the TLP 2.0 extension),
 * whatever its id. Used to treat non-standard TLP definitions that peers send as what they claim, never lower.
 */
export function tlpClaimedBy(def: unknown): TlpLevel | undefined {
  if (!isRecord(def) || def.type !== 'marking-definition') return undefined;
  const std = tlpOfMarkingId(def.id);
  if (std) return std.level;
  let level: TlpLevel | undefined;
  if (def.definition_type === 'tlp' && isRecord(def.definition)) {
    const t = def.definition.tlp;
    if (typeof t === 'string' && (TLP1_LEVELS as readonly string[]).includes(t.toLowerCase())) level = tlp1To2(t.toLowerCase() as Tlp1Level);
  }
  const ext = isRecord(def.extensions) ? def.extensions[TLP2_EXTENSION_ID] : undefined;
  if (isRecord(ext) && typeof ext.tlp_2_0 === 'string') {
    const t = ext.tlp_2_0.toLowerCase();
    if (isTlpLevel(t)) level = level === undefined ? t : mostRestrictive([level, t]);
  }
  return level;
}

export function isTlpLevel(v: unknown): v is TlpLevel {
  return typeof v === 'string' && (TLP_LEVELS as readonly string[]).includes(v);
}

/** Rank on the TLP 2.0 scale: 0 for CLEAR up to 4 for RED. */
export function tlpRank(level: TlpLevel): number {
  return TLP_LEVELS.indexOf(level);
}

/** Negative, zero or positive as `a` is less, as or more restrictive than `b`. */
export function compareTlp(a: TlpLevel, b: TlpLevel): number {
  return tlpRank(a) - tlpRank(b);
}

/** The most restrictive of several levels (DESIGN: several markings, the most restrictive wins); undefined if none. */
export function mostRestrictive(levels: Iterable<TlpLevel>): TlpLevel | undefined {
  let best: TlpLevel | undefined;
  for (const l of levels) if (best === undefined || tlpRank(l) > tlpRank(best)) best = l;
  return best;
}

/** TLP 1.0 to 2.0: WHITE is CLEAR, the others keep their name (FIRST TLP 2.0, "Changes"). */
export function tlp1To2(level: Tlp1Level): TlpLevel {
  return level === 'white' ? 'clear' : level;
}

/** TLP 2.0 to 1.0; AMBER+STRICT has no TLP 1.0 form. */
export function tlp2To1(level: TlpLevel): Tlp1Level | undefined {
  if (level === 'clear') return 'white';
  if (level === 'amber+strict') return undefined;
  return level;
}

/** The marking definition of a level in the given TLP version (undefined for AMBER+STRICT in 1.0). */
export function markingDefinitionFor(level: TlpLevel, version: 1 | 2 = 2): TlpMarkingDefinition | undefined {
  if (version === 2) return TLP2[level];
  const l1 = tlp2To1(level);
  return l1 ? TLP1[l1] : undefined;
}

/** The same marking in the other TLP version, by id (undefined when the id is not TLP or has no equivalent). */
export function equivalentMarkingId(id: string): string | undefined {
  const m = tlpOfMarkingId(id);
  if (!m) return undefined;
  return markingDefinitionFor(m.level, m.version === 1 ? 2 : 1)?.id;
}

// ---- which markings apply -------------------------------------------------------------------------------------

/** Resolves a marking-definition id to the TLP level it stands for; the default knows only the standard ids. */
export type TlpResolver = (markingId: string) => TlpLevel | undefined;

export const standardTlp: TlpResolver = (id) => tlpOfMarkingId(id)?.level;

/** A resolver that knows the standard ids and, beyond them, what the given marking definitions claim. */
export function resolverWith(definitions: Iterable<unknown>): TlpResolver {
  const extra = new Map<string, TlpLevel>();
  for (const d of definitions) {
    const level = tlpClaimedBy(d);
    if (level && isRecord(d) && typeof d.id === 'string') extra.set(d.id, level);
  }
  return (id) => standardTlp(id) ?? extra.get(id);
}

/** The marking-definition ids in an object's object_marking_refs (section 7.2.2); malformed entries are skipped. */
export function objectMarkingRefs(obj: unknown): string[] {
  if (!isRecord(obj) || !Array.isArray(obj.object_marking_refs)) return [];
  return obj.object_marking_refs.filter((r): r is string => typeof r === 'string');
}

/** One data marking (not a language marking) of granular_markings, with its selectors parsed. */
export interface GranularMarking {
  markingRef: string;
  selectors: { text: string; steps: SelectorStep[] }[];
  /** Selectors that do not parse: the content they mean cannot be located, so callers must treat it as unsafe. */
  invalidSelectors: string[];
}

/** The data markings of an object's granular_markings (section 7.2.3); language-only entries are left out. */
export function granularMarkings(obj: unknown): GranularMarking[] {
  if (!isRecord(obj) || !Array.isArray(obj.granular_markings)) return [];
  const out: GranularMarking[] = [];
  for (const g of obj.granular_markings) {
    if (!isRecord(g) || typeof g.marking_ref !== 'string') continue;
    const selectors: GranularMarking['selectors'] = [];
    const invalidSelectors: string[] = [];
    const list: unknown[] = Array.isArray(g.selectors) ? g.selectors : [];
    for (const s of list) {
      const steps = parseSelector(s);
      if (steps) selectors.push({ text: s as string, steps });
      else invalidSelectors.push(String(s));
    }
    out.push({ markingRef: g.marking_ref, selectors, invalidSelectors });
  }
  return out;
}

/** The marking-definition ids that apply to the whole object: its object markings (section 7.2.2). */
export function markingsOfObject(obj: unknown): string[] {
  return [...new Set(objectMarkingRefs(obj))];
}

/**
 * The marking-definition ids that apply to the content at `selector` (a selector string or parsed steps): the
 * object markings, and every granular marking whose selector selects that content or one of its ancestors
 * (selectors are recursive, section 7.2.3). Markings on content *inside* the selected value are not included:
 * see `markingsWithin`.
 */
export function markingsOfProperty(obj: unknown, selector: string | readonly SelectorStep[]): string[] {
  const path = typeof selector === 'string' ? parseSelector(selector) : selector;
  const out = new Set(objectMarkingRefs(obj));
  if (!path) return [...out];
  for (const g of granularMarkings(obj)) if (g.selectors.some((s) => selectorCovers(s.steps, path))) out.add(g.markingRef);
  return [...out];
}

/** The marking-definition ids of granular markings on content strictly inside the value at `selector`. */
export function markingsWithin(obj: unknown, selector: string | readonly SelectorStep[]): string[] {
  const path = typeof selector === 'string' ? parseSelector(selector) : selector;
  if (!path) return [];
  const out = new Set<string>();
  for (const g of granularMarkings(obj)) {
    if (g.selectors.some((s) => s.steps.length > path.length && selectorCovers(path, s.steps))) out.add(g.markingRef);
  }
  return [...out];
}

/** The most restrictive TLP among marking ids, or undefined when none of them is a TLP marking. */
export function tlpOf(markingIds: Iterable<string>, resolve: TlpResolver = standardTlp): TlpLevel | undefined {
  const levels: TlpLevel[] = [];
  for (const id of markingIds) {
    const l = resolve(id);
    if (l) levels.push(l);
  }
  return mostRestrictive(levels);
}

/** The object-level TLP of an object (most restrictive of its object markings), undefined when it has none. */
export function objectTlp(obj: unknown, resolve: TlpResolver = standardTlp): TlpLevel | undefined {
  return tlpOf(objectMarkingRefs(obj), resolve);
}

/** The TLP that applies to one property (object and granular markings together), undefined when none. */
export function propertyTlp(obj: unknown, selector: string | readonly SelectorStep[], resolve: TlpResolver = standardTlp): TlpLevel | undefined {
  return tlpOf(markingsOfProperty(obj, selector), resolve);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The label people read: `TLP:AMBER+STRICT`, or `TLP:WHITE` for CLEAR in TLP 1.0. */
export function tlpLabel(level: TlpLevel, version: 1 | 2 = 2): string {
  return `TLP:${(version === 1 ? (tlp2To1(level) ?? level) : level).toUpperCase()}`;
}

/**
 * A copy of `obj` whose object markings carry `level` (in TLP 2.0 unless `version` 1 is asked) instead of any TLP
 * marking it had; its other markings (statements, ...) stay. The caller versions the object (a new `modified`).
 */
export function withTlp<T extends Record<string, unknown>>(obj: T, level: TlpLevel, version: 1 | 2 = 2): T {
  const def = markingDefinitionFor(level, version);
  if (!def) throw new RangeError(`${tlpLabel(level)} has no TLP ${version}.0 marking definition`);
  const others = objectMarkingRefs(obj).filter((id) => !isTlpMarkingId(id));
  return { ...obj, object_marking_refs: [...others, def.id] };
}
