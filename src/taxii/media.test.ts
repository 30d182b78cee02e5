import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acceptsTaxii, isTaxiiContentType } from './media.js';

test('Accept: every spelling of TAXII 2.1 and the wildcards are acceptable', () => {
  for (const a of [
    undefined,
    '',
    'application/taxii+json;version=2.1',
    'application/taxii+json',
    'application/taxii+json; version=2.1',
    'application/taxii+json ;version="2.1"',
    'Application/TAXII+JSON;Version=2.1',
    'application/taxii+json;version=2.1;charset=utf-8',
    '*/*',
    'application/*',
    'text/html, application/taxii+json;q=0.5',
    'application/stix+json;version=2.1, */*;q=0.1',
  ]) {
    assert.equal(acceptsTaxii(a), true, String(a));
  }
});

test('Accept: media types outside TAXII 2.1 are refused', () => {
  for (const a of ['text/html', 'application/json', 'application/taxii+json;version=2.0', 'application/taxii+json;q=0', 'garbage', 'application/taxii+json;charset=latin1', '*/*;q=0']) {
    assert.equal(acceptsTaxii(a), false, a);
  }
});

test('Content-Type: TAXII with or without version, spaces and a UTF-8 charset; nothing else', () => {
  for (const c of ['application/taxii+json;version=2.1', 'application/taxii+json', 'application/taxii+json ; version=2.1 ; charset=UTF-8', 'application/taxii+json;charset=utf8']) {
    assert.equal(isTaxiiContentType(c), true, c);
  }
  for (const c of [undefined, '', 'application/json', 'text/plain', 'application/taxii+json;version=2.0', 'application/stix+json;version=2.1', 'application/taxii+json;charset=utf-16', 'multipart/form-data; boundary=x']) {
    assert.equal(isTaxiiContentType(c), false, String(c));
  }
});
