/**
 * Relationships the text states: a person's affiliation with a body (`related-to`, the common relationship of
 * §4.2, described as an affiliation: Appendix B has no identity → identity type) or a country (`located-at`, as Appendix B suggests for identity → location), from the
 * titles the text gives them; and a group's base ("based in X", "a Russian paramilitary group": `located-at` for
 * threat-actors, `originates-from` for intrusion-sets).
 */
import type { EntityFinding, RelationFinding } from '../types.js';
import { countryByDemonym, countryByName } from './gazetteer/countries.js';
import type { Mention } from './mentions/index.js';
import { escapeRegExp } from './strings.js';

export function findRelations(text: string, entities: EntityFinding[], mentions: Mention[], mentionEntity: (string | undefined)[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  const seen = new Set<string>();
  const add = (r: RelationFinding) => {
    const k = `${r.type}|${r.source}|${r.target}`;
    if (seen.has(k) || r.source === r.target) return;
    seen.add(k);
    out.push(r);
  };
  const orgs = entities.filter((e) => e.kind === 'organization');
  const countries = entities.filter((e) => e.kind === 'location' && e.isCountry);
  for (const p of entities.filter((e) => e.kind === 'person')) {
    const span = p.spans[0];
    for (const role of p.roles) {
      const low = role.toLowerCase();
      for (const o of orgs) {
        const names = [o.name, ...o.aliases];
        const named = names.some((n) => n.length > 1 && (n === n.toUpperCase() ? new RegExp(`\\b${escapeRegExp(n)}\\b`).test(role) : low.includes(n.toLowerCase())));
        const described = /\b(?:at|of|for|with)\s+(?:the\s+)?(\w+)\s*$/i.exec(role);
        const byNoun = !named && described && o.name.toLowerCase().split(/\s+/).includes(described[1].toLowerCase()) && orgs.filter((x) => x.name.toLowerCase().split(/\s+/).includes(described[1].toLowerCase())).length === 1;
        if (named || byNoun) add({ type: 'related-to', note: 'affiliated with', source: p.key, target: o.key, span, confidence: 70 });
      }
      for (const w of role.split(/[\s’']+/)) {
        const c = countryByDemonym(w) ?? (w.length > 3 ? countryByName(w) : undefined);
        if (!c) continue;
        const loc = countries.find((l) => l.country === c.code);
        // STIX 2.1 Appendix B suggests identity located-at location; a title names the country a person serves.
        if (loc) add({ type: 'located-at', source: p.key, target: loc.key, span, confidence: 65 });
      }
    }
  }
  // Groups and where they are.
  mentions.forEach((m, i) => {
    const key = mentionEntity[i];
    const g = entities.find((e) => e.key === key && e.kind === 'group');
    if (!g) return;
    const type = g.groupKind === 'intrusion-set' ? 'originates-from' : 'located-at';
    const after = text.slice(m.end, m.end + 160);
    const based = /\b(?:is\s+|are\s+|was\s+)?(?:believed to be\s+|thought to be\s+|reportedly\s+)?(?:based in|operates from|operate from|operating from|located in|headquartered in)\s+(?:the\s+)?/i.exec(after);
    if (based && !/[.!?]/.test(after.slice(0, based.index))) {
      const at = m.end + based.index + based[0].length;
      const j = mentions.findIndex((x) => x.start >= at && x.start <= at + 20);
      const lk = j >= 0 ? mentionEntity[j] : undefined;
      const loc = entities.find((e) => e.key === lk && e.kind === 'location');
      if (loc) add({ type, source: g.key, target: loc.key, span: { start: m.start, end: mentions[j].end }, confidence: 70 });
    }
    for (const w of (g.description ?? '').split(/\s+/)) {
      const c = countryByDemonym(w);
      const loc = c && countries.find((l) => l.country === c.code);
      if (loc) add({ type, source: g.key, target: loc.key, span: { start: m.start, end: m.end }, confidence: 60 });
    }
  });
  return out;
}

