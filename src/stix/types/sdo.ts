/** The 19 STIX Domain Objects (STIX 2.1 §4). */
import type { CommonProperties, Identifier, KillChainPhase, OpenVocab, Timestamp } from './common.js';

export interface AttackPattern extends CommonProperties<'attack-pattern'> {
  name: string;
  description?: string;
  aliases?: string[];
  kill_chain_phases?: KillChainPhase[];
}
export interface Campaign extends CommonProperties<'campaign'> {
  name: string;
  description?: string;
  aliases?: string[];
  first_seen?: Timestamp;
  last_seen?: Timestamp;
  objective?: string;
}
export interface CourseOfAction extends CommonProperties<'course-of-action'> {
  name: string;
  description?: string;
}
export interface Grouping extends CommonProperties<'grouping'> {
  name?: string;
  description?: string;
  context: OpenVocab<'suspicious-activity' | 'malware-analysis' | 'unspecified'>;
  object_refs: Identifier[];
}
export interface Identity extends CommonProperties<'identity'> {
  name: string;
  description?: string;
  roles?: string[];
  identity_class?: OpenVocab<'individual' | 'group' | 'system' | 'organization' | 'class' | 'unknown'>;
  sectors?: string[];
  contact_information?: string;
}
export interface Incident extends CommonProperties<'incident'> {
  name: string;
  description?: string;
  kill_chain_phases?: KillChainPhase[];
}
export interface Indicator extends CommonProperties<'indicator'> {
  name?: string;
  description?: string;
  indicator_types?: string[];
  pattern: string;
  pattern_type: OpenVocab<'stix' | 'pcre' | 'sigma' | 'snort' | 'suricata' | 'yara'>;
  pattern_version?: string;
  valid_from: Timestamp;
  valid_until?: Timestamp;
  kill_chain_phases?: KillChainPhase[];
}
export interface Infrastructure extends CommonProperties<'infrastructure'> {
  name: string;
  description?: string;
  infrastructure_types?: string[];
  aliases?: string[];
  kill_chain_phases?: KillChainPhase[];
  first_seen?: Timestamp;
  last_seen?: Timestamp;
}
export interface IntrusionSet extends CommonProperties<'intrusion-set'> {
  name: string;
  description?: string;
  aliases?: string[];
  first_seen?: Timestamp;
  last_seen?: Timestamp;
  goals?: string[];
  resource_level?: string;
  primary_motivation?: string;
  secondary_motivations?: string[];
}
export interface Location extends CommonProperties<'location'> {
  name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  precision?: number;
  region?: string;
  country?: string;
  administrative_area?: string;
  city?: string;
  street_address?: string;
  postal_code?: string;
}
export interface Malware extends CommonProperties<'malware'> {
  name?: string;
  description?: string;
  malware_types?: string[];
  is_family: boolean;
  aliases?: string[];
  kill_chain_phases?: KillChainPhase[];
  first_seen?: Timestamp;
  last_seen?: Timestamp;
  operating_system_refs?: Identifier<'software'>[];
  architecture_execution_envs?: string[];
  implementation_languages?: string[];
  capabilities?: string[];
  sample_refs?: Identifier<'file' | 'artifact'>[];
}
export interface MalwareAnalysis extends CommonProperties<'malware-analysis'> {
  product: string;
  version?: string;
  host_vm_ref?: Identifier<'software'>;
  operating_system_ref?: Identifier<'software'>;
  installed_software_refs?: Identifier<'software'>[];
  configuration_version?: string;
  modules?: string[];
  analysis_engine_version?: string;
  analysis_definition_version?: string;
  submitted?: Timestamp;
  analysis_started?: Timestamp;
  analysis_ended?: Timestamp;
  result_name?: string;
  result?: OpenVocab<'malicious' | 'suspicious' | 'benign' | 'unknown'>;
  analysis_sco_refs?: Identifier[];
  sample_ref?: Identifier<'file' | 'artifact' | 'network-traffic'>;
}
export interface Note extends CommonProperties<'note'> {
  abstract?: string;
  content: string;
  authors?: string[];
  object_refs: Identifier[];
}
export interface ObservedData extends CommonProperties<'observed-data'> {
  first_observed: Timestamp;
  last_observed: Timestamp;
  number_observed: number;
  /** Deprecated in 2.1 (the 2.0 embedded observables); exactly one of objects and object_refs. */
  objects?: Record<string, Record<string, unknown>>;
  object_refs?: Identifier[];
}
export interface Opinion extends CommonProperties<'opinion'> {
  explanation?: string;
  authors?: string[];
  opinion: 'strongly-disagree' | 'disagree' | 'neutral' | 'agree' | 'strongly-agree';
  object_refs: Identifier[];
}
export interface Report extends CommonProperties<'report'> {
  name: string;
  description?: string;
  report_types?: string[];
  published: Timestamp;
  object_refs: Identifier[];
}
export interface ThreatActor extends CommonProperties<'threat-actor'> {
  name: string;
  description?: string;
  threat_actor_types?: string[];
  aliases?: string[];
  first_seen?: Timestamp;
  last_seen?: Timestamp;
  roles?: string[];
  goals?: string[];
  sophistication?: string;
  resource_level?: string;
  primary_motivation?: string;
  secondary_motivations?: string[];
  personal_motivations?: string[];
}
export interface Tool extends CommonProperties<'tool'> {
  name: string;
  description?: string;
  tool_types?: string[];
  aliases?: string[];
  kill_chain_phases?: KillChainPhase[];
  tool_version?: string;
}
export interface Vulnerability extends CommonProperties<'vulnerability'> {
  name: string;
  description?: string;
}

export type Sdo =
  | AttackPattern | Campaign | CourseOfAction | Grouping | Identity | Incident | Indicator | Infrastructure | IntrusionSet
  | Location | Malware | MalwareAnalysis | Note | ObservedData | Opinion | Report | ThreatActor | Tool | Vulnerability;
