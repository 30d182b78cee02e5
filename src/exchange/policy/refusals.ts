/**
 * Why an object did not go: every refusal has a stable code (for the API, `liaison sync status` and the other
 * side's report) and a one-line message for a person.
 *
 * @module
 */

export const REFUSALS = {
  INVALID_OBJECT: 'not a STIX object (no string type and id)',
  TOO_DEEP: 'nested deeper than {limit} levels',
  DUPLICATE: '{id} version {version} appears earlier in the same batch',
  TYPE_NOT_ALLOWED: 'type {type} is not among the types the agreement allows',
  ECHO: 'received from {source}: never echoed back to its source',
  IDENTITY_WITHHELD: 'our own identity is withheld: the agreement anonymises us',
  ABOVE_MAX_TLP: 'TLP:{tlp} is above the highest TLP the agreement allows (TLP:{max})',
  RED_NOT_NAMED: 'TLP:RED and the recipient {recipient} is not named on the object',
  RED_RECEIVED: 'received as TLP:RED: it goes to no one else',
  TLP_FORBIDS_RELATION: '{provenance} TLP:{tlp} may not go to a {relation} recipient',
  UNLOCATABLE_MARKING: 'granular marking TLP:{tlp} has a selector that cannot be resolved ({selector}), so the content it marks cannot be withheld',
  REQUIRED_PROPERTY_WITHHELD: 'required property {property} would be withheld ({why})',
  COPY_INVALID: 'what is left after withholding is not valid STIX ({finding} at {path})',
} as const;

export type RefusalCode = keyof typeof REFUSALS;

export interface Refusal {
  decision: 'refuse';
  /** The object's id and type when it has them. */
  id: string | null;
  type: string | null;
  code: RefusalCode;
  message: string;
  params: Record<string, string>;
}

export function refusal(obj: unknown, code: RefusalCode, params: Record<string, string> = {}): Refusal {
  const o = (obj !== null && typeof obj === 'object' ? obj : {}) as Record<string, unknown>;
  const message = REFUSALS[code].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? `{${k}}`);
  return {
    decision: 'refuse',
    id: typeof o.id === 'string' ? o.id : null,
    type: typeof o.type === 'string' ? o.type : null,
    code,
    message,
    params,
  };
}
