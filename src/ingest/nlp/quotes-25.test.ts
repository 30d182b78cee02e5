/**
 * Statements of session 15's third round (helper quotes25), each from a class of errors seen in texts of two or more
 * writers. Probe texts written for the test: invented names and wording, taken from no evaluation text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, speakers } from './testing/probes.js';

test('a demand of those asked described at length: a plural pair placed by a phrase, phrases after the head, an appositive', () => {
  const x = extract(`False flood alert
Kathmandu, 4 March 2027

The Nepal Telecommunications Authority said on Monday that a false flood alert had been sent to thousands of phones in the valley.
The Authority calls on the owners of shops and cafés in Lalitpur to check who uses their wireless networks.
The Authority further calls on the administrators of messaging groups with many members in Pokhara to delete the alert where they have posted it.
Two of the websites that copied the alert remain online. The Authority has asked their hosting provider, a company registered in the Republic of Korea, to take them down.`);
  const said = speakers(x);
  assert.equal(said('check who uses their wireless networks'), 'Nepal Telecommunications Authority');
  assert.equal(said('delete the alert where they have posted it'), 'Nepal Telecommunications Authority');
  assert.equal(said('take them down'), 'Nepal Telecommunications Authority');
});
