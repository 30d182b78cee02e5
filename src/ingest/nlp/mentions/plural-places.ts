/** Places named together before a plural noun ("the Tigris and Euphrates rivers"). */
import type { Tokenised } from '../text.js';
import type { Span } from '../../types.js';
import { countryByDemonym } from '../gazetteer/countries.js';
import type { Mention } from './types.js';
import { lookupPlace } from './words.js';

// "along the Pra and Offin rivers", "the Manus, Nissan and Buka islands": names listed before a plural noun for a kind of
// land or water are each a place of that kind (a demonym is not: "the Ethiopian and Eritrean highlands").
const PLACE_NAME = '\\p{Lu}[\\p{L}\\p{M}\'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}\'’-]*)?';
const PLURAL_PLACES = new RegExp(`\\b[Tt]he\\s+((?:${PLACE_NAME},\\s+)*${PLACE_NAME},?\\s+and\\s+${PLACE_NAME})\\s+(?:rivers|mountains|islands|lakes|valleys|provinces|regions|districts|counties|states|deltas|peninsulas)\\b`, 'gu');
// "the provinces of Mendoza, San Juan and La Pampa", "the districts of Kasese and Bundibugyo": so are names listed after
// a plural noun for a country's divisions or settlements and "of".
const PLACES_OF = new RegExp(`\\b(?:provinces|regions|districts|counties|states|departments|municipalities|governorates|prefectures|cantons|oblasts|towns|cities|villages|islands)\\s+of\\s+((?:${PLACE_NAME},\\s+)*${PLACE_NAME},?\\s+and\\s+${PLACE_NAME})(?![ \\t]*\\p{Lu})`, 'gu');
export function pluralPlaceNouns(text: string, tk: Tokenised, meta: Span[], out: Mention[]): void {
  for (const l of [...text.matchAll(PLURAL_PLACES), ...text.matchAll(PLACES_OF)]) {
    const from = l.index + l[0].indexOf(l[1]);
    if (meta.some((m) => from >= m.start && from < m.end)) continue;
    const names = [...l[1].matchAll(new RegExp(PLACE_NAME, 'gu'))];
    if (names.some((n) => !!countryByDemonym(n[0].split(/\s+/)[0]))) continue;
    for (const n of names) {
      const start = from + n.index;
      const end = start + n[0].length;
      for (let k = out.length - 1; k >= 0; k--) if (out[k].start < end && out[k].end > start) out.splice(k, 1);
      const place = lookupPlace(n[0]);
      out.push({ start, end, text: n[0], sentence: tk.tokens.find((t) => t.start >= start)?.sentence ?? 0, votes: { location: 6 }, ...(place ? { canonical: place.canonical, country: place.country, isCountry: place.isCountry } : {}) });
    }
  }
}
