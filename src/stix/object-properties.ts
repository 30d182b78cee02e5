/**
 * Property tables of the STIX 2.1 Domain Objects (§4), Relationship Objects (§5) and meta objects
 * (marking-definition §7.2, language-content §7.1, extension-definition §7.3), plus the common properties (§3.2).
 * SCOs are in sco-properties.ts.
 */
import {
  bool, dict, en, ens, int, ov, ovs, ref, refs, req, str, strings, ts, dep, type PropSpec, type PropTable,
} from './property-spec.js';

const kcp: PropSpec = { kind: 'kill-chain-phases' };

/** §3.2: common properties of SDOs and SROs. */
export const SDO_COMMON_PROPERTIES: PropTable = {
  type: req(str),
  spec_version: req(str),
  id: req(ref()),
  created_by_ref: ref('identity'),
  created: req(ts),
  modified: req(ts),
  revoked: bool,
  labels: strings,
  confidence: int(0, 100),
  lang: str,
  external_references: { kind: 'external-references' },
  object_marking_refs: refs('marking-definition'),
  granular_markings: { kind: 'granular-markings' },
  extensions: { kind: 'extensions' },
};

/** §4.1–§4.19. */
export const SDO_PROPERTIES: Readonly<Record<string, PropTable>> = {
  'attack-pattern': { name: req(str), description: str, aliases: strings, kill_chain_phases: kcp },
  campaign: { name: req(str), description: str, aliases: strings, first_seen: ts, last_seen: ts, objective: str },
  'course-of-action': { name: req(str), description: str },
  grouping: { name: str, description: str, context: req(ov('grouping-context-ov')), object_refs: req(refs()) },
  identity: {
    name: req(str),
    description: str,
    roles: strings,
    identity_class: ov('identity-class-ov'),
    sectors: ovs('industry-sector-ov'),
    contact_information: str,
  },
  incident: { name: req(str), description: str, kill_chain_phases: kcp },
  indicator: {
    name: str,
    description: str,
    indicator_types: ovs('indicator-type-ov'),
    pattern: req(str),
    pattern_type: req(ov('pattern-type-ov')),
    pattern_version: str,
    valid_from: req(ts),
    valid_until: ts,
    kill_chain_phases: kcp,
  },
  infrastructure: {
    name: req(str),
    description: str,
    infrastructure_types: ovs('infrastructure-type-ov'),
    aliases: strings,
    kill_chain_phases: kcp,
    first_seen: ts,
    last_seen: ts,
  },
  'intrusion-set': {
    name: req(str),
    description: str,
    aliases: strings,
    first_seen: ts,
    last_seen: ts,
    goals: strings,
    resource_level: ov('attack-resource-level-ov'),
    primary_motivation: ov('attack-motivation-ov'),
    secondary_motivations: ovs('attack-motivation-ov'),
  },
  location: {
    name: str,
    description: str,
    latitude: { kind: 'float', min: -90, max: 90 },
    longitude: { kind: 'float', min: -180, max: 180 },
    precision: { kind: 'float', min: 0 },
    region: ov('region-ov'),
    country: str,
    administrative_area: str,
    city: str,
    street_address: str,
    postal_code: str,
  },
  malware: {
    name: str,
    description: str,
    malware_types: ovs('malware-type-ov'),
    is_family: req(bool),
    aliases: strings,
    kill_chain_phases: kcp,
    first_seen: ts,
    last_seen: ts,
    operating_system_refs: refs('software'),
    architecture_execution_envs: ovs('processor-architecture-ov'),
    implementation_languages: ovs('implementation-language-ov'),
    capabilities: ovs('malware-capabilities-ov'),
    sample_refs: refs('file', 'artifact'),
  },
  'malware-analysis': {
    product: req(str),
    version: str,
    host_vm_ref: ref('software'),
    operating_system_ref: ref('software'),
    installed_software_refs: refs('software'),
    configuration_version: str,
    modules: strings,
    analysis_engine_version: str,
    analysis_definition_version: str,
    submitted: ts,
    analysis_started: ts,
    analysis_ended: ts,
    result_name: str,
    result: ov('malware-result-ov'),
    analysis_sco_refs: refs('*sco'),
    sample_ref: ref('file', 'artifact', 'network-traffic'),
  },
  note: { abstract: str, content: req(str), authors: strings, object_refs: req(refs()) },
  'observed-data': {
    first_observed: req(ts),
    last_observed: req(ts),
    number_observed: req(int(1, 999999999)),
    objects: dep(dict),
    object_refs: refs('*sco', 'relationship'),
  },
  opinion: { explanation: str, authors: strings, opinion: req(en('opinion-enum')), object_refs: req(refs()) },
  report: {
    name: req(str),
    description: str,
    report_types: ovs('report-type-ov'),
    published: req(ts),
    object_refs: req(refs()),
  },
  'threat-actor': {
    name: req(str),
    description: str,
    threat_actor_types: ovs('threat-actor-type-ov'),
    aliases: strings,
    first_seen: ts,
    last_seen: ts,
    roles: ovs('threat-actor-role-ov'),
    goals: strings,
    sophistication: ov('threat-actor-sophistication-ov'),
    resource_level: ov('attack-resource-level-ov'),
    primary_motivation: ov('attack-motivation-ov'),
    secondary_motivations: ovs('attack-motivation-ov'),
    personal_motivations: ovs('attack-motivation-ov'),
  },
  tool: {
    name: req(str),
    description: str,
    tool_types: ovs('tool-type-ov'),
    aliases: strings,
    kill_chain_phases: kcp,
    tool_version: str,
  },
  vulnerability: { name: req(str), description: str },
};

/** §5.1, §5.2. */
export const SRO_PROPERTIES: Readonly<Record<string, PropTable>> = {
  relationship: {
    relationship_type: req(str),
    description: str,
    source_ref: req(ref('*sdo', '*sco', '*custom')),
    target_ref: req(ref('*sdo', '*sco', '*custom')),
    start_time: ts,
    stop_time: ts,
  },
  sighting: {
    description: str,
    first_seen: ts,
    last_seen: ts,
    count: int(0, 999999999),
    sighting_of_ref: req(ref('*sdo', '*custom')),
    observed_data_refs: refs('observed-data'),
    where_sighted_refs: refs('identity', 'location'),
    summary: bool,
  },
};

/** §7.2.1: marking-definition carries its own, smaller set of common properties. */
export const MARKING_DEFINITION_PROPERTIES: PropTable = {
  type: req(str),
  spec_version: req(str),
  id: req(ref()),
  created_by_ref: ref('identity'),
  created: req(ts),
  external_references: { kind: 'external-references' },
  object_marking_refs: refs('marking-definition'),
  granular_markings: { kind: 'granular-markings' },
  extensions: { kind: 'extensions' },
  name: str,
  definition_type: dep(str),
  definition: dep(dict),
};

/** §7.1 language-content: the SDO common properties plus its own. */
export const LANGUAGE_CONTENT_PROPERTIES: PropTable = {
  ...SDO_COMMON_PROPERTIES,
  object_ref: req(ref()),
  object_modified: ts,
  contents: req(dict),
};

/** §7.3 extension-definition. */
export const EXTENSION_DEFINITION_PROPERTIES: PropTable = {
  ...SDO_COMMON_PROPERTIES,
  created_by_ref: req(ref('identity')),
  name: req(str),
  description: str,
  schema: req(str),
  version: req(str),
  extension_types: req(ens('extension-type-enum')),
  extension_properties: strings,
};

/** §8 bundle. */
export const BUNDLE_PROPERTIES: PropTable = { type: req(str), id: req(ref()), objects: { kind: 'any' } };

/** §2.10 external-reference. */
export const EXTERNAL_REFERENCE_PROPERTIES: PropTable = {
  source_name: req(str),
  description: str,
  url: { kind: 'url', advisory: true },
  hashes: { kind: 'hashes' },
  external_id: str,
};

/** §2.11 kill-chain-phase. */
export const KILL_CHAIN_PHASE_PROPERTIES: PropTable = { kill_chain_name: req(str), phase_name: req(str) };

/** §7.2.3 granular-marking. */
export const GRANULAR_MARKING_PROPERTIES: PropTable = { lang: str, marking_ref: ref('marking-definition'), selectors: req(strings) };

export const SDO_TYPES: readonly string[] = Object.keys(SDO_PROPERTIES);
export const SRO_TYPES: readonly string[] = Object.keys(SRO_PROPERTIES);

/** Every type property table of the objects that are not SCOs, common properties included, built once. */
export const NON_SCO_TABLES: ReadonlyMap<string, PropTable> = new Map<string, PropTable>([
  ...SDO_TYPES.map((t): [string, PropTable] => [t, { ...SDO_COMMON_PROPERTIES, ...SDO_PROPERTIES[t] }]),
  ...SRO_TYPES.map((t): [string, PropTable] => [t, { ...SDO_COMMON_PROPERTIES, ...SRO_PROPERTIES[t] }]),
  ['marking-definition', MARKING_DEFINITION_PROPERTIES],
  ['language-content', LANGUAGE_CONTENT_PROPERTIES],
  ['extension-definition', EXTENSION_DEFINITION_PROPERTIES],
]);

