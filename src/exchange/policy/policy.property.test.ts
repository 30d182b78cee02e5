/**
 * Property tests of the policy engine against an oracle written separately from it, in another form: each
 * relation has a ceiling on received intelligence (organization AMBER+STRICT, client AMBER, community GREEN,
 * public CLEAR; RED never), our own goes up to the agreement (RED only to named recipients, public only CLEAR).
 * Every string leaf of a generated object is unique, so we can tell exactly which content reached the copy.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseSelector, resolveSelector } from '../../stix/selectors.js';
import { LIAISON_DISTRIBUTION_EXTENSION_ID } from '../liaison-objects.js';
import type { MaxTlp } from '../agreement.js';
import { applyPolicy, decide, anonymousIdentityId, type PolicyContext, type Provenance, type Relation } from './index.js';

const SELF = 'identity--11111111-1111-4111-8111-111111111111';
const PARTNER = 'identity--22222222-2222-4222-8222-222222222222';
const OTHER = 'identity--33333333-3333-4333-8333-333333333333';
const STATEMENT = 'marking-definition--4a0042fe-8b88-40fe-9600-dfa128ce6fbd';

// Written out by hand from the conformance README, independently of src/stix/markings.ts.
const RANK: Record<string, number> = {
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 0, // 1.0 white
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 1, // 1.0 green
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 2, // 1.0 amber
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 4, // 1.0 red
  'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487': 0, // clear
  'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb': 1, // green
  'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421': 2, // amber
  'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003': 3, // amber+strict
  'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1': 4, // red
};
const LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
const CEILING: Record<Relation, number> = { organization: 3, client: 2, community: 1, public: 0 };
const MARKINGS = [...Object.keys(RANK), STATEMENT];

interface Case {
  obj: Record<string, unknown>;
  ctx: PolicyContext;
  provenance: Provenance;
}

function maySee(rank: number, c: Case, named: string[]): boolean {
  const { relation, identity } = c.ctx.recipient;
  const max = LEVELS.indexOf(c.ctx.agreement.maxTlp);
  if (c.provenance.kind === 'own') {
    if (rank === 4) return identity !== null && named.includes(identity);
    if (relation === 'public') return rank === 0;
    return rank <= max;
  }
  return rank < 4 && rank <= CEILING[relation] && rank <= max;
}

type Path = (string | number)[];

/** Every string leaf with its path. */
function leaves(v: unknown, path: Path = [], out: [Path, string][] = []): [Path, string][] {
  if (typeof v === 'string') out.push([path, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => leaves(x, [...path, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, [...path, k], out);
  return out;
}

function selectorOf(p: Path): string {
  return p.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.');
}

/** The rank of the content at `path` of `obj`, computed from `obj`'s own markings, or undefined when unmarked. */
function rankAt(obj: Record<string, unknown>, path: Path, defaultRank: number): number {
  const object = ((obj.object_marking_refs as string[] | undefined) ?? []).map((m) => RANK[m]).filter((r) => r !== undefined);
  let rank = object.length ? Math.max(...object) : defaultRank;
  const sel = selectorOf(path);
  for (const g of (obj.granular_markings as { marking_ref?: string; selectors: string[] }[] | undefined) ?? []) {
    const r = g.marking_ref === undefined ? undefined : RANK[g.marking_ref];
    if (r === undefined) continue;
    if (g.selectors.some((s) => sel === s || sel.startsWith(s + '.'))) rank = Math.max(rank, r);
  }
  return rank;
}

const CONTENT = ['name', 'description', 'labels', 'external_references', 'kill_chain_phases', 'x_custom', 'x_mitre_version'];

const arbSkeleton = fc.record(
  {
    type: fc.constantFrom('vulnerability', 'x-widget'),
    name: fc.constant('s'),
    description: fc.constant('s'),
    labels: fc.array(fc.constant('s'), { minLength: 1, maxLength: 3 }),
    external_references: fc.array(fc.record({ source_name: fc.constant('s'), url: fc.constant('s') }, { requiredKeys: ['source_name'] }), {
      minLength: 1,
      maxLength: 3,
    }),
    kill_chain_phases: fc.array(fc.record({ kill_chain_name: fc.constant('s'), phase_name: fc.constant('s') }), { minLength: 1, maxLength: 3 }),
    x_custom: fc.constant('s'),
    x_mitre_version: fc.constant('s'),
    created_by_ref: fc.constantFrom(SELF, OTHER),
  },
  { requiredKeys: ['type', 'name', 'created_by_ref'] },
);

let serial = 0;
function uniquify(v: unknown): unknown {
  if (v === 's') return `v${serial++}`;
  if (Array.isArray(v)) return v.map(uniquify);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, uniquify(x)]));
  return v;
}

const arbCase: fc.Arbitrary<Case> = arbSkeleton
  .chain((sk) => {
    const body = uniquify(sk) as Record<string, unknown>;
    const paths = leaves(Object.fromEntries(Object.entries(body).filter(([k]) => CONTENT.includes(k))));
    const selectable = new Set<string>();
    for (const [p] of paths) for (let i = 1; i <= p.length; i++) selectable.add(selectorOf(p.slice(0, i)));
    const sels = [...selectable].sort();
    return fc.record({
      body: fc.constant(body),
      objectMarkings: fc.option(fc.subarray(MARKINGS, { minLength: 1, maxLength: 3 }), { nil: undefined }),
      granular: fc.array(
        fc.record({
          marking_ref: fc.constantFrom(...MARKINGS),
          selectors: fc.subarray([...sels, 'bad..selector'], { minLength: 1, maxLength: Math.min(3, sels.length + 1) }).filter((s) => s.length > 0),
        }),
        { maxLength: 4 },
      ),
      named: fc.option(fc.subarray([PARTNER, OTHER], { minLength: 1 }), { nil: undefined }),
      agreement: fc.record({
        maxTlp: fc.constantFrom<MaxTlp>('clear', 'green', 'amber', 'amber+strict'),
        types: fc.option(fc.subarray(['vulnerability', 'x-widget', 'indicator'], { minLength: 1 }), { nil: null, freq: 2 }),
        anonymize: fc.boolean(),
        strip: fc.subarray(['x_*', 'x_mitre_*', 'external_references', 'labels', 'name', 'desc*', 'k?ll*']),
        defaultMarking: fc.constantFrom(...LEVELS),
      }),
      relation: fc.constantFrom<Relation>('organization', 'client', 'community', 'public'),
      provenance: fc.oneof(
        fc.constant<Provenance>({ kind: 'own' }),
        fc.constantFrom(PARTNER, OTHER).chain((from) =>
          fc.option(fc.constantFrom(...LEVELS), { nil: undefined }).map((d): Provenance => ({ kind: 'received', from, ...(d ? { defaultMarking: d } : {}) })),
        ),
      ),
    });
  })
  .map((r) => {
    const obj: Record<string, unknown> = {
      ...r.body,
      spec_version: '2.1',
      id: `${r.body.type as string}--${String(serial++).padStart(8, '0')}-0000-4000-8000-000000000000`,
      created: '2024-01-01T00:00:00.000Z',
      modified: '2024-01-01T00:00:00.000Z',
    };
    if (r.objectMarkings) obj.object_marking_refs = r.objectMarkings;
    if (r.granular.length) obj.granular_markings = r.granular;
    if (r.named) obj.extensions = { [LIAISON_DISTRIBUTION_EXTENSION_ID]: { extension_type: 'property-extension', recipient_refs: r.named } };
    const ctx: PolicyContext = {
      agreement: r.agreement,
      recipient: { relation: r.relation, identity: r.relation === 'public' ? null : PARTNER },
      self: { identity: SELF, secret: 's3cret' },
    };
    return { obj, ctx, provenance: r.provenance };
  });

interface Expectation {
  share: boolean;
  /** Unique leaf values that must reach the copy (all others must not). */
  present: Set<string>;
  /** Rank of each present leaf in the original. */
  rank: Map<string, number>;
}

function expected(c: Case): Expectation {
  const { obj, ctx, provenance } = c;
  const none: Expectation = { share: false, present: new Set(), rank: new Map() };
  if (ctx.agreement.types && !ctx.agreement.types.includes(obj.type as string)) return none;
  if (provenance.kind === 'received' && provenance.from === ctx.recipient.identity) return none;
  const defaultRank = LEVELS.indexOf((provenance.kind === 'received' && provenance.defaultMarking) || ctx.agreement.defaultMarking);
  const named = ((obj.extensions as Record<string, { recipient_refs: string[] }> | undefined)?.[LIAISON_DISTRIBUTION_EXTENSION_ID]?.recipient_refs ?? []).slice();
  const objectRank = rankAt({ object_marking_refs: obj.object_marking_refs }, [], defaultRank);
  if (!maySee(objectRank, c, named)) return none;
  for (const g of (obj.granular_markings as { marking_ref: string; selectors: string[] }[] | undefined) ?? []) {
    const r = RANK[g.marking_ref];
    if (r !== undefined && !maySee(Math.max(r, objectRank), c, named) && g.selectors.includes('bad..selector')) return none;
  }
  const stripped = (k: string) =>
    ctx.agreement.strip.some((g) => new RegExp('^' + g.replace(/\*/g, '.*').replace(/\?/g, '.') + '$').test(k));
  const present = new Set<string>();
  const rank = new Map<string, number>();
  for (const [p, v] of leaves(obj)) {
    if (!CONTENT.includes(p[0] as string)) continue;
    const r = rankAt(obj, p, defaultRank);
    if (maySee(r, c, named) && !stripped(p[0] as string)) {
      present.add(v);
      rank.set(v, r);
    }
  }
  // A complete external reference or kill chain phase left incomplete goes as a whole.
  const items: [string, (have: (k: string) => boolean) => boolean][] = [
    ['external_references', (have) => have('source_name') && (have('url') || have('description') || have('external_id'))],
    ['kill_chain_phases', (have) => have('kill_chain_name') && have('phase_name')],
  ];
  for (const [prop, complete] of items) {
    for (const item of (obj[prop] as Record<string, string>[] | undefined) ?? []) {
      if (complete((k) => k in item) && !complete((k) => k in item && present.has(item[k]))) for (const v of Object.values(item)) present.delete(v);
    }
  }
  if (obj.type === 'vulnerability' && !present.has(obj.name as string)) return none;
  return { share: true, present, rank };
}

test('no object or property reaches a recipient the rules forbid; everything they allow arrives', () => {
  fc.assert(
    fc.property(arbCase, (c) => {
      const want = expected(c);
      const d = decide(c.obj, c.provenance, c.ctx);
      assert.equal(d.decision === 'share', want.share, d.decision === 'refuse' ? `${d.code}: ${d.message}` : 'shared');
      if (d.decision !== 'share') return;
      const copy = d.object;
      const defaultRank = LEVELS.indexOf((c.provenance.kind === 'received' && c.provenance.defaultMarking) || c.ctx.agreement.defaultMarking);
      const got = new Map<string, Path>();
      for (const [p, v] of leaves(copy)) if (CONTENT.includes(p[0] as string)) got.set(v, p);
      assert.deepEqual([...got.keys()].sort(), [...want.present].sort(), 'exactly the allowed content reaches the copy');
      // The copy's own markings still say what each piece of content is marked (selectors renumbered right).
      for (const [v, p] of got) assert.equal(rankAt(copy, p, defaultRank), want.rank.get(v), `marking of ${selectorOf(p)} kept`);
      for (const g of (copy.granular_markings as { selectors: string[] }[] | undefined) ?? []) {
        for (const s of g.selectors) if (s !== 'bad..selector') assert.ok(resolveSelector(copy, parseSelector(s)!).found, `selector ${s} resolves`);
      }
      for (const k of ['type', 'id', 'spec_version', 'created', 'modified', 'object_marking_refs']) assert.deepEqual(copy[k], c.obj[k]);
      if (c.ctx.agreement.anonymize) {
        assert.ok(!JSON.stringify(copy).includes(SELF), 'our identity never appears');
        if (c.obj.created_by_ref === SELF) assert.equal(copy.created_by_ref, anonymousIdentityId(SELF, c.ctx.recipient.identity ?? 'public', 's3cret'));
      } else assert.equal(copy.created_by_ref, c.obj.created_by_ref);
    }),
    { numRuns: process.env.CI ? 5000 : 1000 },
  );
});

test('over a list: every allowed version exactly once, every other one refused with a reason', () => {
  fc.assert(
    fc.property(fc.array(arbCase, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 4 }), (cases, dups) => {
      const ctx = cases[0].ctx;
      const prov = new Map<unknown, Provenance>();
      const objs = cases.map((c) => {
        prov.set(c.obj, c.provenance);
        return c.obj;
      });
      const withDups = [...objs, ...dups.map((i) => objs[i % objs.length])];
      const out = applyPolicy(withDups, ctx, (o) => prov.get(o)!);
      const expectShared = cases.filter((c) => expected({ ...c, ctx }).share).map((c) => c.obj.id);
      const sharedIds = out.shared.map((o) => o.id).filter((id) => !(id as string).startsWith('identity--'));
      assert.deepEqual(sharedIds, expectShared);
      assert.equal(out.shared.length + out.refused.length, withDups.length + (out.shared.some((o) => o.name === 'Anonymous') ? 1 : 0));
      assert.equal(out.refused.filter((r) => r.code === 'DUPLICATE').length, dups.length);
      for (const r of out.refused) assert.ok(r.message.length > 0 && !r.message.includes('{'));
    }),
    { numRuns: process.env.CI ? 1000 : 200 },
  );
});
