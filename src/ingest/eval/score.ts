/**
 * Scores an extraction against a hand-labelled answer file (format: test/fixtures/ingest/README.md): precision,
 * recall and F1 per entity kind, quotes attributed to the right speaker, indicator F1 and version-string false
 * positives. Micro-averaged over a set by adding counts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction, EntityKind } from '../types.js';
import { nameKey } from '../known.js';

export interface Answer {
  kind: string;
  title?: string;
  published?: string;
  person: string[][];
  organization: string[][];
  group: string[][];
  location: string[][];
  document: string[][];
  quotes: { text: string; speaker: string | null }[];
  iocs: { type: string; value: string }[];
  decoys: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  entities: Record<'person' | 'organization' | 'group' | 'location', Counts>;
  quotes: { total: number; found: number; attributed: number; predicted: number; matchedPredictions: number };
  iocs: Counts;
  versionFalsePositives: number;
  /** What went wrong, for reading. */
  errors: string[];
}

const SCORED = ['person', 'organization', 'group', 'location'] as const;

export const emptyScore = (): Score => ({
  entities: { person: { tp: 0, fp: 0, fn: 0 }, organization: { tp: 0, fp: 0, fn: 0 }, group: { tp: 0, fp: 0, fn: 0 }, location: { tp: 0, fp: 0, fn: 0 } },
  quotes: { total: 0, found: 0, attributed: 0, predicted: 0, matchedPredictions: 0 },
  iocs: { tp: 0, fp: 0, fn: 0 },
  versionFalsePositives: 0,
  errors: [],
});

// (A label's closing full stop or comma is no part of what was said: statements are kept without it.)
const normQuote = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/["“”]/g, '').replace(/\s+/g, ' ').trim().replace(/[\s.,;:]+$/, '');

export function scoreOne(x: Extraction, a: Answer, label = ''): Score {
  const sc = emptyScore();
  const namesOf = (e: { name: string; aliases: string[] }) => new Set([e.name, ...e.aliases].map(nameKey));
  for (const kind of SCORED) {
    const preds = x.entities.filter((e) => e.kind === (kind as EntityKind));
    const used = new Set<number>();
    for (const l of a[kind]) {
      const keys = new Set(l.map(nameKey));
      const i = preds.findIndex((p, j) => !used.has(j) && [...namesOf(p)].some((k) => keys.has(k)));
      if (i >= 0) {
        used.add(i);
        sc.entities[kind].tp++;
      } else {
        sc.entities[kind].fn++;
        sc.errors.push(`${label} missed ${kind}: ${l[0]}`);
      }
    }
    preds.forEach((p, j) => {
      if (used.has(j)) return;
      sc.entities[kind].fp++;
      sc.errors.push(`${label} extra ${kind}: ${p.name}${p.aliases.length ? ` (${p.aliases.join('; ')})` : ''}`);
    });
  }
  // Quotes.
  const allLabelled = [...a.person, ...a.organization, ...a.group, ...a.location, ...(a.document ?? [])];
  const byKey = new Map(x.entities.map((e) => [e.key, e]));
  const matchedPred = new Set<number>();
  for (const q of a.quotes) {
    sc.quotes.total++;
    const want = normQuote(q.text);
    const cands = x.quotes.map((p, i) => ({ p, i })).filter(({ p }) => normQuote(p.text).includes(want)).sort((u, v) => u.p.text.length - v.p.text.length);
    if (!cands.length) {
      sc.errors.push(`${label} quote not found: "${q.text}"`);
      continue;
    }
    sc.quotes.found++;
    const { p, i } = cands[0];
    matchedPred.add(i);
    const speaker = p.speaker ? byKey.get(p.speaker) : undefined;
    let ok: boolean;
    if (q.speaker === null) ok = !speaker;
    else {
      const names = new Set((allLabelled.find((l) => l.includes(q.speaker as string)) ?? [q.speaker]).map(nameKey));
      ok = !!speaker && [...namesOf(speaker)].some((k) => names.has(k));
    }
    if (ok) sc.quotes.attributed++;
    else sc.errors.push(`${label} quote "${q.text}" → ${speaker ? speaker.name : 'no speaker'}, want ${q.speaker ?? 'no speaker'}`);
  }
  sc.quotes.predicted = x.quotes.length;
  sc.quotes.matchedPredictions = matchedPred.size;
  // Indicators.
  const want = new Set(a.iocs.map((i) => `${i.type}:${i.value}`));
  const got = new Set(x.iocs.map((i) => `${i.type}:${i.value}`));
  for (const w of want) {
    if (got.has(w)) sc.iocs.tp++;
    else {
      sc.iocs.fn++;
      sc.errors.push(`${label} missed ioc ${w}`);
    }
  }
  for (const i of x.iocs) {
    if (want.has(`${i.type}:${i.value}`)) continue;
    sc.iocs.fp++;
    sc.errors.push(`${label} extra ioc ${i.type}:${i.value}`);
    if (a.decoys.some((d) => d.toLowerCase().includes(i.value.toLowerCase()))) sc.versionFalsePositives++;
  }
  return sc;
}

export function addScore(into: Score, s: Score): void {
  for (const k of SCORED) for (const f of ['tp', 'fp', 'fn'] as const) into.entities[k][f] += s.entities[k][f];
  for (const f of ['total', 'found', 'attributed', 'predicted', 'matchedPredictions'] as const) into.quotes[f] += s.quotes[f];
  for (const f of ['tp', 'fp', 'fn'] as const) into.iocs[f] += s.iocs[f];
  into.versionFalsePositives += s.versionFalsePositives;
  into.errors.push(...s.errors);
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export interface EvalCase {
  name: string;
  file: string;
  answer: Answer;
}

/** The labelled texts in a folder: every file with a sibling `NAME.answer.json`. */
export function loadCases(dir: string): EvalCase[] {
  const files = readdirSync(dir).sort();
  return files
    .filter((f) => !f.endsWith('.json') && files.includes(f.replace(/\.[^.]+$/, '.answer.json')))
    .map((f) => ({ name: f, file: join(dir, f), answer: JSON.parse(readFileSync(join(dir, f.replace(/\.[^.]+$/, '.answer.json')), 'utf8')) as Answer }));
}
