/**
 * The extension-definition Liaison publishes for its two new SDO types (STIX 2.1 section 7.3, extension_type
 * `new-sdo`), so any STIX 2.1 tool can store and pass on requests and responses:
 *
 * - `x-liaison-request`: one organisation asks another for information or for action about some objects;
 * - `x-liaison-response`: the asked organisation's answer (acknowledged, in progress, answered, declined). Responses
 *   are objects of their own because only an object's creator may version it (section 3.6).
 *
 * The `schema` property carries the normative JSON Schema inline (section 7.3.1 allows plain text), so the
 * definition stands on its own without a web site.
 *
 * @module
 */
import { LIAISON_IDENTITY_ID } from '../liaison-objects.js';

export const REQUESTS_EXTENSION_ID = 'extension-definition--59a189b5-ef4e-43ba-9daa-57aa1a2381e6';
export const REQUEST_TYPE = 'x-liaison-request';
export const RESPONSE_TYPE = 'x-liaison-response';

export const REQUEST_KINDS = ['information', 'action'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const PRIORITIES = ['low', 'medium', 'high'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const RESPONSE_STATUSES = ['acknowledged', 'in-progress', 'answered', 'declined'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

const id = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' };
const identityId = { type: 'string', pattern: '^identity--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' };
const timestamp = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$' };
const extensions = {
  type: 'object',
  required: [REQUESTS_EXTENSION_ID],
  properties: { [REQUESTS_EXTENSION_ID]: { type: 'object', required: ['extension_type'], properties: { extension_type: { const: 'new-sdo' } } } },
};
const common = {
  spec_version: { const: '2.1' },
  created: timestamp,
  modified: timestamp,
  created_by_ref: identityId,
  revoked: { type: 'boolean' },
  labels: { type: 'array', minItems: 1, items: { type: 'string' } },
  object_marking_refs: { type: 'array', minItems: 1, items: id },
  granular_markings: { type: 'array', minItems: 1 },
  external_references: { type: 'array', minItems: 1 },
  lang: { type: 'string' },
  confidence: { type: 'integer', minimum: 0, maximum: 100 },
  extensions,
};

/** JSON Schemas (draft 2020-12) of the two types: the normative definition of the extension. */
export const REQUEST_SCHEMAS = {
  [REQUEST_TYPE]: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: REQUEST_TYPE,
    description: 'A request for information or for action from one organisation (created_by_ref) to another (recipient_ref).',
    type: 'object',
    required: ['type', 'spec_version', 'id', 'created', 'modified', 'created_by_ref', 'recipient_ref', 'kind', 'object_refs', 'text', 'priority', 'extensions'],
    properties: {
      type: { const: REQUEST_TYPE },
      id: { type: 'string', pattern: `^${REQUEST_TYPE}--` },
      ...common,
      recipient_ref: { ...identityId, description: 'The identity asked.' },
      kind: { enum: [...REQUEST_KINDS], description: 'information: tell us; action: act on it.' },
      object_refs: { type: 'array', minItems: 1, items: id, description: 'The objects the request is about.' },
      text: { type: 'string', minLength: 1, description: 'What is asked.' },
      priority: { enum: [...PRIORITIES] },
      due_date: { ...timestamp, description: 'When an answer is expected.' },
    },
  },
  [RESPONSE_TYPE]: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: RESPONSE_TYPE,
    description: "One step of the asked organisation's answer to a request; the latest response gives the request's state.",
    type: 'object',
    required: ['type', 'spec_version', 'id', 'created', 'modified', 'created_by_ref', 'request_ref', 'status', 'extensions'],
    properties: {
      type: { const: RESPONSE_TYPE },
      id: { type: 'string', pattern: `^${RESPONSE_TYPE}--` },
      ...common,
      request_ref: { type: 'string', pattern: `^${REQUEST_TYPE}--` },
      recipient_ref: { ...identityId, description: 'The identity that made the request.' },
      status: { enum: [...RESPONSE_STATUSES] },
      text: { type: 'string', minLength: 1, description: 'The answer, or the reason for declining (required then).' },
      object_refs: { type: 'array', minItems: 1, items: id, description: 'Intelligence that answers the request.' },
    },
    if: { properties: { status: { const: 'declined' } } },
    then: { required: ['text'] },
  },
} as const;

const CREATED = '2026-11-29T00:00:00.000Z';

/** The extension-definition object (section 7.3.1); its id and content never change for version 1.0.0. */
export const REQUESTS_EXTENSION = Object.freeze({
  type: 'extension-definition',
  spec_version: '2.1',
  id: REQUESTS_EXTENSION_ID,
  created: CREATED,
  modified: CREATED,
  created_by_ref: LIAISON_IDENTITY_ID,
  name: 'Liaison requests and responses',
  description:
    'Two new SDO types for partners that exchange intelligence: x-liaison-request (one organisation asks another ' +
    'for information or for action about some objects, with a priority and a due date) and x-liaison-response ' +
    '(the asked organisation acknowledges, works on, answers with references to intelligence, or declines with a ' +
    'reason). Both sides fold a request and its responses into the same thread state.',
  schema: `JSON Schema (draft 2020-12) of each type, keyed by type name: ${JSON.stringify(REQUEST_SCHEMAS)}`,
  version: '1.0.0',
  extension_types: Object.freeze(['new-sdo']),
});
