/**
 * Session 16, places16: the world's administrative divisions, main cities and the kind words that make a name a
 * place, covered from what is publicly known of each country and language, not from any set's errors. Every probe is
 * invented and failed before its family's change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './testing/probes.js';

const places = (text: string) => new Map(extract(text).entities.filter((e) => e.kind === 'location').map((e) => [e.name, e.country]));

test('first-level divisions and main cities of many countries are places with their country, with no cue around them', () => {
  const found = places(`Harvest report
4 March 2027

Kayseri reported a poor wheat crop. Tarapacá had no rain for a year. Ninh Bình sent rice north. Mpumalanga exported coal. Kakheti sold its wine early. Zachodniopomorskie counted its storks. Sétif opened a new market. Ucayali lost forest to fires. Nakhon Ratchasima built a dam. Shinyanga mined more gold. Trøndelag caught less cod. Chhattisgarh planted more maize.`);
  const want: Record<string, string> = { Kayseri: 'TR', Tarapacá: 'CL', 'Ninh Bình': 'VN', Mpumalanga: 'ZA', Kakheti: 'GE', Zachodniopomorskie: 'PL', Sétif: 'DZ', Ucayali: 'PE', 'Nakhon Ratchasima': 'TH', Shinyanga: 'TZ', Trøndelag: 'NO', Chhattisgarh: 'IN' };
  for (const [name, code] of Object.entries(want)) assert.equal(found.get(name), code, `${name}: ${[...found.keys()].join(' | ')}`);
});
