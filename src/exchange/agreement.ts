/**
 * A sharing agreement: what flows to one partner and how, and what we do with what flows in from it. One agreement
 * per partner, versioned: every change makes a new version (the audit log and the ledger can say which rules held
 * when). This file holds the type, the parsing of the CLI's/API's values and the validation of a stored agreement.
 * The rules themselves are applied by ./policy/.
 *
 * @module
 */
import { LiaisonError } from '../errors.js';
import { TLP_LEVELS, type TlpLevel } from '../stix/markings.js';

/** Levels an agreement may let flow: RED never flows by a rule, only to recipients named on the object. */
export const MAX_TLP_VALUES = ['clear', 'green', 'amber', 'amber+strict'] as const;
export type MaxTlp = (typeof MAX_TLP_VALUES)[number];

export interface Agreement {
  /** The partner's name (as in `liaison partner add NAME`). */
  partner: string;
  /** 1 for the first agreement with this partner, +1 for every change. */
  version: number;
  /** When this version was made (RFC 3339). */
  updated: string;
  /** Our collections (ids or aliases) that the partner may read, filtered by this agreement. */
  share: string[];
  /** The collection id at the partner's node that we push our shared collections into; null when they pull. */
  pushTo: string | null;
  /** The highest TLP of our own or received intelligence that may flow to the partner. */
  maxTlp: MaxTlp;
  /** The object types that may flow; null for every type. */
  types: string[] | null;
  /** Replace our identity by an anonymous identity in what the partner receives. */
  anonymize: boolean;
  /** Globs of top-level property names removed from what the partner receives (`x_*`, `external_references`). */
  strip: string[];
  /** Our collection where the partner's data lands; null when we take nothing from them. */
  inbound: string | null;
  /** The TLP we treat the partner's unmarked objects as having (and ours, when deciding what goes to them). */
  defaultMarking: TlpLevel;
  /** Hold the partner's objects for review instead of accepting them at once. */
  review: boolean;
}

/** The values a change may carry; an absent field keeps the current value. */
export interface AgreementChange {
  share?: string[];
  pushTo?: string | null;
  maxTlp?: MaxTlp;
  types?: string[] | null;
  anonymize?: boolean;
  strip?: string[];
  inbound?: string | null;
  defaultMarking?: TlpLevel;
  review?: boolean;
}

/**
 * Defaults of a first agreement: nothing shared and, if something is, only CLEAR; unmarked objects count as AMBER
 * (so that an unmarked object never travels further than AMBER allows); partner data accepted at once.
 */
export const AGREEMENT_DEFAULTS: Omit<Agreement, 'partner' | 'version' | 'updated'> = Object.freeze({
  share: [],
  pushTo: null,
  maxTlp: 'clear',
  types: null,
  anonymize: false,
  strip: [],
  inbound: null,
  defaultMarking: 'amber',
  review: false,
});

const TYPE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const GLOB = /^[a-z0-9_*?]+$/;
const MAX_LIST = 1000;

function bad(detail: string): never {
  throw new LiaisonError('AGREEMENT_INVALID', { detail });
}

/** `--max-tlp clear|green|amber|amber+strict` (case-insensitive, `TLP:` prefix allowed). */
export function parseMaxTlp(value: string): MaxTlp {
  const v = normaliseTlp(value);
  if ((MAX_TLP_VALUES as readonly string[]).includes(v)) return v as MaxTlp;
  if (v === 'red') bad('--max-tlp cannot be red: TLP:RED goes only to the recipients named on an object, never by an agreement');
  return bad(`--max-tlp must be one of ${MAX_TLP_VALUES.join('|')}, not "${value}"`);
}

/** `--default-marking clear|green|amber|amber+strict|red`. */
export function parseDefaultMarking(value: string): TlpLevel {
  const v = normaliseTlp(value);
  if ((TLP_LEVELS as readonly string[]).includes(v)) return v as TlpLevel;
  return bad(`--default-marking must be one of ${TLP_LEVELS.join('|')}, not "${value}"`);
}

function normaliseTlp(value: string): string {
  return String(value).trim().toLowerCase().replace(/^tlp:/, '').replace(/^white$/, 'clear');
}

/** `--types TYPE,...` (may be repeated): STIX type names, deduplicated, in the order given. */
export function parseTypes(values: string | readonly string[]): string[] {
  const out: string[] = [];
  for (const v of typeof values === 'string' ? [values] : values) {
    for (const raw of String(v).split(',')) {
      const t = raw.trim();
      if (t === '') continue;
      if (t.length < 3 || t.length > 250 || !TYPE_NAME.test(t)) bad(`--types: "${t}" is not a STIX type name`);
      if (!out.includes(t)) out.push(t);
    }
  }
  if (out.length === 0) bad('--types needs at least one type');
  if (out.length > MAX_LIST) bad(`--types: more than ${MAX_LIST} types`);
  return out;
}

/** `--strip PROPERTY_GLOB` (repeatable): globs over top-level property names, `*` any run, `?` one character. */
export function parseStripGlobs(values: string | readonly string[]): string[] {
  const out: string[] = [];
  for (const v of typeof values === 'string' ? [values] : values) {
    const g = String(v).trim();
    if (!GLOB.test(g) || g.length > 250) bad(`--strip: "${v}" is not a property glob (a-z, 0-9, _, * and ? only)`);
    if (!out.includes(g)) out.push(g);
  }
  if (out.length > MAX_LIST) bad(`--strip: more than ${MAX_LIST} globs`);
  return out;
}

/** Compiles a strip glob into a matcher of property names. */
export function globMatcher(glob: string): (name: string) => boolean {
  const re = new RegExp('^' + glob.replace(/[*?]/g, (c) => (c === '*' ? '.*' : '.')) + '$', 's');
  return (name) => re.test(name);
}

function collection(value: string, option: string): string {
  const v = String(value).trim();
  if (v === '' || v.length > 250 || /[\s/]/.test(v)) bad(`${option}: "${value}" is not a collection id or alias`);
  return v;
}

/** The raw values a CLI or API call gives (commander's option object), checked and turned into a change. */
export function parseAgreementOptions(opts: {
  share?: string[];
  pushTo?: string;
  maxTlp?: string;
  types?: string | string[];
  anonymize?: boolean;
  strip?: string[];
  inbound?: string;
  defaultMarking?: string;
  review?: boolean;
}): AgreementChange {
  const change: AgreementChange = {};
  if (opts.share !== undefined) change.share = [...new Set(opts.share.map((s) => collection(s, '--share')))];
  if (opts.pushTo !== undefined) change.pushTo = collection(opts.pushTo, '--push-to');
  if (opts.maxTlp !== undefined) change.maxTlp = parseMaxTlp(opts.maxTlp);
  if (opts.types !== undefined) change.types = parseTypes(opts.types);
  if (opts.anonymize !== undefined) change.anonymize = Boolean(opts.anonymize);
  if (opts.strip !== undefined) change.strip = parseStripGlobs(opts.strip);
  if (opts.inbound !== undefined) change.inbound = collection(opts.inbound, '--inbound');
  if (opts.defaultMarking !== undefined) change.defaultMarking = parseDefaultMarking(opts.defaultMarking);
  if (opts.review !== undefined) change.review = Boolean(opts.review);
  return change;
}

/** The next version of a partner's agreement: the current one (or the defaults) with the change applied. */
export function applyAgreementChange(current: Agreement | undefined, partner: string, change: AgreementChange, now: Date = new Date()): Agreement {
  const base: Agreement = current ?? { partner, version: 0, updated: now.toISOString(), ...AGREEMENT_DEFAULTS };
  const next: Agreement = { ...base, share: [...base.share], strip: [...base.strip], types: base.types && [...base.types] };
  for (const [k, v] of Object.entries(change)) if (v !== undefined) (next as unknown as Record<string, unknown>)[k] = v;
  next.partner = partner;
  next.version = base.version + 1;
  next.updated = now.toISOString();
  if (next.pushTo !== null && next.share.length === 0) bad('--push-to needs at least one --share collection to push');
  return next;
}

/** Checks a stored or received agreement document and returns it typed; throws AGREEMENT_INVALID otherwise. */
export function validateAgreement(doc: unknown): Agreement {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) bad('not an object');
  const d = doc as Record<string, unknown>;
  const str = (k: string): string => (typeof d[k] === 'string' && (d[k] as string).length > 0 ? (d[k] as string) : bad(`${k} must be a non-empty string`));
  const strList = (k: string): string[] =>
    Array.isArray(d[k]) && (d[k] as unknown[]).every((x) => typeof x === 'string') ? [...(d[k] as string[])] : bad(`${k} must be a list of strings`);
  const nullableStr = (k: string): string | null => (d[k] === null ? null : str(k));
  const bool = (k: string): boolean => (typeof d[k] === 'boolean' ? (d[k] as boolean) : bad(`${k} must be true or false`));
  if (!Number.isSafeInteger(d.version) || (d.version as number) < 1) bad('version must be a positive integer');
  const updated = str('updated');
  if (Number.isNaN(Date.parse(updated))) bad('updated must be a timestamp');
  return {
    partner: str('partner'),
    version: d.version as number,
    updated,
    share: strList('share').map((s) => collection(s, 'share')),
    pushTo: nullableStr('pushTo'),
    maxTlp: parseMaxTlp(str('maxTlp')),
    types: d.types === null ? null : parseTypes(strList('types')),
    anonymize: bool('anonymize'),
    strip: parseStripGlobs(strList('strip')),
    inbound: nullableStr('inbound'),
    defaultMarking: parseDefaultMarking(str('defaultMarking')),
    review: bool('review'),
  };
}
