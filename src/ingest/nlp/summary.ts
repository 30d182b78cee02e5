/** An extractive summary: the lead sentences and the one that names the most findings, in text order. */
import type { Span } from '../types.js';
import type { Tokenised } from './text.js';

export function summarise(text: string, tk: Tokenised, skip: Span[], hits: Span[], maxChars = 500): Span[] {
  const body = tk.sentences.filter((s) => !skip.some((k) => s.start < k.end && s.end > k.start) && /\s\S+\s\S+\s/.test(text.slice(s.start, s.end)) && /[.!?"”]$/.test(text.slice(s.start, s.end).trim()));
  if (!body.length) return [];
  const score = (s: Span, i: number) => hits.filter((h) => h.start >= s.start && h.end <= s.end).length + (i === 0 ? 5 : i === 1 ? 2 : 0);
  const ranked = body.map((s, i) => ({ s, v: score(s, i) })).sort((a, b) => b.v - a.v);
  const chosen: Span[] = [];
  let len = 0;
  for (const { s } of ranked) {
    const l = s.end - s.start;
    if (len + l > maxChars && chosen.length) continue;
    chosen.push({ start: s.start, end: s.end });
    len += l;
    if (chosen.length >= 3) break;
  }
  return chosen.sort((a, b) => a.start - b.start);
}
