/**
 * The STIX objects Liaison itself publishes: the identity of the Liaison project (creator of Liaison's
 * extension-definitions) and the distribution property extension by which an object names its recipients.
 *
 * How an object names its TLP:RED recipients (DESIGN: "TLP:RED only to the recipients named on that object"):
 * a property extension (STIX 2.1 section 7.3, extension_type `property-extension`) keyed by
 * LIAISON_DISTRIBUTION_EXTENSION_ID whose `recipient_refs` lists the identity ids of the named recipients:
 *
 *     "extensions": { "extension-definition--1f748f2d-…": { "extension_type": "property-extension",
 *                                                          "recipient_refs": ["identity--…", …] } }
 *
 * It is part of the object, so naming a recipient is a new version by the object's creator, like any change.
 *
 * @module
 */

export const LIAISON_IDENTITY_ID = 'identity--ebb342af-b2f1-4d78-a75f-5773f56015e6';
export const LIAISON_DISTRIBUTION_EXTENSION_ID = 'extension-definition--1f748f2d-b887-43c4-b999-0a59870bb41a';

const EPOCH = '2026-11-29T00:00:00.000Z';

/** The identity that creates Liaison's extension-definitions (section 4.11 identity, class `organization`). */
export const LIAISON_IDENTITY = Object.freeze({
  type: 'identity',
  spec_version: '2.1',
  id: LIAISON_IDENTITY_ID,
  created: EPOCH,
  modified: EPOCH,
  name: 'Liaison project',
  description: 'The open-source Liaison intelligence exchange; creator of the extensions Liaison nodes publish.',
  identity_class: 'organization',
});

/** The extension-definition of the distribution property extension (section 7.3). */
export const LIAISON_DISTRIBUTION_EXTENSION = Object.freeze({
  type: 'extension-definition',
  spec_version: '2.1',
  id: LIAISON_DISTRIBUTION_EXTENSION_ID,
  created: EPOCH,
  modified: EPOCH,
  created_by_ref: LIAISON_IDENTITY_ID,
  name: 'Liaison distribution',
  description:
    'Names the recipients an object is meant for. Liaison shares an object marked TLP:RED (as a whole or in part) ' +
    'only with the identities listed here, and never by a sharing rule.',
  schema:
    'Property extension on any STIX object. Properties: extension_type (required, "property-extension"); ' +
    'recipient_refs (required, list of identifier of type identity, at least one): the identities the object is ' +
    'intended for.',
  version: '1.0.0',
  extension_types: Object.freeze(['property-extension']),
});

/** The identity ids an object names as its recipients (empty when it names none or the extension is malformed). */
export function recipientsNamedOn(obj: unknown): string[] {
  if (obj === null || typeof obj !== 'object') return [];
  const ext = (obj as { extensions?: unknown }).extensions;
  if (ext === null || typeof ext !== 'object') return [];
  const dist = (ext as Record<string, unknown>)[LIAISON_DISTRIBUTION_EXTENSION_ID];
  if (dist === null || typeof dist !== 'object') return [];
  const refs = (dist as { recipient_refs?: unknown }).recipient_refs;
  if (!Array.isArray(refs)) return [];
  return refs.filter((r): r is string => typeof r === 'string' && r.startsWith('identity--'));
}

/** A copy of `obj` naming `recipients` (added to any it names already). The caller versions it (new `modified`). */
export function withRecipients<T extends Record<string, unknown>>(obj: T, recipients: readonly string[]): T {
  const names = [...new Set([...recipientsNamedOn(obj), ...recipients])];
  const extensions = { ...((obj.extensions as Record<string, unknown> | undefined) ?? {}) };
  extensions[LIAISON_DISTRIBUTION_EXTENSION_ID] = { extension_type: 'property-extension', recipient_refs: names };
  return { ...obj, extensions };
}
