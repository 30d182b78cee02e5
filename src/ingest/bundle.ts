/**
 * Findings to a draft STIX 2.1 bundle: a report (§4.14) that refers to everything found, identities (§4.11) for
 * people, bodies and speaking documents, threat-actors (§4.17) and intrusion-sets (§4.10) for groups, locations
 * (§4.12), notes (§4.13) for statements, indicators (§4.7) with their observables (§6) and vulnerabilities (§4.18),
 * relationships (§5.1). SDO ids are random (UUIDv4); SCO ids are deterministic (§2.9).
 */
import { createHash, randomUUID } from 'node:crypto';
import { scoId } from '../stix/ids.js';
import { LIAISON_IDENTITY } from '../exchange/liaison-objects.js';
import type { EntityFinding, Extraction, IocFinding, SourceDoc } from './types.js';
import { INGEST_EXTENSION, provenanceExtension } from './provenance.js';
import { placeByName } from './nlp/gazetteer/places.js';
import { countryByDemonym } from './nlp/gazetteer/countries.js';

type Obj = Record<string, unknown> & { id: string; type: string };

export interface BundleOptions {
  /** The node's identity: `created_by_ref` of every object. */
  createdBy?: string;
  /** Extractor name recorded in the provenance. */
  extractor: string;
  /** Creation time (defaults to now). */
  now?: Date;
}

const HASH_NAME: Record<string, string> = { md5: 'MD5', sha1: 'SHA-1', sha256: 'SHA-256', sha512: 'SHA-512' };

/** Escapes a string for a STIX pattern literal (§9.2: backslash and quote). */
const lit = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function sco(i: IocFinding): Obj | undefined {
  let o: Record<string, unknown>;
  switch (i.type) {
    case 'ipv4-addr':
    case 'ipv6-addr':
    case 'domain-name':
    case 'url':
    case 'email-addr':
      o = { type: i.type, spec_version: '2.1', value: i.value };
      break;
    case 'md5':
    case 'sha1':
    case 'sha256':
    case 'sha512':
      o = { type: 'file', spec_version: '2.1', hashes: { [HASH_NAME[i.type]]: i.value } };
      break;
    default:
      return undefined;
  }
  const id = scoId(o);
  return id ? ({ id, ...o } as Obj) : undefined;
}

function pattern(i: IocFinding): string {
  if (i.type in HASH_NAME) return `[file:hashes.${lit(HASH_NAME[i.type])} = ${lit(i.value)}]`;
  return `[${i.type}:value = ${lit(i.value)}]`;
}

const THREAT_ACTOR_TYPES: [RegExp, string][] = [
  [/terror|jihad/i, 'terrorist'],
  [/cartel|criminal|gang|mafia|smuggl|traffick|drug/i, 'crime-syndicate'],
  [/militant|armed|rebel|insurgen|paramilitary|militia|mercenar/i, 'activist'],
  [/state|nation/i, 'nation-state'],
  [/hack/i, 'hacker'],
];

/** Builds the draft bundle. Entities with a `knownId` are referred to, not recreated. */
export function buildDraftBundle(doc: SourceDoc, x: Extraction, opts: BundleOptions): { type: 'bundle'; id: string; objects: Obj[] } {
  const now = (opts.now ?? new Date()).toISOString();
  const textSha = createHash('sha256').update(doc.text, 'utf8').digest('hex');
  const by = opts.createdBy ? { created_by_ref: opts.createdBy } : {};
  const sdo = (type: string, props: Record<string, unknown>, confidence: number): Obj => ({
    type,
    spec_version: '2.1',
    id: `${type}--${randomUUID()}`,
    ...by,
    created: now,
    modified: now,
    confidence: Math.max(0, Math.min(100, Math.round(confidence))),
    ...props,
  });
  const prov = (spans: EntityFinding['spans'], confidence: number, more: Record<string, unknown> = {}) =>
    provenanceExtension({ spans, confidence, extractor: opts.extractor, review_status: 'draft', ...more });

  const objects: Obj[] = [];
  const idOf = new Map<string, string>();
  // Where no country is written next to a place, the article's most named country is the best guess.
  const countryCount = new Map<string, number>();
  for (const e of x.entities) if (e.kind === 'location' && e.isCountry && e.country) countryCount.set(e.country, (countryCount.get(e.country) ?? 0) + e.spans.length);
  // With no country named at all, the article's demonyms ("the Finnish police") are the next best guess.
  if (!countryCount.size) {
    for (const m of doc.text.matchAll(/\b\p{Lu}\p{Ll}+\b/gu)) {
      const c = countryByDemonym(m[0]);
      if (c) countryCount.set(c.code, (countryCount.get(c.code) ?? 0) + 1);
    }
  }
  const mainCountry = [...countryCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];

  for (const e of x.entities) {
    if (e.knownId) {
      idOf.set(e.key, e.knownId);
      continue;
    }
    const ext = { extensions: prov(e.spans, e.confidence, { aliases: e.aliases }) };
    let o: Obj;
    if (e.kind === 'person') {
      o = sdo('identity', { name: e.name, identity_class: 'individual', ...(e.roles.length ? { roles: e.roles } : {}), ...ext }, e.confidence);
    } else if (e.kind === 'organization') {
      o = sdo('identity', { name: e.name, identity_class: e.government ? 'class' : 'organization', ...(e.government ? { description: 'Government or intergovernmental body' } : {}), ...ext }, e.confidence);
    } else if (e.kind === 'document') {
      o = sdo('identity', { name: e.name, identity_class: 'unknown', description: 'A document the source quotes as speaking', extensions: prov(e.spans, e.confidence, { aliases: e.aliases, kind: 'document' }) }, e.confidence);
    } else if (e.kind === 'group') {
      const common = { name: e.name, ...(e.aliases.length ? { aliases: e.aliases } : {}), ...(e.description ? { description: `Described in the source as: ${e.description}` } : {}), ...ext };
      if (e.groupKind === 'intrusion-set') o = sdo('intrusion-set', common, e.confidence);
      else {
        const types = THREAT_ACTOR_TYPES.filter(([re]) => re.test(e.description ?? '')).map(([, t]) => t);
        o = sdo('threat-actor', { ...common, threat_actor_types: types.length ? [...new Set(types)] : ['unknown'] }, e.confidence);
      }
    } else {
      const region = placeByName(e.name)?.region;
      // Kosovo's XK is user-assigned, not ISO 3166-1: name the region instead.
      const where = e.country === 'XK' ? { region: 'southern-europe', description: 'Kosovo (code XK, user-assigned)' } : e.country ? { country: e.country } : region ? { region } : mainCountry ? { country: mainCountry, description: 'Country inferred from the article, not stated next to the place' } : { region: 'unknown' };
      o = sdo('location', { name: e.name, ...where, ...ext }, e.country || region ? e.confidence : Math.min(e.confidence, 50));
    }
    idOf.set(e.key, o.id);
    objects.push(o);
  }

  for (const r of x.relations) {
    const s = idOf.get(r.source);
    const t = idOf.get(r.target);
    if (!s || !t) continue;
    objects.push(sdo('relationship', { relationship_type: r.type, source_ref: s, target_ref: t, description: `${r.note ? `${r.note}; s` : 'S'}tated in the source: "${doc.text.slice(r.span.start, r.span.end)}"`, extensions: prov([r.span], r.confidence) }, r.confidence));
  }

  for (const i of x.iocs) {
    if (i.type === 'vulnerability') {
      objects.push(sdo('vulnerability', { name: i.value, external_references: [{ source_name: 'cve', external_id: i.value }], extensions: prov(i.spans, i.confidence) }, i.confidence));
      continue;
    }
    const obs = sco(i);
    if (!obs) continue;
    if (!objects.some((o) => o.id === obs.id)) objects.push({ ...obs, extensions: prov(i.spans, i.confidence) });
    objects.push(
      sdo('indicator', {
        name: i.value,
        indicator_types: ['unknown'],
        pattern: pattern(i),
        pattern_type: 'stix',
        pattern_version: '2.1',
        valid_from: now,
        description: `${i.type} found${i.defanged ? ' (defanged)' : ''} in ${doc.name}`,
        extensions: prov(i.spans, i.confidence),
      }, i.confidence),
    );
  }

  const reportId = `report--${randomUUID()}`;
  for (const q of x.quotes) {
    const speaker = q.speaker ? idOf.get(q.speaker) : undefined;
    objects.push(
      sdo('note', {
        ...(speaker ? { abstract: 'Statement attributed in the source' } : { abstract: 'Statement whose speaker the source does not make clear' }),
        content: q.text,
        object_refs: speaker ? [speaker, reportId] : [reportId],
        extensions: prov([q.span], q.confidence, { kind: q.kind, attribution_span: q.attributionSpan }),
      }, q.confidence),
    );
  }

  const published = doc.published ? (doc.published.includes('T') ? doc.published : `${doc.published}T00:00:00.000Z`) : now;
  const description = x.summary.map((s) => doc.text.slice(s.start, s.end).trim()).join(' ');
  const refs = [...new Set([...objects.map((o) => o.id), ...[...idOf.values()]])];
  const report = sdo('report', {
    id: reportId,
    name: doc.title?.trim() || doc.name,
    ...(description ? { description } : {}),
    report_types: ['threat-report'],
    published,
    object_refs: refs.length ? refs : [INGEST_EXTENSION.id],
    external_references: [
      {
        source_name: doc.author ? `${doc.name} (${doc.author})` : doc.name,
        description: `Ingested ${doc.format} source${doc.published ? '' : '; no publication date found, published is the ingest time'}. The hash is of the extracted text that the spans index.`,
        ...(doc.url ? { url: doc.url } : {}),
        hashes: { 'SHA-256': textSha },
      },
    ],
    extensions: prov([{ start: 0, end: doc.text.length }], 100),
  }, 100);
  report.id = reportId;
  return { type: 'bundle', id: `bundle--${randomUUID()}`, objects: [LIAISON_IDENTITY as unknown as Obj, INGEST_EXTENSION as unknown as Obj, report, ...objects] };
}
