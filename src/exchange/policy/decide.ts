/**
 * The policy engine: what one recipient may receive of an object, decided once for every way out (a partner's
 * TAXII reads, our pushes, exports, the API). Either a refusal with a stable code, or a COPY transformed as the
 * agreement says; the stored object is never touched.
 *
 * Order of the checks, first refusal wins: a STIX object at all, not nested absurdly deep; type allowed (requests,
 * responses and rebuttals addressed to the recipient always are); not an echo to its source; not our identity
 * under anonymisation; the object's TLP (object markings, most restrictive wins, else the default marking) passes
 * the rules of ./rules.ts; every granular-marked part above what the recipient may see can be located and is not
 * required; after withholding and stripping, the copy still has what its type requires and, if the original was
 * valid STIX, still is. Then the copy is anonymised when the agreement says so, and its distribution extension
 * names only this recipient.
 *
 * Transformed copies keep the original's `(id, modified)`: a recipient holds a redacted view of that version, which
 * is what TLP asks (STIX 2.1 section 7.2.3 granular markings exist for exactly this).
 *
 * @module
 */
import { canonicalJson } from '../../stix/canonical-json.js';
import { validateStix } from '../../validation.js';
import {
  granularMarkings,
  type GranularMarking,
  isTlpMarkingId,
  mostRestrictive,
  objectTlp,
  standardTlp,
  type TlpLevel,
  type TlpResolver,
} from '../../stix/markings.js';
import { formatSelector, resolveSelector, selectorCovers, type SelectorStep } from '../../stix/selectors.js';
import { globMatcher, type Agreement } from '../agreement.js';
import { LIAISON_DISTRIBUTION_EXTENSION, LIAISON_DISTRIBUTION_EXTENSION_ID, LIAISON_IDENTITY, recipientsNamedOn } from '../liaison-objects.js';
import { REQUEST_TYPE, REQUESTS_EXTENSION, RESPONSE_TYPE } from '../requests/extension.js';
import { anonymousIdentity, anonymousIdentityId, replaceReferences } from './anonymize.js';
import { removeContent, type PruneResult } from './prune.js';
import { refusal, type Refusal } from './refusals.js';
import { missingRequired, PROTECTED_PROPERTIES } from './required.js';
import { levelVerdict, type Provenance, type Recipient } from './rules.js';

export interface PolicyContext {
  /** The parts of the recipient's agreement that govern what goes out (a public collection gets its own). */
  agreement: Pick<Agreement, 'maxTlp' | 'types' | 'anonymize' | 'strip' | 'defaultMarking'>;
  recipient: Recipient;
  /** Our identity id, and the node secret from which anonymous identities are derived. */
  self: { identity: string; secret: string };
  /** Resolves marking ids to TLP; defaults to the standard TLP 1.0/2.0 ids. */
  resolveTlp?: TlpResolver;
  /** Objects everyone may have whatever the default marking (e.g. Liaison's extension-definitions). */
  publicObjects?: readonly Record<string, unknown>[];
  /** Validate every copy the policy changed (default true); refuse it when it broke a valid object. */
  checkCopy?: boolean;
  /**
   * When the policy changes nothing, share the input object itself instead of a clone (default false): for callers
   * that only serialise the copy (the sync path, which then sends the stored text as it is) and never mutate it.
   */
  reuseUnchanged?: boolean;
}

export interface Share {
  decision: 'share';
  id: string;
  type: string;
  /** The copy the recipient gets. */
  object: Record<string, unknown>;
  /** The object-level TLP the decision used (the default marking when the object carries none). */
  tlp: TlpLevel;
  /** Selectors of content withheld because of granular markings. */
  withheld: string[];
  /** Top-level properties removed by the agreement's strip globs. */
  stripped: string[];
}

export type Decision = Share | Refusal;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const BUILTIN_PUBLIC = [LIAISON_IDENTITY, LIAISON_DISTRIBUTION_EXTENSION, REQUESTS_EXTENSION] as readonly Record<string, unknown>[];

/** Content that is public by nature: the standard TLP definitions (section 7.2.1.4) and Liaison's own objects. */
function isPublicKnowledge(obj: Record<string, unknown>, extra: readonly Record<string, unknown>[]): boolean {
  if (obj.type === 'marking-definition' && isTlpMarkingId(obj.id)) return true;
  const same = BUILTIN_PUBLIC.find((p) => p.id === obj.id) ?? extra.find((p) => p.id === obj.id);
  return same !== undefined && canonicalJson(same) === canonicalJson(obj);
}

/**
 * Requests and responses addressed to the recipient, and opinions and notes that name it, are the conversation
 * between the two partners rather than intelligence: the agreement's type list does not hold them back (TLP does).
 */
function isConversationWith(obj: Record<string, unknown>, recipient: Recipient): boolean {
  if (recipient.identity === null) return false;
  if (obj.type === REQUEST_TYPE || obj.type === RESPONSE_TYPE) return obj.recipient_ref === recipient.identity;
  if (obj.type === 'opinion' || obj.type === 'note') return recipientsNamedOn(obj).includes(recipient.identity);
  return false;
}

/** Decides what `recipient` may receive of one object version. Never throws on any input. */
export function decide(obj: unknown, provenance: Provenance, ctx: PolicyContext): Decision {
  if (!isRecord(obj) || typeof obj.type !== 'string' || typeof obj.id !== 'string') return refusal(obj, 'INVALID_OBJECT');
  if (deeperThan(obj, MAX_DEPTH)) return refusal(obj, 'TOO_DEEP', { limit: String(MAX_DEPTH) });
  const { agreement, recipient, self } = ctx;
  const resolve = ctx.resolveTlp ?? standardTlp;
  const type = obj.type;

  if (agreement.types && !agreement.types.includes(type) && !isConversationWith(obj, recipient)) return refusal(obj, 'TYPE_NOT_ALLOWED', { type });
  if (provenance.kind === 'received' && recipient.identity !== null && provenance.from === recipient.identity) {
    return refusal(obj, 'ECHO', { source: provenance.from });
  }
  if (agreement.anonymize && obj.id === self.identity) return refusal(obj, 'IDENTITY_WITHHELD');

  const defaultLevel = (provenance.kind === 'received' ? provenance.defaultMarking : undefined) ?? agreement.defaultMarking;
  const level: TlpLevel = isPublicKnowledge(obj, ctx.publicObjects ?? []) ? 'clear' : (objectTlp(obj, resolve) ?? defaultLevel);
  const named = recipientsNamedOn(obj);
  const verdict = levelVerdict(level, provenance, recipient, agreement.maxTlp, named);
  if (!verdict.ok) return refusal(obj, verdict.code, verdict.params);

  // Granular markings: content marked above what the recipient may see is withheld. The level of a piece of content
  // is the most restrictive of the object level and every granular marking that covers it, decided leaf by leaf so
  // that content also marked RED for a named recipient is judged as RED (most restrictive wins).
  const granular = granularMarkings(obj)
    .map((g) => ({ g, level: resolve(g.markingRef) }))
    .filter((x): x is { g: GranularMarking; level: TlpLevel } => x.level !== undefined);
  const allowed = (l: TlpLevel) => levelVerdict(l, provenance, recipient, agreement.maxTlp, named).ok;
  const paths: SelectorStep[][] = [];
  const markedLevel = new Map<string, TlpLevel>();
  const seenPath = new Set<string>();
  for (const { g, level: gl } of granular) {
    if (allowed(mostRestrictive([level, gl])!)) continue;
    if (g.invalidSelectors.length > 0) return refusal(obj, 'UNLOCATABLE_MARKING', { tlp: gl.toUpperCase(), selector: g.invalidSelectors[0] });
    for (const s of g.selectors) {
      const found = resolveSelector(obj, s.steps);
      if (!found.found) continue;
      for (const leaf of leafPaths(found.value, s.steps)) {
        const covering = granular.filter((x) => x.g.selectors.some((cs) => selectorCovers(cs.steps, leaf))).map((x) => x.level);
        const leafLevel = mostRestrictive([level, ...covering])!;
        if (allowed(leafLevel)) continue;
        const top = leaf[0];
        if (top.kind === 'key' && PROTECTED_PROPERTIES.has(top.key)) {
          return refusal(obj, 'REQUIRED_PROPERTY_WITHHELD', { property: s.text, why: `marked TLP:${leafLevel.toUpperCase()}` });
        }
        const key = formatSelector(leaf);
        if (seenPath.has(key)) continue;
        seenPath.add(key);
        paths.push(leaf);
        if (top.kind === 'key') markedLevel.set(top.key, mostRestrictive([leafLevel, markedLevel.get(top.key) ?? leafLevel])!);
      }
    }
  }

  // Properties the agreement strips.
  const stripped: string[] = [];
  if (agreement.strip.length > 0) {
    const matchers = matchersOf(agreement.strip);
    for (const key of Object.keys(obj)) {
      if (!PROTECTED_PROPERTIES.has(key) && matchers.some((m) => m(key))) {
        stripped.push(key);
        paths.push([{ kind: 'key', key }]);
      }
    }
  }

  let copy = obj;
  let removed: string[] = [];
  if (paths.length > 0) {
    let pruned = removeContent(obj, paths);
    // A list item left without what its type requires goes as a whole (an external reference whose url was
    // withheld and that has nothing else to say), rather than making the copy invalid.
    const broken = incompleteItems(obj, pruned);
    if (broken.length > 0) pruned = removeContent(obj, [...paths, ...broken]);
    ({ copy, removed } = pruned);
  }
  const missing = missingRequired(obj, copy);
  if (missing !== undefined) {
    const first = missing.split('|').find((k) => Object.prototype.hasOwnProperty.call(obj, k)) ?? missing;
    const why = stripped.includes(first) ? 'stripped by the agreement' : `marked ${markedLevel.has(first) ? `TLP:${markedLevel.get(first)!.toUpperCase()}` : 'above what the recipient may see'}`;
    return refusal(obj, 'REQUIRED_PROPERTY_WITHHELD', { property: missing, why });
  }

  // Defence in depth: a copy we changed must still be valid STIX if the original was. Removing custom `x_`
  // properties alone cannot break an object (nothing in STIX depends on them), so that common case skips the check.
  const changedStix = seenPath.size > 0 || stripped.some((k) => !k.startsWith('x_'));
  if (copy !== obj && changedStix && ctx.checkCopy !== false) {
    const report = validateStix(copy);
    if (!report.valid && validateStix(obj).valid) {
      const f = report.errors[0];
      return refusal(obj, 'COPY_INVALID', { finding: f.code, path: f.path || '/' });
    }
  }

  // The recipient's copy shares nothing with the stored object: replaceReferences builds a new tree, else clone.
  const unchanged = copy === obj && !agreement.anonymize && named.length === 0;
  const out = (unchanged && ctx.reuseUnchanged ? obj
    : agreement.anonymize ? replaceReferences(copy, self.identity, anonIdOf(ctx)) : structuredClone(copy)) as Record<string, unknown>;
  if (named.length > 0) onlyThisRecipient(out, recipient);
  const strippedSet = new Set(stripped);
  return {
    decision: 'share',
    id: obj.id,
    type,
    object: out,
    tlp: level,
    withheld: removed.filter((r) => !strippedSet.has(r.split('.')[0])),
    stripped,
  };
}

/** No STIX object nests anywhere near this deep; beyond it we refuse rather than half-transform. */
export const MAX_DEPTH = 32;

function deeperThan(v: unknown, limit: number): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (limit === 0) return true;
  for (const x of Array.isArray(v) ? v : Object.values(v)) if (deeperThan(x, limit - 1)) return true;
  return false;
}

/**
 * Need to know: a recipient learns from the distribution extension only that it is named itself, not who else is.
 * Mutates the copy (never the stored object).
 */
function onlyThisRecipient(copy: Record<string, unknown>, recipient: Recipient): void {
  const ext = copy.extensions as Record<string, unknown> | undefined;
  if (!isRecord(ext) || !isRecord(ext[LIAISON_DISTRIBUTION_EXTENSION_ID])) return;
  const refs = recipientsNamedOn(copy);
  if (recipient.identity !== null && refs.includes(recipient.identity)) {
    ext[LIAISON_DISTRIBUTION_EXTENSION_ID] = { ...(ext[LIAISON_DISTRIBUTION_EXTENSION_ID] as object), recipient_refs: [recipient.identity] };
  } else {
    delete ext[LIAISON_DISTRIBUTION_EXTENSION_ID];
    if (Object.keys(ext).length === 0) delete copy.extensions;
  }
}

/**
 * Items of the common list types (STIX 2.1 sections 2.5 external-reference, 2.6 kill-chain-phase) that the
 * removal left incomplete, as paths in the original.
 */
function incompleteItems(obj: Record<string, unknown>, pruned: PruneResult): SelectorStep[][] {
  const out: SelectorStep[][] = [];
  const check = (prop: string, ok: (item: Record<string, unknown>) => boolean) => {
    const list = obj[prop];
    if (!Array.isArray(list)) return;
    for (let i = 0; i < list.length; i++) {
      const at: SelectorStep[] = [{ kind: 'key', key: prop }, { kind: 'index', index: i }];
      const now = pruned.locate(at);
      if (!now) continue;
      const found = resolveSelector(pruned.copy, now);
      if (found.found && isRecord(found.value) && isRecord(list[i]) && ok(list[i] as Record<string, unknown>) && !ok(found.value)) out.push(at);
    }
  };
  const has = (o: Record<string, unknown>, k: string) => typeof o[k] === 'string';
  check('external_references', (r) => has(r, 'source_name') && (has(r, 'description') || has(r, 'url') || has(r, 'external_id')));
  check('kill_chain_phases', (k) => has(k, 'kill_chain_name') && has(k, 'phase_name'));
  return out;
}

// Compiled once per agreement rather than once per object.
const compiledGlobs = new WeakMap<readonly string[], ((name: string) => boolean)[]>();
function matchersOf(globs: readonly string[]): ((name: string) => boolean)[] {
  let m = compiledGlobs.get(globs);
  if (!m) compiledGlobs.set(globs, (m = globs.map(globMatcher)));
  return m;
}

// The keyed hash is computed once per (self, recipient, secret), not once per object.
const anonIds = new Map<string, string>();
function anonIdOf(ctx: PolicyContext): string {
  const key = `${ctx.self.identity}\u0000${recipientKey(ctx.recipient)}\u0000${ctx.self.secret}`;
  let id = anonIds.get(key);
  if (id === undefined) {
    if (anonIds.size > 10_000) anonIds.clear();
    anonIds.set(key, (id = anonymousIdentityId(ctx.self.identity, recipientKey(ctx.recipient), ctx.self.secret)));
  }
  return id;
}

/** Paths of the leaves (scalars and empty containers) inside `value`, which sits at `at`. */
function leafPaths(value: unknown, at: SelectorStep[], out: SelectorStep[][] = [], depth = 0): SelectorStep[][] {
  if (depth > 64) {
    out.push(at);
  } else if (Array.isArray(value) && value.length > 0) {
    value.forEach((v, i) => leafPaths(v, [...at, { kind: 'index', index: i }], out, depth + 1));
  } else if (isRecord(value) && Object.keys(value).length > 0) {
    for (const [k, v] of Object.entries(value)) leafPaths(v, [...at, { kind: 'key', key: k }], out, depth + 1);
  } else out.push(at);
  return out;
}

function recipientKey(r: Recipient): string {
  return r.identity ?? 'public';
}

export interface PolicyOutcome {
  /** The copies to send, in input order, each version once; the anonymous identity last when a copy names it. */
  shared: Record<string, unknown>[];
  /** Every object that did not go, with why. */
  refused: Refusal[];
  /** One decision per input object, in input order. */
  decisions: Decision[];
}

/**
 * Applies the policy to a list of object versions for one recipient: every version the rules allow is shared
 * exactly once (a repeated `(id, modified)` is refused as DUPLICATE), everything else is refused with a reason.
 */
export function applyPolicy(objects: Iterable<unknown>, ctx: PolicyContext, provenanceOf: (obj: Record<string, unknown>) => Provenance): PolicyOutcome {
  const shared: Record<string, unknown>[] = [];
  const refused: Refusal[] = [];
  const decisions: Decision[] = [];
  const seen = new Set<string>();
  const anonId = ctx.agreement.anonymize ? anonIdOf(ctx) : undefined;
  let anonUsed = false;
  for (const obj of objects) {
    let d: Decision;
    if (isRecord(obj) && typeof obj.id === 'string' && typeof obj.type === 'string') {
      const version = String(obj.modified ?? obj.created ?? '');
      const key = `${obj.id}\u0000${version}`;
      if (seen.has(key)) d = refusal(obj, 'DUPLICATE', { id: obj.id, version: version || '(none)' });
      else {
        seen.add(key);
        d = decide(obj, provenanceOf(obj), ctx);
      }
    } else d = refusal(obj, 'INVALID_OBJECT');
    decisions.push(d);
    if (d.decision === 'share') {
      shared.push(d.object);
      if (anonId && !anonUsed && JSON.stringify(d.object).includes(anonId)) anonUsed = true;
    } else refused.push(d);
  }
  if (anonId && anonUsed && !shared.some((o) => o.id === anonId)) {
    shared.push(anonymousIdentity(ctx.self.identity, recipientKey(ctx.recipient), ctx.self.secret));
  }
  return { shared, refused, decisions };
}
