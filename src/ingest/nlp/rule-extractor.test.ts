import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RuleExtractor } from './rule-extractor.js';
import { docFromBytes } from '../source/read.js';
import { InMemoryKnownEntities } from '../known.js';
import { ingestDoc } from '../ingest.js';
import { LiaisonError } from '../../errors.js';
import type { SourceDoc } from '../types.js';

const doc = (text: string): SourceDoc => ({ name: 't.txt', format: 'text', text, meta: [], sourceSha256: '0'.repeat(64) });
const ex = new RuleExtractor();

const TEXT = `Ministers talk in Vilnius
Vilnius, 3 March 2026

Lithuanian Defence Minister Rasa Dambrauskaitė met the German defence minister, Jörg Hallmann, in Vilnius on Monday.
"We will keep the brigade here," Ms Dambrauskaitė told reporters. The minister said that the base near Rukla would grow.
Hallmann said Germany would send more engineers. "This is a long commitment," he added.
The militant group Iron Wolf Legion, also known as IWL, claimed an attack near Kaunas.
"Everything is possible," a senior official said. Lithuania hosts the brigade.`;

test('mentions merge: full name, honorific + surname, a title and a pronoun are one person', () => {
  const x = ex.extract(doc(TEXT));
  const persons = x.entities.filter((e) => e.kind === 'person');
  assert.deepEqual(persons.map((p) => p.name).sort(), ['Jörg Hallmann', 'Rasa Dambrauskaitė']);
  const rasa = persons.find((p) => p.name === 'Rasa Dambrauskaitė')!;
  assert.ok(rasa.aliases.includes('Dambrauskaitė'));
  assert.ok(rasa.roles.some((r) => /Defence Minister/.test(r)));
  // "The minister" (a title) resolves to her and counts as a mention
  const minister = TEXT.indexOf('The minister');
  assert.ok(rasa.spans.some((s) => s.start === minister));
  const byKey = new Map(x.entities.map((e) => [e.key, e.name]));
  const said = (frag: string) => x.quotes.find((q) => q.text.includes(frag));
  assert.equal(byKey.get(said('keep the brigade')!.speaker!), 'Rasa Dambrauskaitė');
  assert.equal(byKey.get(said('base near Rukla')!.speaker!), 'Rasa Dambrauskaitė');
  assert.equal(byKey.get(said('more engineers')!.speaker!), 'Jörg Hallmann');
  assert.equal(byKey.get(said('long commitment')!.speaker!), 'Jörg Hallmann');
  // an unnamed speaker stays unnamed, never guessed
  assert.equal(said('Everything is possible')!.speaker, null);
});

test('groups from their description, with aliases; places with country codes', () => {
  const x = ex.extract(doc(TEXT));
  const g = x.entities.find((e) => e.kind === 'group')!;
  assert.equal(g.name, 'Iron Wolf Legion');
  assert.deepEqual(g.aliases, ['IWL']);
  assert.equal(g.groupKind, 'threat-actor');
  const vilnius = x.entities.find((e) => e.name === 'Vilnius')!;
  assert.equal(vilnius.country, 'LT');
  assert.ok(x.entities.some((e) => e.name === 'Rukla' && e.kind === 'location'));
  const aff = x.relations.find((r) => r.type === 'located-at' && x.entities.find((e) => e.key === r.target)?.name === 'Lithuania');
  assert.ok(aff, 'the Lithuanian minister is affiliated with Lithuania');
});

test('entities the node already stores are reused, by name or alias', () => {
  const known = new InMemoryKnownEntities([
    { id: 'threat-actor--5f6c3a0e-6f3b-4b6f-9a47-0d3c1f0b9a11', kind: 'group', name: 'Iron Wolf Legion', aliases: [] },
    { id: 'identity--9b2f0f0c-2a54-4c1e-8f6f-1b6f3b2c7d10', kind: 'person', name: 'Jorg Hallmann', aliases: [] },
  ]);
  const r = ingestDoc(doc(TEXT), { known });
  const ids = r.bundle.objects.map((o) => o.id);
  assert.ok(!r.bundle.objects.some((o) => o.type === 'threat-actor'), 'no second threat-actor');
  const report = r.bundle.objects.find((o) => o.type === 'report')!;
  assert.ok((report.object_refs as string[]).includes('threat-actor--5f6c3a0e-6f3b-4b6f-9a47-0d3c1f0b9a11'));
  assert.ok((report.object_refs as string[]).includes('identity--9b2f0f0c-2a54-4c1e-8f6f-1b6f3b2c7d10'));
  assert.ok(!ids.includes('identity--9b2f0f0c-2a54-4c1e-8f6f-1b6f3b2c7d10'));
});

test('fuzz: no string crashes the extractor or the bundle builder', () => {
  const words = fc.constantFrom('said', '"', '“', '”', 'The', 'Mr', 'Minister', 'of', 'the', ',', '.', 'hxxp://', '[.]', '1.2.3.4', 'CVE-2026-1', 'al-', "'s", '\n', 'Ministry', 'group', 'according to', 'He', 'she', 'it', 'X', 'Ünïcödé', '::', '@');
  const arb = fc.oneof(fc.string({ maxLength: 400 }), fc.array(words, { maxLength: 120 }).map((a) => a.join(' ')), fc.string({ unit: 'binary', maxLength: 200 }));
  fc.assert(
    fc.property(arb, (s) => {
      const x = ex.extract(doc(s));
      for (const e of x.entities) for (const sp of e.spans) assert.ok(sp.start >= 0 && sp.end <= s.length && sp.start <= sp.end);
      for (const q of x.quotes) assert.equal(s.slice(q.span.start, q.span.end), q.text);
      ingestDoc(doc(s));
    }),
    { numRuns: 300, interruptAfterTimeLimit: 20_000 },
  );
});

test('fuzz: any bytes either read into a document or fail with a catalogued error', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('a.txt', 'a.md', 'a.html', 'a'), (bytes, name) => {
      try {
        const d = docFromBytes(name, bytes);
        ex.extract(d);
      } catch (e) {
        assert.ok(e instanceof LiaisonError, `not a LiaisonError: ${String(e)}`);
      }
    }),
    { numRuns: 300, interruptAfterTimeLimit: 20_000 },
  );
});

test('quote attribution: sentence-final "according to", "by X" after a report, relative "that", a role named in apposition, a described body, quotes running over paragraphs', () => {
  const text = `Floods close the river port
Ruse, 2 May 2026

Barges stopped running after the river rose two metres in a day according to the Danube Monitoring Agency. More than 300 homes were flooded, according to a survey published on Friday by the Bulgarian Red Cross Society.

Harbour master Petar Ilchev said the dredger that cleared the channel last spring had been sold.

A senior hydrologist, Mira Donchev of the National Institute of Meteorology, said the water would fall by Sunday.

The port's operator, Danube Wharf Holdings, said cargo would be diverted. The company said it expected no job losses.

Ilchev spent the night on the quay. Before dawn he described the moment the water came over the wall.

"It came in one wave. Nobody had time to move the cranes.

"We will rebuild, but not this year."`;
  const x = ex.extract(doc(text));
  const byKey = new Map(x.entities.map((e) => [e.key, e.name]));
  const who = (frag: string) => {
    const q = x.quotes.filter((q) => q.text.includes(frag)).sort((a, b) => a.text.length - b.text.length)[0];
    assert.ok(q, `a statement holding "${frag}"`);
    return q.speaker ? byKey.get(q.speaker) : null;
  };
  assert.equal(who('river rose two metres'), 'Danube Monitoring Agency');
  assert.equal(who('More than 300 homes were flooded'), 'Bulgarian Red Cross Society');
  assert.equal(who('the dredger that cleared the channel'), 'Petar Ilchev');
  assert.equal(who('the water would fall by Sunday'), 'Mira Donchev');
  assert.equal(who('it expected no job losses'), 'Danube Wharf Holdings');
  assert.equal(who('It came in one wave'), 'Petar Ilchev');
  assert.equal(who('We will rebuild'), 'Petar Ilchev');
});

test('organisations: national institutions by demonym, head words, subject lists, acronyms in parentheses, "which ..., said", named operations; vessels are not entities', () => {
  const text = `Tanker boarded in the Adriatic
Split, 9 June 2026

Croatian police boarded the tanker Silver Heron on Monday. The Croatian Joint Headquarters said the crew had been detained.
The Committee on Internal Affairs, Security and Defence heard from the Office for Port Controls (OPC) on Tuesday.
Adria Cable Works, which owns the damaged line, said repairs would take a week. The Centre against Maritime Crime will review the case.
The naval operation EUMARFOR Delta escorted the tanker to port, and the United Nations Security Council Resolution 2800 was cited.
The group responsible calls itself Grey Current, according to the police.`;
  const x = ex.extract(doc(text));
  const kind = (name: string) => x.entities.find((e) => e.name === name || e.aliases.includes(name))?.kind;
  assert.equal(kind('Croatian police'), 'organization');
  assert.equal(kind('Croatian Joint Headquarters'), 'organization');
  assert.equal(kind('Committee on Internal Affairs, Security and Defence'), 'organization');
  assert.equal(kind('Office for Port Controls'), 'organization');
  assert.equal(kind('Adria Cable Works'), 'organization');
  assert.equal(kind('Centre against Maritime Crime'), 'organization');
  assert.equal(kind('EUMARFOR Delta'), 'organization');
  assert.equal(kind('United Nations Security Council'), 'organization');
  assert.equal(kind('Grey Current'), 'group');
  assert.equal(kind('Silver Heron'), undefined);
  const byKey = new Map(x.entities.map((e) => [e.key, e.name]));
  const q = x.quotes.find((q) => q.text.includes('repairs would take a week'));
  assert.equal(q && q.speaker ? byKey.get(q.speaker) : null, 'Adria Cable Works');
});

test('quote attribution: "said at least", "told the TV channel X that", a titled speaker after a quotation, a described office with no name, "he" after an unnamed speaker', () => {
  const text = `Mine attack
Bunia, 4 April 2026

Gunmen attacked a gold mine near the town of Mongbwalu on Thursday, killing 12 miners, the provincial governor's office said on Friday.

"The attackers came at dawn," said Jean-Pierre Lokuli, a local civic leader. He said at least 30 people were missing.

Nino Kurtsikidze, a member of parliament, told the TV channel Formula that at least three offices had lost their records.

"This is a pattern, not an accident," the office's director, Helena Sørensen, told journalists in Kinshasa.

A mine worker who survived the attack said the gunmen spoke Lendu. "They knew exactly where the gold was kept," he said.`;
  const x = ex.extract(doc(text));
  const byKey = new Map(x.entities.map((e) => [e.key, e.name]));
  const who = (frag: string) => {
    const q = x.quotes.find((q) => q.text.includes(frag));
    assert.ok(q, `a statement holding "${frag}"`);
    return q.speaker ? byKey.get(q.speaker) : null;
  };
  assert.equal(who('killing 12 miners'), null);
  assert.equal(who('at least 30 people were missing'), 'Jean-Pierre Lokuli');
  assert.equal(who('three offices had lost their records'), 'Nino Kurtsikidze');
  assert.equal(who('This is a pattern'), 'Helena Sørensen');
  assert.equal(who('They knew exactly'), null);
});
