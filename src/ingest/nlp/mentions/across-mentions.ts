/** Passes over all of a text's mentions: short names of companies, and names listed together. */
import { ORG_HEADS } from '../gazetteer/bodies.js';
import type { EntityKind } from '../../types.js';
import type { Mention } from './types.js';
import { add, lead } from './votes.js';
import { CONNECT } from './words.js';

/** "Cát Hải Logistics Joint Stock Company … Cát Hải said": a company named in full, then by the first words of its
 * name, is the same company (not a person or a place of that name). */
export function shortCompanyNames(ms: Mention[], text: string): void {
  const full = ms.filter((m) => lead(m.votes) === 'organization' && !m.government && m.text.split(/\s+/).length >= 3 && ORG_HEADS.has(m.text.split(/\s+/).pop() as string));
  if (!full.length) return;
  // ("seized at the Kazungula border post … over the bridge at Kazungula … the Kazungula Trade Forum": a word the text
  // uses as a place, after "at" or "in", is the place a body is named after, not its short name.)
  const placeUse = new Set(ms.filter((m) => !m.text.includes(' ') && /\b(?:at|in|near|from|into|across|outside|inside|around|via)\s+$/.test(text.slice(Math.max(0, m.start - 10), m.start))).map((m) => m.text));
  // (Or the name of a place with a lower-case word for its kind after it: "the Sirwan river … the Sirwan".)
  for (const m of ms) if ((m.votes.location ?? 0) >= 5 && /^\S+ \p{Ll}+$/u.test(m.text)) placeUse.add(m.text.split(' ')[0]);
  for (const m of ms) {
    if (placeUse.has(m.text)) continue;
    // (A short name found by what bodies do, "Halcyra was engaged", is still the company's short name.)
    if (m.titleOnly || m.honorific || (m.votes.organization ?? 0) > 5 || m.votes.group || (m.votes.location ?? 0) >= 8 || m.text.split(/\s+/).length > 2) continue;
    // (Not "Kofi Annan said" after the "Kofi Annan Foundation": institutions are named after people.)
    // (Or named in full only later, as a report's closing line does: "Halcyra recommends … ¶ Halcyra Threat Response is
    // an incident-response firm".)
    const whole = full.find((f) => (f.start < m.start || (m.votes.person ?? 0) < 3) && f.text.startsWith(`${m.text} `) && !CONNECT.has(f.text.slice(m.text.length + 1).split(/\s+/)[0]) && !/\b(?:Foundation|Institute|University|Hospital|Centre|Center|School|Academy|College|Trust|Fund|Prize|Award|Memorial|Museum|Library|Stadium|Airport)\b/.test(f.text));
    if (!whole) continue;
    add(m.votes, 'organization', 9);
    m.canonical = whole.canonical ?? whole.text;
  }
}

/**
 * Names listed together are of one kind: "the Seimas, the State Tax Inspectorate and Lithuanian Railways". A name
 * with no evidence of its own takes a weak vote for the organisation or group kind of a neighbour in the list.
 */
export function coordinate(text: string, ms: Mention[]): void {
  const LINK = /^\s*(?:,|,?\s*and|,?\s*or)\s+(?:the\s+)?$/;
  // Runs of names joined by commas and a final "and"/"or" (an apposition "X, Y," is not a list).
  let run: Mention[] = [];
  let closed = false;
  const flush = () => {
    if (run.length >= 3 && closed) {
      const kinds = run.map((m) => lead(m.votes));
      const orgs = kinds.filter((k) => k === 'organization').length;
      const groups = kinds.filter((k) => k === 'group').length;
      const k: EntityKind | undefined = orgs > groups ? 'organization' : groups > orgs ? 'group' : undefined;
      if (k && orgs + groups >= run.length - 1 && !kinds.some((x) => x === 'location' || x === 'person')) for (const m of run) if (!lead(m.votes)) add(m.votes, k, 3);
    }
    run = [];
    closed = false;
  };
  for (const m of ms) {
    if (m.titleOnly) {
      flush();
      continue;
    }
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.end, m.start) : '';
    if (prev && prev.sentence === m.sentence && LINK.test(gap) && !closed) {
      run.push(m);
      if (/\b(?:and|or)\b/.test(gap)) closed = true;
    } else {
      flush();
      run = [m];
    }
  }
  flush();
  // "the provinces of Sucumbíos and Carchi", "herders of Dornogovi and Ömnögovi", "links Crete with Volos and Piraeus":
  // a name joined by "and" or "or" to a place, before or after it, with nothing that says otherwise, is a place too.
  // ("between Morant Bay and Port Antonio", "at Mina Al-Ahmadi and Mina Abdullah": after a preposition of place, so
  // is a name of two or three words that only looks like a person's, its first word not a given name's title.)
  // ("from Pichari" … "the brokers of Pichari and Kimbiri": one place preposition elsewhere is evidence enough.)
  const placeVotes = new Map<string, number>();
  for (const m of ms) if (lead(m.votes) === 'location') placeVotes.set(m.text, Math.max(placeVotes.get(m.text) ?? 0, m.votes.location ?? 0));
  const isPlace = (m: Mention) => (placeVotes.get(m.text) ?? 0) >= 3 && (lead(m.votes) === 'location' || !lead(m.votes));
  const mayBePlace = (m: Mention, afterPlacePreposition: boolean) => {
    if (m.votes.organization || m.votes.group || m.votes.document || m.titleOnly || m.honorific || (m.votes.location ?? 0) >= 8) return false;
    if (!m.text.includes(' ')) return (m.votes.person ?? 0) < 3;
    return afterPlacePreposition && (m.votes.person ?? 0) <= 3.5 && m.text.split(/\s+/).length <= 3;
  };
  for (let i = 1; i < ms.length; i++) {
    const a = ms[i - 1];
    const b = ms[i];
    if (a.sentence !== b.sentence || !/^\s+(?:and|or)\s+$/.test(text.slice(a.end, b.start))) continue;
    // ("Frankfurt am Main and Hamburg": a name after a lower-case particle is the end of a longer name, not a conjunct.)
    if (/\p{Lu}\p{L}*\s+(?:am|an|im|on|upon|sur|de|del|di|da|do|la|le)\s+$/u.test(text.slice(Math.max(0, a.start - 30), a.start))) continue;
    const afterPlacePreposition = /\b(?:at|in|between|from|to|near|via|of|with)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, a.start - 12), a.start));
    if (isPlace(a) && mayBePlace(b, afterPlacePreposition)) add(b.votes, 'location', 4);
    else if (isPlace(b) && mayBePlace(a, afterPlacePreposition)) add(a.votes, 'location', 4);
  }
}
