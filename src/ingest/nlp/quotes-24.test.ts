/**
 * General mechanisms of quotation attribution (session 15, helper quotes24), each written from a class of errors seen
 * in the texts of at least two different writers (fresh24 and the sets named with each), not from their strings.
 * Probe texts written for the test: invented names and wording, set in other parts of the world than the texts the
 * errors came from.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, speakers } from './testing/probes.js';

test('people of a kind whom the text does not name say something, with no speaker: a collective noun ("Port staff in Toamasina say"), a place with an owner ("on the old town\'s back streets"), a parenthetical with its article (", the herders say,")', () => {
  const x = extract(`Vanilla thefts in the north-east
Toamasina, 5 March 2027

Port staff in Toamasina say they earn about 400,000 ariary a month. Stallholders on the old town's back streets say the buyers come only after dark.

At the end of the harvest, the growers say, the roads belong to the thieves.`);
  const said = speakers(x);
  assert.equal(said('they earn about 400,000 ariary a month'), null);
  assert.equal(said('the buyers come only after dark'), null);
  assert.equal(said('the roads belong to the thieves'), null);
});
