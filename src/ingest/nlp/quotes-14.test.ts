/**
 * General mechanisms of quotation attribution (session 13, helper quotes14), each written from a class of errors seen
 * on the first readings of fresh13 and fresh14 (TUNE half), not from one set's strings. Probe texts written for the
 * test: invented names and wording, taken from no evaluation text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, speakers } from './testing/probes.js';

test('a narrative "She" that opens a sentence looks past the quoted sentences before it to the one who spoke them', () => {
  const x = extract(`The coal trucks of Darkhan
Feature, 4 March 2027

DARKHAN, Mongolia - The trucks leave the depot before dawn.

"You hear the engines first," says Oyunbileg Dashdorj, who keeps a noodle stall beside the depot gate. "The chains. The shouting. Sometimes twenty trucks in a night."

She wipes the counter and watches the gate. "Nobody asks where the coal goes. Nobody wants to know."`);
  const said = speakers(x);
  assert.equal(said('You hear the engines first'), 'Oyunbileg Dashdorj');
  assert.equal(said('Nobody asks where the coal goes'), 'Oyunbileg Dashdorj');
});
