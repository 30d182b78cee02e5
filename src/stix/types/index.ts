/**
 * Types for every STIX 2.1 object: 19 SDOs (§4), 2 SROs (§5), 18 SCOs with their predefined extensions (§6),
 * marking-definition, language-content, extension-definition (§7) and the bundle (§8). They describe valid
 * content; input is `unknown` until the validator has accepted it.
 */
export type * from './common.js';
export type * from './sdo.js';
export type * from './sro.js';
export type * from './sco.js';
export type * from './meta.js';
import type { Sdo } from './sdo.js';
import type { Sro } from './sro.js';
import type { Sco } from './sco.js';
import type { ExtensionDefinition, LanguageContent, MarkingDefinition } from './meta.js';

/** Any STIX 2.1 object of a type the specification defines. */
export type StixObject = Sdo | Sro | Sco | MarkingDefinition | LanguageContent | ExtensionDefinition;
/** The `type` values the specification defines. */
export type StixType = StixObject['type'];
