/** STIX Meta Objects (STIX 2.1 §7) and the bundle (§8). */
import type { CommonProperties, ExternalReference, GranularMarking, Identifier, Timestamp, ExtensionInstance } from './common.js';
import type { StixObject } from './index.js';

/** §7.2.1.4 TLP 1.0 marking object. */
export interface TlpMarking {
  tlp: 'white' | 'green' | 'amber' | 'red';
}
/** §7.2.1.3 statement marking object. */
export interface StatementMarking {
  statement: string;
}

/** §7.2.1 marking-definition: TLP 1.0, statement, or (TLP 2.0 and others) an extension. */
export interface MarkingDefinition {
  type: 'marking-definition';
  spec_version: '2.1';
  id: Identifier<'marking-definition'>;
  created_by_ref?: Identifier<'identity'>;
  created: Timestamp;
  external_references?: ExternalReference[];
  object_marking_refs?: Identifier<'marking-definition'>[];
  granular_markings?: GranularMarking[];
  extensions?: Record<string, ExtensionInstance>;
  name?: string;
  /** Deprecated: required when there are no extensions. */
  definition_type?: 'tlp' | 'statement' | (string & {});
  definition?: TlpMarking | StatementMarking | Record<string, unknown>;
}

/** §7.1 language-content. */
export interface LanguageContent extends CommonProperties<'language-content'> {
  object_ref: Identifier;
  object_modified?: Timestamp;
  /** Language tag → property name → translated value. */
  contents: Record<string, Record<string, unknown>>;
}

/** §7.3 extension-definition. */
export interface ExtensionDefinition extends CommonProperties<'extension-definition'> {
  created_by_ref: Identifier<'identity'>;
  name: string;
  description?: string;
  schema: string;
  version: string;
  extension_types: ('new-sdo' | 'new-sco' | 'new-sro' | 'property-extension' | 'toplevel-property-extension')[];
  extension_properties?: string[];
}

/** §8 bundle. */
export interface Bundle {
  type: 'bundle';
  id: Identifier<'bundle'>;
  objects?: StixObject[];
}
