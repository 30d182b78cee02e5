/** Votes: adding evidence for a kind, the strongest kind, and compromise's guess for a phrase. */
import nlp from 'compromise';
import type { EntityKind } from '../../types.js';
import type { Vote } from './types.js';

const compromiseCache = new Map<string, Vote>();
/** compromise's view of a short phrase: a weak vote, cached per phrase. */
export function compromiseVote(phrase: string): Vote {
  let v = compromiseCache.get(phrase);
  if (v) return v;
  v = {};
  try {
    const d = nlp(phrase);
    if (d.has('#Person') || d.has('#FirstName')) v.person = 1;
    if (d.has('#Place') || d.has('#Country') || d.has('#City')) v.location = 1;
    if (d.has('#Organization')) v.organization = 1;
  } catch {
    // compromise is only advice
  }
  if (compromiseCache.size > 5000) compromiseCache.clear();
  compromiseCache.set(phrase, v);
  return v;
}

export const add = (v: Vote, k: EntityKind, n: number) => {
  v[k] = (v[k] ?? 0) + n;
};

/** Strongest kind of a mention's evidence, if any. */
export function lead(v: Vote): EntityKind | undefined {
  let top: EntityKind | undefined;
  for (const [k, n] of Object.entries(v) as [EntityKind, number][]) if (n >= 3 && (!top || n > (v[top] ?? 0))) top = k;
  return top;
}
