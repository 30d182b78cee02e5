/**
 * The labelled sets hold together: every answer file has the guide's shape, every entity is named in its source text
 * by at least one of its names (the others are acceptable variants: an accent-free spelling, a well-known acronym),
 * every statement text, indicator and decoy occurs there, and every speaker is the canonical name of a labelled entity
 * or document. Labels are edited by hand (and conventions change across sessions), so a slip here would silently move the
 * figures the bench prints. Only labels and sources are read; the extractor is not run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument, DomUtils } from 'htmlparser2';
import { loadCases, type Answer } from './score.js';

const root = fileURLToPath(new URL('../../../test/fixtures/ingest/', import.meta.url));
const sets = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const ENTITY_KINDS = ['person', 'organization', 'group', 'location', 'document'] as const;

// The sources are compared as a reader sees them: a saved page's text with its entities decoded, typographic quotes
// and apostrophes as plain ones, runs of whitespace (line wraps in the middle of a statement) as one space, accents
// folded.
const readable = (file: string, raw: string) => (file.endsWith('.html') ? DomUtils.textContent(parseDocument(raw)) : raw);
const plain = (s: string) =>
  s
    .normalize('NFD').replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
// Sources write indicators defanged ("hxxp", "[.]", "[@]"); the labels hold them refanged.
const refangedText = (s: string) => s.replace(/hxxp/gi, 'http').replace(/\[\.\]|\(\.\)|\{\.\}/g, '.').replace(/\[@\]|\[at\]/gi, '@').replace(/\[:\/\/\]/g, '://').replace(/\[:\]/g, ':');
const withoutEndStop = (s: string) => s.replace(/[\s.,;:]+$/, '');

function problems(answer: Answer, source: string, raw = source): string[] {
  const out: string[] = [];
  const text = plain(source);
  const refanged = plain(refangedText(source));
  const occurs = (s: string) => text.includes(plain(s));
  for (const key of [...ENTITY_KINDS, 'quotes', 'iocs', 'decoys'] as const) {
    if (!Array.isArray(answer[key])) out.push(`${key} is not a list`);
  }
  if (out.length) return out;
  const canonical = new Set<string>();
  for (const kind of ENTITY_KINDS) {
    for (const names of answer[kind]) {
      if (!Array.isArray(names) || names.length === 0 || names.some((n) => typeof n !== 'string' || !n.trim())) {
        out.push(`${kind}: an entry is not a list of names: ${JSON.stringify(names)}`);
        continue;
      }
      canonical.add(names[0]);
      if (!names.some(occurs)) out.push(`${kind} named by none of its names in the text: ${names.join('; ')}`);
    }
  }
  for (const q of answer.quotes) {
    if (!occurs(withoutEndStop(q.text))) out.push(`statement not in the text: ${q.text}`);
    if (q.speaker !== null && !canonical.has(q.speaker)) out.push(`speaker is no labelled entity's canonical name: ${q.speaker}`);
  }
  for (const i of answer.iocs) {
    if (!refanged.includes(plain(i.value))) out.push(`indicator not in the text: ${i.type} ${i.value}`);
  }
  // A decoy may sit in markup a reader never sees (a form field's placeholder): it is looked for in the raw file too.
  for (const d of answer.decoys) if (!occurs(d) && !plain(raw).includes(plain(d))) out.push(`decoy not in the text: ${d}`);
  return out;
}

test('labels: every entity is named in its text, every statement, indicator and decoy occurs there, every speaker is a labelled entity', () => {
  const found: string[] = [];
  let files = 0;
  for (const set of sets) {
    for (const c of loadCases(`${root}${set}`)) {
      files++;
      const raw = readFileSync(c.file, 'utf8');
      for (const p of problems(c.answer, readable(c.file, raw), raw)) found.push(`${set}/${c.name}: ${p}`);
    }
  }
  assert.ok(files >= 15 * 8, `${files} answer files`);
  assert.deepEqual(found, []);
});

test('labels: the check finds a name, a statement, an indicator and a speaker that are not in the text', () => {
  const answer: Answer = {
    kind: 'probe', person: [['Ilse Varga', 'Varga']], organization: [['Port Authority']], group: [['Crveni Val']], location: [['Rijeka']], document: [],
    quotes: [{ text: 'the berth stays closed.', speaker: 'Ilse Varga' }, { text: 'nobody said this', speaker: 'Harbour Board' }],
    iocs: [{ type: 'domain-name', value: 'berth-notice.example' }, { type: 'ipv4-addr', value: '198.51.100.9' }], decoys: ['4.2.1'],
  };
  const source = 'Ilse Varga of the Port Authority in Rijeka said the berth stays closed. Varga pointed to berth-notice[.]example, build 4.2.1.';
  assert.deepEqual(problems(answer, source), [
    'group named by none of its names in the text: Crveni Val',
    'statement not in the text: nobody said this',
    'speaker is no labelled entity\'s canonical name: Harbour Board',
    'indicator not in the text: ipv4-addr 198.51.100.9',
  ]);
});
