import { validateStix } from '../validation.js';

/**
 * The check each posted object goes through (TAXII 2.1 §5.5): the core STIX validator is plugged in where the
 * node is assembled; the server only needs a verdict and, for a refusal, our code and message.
 */

export interface ObjectVerdict {
  valid: boolean;
  errors: { code: string; message: string; path?: string }[];
}

export type ObjectValidator = (obj: Record<string, unknown>) => ObjectVerdict;

const ID = /^([a-z0-9][a-z0-9-]*)--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The minimum the store needs (a `type`, an `id` of that type): used when no STIX validator is plugged in.
 */
export const minimalValidator: ObjectValidator = (obj) => {
  const errors: ObjectVerdict['errors'] = [];
  if (typeof obj.type !== 'string') errors.push({ code: 'TYPE_MISSING', message: 'type is required', path: '$.type' });
  if (typeof obj.id !== 'string') errors.push({ code: 'ID_MISSING', message: 'id is required', path: '$.id' });
  else {
    const m = ID.exec(obj.id);
    if (!m) errors.push({ code: 'ID_MALFORMED', message: 'id must be <type>--<UUID>', path: '$.id' });
    else if (m[1] !== obj.type) errors.push({ code: 'ID_TYPE_MISMATCH', message: 'id must start with the object type', path: '$.id' });
  }
  return { valid: errors.length === 0, errors };
};

/**
 * The validator the node uses: the core STIX validator (MUST rules; SHOULD rules are warnings and do not refuse an
 * object), with the pattern engine plugged in by src/validation.ts.
 */
export const defaultValidator: ObjectValidator = (obj) => {
  const r = validateStix(obj);
  return { valid: r.valid, errors: r.errors.map((e) => ({ code: e.code, message: e.message, path: e.path })) };
};
