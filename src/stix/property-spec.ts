/**
 * The vocabulary of property tables: what kind of value a STIX property holds (STIX 2.1 §2, Common Data Types),
 * whether it is required, which object types a reference may point at, which vocabulary or enumeration governs it.
 * The validator, the pattern checker and the types all read these tables; nothing here validates by itself.
 */

export type PropKind =
  | 'string'
  | 'integer'
  | 'float'
  | 'boolean'
  | 'timestamp'
  | 'binary' // base64 (§2.2)
  | 'hex' // §2.6
  | 'url'
  | 'ref' // identifier (§2.7)
  | 'refs' // list of identifier
  | 'strings' // list of string
  | 'integers'
  | 'hashes' // §2.5
  | 'dict' // §2.4, values unconstrained here
  | 'dict-strings' // dictionary of string values
  | 'dict-int-or-string'
  | 'dict-ints'
  | 'dict-string-lists'
  | 'object' // embedded object with its own table
  | 'objects' // list of embedded objects
  | 'ov' // open vocabulary (§2.9): any string, SHOULD be from the vocabulary
  | 'ovs' // list of open-vocab strings
  | 'enum' // closed enumeration (§2.8): MUST be one of
  | 'enums'
  | 'kill-chain-phases'
  | 'external-references'
  | 'granular-markings'
  | 'extensions'
  | 'any';

export interface PropSpec {
  readonly kind: PropKind;
  readonly required?: boolean;
  /** Allowed target object types of a reference; `*sco`, `*sdo`, `*sro` stand for the whole category. */
  readonly refTypes?: readonly string[];
  /** Name of the open vocabulary or enumeration (src/stix/vocabularies.ts). */
  readonly vocab?: string;
  /** Table of an embedded object (`object`, `objects`). */
  readonly props?: PropTable;
  readonly min?: number;
  readonly max?: number;
  /** For `url`: a malformed value is our advisory warning `url-format` rather than an error (external references). */
  readonly advisory?: boolean;
  /** Marked deprecated by the specification (a warning when used). */
  readonly deprecated?: boolean;
}

export type PropTable = Readonly<Record<string, PropSpec>>;

// Small builders so that the tables read like the specification's property tables.
export const str: PropSpec = { kind: 'string' };
export const bool: PropSpec = { kind: 'boolean' };
export const ts: PropSpec = { kind: 'timestamp' };
export const float: PropSpec = { kind: 'float' };
export const hex: PropSpec = { kind: 'hex' };
export const hashes: PropSpec = { kind: 'hashes' };
export const strings: PropSpec = { kind: 'strings' };
export const dict: PropSpec = { kind: 'dict' };
export const int = (min?: number, max?: number): PropSpec => ({ kind: 'integer', min, max });
export const ref = (...refTypes: string[]): PropSpec => ({ kind: 'ref', refTypes });
export const refs = (...refTypes: string[]): PropSpec => ({ kind: 'refs', refTypes });
export const ov = (vocab: string): PropSpec => ({ kind: 'ov', vocab });
export const ovs = (vocab: string): PropSpec => ({ kind: 'ovs', vocab });
export const en = (vocab: string): PropSpec => ({ kind: 'enum', vocab });
export const ens = (vocab: string): PropSpec => ({ kind: 'enums', vocab });
export const obj = (props: PropTable): PropSpec => ({ kind: 'object', props });
export const objs = (props: PropTable): PropSpec => ({ kind: 'objects', props });
export const req = (p: PropSpec): PropSpec => ({ ...p, required: true });
export const dep = (p: PropSpec): PropSpec => ({ ...p, deprecated: true });
