/** Runs the extractor over a labelled folder and adds up the scores (used by bench/ingest.ts and the quality test). */
import { readSource } from '../source/read.js';
import { RuleExtractor } from '../nlp/rule-extractor.js';
import type { Extractor } from '../nlp/extractor.js';
import { addScore, emptyScore, loadCases, prf, scoreOne, type Score } from './score.js';

export async function evaluateFolder(dir: string, extractor: Extractor = new RuleExtractor()): Promise<{ score: Score; cases: number }> {
  const total = emptyScore();
  const cases = loadCases(dir);
  for (const c of cases) {
    const doc = await readSource(c.file);
    addScore(total, scoreOne(extractor.extract(doc), c.answer, c.name));
  }
  return { score: total, cases: cases.length };
}

export interface Figures {
  person: number;
  organization: number;
  group: number;
  location: number;
  quoteAttribution: number;
  iocF1: number;
  versionFalsePositives: number;
}

export function figures(s: Score): Figures {
  return {
    person: prf(s.entities.person).f1,
    organization: prf(s.entities.organization).f1,
    group: prf(s.entities.group).f1,
    location: prf(s.entities.location).f1,
    quoteAttribution: s.quotes.total ? s.quotes.attributed / s.quotes.total : 1,
    iocF1: prf(s.iocs).f1,
    versionFalsePositives: s.versionFalsePositives,
  };
}
