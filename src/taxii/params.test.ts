import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from './params.js';
import { isLiaisonError } from '../errors.js';

function rejects(raw: string, endpoint: Parameters<typeof parseQuery>[1] = 'objects', code = 'BAD_PARAMETER') {
  assert.throws(() => parseQuery(raw, endpoint), (e: unknown) => isLiaisonError(e) && e.code === code && e.status === 400, raw);
}

test('every filter of §3.4 parses', () => {
  const q = parseQuery(
    'added_after=2024-01-02T03:04:05.123456Z&limit=7&match[id]=indicator--3600ad1b-fff1-4c98-bcc9-4de3bc2e2ffb&match%5Btype%5D=indicator,malware&match[version]=first,2024-01-01T00:00:00Z,last&match[spec_version]=2.0,2.1',
    'objects',
  );
  assert.equal(q.addedAfter, Date.UTC(2024, 0, 2, 3, 4, 5) * 1000 + 123456);
  assert.equal(q.limit, 7);
  assert.deepEqual(q.ids, ['indicator--3600ad1b-fff1-4c98-bcc9-4de3bc2e2ffb']);
  assert.deepEqual(q.types, ['indicator', 'malware']);
  assert.deepEqual(q.versions, { first: true, last: true, exact: ['2024-01-01T00:00:00Z'] });
  assert.deepEqual(q.specVersions, ['2.0', '2.1']);
});

test('defaults: last version, server page size; limits are capped', () => {
  const q = parseQuery('', 'objects');
  assert.deepEqual(q.versions, { last: true });
  assert.equal(q.limit, 100);
  assert.equal(parseQuery('limit=99999999', 'objects').limit, 1000);
  assert.deepEqual(parseQuery('match[version]=all', 'objects').versions, { all: true });
});

test('malformed parameters are 400s', () => {
  for (const raw of [
    'limit=0', 'limit=-1', 'limit=1.5', 'limit=abc', 'limit=', 'limit=99999999999999999999', 'limit=1e3', 'limit=%201',
    'added_after=yesterday', 'added_after=2024-13-01T00:00:00Z', 'added_after=2024-02-30T00:00:00Z', 'added_after=2024-01-01 00:00:00Z',
    'added_after=2024-01-01T00:00:00+01:00', 'added_after=', 'added_after=2024-01-01T00:00:00Z&added_after=2024-01-01T00:00:00Z',
    'match[id]=indicator', 'match[id]=a,,b', "match[id]=' OR 1=1 --", 'match[type]=Indicator', 'match[type]=x;DROP TABLE objects',
    'match[version]=all,last', 'match[version]=first,first', 'match[version]=newest', 'match[spec_version]=two',
    'match[type]=indicator&match[type]=malware', 'foo=bar', 'match[id]=%E0%A4%A', 'match[type]=%FF',
  ]) rejects(raw);
  rejects('next=a.b', 'objects', 'BAD_CURSOR');
  rejects("next=' OR ''='", 'objects', 'BAD_CURSOR');
});

test('endpoints take only their parameters; unknown match fields are ignored (§3.4)', () => {
  rejects('match[type]=indicator', 'object');
  rejects('match[id]=indicator--3600ad1b-fff1-4c98-bcc9-4de3bc2e2ffb', 'versions');
  rejects('limit=5', 'delete');
  rejects('limit=5', 'none');
  assert.equal(parseQuery('match[created_by_ref]=x', 'objects').limit, 100);
});

test('the canonical form ignores limit, next and the order of list values', () => {
  const a = parseQuery('match[type]=malware,indicator&limit=3', 'objects');
  const b = parseQuery('limit=9&match[type]=indicator,malware', 'objects');
  assert.equal(a.canonical, b.canonical);
  assert.notEqual(a.canonical, parseQuery('match[type]=indicator', 'objects').canonical);
});
