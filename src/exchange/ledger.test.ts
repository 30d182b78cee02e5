import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeLedger, median, mirror, type TransferRecord } from './ledger.js';
import { buildOpinion, buildRequest, buildResponse, type StixObject } from './requests/index.js';

const A = 'identity--aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'identity--bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const C = 'identity--cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const ACTOR = 'threat-actor--55555555-5555-4555-8555-555555555555';
const T0 = Date.parse('2026-11-01T00:00:00.000Z');
const at = (h: number) => new Date(T0 + h * 3600_000);
const iso = (h: number) => at(h).toISOString();

test('median', () => {
  assert.equal(median([]), null);
  assert.equal(median([5]), 5);
  assert.equal(median([9, 1, 5]), 5);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

test('per partner: objects by type and TLP, requests and their outcome, medians, opinions', () => {
  const transfers: TransferRecord[] = [
    { direction: 'shared', partner: B, objectId: 'indicator--1', type: 'indicator', tlp: 'green', at: iso(1) },
    { direction: 'shared', partner: B, objectId: 'indicator--1', type: 'indicator', tlp: 'green', at: iso(1) }, // recorded twice
    { direction: 'shared', partner: B, objectId: 'report--1', type: 'report', tlp: 'amber', at: iso(2) },
    { direction: 'received', partner: B, objectId: 'malware--1', type: 'malware', tlp: 'unmarked', at: iso(3) },
    { direction: 'received', partner: B, objectId: 'opinion--1', type: 'opinion', tlp: 'green', at: iso(4), opinion: 'strongly-disagree' },
    { direction: 'shared', partner: C, objectId: 'indicator--2', type: 'indicator', tlp: 'clear', at: iso(5) },
    { direction: 'shared', partner: B, objectId: 'indicator--3', type: 'indicator', tlp: 'clear', at: iso(500) }, // after the period
  ];
  const r1 = buildRequest({ by: A, to: B, kind: 'information', about: [ACTOR], text: 'who?', due: at(10), now: at(0) });
  const r2 = buildRequest({ by: A, to: B, kind: 'action', about: [ACTOR], text: 'block', due: at(100), now: at(1) });
  const r3 = buildRequest({ by: B, to: A, kind: 'action', about: [ACTOR], text: 'act', now: at(2) });
  const r4 = buildRequest({ by: A, to: B, kind: 'action', about: [ACTOR], text: 'late', due: at(20), now: at(3) });
  const objects: StixObject[] = [
    r1,
    r2,
    r3,
    r4,
    buildResponse({ by: B, request: r1, status: 'acknowledged', now: at(1) }),
    buildResponse({ by: B, request: r1, status: 'answered', text: 'him', now: at(5) }),
    buildResponse({ by: B, request: r2, status: 'in-progress', now: at(4) }),
    buildResponse({ by: A, request: r3, status: 'declined', text: 'no', now: at(4) }),
    buildResponse({ by: B, request: r4, status: 'answered', text: 'too late for the period', now: at(300) }),
  ];
  const [lb, lc] = computeLedger({ self: A, transfers, objects, until: at(200) });
  assert.equal(lb.partner, B);
  assert.deepEqual(lb.objects.shared, { total: 2, byType: { indicator: 1, report: 1 }, byTlp: { amber: 1, green: 1 } });
  assert.deepEqual(lb.objects.received, { total: 2, byType: { malware: 1, opinion: 1 }, byTlp: { green: 1, unmarked: 1 } });
  assert.deepEqual(lb.opinions.received.byOpinion, { 'strongly-disagree': 1 });
  assert.equal(lb.opinions.given.total, 0);
  assert.deepEqual(lb.requests.made, {
    total: 3,
    open: 1,
    inProgress: 1,
    answered: 1,
    declined: 0,
    withdrawn: 0,
    overdue: 2, // r2 (in progress, due at 100 h) and r4 (answered only after the period)
    medianSecondsToAcknowledge: 2 * 3600, // r1 after 1 h, r2 after 3 h
    medianSecondsToAnswer: 5 * 3600,
  });
  assert.equal(lb.requests.received.total, 1);
  assert.equal(lb.requests.received.declined, 1);
  assert.equal(lc.partner, C);
  assert.equal(lc.objects.shared.total, 1);
  // --since and one partner only
  const [only] = computeLedger({ self: A, transfers, objects, partners: [B], since: at(2), until: at(200) });
  assert.equal(only.objects.shared.total, 1);
  assert.equal(only.requests.made.total, 1);
  assert.equal(only.period.since, iso(2));
  assert.deepEqual(computeLedger({ self: A, transfers: [], objects: [], partners: [C], until: at(1) })[0].objects.shared.total, 0);
});

/** One exchange between A and B (and noise with C), as each node records it. */
interface Event {
  kind: 'object' | 'request' | 'opinion';
  fromA: boolean;
  h: number;
  type: string;
  tlp: 'clear' | 'green' | 'amber' | 'amber+strict' | 'red' | 'unmarked';
  responses: { status: 'acknowledged' | 'in-progress' | 'answered' | 'declined'; dh: number }[];
  due: number | null;
}

const arbEvent: fc.Arbitrary<Event> = fc.record({
  kind: fc.constantFrom('object', 'request', 'opinion'),
  fromA: fc.boolean(),
  h: fc.nat(300),
  type: fc.constantFrom('indicator', 'malware', 'report', 'threat-actor'),
  tlp: fc.constantFrom('clear', 'green', 'amber', 'amber+strict', 'red', 'unmarked'),
  responses: fc.array(fc.record({ status: fc.constantFrom('acknowledged', 'in-progress', 'answered', 'declined'), dh: fc.nat(200) }), { maxLength: 3 }),
  due: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }),
});

function views(events: Event[]) {
  const objects: StixObject[] = [];
  const tA: TransferRecord[] = [];
  const tB: TransferRecord[] = [];
  events.forEach((e, i) => {
    const uuid = (n: number) => `00000000-0000-4000-8000-${String(i * 10 + n).padStart(12, '0')}`;
    const [from, to] = e.fromA ? [A, B] : [B, A];
    if (e.kind === 'request') {
      const req = buildRequest({ by: from, to, kind: 'action', about: [ACTOR], text: 't', due: e.due === null ? undefined : at(e.h + e.due), now: at(e.h), uuid: uuid(0) });
      objects.push(req);
      e.responses.forEach((r, j) =>
        objects.push(buildResponse({ by: to, request: req, status: r.status, text: 'x', now: at(e.h + r.dh + 1), uuid: uuid(j + 1) })),
      );
      return;
    }
    const type = e.kind === 'opinion' ? 'opinion' : e.type;
    const objectId = `${type}--${uuid(0)}`;
    if (e.kind === 'opinion') objects.push({ ...buildOpinion({ by: from, about: [ACTOR], opinion: 'strongly-disagree', explanation: 'x', now: at(e.h), uuid: uuid(0) }) });
    const rec = { partner: '', objectId, type, tlp: e.tlp, at: iso(e.h) };
    tA.push({ ...rec, partner: B, direction: e.fromA ? 'shared' : 'received' });
    tB.push({ ...rec, partner: A, direction: e.fromA ? 'received' : 'shared' });
  });
  // Noise only A sees: its exchange with C.
  tA.push({ direction: 'shared', partner: C, objectId: 'indicator--x', type: 'indicator', tlp: 'clear', at: iso(1) });
  objects.push(buildRequest({ by: A, to: C, kind: 'information', about: [ACTOR], text: 'c?', now: at(1) }));
  return { objects, tA, tB };
}

test('anonymous identities count for the partner behind them', () => {
  const ANON = 'identity--dddddddd-dddd-4ddd-8ddd-dddddddddddd';
  const req = buildRequest({ by: ANON, to: A, kind: 'information', about: [ACTOR], text: '?', now: at(0) });
  const resp = buildResponse({ by: A, request: req, status: 'answered', text: 'x', now: at(2) });
  const transfers: TransferRecord[] = [{ direction: 'received', partner: ANON, objectId: 'indicator--1', type: 'indicator', tlp: 'green', at: iso(1) }];
  const [l] = computeLedger({ self: A, transfers, objects: [req, resp], aliases: { [ANON]: B }, until: at(10) });
  assert.equal(l.partner, B);
  assert.equal(l.objects.received.total, 1);
  assert.equal(l.requests.received.answered, 1);
  assert.equal(l.requests.received.medianSecondsToAnswer, 7200);
  // B answering under an anonymous identity a request we made
  const ours = buildRequest({ by: A, to: B, kind: 'action', about: [ACTOR], text: 'act', now: at(0) });
  const theirs = { ...buildResponse({ by: B, request: ours, status: 'acknowledged', now: at(1) }), created_by_ref: ANON };
  const [m] = computeLedger({ self: A, transfers: [], objects: [ours, theirs], aliases: { [ANON]: B }, until: at(10) });
  assert.equal(m.requests.made.inProgress, 1);
  assert.equal(computeLedger({ self: A, transfers: [], objects: [ours, theirs], until: at(10) })[0].requests.made.open, 1, 'without the alias it is not theirs');
});

test('mirror symmetry: two nodes compute the same figures about their exchange, mirrored', () => {
  fc.assert(
    fc.property(fc.array(arbEvent, { maxLength: 25 }), fc.option(fc.nat(300), { nil: undefined }), fc.integer({ min: 1, max: 700 }), (events, since, until) => {
      const { objects, tA, tB } = views(events);
      const q = { since: since === undefined ? undefined : at(since), until: at(until) };
      const [ofA] = computeLedger({ self: A, transfers: tA, objects, partners: [B], ...q });
      // B holds the same requests and responses (after sync) but not A's exchange with C.
      const [ofB] = computeLedger({ self: B, transfers: tB, objects: objects.filter((o) => o.recipient_ref !== C), partners: [A], ...q });
      assert.deepEqual(mirror(ofA, A), ofB);
      assert.deepEqual(JSON.stringify(mirror(ofA, A)), JSON.stringify(ofB), 'identical down to key order');
    }),
    { numRuns: process.env.CI ? 1000 : 200 },
  );
});
