/**
 * Rules of single SDO, SRO and meta object types that a property table cannot express (STIX 2.1 §4, §5, §7):
 * ordering of timestamps, properties that require or exclude each other, and the SHOULD advice of each type.
 */
import type { Collector, ValidateOptions } from './context.js';
import { order } from './order.js';
import { isPlainObject } from './properties.js';
import { isLanguageTag, isLowerHyphenated, isValidPropertyName, isValidTypeName } from './primitives.js';
import { isScoType, scoProperty } from '../sco-properties.js';
import { customPrefix } from './names.js';
import { pointerToken } from '../findings.js';
import { ISO_3166_1_ALPHA2 } from '../iso-codes.js';
import { COMMON_RELATIONSHIPS, suggestedTargets } from '../relationships.js';
import { categoryOf } from './kinds.js';

type Rule = (c: Collector, o: Record<string, unknown>, path: string, opts: ValidateOptions, v20: boolean) => void;

const seen: Rule = (c, o, p) => order(c, o, p, 'last_seen', 'ge', 'first_seen');

/** §4.7 indicator: valid_until after valid_from; the pattern through the plug-in when pattern_type is stix. */
const indicator: Rule = (c, o, p, opts) => {
  order(c, o, p, 'valid_until', 'gt', 'valid_from');
  if (o.name === undefined) c.add('indicator-properties', p, { property: 'a name' });
  if (o.description === undefined) c.add('indicator-properties', p, { property: 'a description' });
  const check = opts.checkPattern;
  if (!check || typeof o.pattern !== 'string') return;
  if (o.pattern_type !== undefined && o.pattern_type !== 'stix') return;
  let res;
  try {
    res = check(o.pattern);
  } catch (e) {
    c.add('pattern-invalid', p + '/pattern', { column: 0, reason: e instanceof Error ? e.message : String(e) });
    return;
  }
  for (const e of res.errors) c.add('pattern-invalid', p + '/pattern', { column: e.column, reason: e.message });
  // The engine's warnings are its own advice (e.g. a custom type it does not know); the SHOULD rules on the
  // names in a pattern are applied below, with the options, like those on custom objects.
  for (const w of res.warnings) c.add('pattern-advice', p + '/pattern', { column: w.column, reason: w.message });
  if (res.errors.length === 0 && opts.patternPaths) patternNames(c, o.pattern, p + '/pattern', opts);
};

/**
 * §9.7 object paths in a pattern: the object type and property names follow the naming rules of types (§3.1)
 * and properties, and custom ones the same conventions (and strict options) as custom objects and properties.
 */
function patternNames(c: Collector, pattern: string, p: string, opts: ValidateOptions): void {
  const paths = opts.patternPaths!(pattern);
  if (!paths) return;
  for (const { objectType, property } of paths) {
    const known = isScoType(objectType);
    if (!known) {
      if (!isValidTypeName(objectType)) {
        c.add('pattern-object-path', p, { what: 'object type', value: objectType });
        continue;
      }
      if (opts.strictTypes) c.add('custom-type-forbidden', p, { value: objectType });
      customPrefix(c, 'object type', objectType, p);
    }
    if (known && scoProperty(objectType, property)) continue;
    if (!isValidPropertyName(property)) {
      c.add('pattern-object-path', p, { what: 'property', value: property });
      continue;
    }
    if (!known) continue; // a custom SCO's own properties need no prefix
    if (opts.strictProperties) c.add('custom-property-forbidden', p, { property });
    customPrefix(c, 'property', property, p);
  }
}

/** §4.10 location: region, country or latitude+longitude; latitude and longitude together; precision needs both. */
const location: Rule = (c, o, p) => {
  const lat = o.latitude !== undefined, lon = o.longitude !== undefined;
  if (lat !== lon) c.add('property-dependency', p + (lat ? '/latitude' : '/longitude'), { property: lat ? 'latitude' : 'longitude', other: lat ? 'longitude' : 'latitude' });
  if (o.precision !== undefined && !(lat && lon)) c.add('property-dependency', p + '/precision', { property: 'precision', other: 'latitude and longitude' });
  if (o.region === undefined && o.country === undefined && !(lat && lon)) c.add('at-least-one', p, { properties: "'region', 'country', 'latitude'+'longitude'" });
  if (typeof o.country === 'string' && !ISO_3166_1_ALPHA2.has(o.country.toUpperCase())) c.add('countries', p + '/country', { value: o.country });
};

/** §4.11 malware: a family has a name. */
const malware: Rule = (c, o, p, _opts, v20) => {
  seen(c, o, p, _opts, v20);
  if (!v20 && o.is_family === true && o.name === undefined) c.add('required-property', p + '/name', { property: 'name' });
};

/** §4.12 malware-analysis: result or analysis_sco_refs. */
const malwareAnalysis: Rule = (c, o, p) => {
  if (o.result === undefined && o.analysis_sco_refs === undefined) c.add('at-least-one', p, { properties: "'result', 'analysis_sco_refs'" });
  if (typeof o.product === 'string' && !isLowerHyphenated(o.product)) c.add('malware-analysis-product', p + '/product', { value: o.product });
};

/** §4.14 observed-data: exactly one of objects and object_refs (2.1); last_observed ≥ first_observed. */
const observedData: Rule = (c, o, p, _opts, v20) => {
  order(c, o, p, 'last_observed', 'ge', 'first_observed');
  const a = o.objects !== undefined, b = o.object_refs !== undefined;
  if (v20) {
    if (!a) c.add('required-property', p + '/objects', { property: 'objects' });
    return;
  }
  if (a === b) c.add('exactly-one', p, { properties: "'objects', 'object_refs'" });
};

/** §5.1 relationship: stop_time after start_time; relationship types the specification suggests (Appendix B). */
const relationship: Rule = (c, o, p) => {
  order(c, o, p, 'stop_time', 'gt', 'start_time');
  const rt = o.relationship_type, s = o.source_ref, t = o.target_ref;
  if (typeof rt !== 'string' || typeof s !== 'string' || typeof t !== 'string' || COMMON_RELATIONSHIPS.includes(rt)) return;
  const st = s.slice(0, s.indexOf('--')), tt = t.slice(0, t.indexOf('--'));
  if (categoryOf(st) !== 'sdo' || categoryOf(tt) !== 'sdo') return;
  const targets = suggestedTargets(st, rt);
  if (!targets || !targets.includes(tt)) c.add('relationship-types', p + '/relationship_type', { value: rt, source: st, target: tt });
};

/** §7.1 language-content: contents keys are language tags; inner keys are property names. */
const languageContent: Rule = (c, o, p) => {
  const contents = o.contents;
  if (!isPlainObject(contents)) return;
  for (const lang in contents) {
    const lp = p + '/contents/' + pointerToken(lang);
    if (!isLanguageTag(lang)) c.add('language-tag', lp, { property: 'contents', value: lang });
    const inner = contents[lang];
    if (!isPlainObject(inner)) {
      c.add('property-type', lp, { property: 'contents', expected: 'a dictionary of property names', found: typeof inner });
      continue;
    }
    for (const k in inner) if (!isValidPropertyName(k)) c.add('value-invalid', lp + '/' + pointerToken(k), { property: 'contents', reason: `'${k}' is not a property name` });
  }
};

const TLP = new Set(['white', 'green', 'amber', 'red']);

/** §7.2.1 marking-definition: definition_type+definition unless extensions; TLP and statement definitions. */
const markingDefinition: Rule = (c, o, p) => {
  const hasExt = o.extensions !== undefined;
  if (!hasExt) {
    if (o.definition_type === undefined) c.add('required-property', p + '/definition_type', { property: 'definition_type' });
    if (o.definition === undefined) c.add('required-property', p + '/definition', { property: 'definition' });
  }
  const dt = o.definition_type, def = o.definition;
  if (typeof dt === 'string' && dt !== 'tlp' && dt !== 'statement') c.add('marking-definition-type', p + '/definition_type', { value: dt });
  if (!isPlainObject(def)) return;
  if (dt === 'tlp') {
    if (typeof def.tlp !== 'string' || !TLP.has(def.tlp)) c.add('marking-definition-invalid', p + '/definition', { reason: "a tlp definition must be {\"tlp\": white|green|amber|red}" });
  } else if (dt === 'statement') {
    if (typeof def.statement !== 'string') c.add('marking-definition-invalid', p + '/definition', { reason: 'a statement definition must be {"statement": string}' });
  }
};

/** §7.3 extension-definition. */
const extensionDefinition: Rule = (c, o, p) => {
  if (o.description === undefined) c.add('extension-description', p);
  const types = o.extension_types;
  if (Array.isArray(types) && types.includes('toplevel-property-extension') && o.extension_properties === undefined) c.add('extension-properties', p);
  if (o.extension_properties !== undefined && !(Array.isArray(types) && types.includes('toplevel-property-extension')))
    c.add('property-dependency', p + '/extension_properties', { property: 'extension_properties', other: "extension_types to include 'toplevel-property-extension'" });
};

const SDO_RULES_EXTRA: Record<string, Rule> = {
  campaign: seen,
  infrastructure: seen,
  'intrusion-set': seen,
  'threat-actor': seen,
  malware,
  'malware-analysis': malwareAnalysis,
  indicator,
  location,
  'observed-data': observedData,
  relationship,
  sighting: seen,
  'language-content': languageContent,
  'marking-definition': markingDefinition,
  'extension-definition': extensionDefinition,
};

/** Whether `s` starts with (or, when `whole`, equals) the ASCII string `t` ignoring case, without allocating. */
function sameIgnoringCase(s: string, t: string, n: number, whole: boolean): boolean {
  if (s.length < n || (whole && s.length !== n)) return false;
  for (let i = 0; i < n; i++) if ((s.charCodeAt(i) | 0x20) !== (t.charCodeAt(i) | 0x20)) return false;
  return true;
}

/**
 * §4.1 attack-pattern (CAPEC ids: source_name capec, external_id CAPEC-[id]) and §4.19 vulnerability (CVE ids:
 * source_name cve, external_id the exact CVE identifier).
 */
function externalIds(c: Collector, o: Record<string, unknown>, p: string, source: string, prefix: string, form: RegExp): void {
  const refs = o.external_references;
  if (!Array.isArray(refs)) return;
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i];
    if (!isPlainObject(r) || typeof r.source_name !== 'string') continue;
    const eid = r.external_id;
    const claims = sameIgnoringCase(r.source_name, source, source.length, true) || (typeof eid === 'string' && sameIgnoringCase(eid, prefix, prefix.length, false));
    if (!claims) continue;
    if (r.source_name !== source) c.add('value-invalid', `${p}/external_references/${i}/source_name`, { property: 'source_name', reason: `a ${prefix}… identifier must have source_name '${source}'` });
    if (typeof eid === 'string' && !form.test(eid)) c.add('value-invalid', `${p}/external_references/${i}/external_id`, { property: 'external_id', reason: `'${eid}' is not formatted as ${prefix}[id]` });
  }
}
SDO_RULES_EXTRA['attack-pattern'] = (c, o, p) => externalIds(c, o, p, 'capec', 'CAPEC-', /^CAPEC-[0-9]+$/);
SDO_RULES_EXTRA.vulnerability = (c, o, p) => externalIds(c, o, p, 'cve', 'CVE-', /^CVE-[0-9]{4}-[0-9]{4,}$/);

export const SDO_RULES: Readonly<Record<string, Rule>> = SDO_RULES_EXTRA;
