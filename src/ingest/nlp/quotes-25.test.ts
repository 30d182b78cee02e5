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

test('a body, then an aside naming the body it belongs to or the one it wrote to, then the verb: the body speaks', () => {
  const x = extract(`Committee report on river smuggling
Ottawa, 4 March 2027

The Standing Committee on Public Safety heard evidence from seven bodies.
The Canada Border Services Agency, part of Public Safety Canada, informed the Committee that it had searched 40 barges this year.
The Royal Canadian Mounted Police, in a letter to the Committee, confirmed that the network had "used fishing boats as cover on the St. Lawrence."
Transport Canada, in a written submission to the Committee, said that ferry checks had doubled.`);
  const said = speakers(x);
  assert.equal(said('it had searched 40 barges this year'), 'Canada Border Services Agency');
  assert.equal(said('used fishing boats as cover'), 'Royal Canadian Mounted Police');
  assert.equal(said('ferry checks had doubled'), 'Transport Canada');
});

test('a body\'s own finding or understanding in its statement is a statement: "has established that", "understands that"', () => {
  const x = extract(`Press release
Kigali, 4 March 2027

1. The Rwanda Revenue Authority said on Monday that it had seized 40 tonnes of sugar at the Rusizi border post.
2. The Authority understands that the sugar and the forged invoices are part of a single scheme.
3. The Authority has established that the real buyer of the sugar was a company in Bukavu.`);
  const said = speakers(x);
  assert.equal(said('the sugar and the forged invoices are part of a single scheme'), 'Rwanda Revenue Authority');
  assert.equal(said('the real buyer of the sugar was a company in Bukavu'), 'Rwanda Revenue Authority');
});

test('an unnamed spokesperson speaks for the body the text names by a common noun or named just before', () => {
  const x = extract(`Loan sharks and false alerts
Mombasa, 4 March 2027

The Betting Control and Licensing Board says it opened six cases against lenders in casinos last year. A spokeswoman for the Board says it "does not comment on individual casinos."
Safaricom, which runs M-Pesa, said it had closed 40 accounts after a report from the Communications Authority of Kenya. A spokesperson for the company said the accounts had moved less than 500 dollars.
The Kenya Coast Guard Service, which patrols the waters off Lamu, said it had stopped four speedboats this year. A spokesman said that smugglers were "moving from boats to containers."`);
  const said = speakers(x);
  assert.equal(said('does not comment on individual casinos'), 'Betting Control and Licensing Board');
  assert.equal(said('the accounts had moved less than 500 dollars'), 'Safaricom');
  assert.equal(said('smugglers were'), 'Kenya Coast Guard Service');
});
