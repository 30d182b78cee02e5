/** Vessels: the names a text gives ships, and the cues around them. */


const VESSEL_NOUNS = 'tanker|vessel|ship|trawler|freighter|frigate|corvette|destroyer|cruiser|submarine|ferry|yacht|boat|dhow|carrier|bulker|barge|tug|cutter';
/** "the Sea Falcon, a fishing vessel registered in Panama": a name the text gives a vessel in apposition. */
// (An apposition, not the subject of a clause: "According to spokesman Jay Tarriela, a Chinese vessel used a water
// cannon" names no vessel; nor does one on a vessel: "Ingrid Larsen, a passenger on the ferry,".)
const VESSEL_APPOS = new RegExp(`,\\s+(?:a|an|the)\\s+(?:(?!(?:on|aboard|of|in|at|from|off)\\s)[\\p{L}\\p{N}-]+\\s+){0,3}?(?:${VESSEL_NOUNS})\\b(?!\\s+(?:operator|owner|company|firm|line|manager|maker|builder|yard))(?=\\s*[,.;:)]|\\s*$|\\s+(?:registered|flagged|operated|owned|managed|chartered|carrying|sailing|flying|bound|built|with|of|that|which|from|under|belonging|en|in|off|near|at|whose|sold|leased|seized|detained|hijacked|boarded|anchored)\\b)`, 'gu');
/** The capitalised words just before an offset. */
// ("the Shen Hai 12, a 90-metre ship": a vessel's name may end in a number.)
const NAME_BEFORE = /((?:[\p{Lu}][\p{L}\p{N}'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{N}'’-]*)(?:\s+\d{1,4})?$/u;

/** Names of vessels in the text: every mention of them is dropped (a ship is neither a place nor a person). */
const VESSEL_BEFORE = /(?:\b[\p{Lu}][\p{L}-]*-flagged\s+|\b(?:aboard|on\s+board)\s+(?:the\s+)?)((?:[\p{Lu}][\p{L}\p{N}'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{N}'’-]*)/gu;

export function vesselNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(VESSEL_APPOS)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
    if (name) out.add(name[1].replace(/^(?:The|A|An)\s+/, ''));
  }
  // "the Liberian-flagged Kassandra Star", "aboard the Ocean Pearl": only ships fly flags and carry people aboard
  // (not "-registered": "the Thai-registered Sekong Power Company" is a company).
  for (const m of text.matchAll(VESSEL_BEFORE)) out.add(m[1]);
  return out;
}
export const VESSEL_LEFT = /\b(?:tanker|vessel|ship|trawler|freighter|frigate|corvette|destroyer|cruiser|submarine|ferry|yacht|boat|dhow|carrier|bulker|barge|tug|cutter|patrol boat|container ship|cargo ship|merchant ship|gas carrier|bulk carrier)\s+$/i;
