/** `npm run demo`'s scenario runs to completion (nodes stopped at the end) and every step holds on both nodes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runDemo } from './scenario.js';
import { mirror } from '../ledger.js';

test('demo scenario: marked intelligence both ways, a request each way answered, a rebuttal back to its author, ledgers that agree', async () => {
  const r = await runDemo({ keepRunning: false });
  const { certAmber, certRed, certReport, companyGreen, companyAmber } = r.objects;
  // TLP: the company (client) gets the CERT's AMBER and GREEN, never its RED; the CERT never gets the company's AMBER.
  assert.ok(r.received.company.includes(certAmber.id as string) && r.received.company.includes(certReport.id as string));
  assert.ok(!r.received.company.includes(certRed.id as string));
  assert.ok(r.received.cert.includes(companyGreen.id as string));
  assert.ok(!r.received.cert.includes(companyAmber.id as string));
  // Requests reached the party asked, answers came back: both sides see the same thread.
  for (const t of [r.threads.certAsks, r.threads.companyAsks]) {
    assert.equal(t.atCert.status, 'answered');
    assert.deepEqual(t.atCert, t.atCompany);
  }
  assert.ok(r.received.company.includes(r.requests.certAsks));
  assert.ok(r.received.cert.includes(r.requests.companyAsks));
  // The rebuttal travelled back to the report's author.
  assert.ok(r.received.cert.includes(r.rebuttal));
  // Both ledgers agree on the facts they share.
  assert.equal(r.ledgers.cert.length, 1);
  assert.equal(r.ledgers.company.length, 1);
  const [lc] = r.ledgers.cert;
  const [lo] = r.ledgers.company;
  // `review` (objects held, accepted and rejected on review) is each node's own account, not a shared fact.
  const { name: _name, review: _review, ...company } = lo;
  assert.equal(_name, 'cert');
  assert.deepEqual(_review, { held: 0, accepted: 0, rejected: 0 });
  assert.deepEqual({ ...mirror(lc, lo.partner), period: null }, { ...company, period: null });
  assert.equal(lc.requests.made.answered, 1);
  assert.equal(lc.requests.received.answered, 1);
  assert.equal(lc.opinions.received.byOpinion['strongly-disagree'], 1);
});
