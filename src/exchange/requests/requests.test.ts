import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { LiaisonError } from '../../errors.js';
import { TLP2 } from '../../stix/markings.js';
import { sharedFile, SKIP_NO_SHARED } from '../../../test/helpers/shared.js';
import { LIAISON_DISTRIBUTION_EXTENSION, LIAISON_IDENTITY, recipientsNamedOn } from '../liaison-objects.js';
import { anonymousIdentity } from '../policy/index.js';
import {
  REQUEST_SCHEMAS,
  REQUESTS_EXTENSION,
  buildNote,
  buildOpinion,
  buildRebuttal,
  buildRequest,
  buildResponse,
  foldThread,
  foldThreads,
  parseDue,
  type StixObject,
} from './index.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

const US = 'identity--11111111-1111-4111-8111-111111111111';
const THEM = 'identity--22222222-2222-4222-8222-222222222222';
const ACTOR = 'threat-actor--55555555-5555-4555-8555-555555555555';
const T0 = new Date('2026-11-01T10:00:00.000Z');
const at = (h: number) => new Date(T0.getTime() + h * 3600_000);

function request(extra: Partial<Parameters<typeof buildRequest>[0]> = {}): StixObject {
  return buildRequest({ by: US, to: THEM, kind: 'action', about: [ACTOR], text: 'Tell us if he works for you', priority: 'high', due: at(48), now: T0, ...extra });
}

const usage = (fn: () => unknown, re: RegExp) => assert.throws(fn, (e: unknown) => e instanceof LiaisonError && e.code === 'USAGE' && re.test(e.message));

test('a request is a complete x-liaison-request object', () => {
  const r = request({ uuid: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' });
  assert.deepEqual(r, {
    type: 'x-liaison-request',
    spec_version: '2.1',
    id: 'x-liaison-request--aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
    created: '2026-11-01T10:00:00.000Z',
    modified: '2026-11-01T10:00:00.000Z',
    created_by_ref: US,
    recipient_ref: THEM,
    kind: 'action',
    object_refs: [ACTOR],
    text: 'Tell us if he works for you',
    priority: 'high',
    due_date: '2026-11-03T10:00:00.000Z',
    extensions: {
      [REQUESTS_EXTENSION.id]: { extension_type: 'new-sdo' },
      [LIAISON_DISTRIBUTION_EXTENSION.id]: { extension_type: 'property-extension', recipient_refs: [THEM] },
    },
  });
  assert.deepEqual(recipientsNamedOn(r), [THEM], 'a TLP:RED request still reaches the party asked');
});

test('request and response builders refuse bad input with a clear usage error', () => {
  usage(() => request({ to: 'bob' }), /--to must be an identity id/);
  usage(() => request({ to: US }), /own author/);
  usage(() => request({ kind: 'please' as never }), /--kind must be one of information\|action/);
  usage(() => request({ about: [] }), /--about needs at least one/);
  usage(() => request({ about: ['nope'] }), /not a STIX id/);
  usage(() => request({ text: '  ' }), /--text is required/);
  usage(() => request({ priority: 'urgent' as never }), /--priority/);
  usage(() => request({ due: at(-1) }), /--due must be after/);
  usage(() => request({ due: 'tomorrow' }), /--due must be a date/);
  assert.equal(parseDue('2026-12-01'), '2026-12-01T23:59:59.999Z');
  assert.equal(parseDue('2026-12-01T10:00:00+02:00'), '2026-12-01T08:00:00.000Z');
  const r = request();
  usage(() => buildResponse({ by: US, request: r, status: 'answered' }), /only the party asked/);
  usage(() => buildResponse({ by: THEM, request: r, status: 'declined' }), /reason for declining/);
  usage(() => buildResponse({ by: THEM, request: r, status: 'done' as never }), /--status/);
});

test('a response points at its request, names the requester and keeps the request markings', () => {
  const r = request({ objectMarkingRefs: [TLP2.amber.id] });
  const resp = buildResponse({ by: THEM, request: r, status: 'answered', text: 'he does not', refs: [ACTOR, ACTOR], now: at(5) });
  assert.equal(resp.type, 'x-liaison-response');
  assert.equal(resp.request_ref, r.id);
  assert.equal(resp.recipient_ref, US);
  assert.equal(resp.created_by_ref, THEM);
  assert.deepEqual(resp.object_refs, [ACTOR]);
  assert.deepEqual(resp.object_marking_refs, [TLP2.amber.id]);
  assert.deepEqual(recipientsNamedOn(resp), [US]);
});

test('the thread: status, acknowledgement and answer times, overdue', () => {
  const r = request();
  assert.equal(foldThread(r, [], at(1)).status, 'open');
  assert.equal(foldThread(r, [], at(49)).overdue, true);
  const ack = buildResponse({ by: THEM, request: r, status: 'acknowledged', now: at(2) });
  const wip = buildResponse({ by: THEM, request: r, status: 'in-progress', text: 'looking', now: at(3) });
  const ans = buildResponse({ by: THEM, request: r, status: 'answered', text: 'done', refs: [ACTOR], now: at(50) });
  const forged = { ...buildResponse({ by: THEM, request: r, status: 'declined', text: 'no', now: at(4) }), created_by_ref: US };
  const other = buildResponse({ by: THEM, request: request(), status: 'declined', text: 'x', now: at(4) });
  const t1 = foldThread(r, [wip, ack, forged, other, 'junk', null], at(10));
  assert.equal(t1.status, 'in-progress');
  assert.equal(t1.acknowledgedAt, at(2).toISOString());
  assert.equal(t1.answeredAt, null);
  assert.equal(t1.overdue, false);
  assert.deepEqual(t1.ignored.map((i) => i.id), [forged.id]);
  const late = foldThread(r, [ans, wip, ack], at(60));
  assert.equal(late.status, 'answered');
  assert.equal(late.answeredAt, at(50).toISOString());
  assert.equal(late.overdue, false);
  assert.equal(late.late, true);
  assert.deepEqual(late.steps.map((s) => s.status), ['acknowledged', 'in-progress', 'answered']);
  // a newer version of a response (same id) replaces the older one
  const wip2 = { ...wip, modified: at(4).toISOString(), status: 'declined', text: 'cannot' };
  assert.equal(foldThread(r, [ack, wip, wip2], at(10)).status, 'declined');
  assert.equal(foldThread({ ...r, revoked: true }, [], at(60)).status, 'withdrawn');
  assert.equal(foldThread({ ...r, revoked: true }, [], at(60)).overdue, false);
});

test('both sides fold the same objects, in any order, into the same thread', () => {
  const r = request();
  const steps = ['acknowledged', 'in-progress', 'answered', 'declined'] as const;
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(...steps), fc.nat(100)), { maxLength: 6 }), fc.nat(200), (spec, nowH) => {
      const resps = spec.map(([status, h], i) =>
        buildResponse({ by: THEM, request: r, status, text: 't', now: at(h), uuid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }),
      );
      const a = foldThread(r, resps, at(nowH));
      const b = foldThread(r, [...resps].reverse(), at(nowH));
      assert.deepEqual(a, b);
      const all = foldThreads([...resps, r], at(nowH));
      assert.deepEqual(all, [a]);
    }),
  );
});

test('opinions, rebuttals and notes', () => {
  const report = { type: 'report', id: 'report--66666666-6666-4666-8666-666666666666', created_by_ref: THEM };
  const reb = buildRebuttal({ by: US, report, explanation: 'The attribution rests on one reused domain.', now: T0 });
  assert.equal(reb.type, 'opinion');
  assert.equal(reb.opinion, 'strongly-disagree');
  assert.deepEqual(reb.object_refs, [report.id]);
  assert.equal(reb.explanation, 'The attribution rests on one reused domain.');
  assert.deepEqual(recipientsNamedOn(reb), [THEM], 'it travels back to the report author');
  usage(() => buildRebuttal({ by: US, report, explanation: '' }), /explanation of a rebuttal is required/);
  usage(() => buildOpinion({ by: US, about: [report.id], opinion: 'meh' as never }), /--opinion/);
  const n = buildNote({ by: US, about: [report.id], content: 'Seen on a forum too.', abstract: 'forum', now: T0 });
  assert.equal(n.type, 'note');
  assert.equal(n.content, 'Seen on a forum too.');
});

// ---- schemas -------------------------------------------------------------------------------------------------

function examples(): StixObject[] {
  const r = request({ objectMarkingRefs: [TLP2.green.id] });
  return [
    r,
    request({ due: undefined, priority: undefined, kind: 'information' }),
    buildResponse({ by: THEM, request: r, status: 'acknowledged', now: at(1) }),
    buildResponse({ by: THEM, request: r, status: 'answered', text: 'x', refs: [ACTOR], now: at(2) }),
    buildResponse({ by: THEM, request: r, status: 'declined', text: 'no', now: at(3) }),
  ];
}

test('requests and responses satisfy the extension JSON Schema it publishes', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const req = ajv.compile(REQUEST_SCHEMAS['x-liaison-request']);
  const resp = ajv.compile(REQUEST_SCHEMAS['x-liaison-response']);
  for (const o of examples()) {
    const v = o.type === 'x-liaison-request' ? req : resp;
    assert.ok(v(o), `${o.id}: ${JSON.stringify(v.errors)}`);
  }
  assert.ok(!resp({ ...examples()[4], text: undefined }), 'a decline without a reason fails the schema');
  assert.ok(REQUESTS_EXTENSION.schema.includes('"x-liaison-response"'));
});

test('every object Liaison builds passes the OASIS STIX 2.1 JSON Schemas', (t) => {
  const dir = sharedFile('conformance/stix2-json-schemas/schemas');
  if (!dir) return t.skip(SKIP_NO_SHARED);
  const ajv = new Ajv2020({ strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const byTitle = new Map<string, string>();
  for (const sub of ['common', 'sdos', 'sros', 'observables']) {
    for (const f of readdirSync(join(dir, sub))) {
      const s = JSON.parse(readFileSync(join(dir, sub, f), 'utf8'));
      ajv.addSchema(s);
      byTitle.set(`${sub}/${f.replace(/\.json$/, '')}`, s.$id);
    }
  }
  const check = (schema: string, o: object) => {
    const v = ajv.getSchema(byTitle.get(schema)!)!;
    assert.ok(v(o), `${schema} ${JSON.stringify(o).slice(0, 80)}: ${JSON.stringify(v.errors)}`);
  };
  const report = { type: 'report', id: 'report--66666666-6666-4666-8666-666666666666', created_by_ref: THEM };
  check('sdos/opinion', buildRebuttal({ by: US, report, explanation: 'weak', authors: ['A. Analyst'] }));
  check('sdos/opinion', buildOpinion({ by: US, about: [report.id], opinion: 'agree' }));
  check('sdos/note', buildNote({ by: US, about: [report.id], content: 'c', abstract: 'a', authors: ['B'] }));
  check('sdos/identity', LIAISON_IDENTITY);
  check('sdos/identity', anonymousIdentity(US, THEM, 'k'));
  check('common/extension-definition', REQUESTS_EXTENSION);
  check('common/extension-definition', LIAISON_DISTRIBUTION_EXTENSION);
  for (const m of Object.values(TLP2)) check('common/marking-definition', m);
  for (const o of examples()) check('common/core', o);
});
