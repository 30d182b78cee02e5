/** Common data types and properties of STIX 2.1 (§2, §3.2). */

/** §2.15 RFC 3339 UTC timestamp, e.g. `2016-05-12T08:17:27.000Z`. */
export type Timestamp = string;
/** §2.7 `type--UUID`. */
export type Identifier<T extends string = string> = `${T}--${string}`;
/** §2.5 hash algorithm name → hash value. */
export type Hashes = Record<string, string>;
/** §2.4 dictionary. */
export type Dictionary<V = unknown> = Record<string, V>;
/** §2.9 open vocabulary: one of the suggested values or any other string. */
export type OpenVocab<T extends string> = T | (string & {});

/** §2.10 external-reference. */
export interface ExternalReference {
  source_name: string;
  description?: string;
  url?: string;
  hashes?: Hashes;
  external_id?: string;
}

/** §2.11 kill-chain-phase. */
export interface KillChainPhase {
  kill_chain_name: string;
  phase_name: string;
}

/** §7.2.3 granular-marking: exactly one of marking_ref and lang. */
export interface GranularMarking {
  lang?: string;
  marking_ref?: Identifier<'marking-definition'>;
  selectors: string[];
}

/** §7.3 an extension instance inside `extensions`. */
export interface ExtensionInstance {
  extension_type?: 'new-sdo' | 'new-sco' | 'new-sro' | 'property-extension' | 'toplevel-property-extension';
  [property: string]: unknown;
}

/** §3.2 properties common to SDOs and SROs. */
export interface CommonProperties<T extends string> {
  type: T;
  spec_version: '2.1';
  id: Identifier<T>;
  created_by_ref?: Identifier<'identity'>;
  created: Timestamp;
  modified: Timestamp;
  revoked?: boolean;
  labels?: string[];
  confidence?: number;
  lang?: string;
  external_references?: ExternalReference[];
  object_marking_refs?: Identifier<'marking-definition'>[];
  granular_markings?: GranularMarking[];
  extensions?: Record<string, ExtensionInstance>;
}

/** §3.2 / §6 properties common to SCOs. */
export interface ScoCommonProperties<T extends string> {
  type: T;
  id: Identifier<T>;
  spec_version?: '2.1';
  object_marking_refs?: Identifier<'marking-definition'>[];
  granular_markings?: GranularMarking[];
  defanged?: boolean;
  extensions?: Record<string, object | undefined>;
}
