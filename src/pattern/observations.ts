/**
 * Observations to match against (STIX 2.1 section 9.1, "Observation"; observed-data, section 4.14). Accepts STIX
 * 2.1 observed-data whose object_refs point at SCOs given alongside (in the same bundle, other bundles or a store),
 * and STIX 2.0 observed-data with embedded `objects`. Each becomes an ObservedWindow: the observation's time window, its
 * number_observed, the SCOs a pattern may start from, and how references resolve inside it.
 *
 * @module
 */
import { timestampMillis } from './literals.js';

type Json = Record<string, unknown>;

export interface ObservedWindow {
  /** The observed-data id (absent only for 2.0 test data without ids). */
  readonly id: string | undefined;
  /** The observed-data object itself. */
  readonly source: Json;
  readonly first: number;
  readonly last: number;
  readonly count: number;
  /** SCOs a comparison may start from, by type. */
  readonly roots: ReadonlyMap<string, readonly Json[]>;
  /** Resolves a reference (an SCO id in 2.1, a key of `objects` in 2.0) inside this observation. */
  readonly resolve: (ref: string) => Json | undefined;
}

export interface ObservationProblem {
  id: string | undefined;
  message: string;
}

/** Types that are not SCOs in STIX 2.1 (SDOs, SROs, meta objects): a pattern never starts from these. */
const NON_SCO_TYPES = new Set([
  'attack-pattern', 'bundle', 'campaign', 'course-of-action', 'extension-definition', 'grouping', 'identity', 'incident',
  'indicator', 'infrastructure', 'intrusion-set', 'language-content', 'location', 'malware', 'malware-analysis',
  'marking-definition', 'note', 'observed-data', 'opinion', 'relationship', 'report', 'threat-actor', 'tool', 'sighting',
  'vulnerability',
]);

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Flattens bundles and arrays into their STIX objects. */
export function flattenObjects(input: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > 4) return out;
  if (Array.isArray(input)) for (const x of input) flattenObjects(x, out, depth + 1);
  else if (isObject(input)) {
    if (input.type === 'bundle' && Array.isArray(input.objects)) flattenObjects(input.objects, out, depth + 1);
    else out.push(input);
  }
  return out;
}

function byType(objects: Iterable<Json>, sdoFilter: boolean): Map<string, Json[]> {
  const m = new Map<string, Json[]>();
  for (const o of objects) {
    const t = o.type;
    if (typeof t !== 'string' || (sdoFilter && NON_SCO_TYPES.has(t))) continue;
    const list = m.get(t);
    if (list) list.push(o);
    else m.set(t, [o]);
  }
  return m;
}

/**
 * Builds the observations from observed-data objects; `scos` resolves object_refs (2.1). Observed-data that
 * cannot be used (no valid first_observed/last_observed, number_observed below 1, neither object_refs nor
 * objects) is left out and reported.
 */
export function toObservations(
  observedData: readonly Json[],
  scos: (id: string) => Json | undefined,
): { observations: ObservedWindow[]; problems: ObservationProblem[] } {
  const observations: ObservedWindow[] = [];
  const problems: ObservationProblem[] = [];
  for (const od of observedData) {
    const id = typeof od.id === 'string' ? od.id : undefined;
    const first = typeof od.first_observed === 'string' ? timestampMillis(od.first_observed) : NaN;
    const last = typeof od.last_observed === 'string' ? timestampMillis(od.last_observed) : NaN;
    const count = od.number_observed;
    if (Number.isNaN(first) || Number.isNaN(last)) {
      problems.push({ id, message: 'first_observed and last_observed must be valid timestamps' });
      continue;
    }
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
      problems.push({ id, message: 'number_observed must be an integer of at least 1' });
      continue;
    }
    if (Array.isArray(od.object_refs)) {
      const refs = od.object_refs as unknown[];
      const listed: Json[] = [];
      for (const ref of refs) {
        const obj = typeof ref === 'string' ? scos(ref) : undefined;
        if (obj) listed.push(obj);
      }
      // Section 9.7.4: only SCOs listed in object_refs may be followed.
      const resolve = (r: string): Json | undefined => (refs.includes(r) ? scos(r) : undefined);
      observations.push({ id, source: od, first, last, count, roots: byType(listed, true), resolve });
    } else if (isObject(od.objects)) {
      const embedded = od.objects;
      const values = Object.values(embedded).filter(isObject);
      observations.push({
        id, source: od, first, last, count,
        roots: byType(values, false),
        resolve: (r) => (Object.hasOwn(embedded, r) && isObject(embedded[r]) ? embedded[r] : undefined),
      });
    } else {
      problems.push({ id, message: 'observed-data has neither object_refs nor objects' });
    }
  }
  return { observations, problems };
}

/** Observations from any mix of bundles, arrays and objects: observed-data plus the SCOs they refer to. */
export function observationsFrom(input: unknown): { observations: ObservedWindow[]; problems: ObservationProblem[] } {
  const objects = flattenObjects(input);
  const index = new Map<string, Json>();
  const observed: Json[] = [];
  for (const o of objects) {
    // STIX 2.0 test data also uses containers of other type names with embedded objects.
    if (o.type === 'observed-data' || ('first_observed' in o && isObject(o.objects))) observed.push(o);
    else if (typeof o.id === 'string') index.set(o.id, o);
  }
  return toObservations(observed, (id) => index.get(id));
}
