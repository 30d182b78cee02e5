/**
 * Transcript turns (session 7): a role label is the person introduced in that role, short turns are statements, a
 * caller of a phone-in has no name. Probe text written for the test (invented names and wording).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, speakers } from './testing/probes.js';

test('"PRESENTER:" is the presenter the text named; one-word turns; "CALLER:" speaks with no name', () => {
  const x = extract(`Transcript: water rationing in Quetta
Quetta, 2 February 2027

An edited transcript of Morning Line. The presenter, Sadia Rind, spoke to the engineer Farhan Baloch.

PRESENTER: The reservoir is at a tenth of its level. Engineer, how long does that last?

BALOCH: About six weeks if nothing changes.

PRESENTER: Really?

BALOCH: Yes.

CALLER: Why were the pipes never repaired after the last drought?

PRESENTER: Farhan Baloch, thank you.`);
  const said = speakers(x);
  assert.equal(said('The reservoir is at a tenth of its level'), 'Sadia Rind');
  assert.equal(said('Really?'), 'Sadia Rind');
  assert.equal(said('Yes'), 'Farhan Baloch');
  assert.equal(said('Why were the pipes never repaired'), null);
  assert.equal(said('Farhan Baloch, thank you'), 'Sadia Rind');
});
