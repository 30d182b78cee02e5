/**
 * The OpenAPI 3.1 description of the endpoints this node serves (TAXII 2.1 §4, §5), written by hand as a static
 * document and served at /taxii2/openapi.json.
 */
import type { FastifyInstance } from 'fastify';

export const OPENAPI_PATH = '/taxii2/openapi.json';

const TAXII = 'application/taxii+json;version=2.1';

/** How a caller authenticates, for every API the node serves (TAXII and /liaison/v1/). */
export const SECURITY_SCHEMES = {
  basic: { type: 'http', scheme: 'basic', description: 'user and password, or user and API key' },
  bearer: { type: 'http', scheme: 'bearer', description: 'API key; `Token <key>` is accepted too' },
} as const;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { [TAXII]: { schema } } });
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { description: ERROR_TEXT[c], ...json(ref('error')) }]));

const ERROR_TEXT: Record<number, string> = {
  400: 'A malformed query parameter, next token or body',
  401: 'Credentials missing or not valid (WWW-Authenticate names the schemes)',
  403: 'The caller may not do this in this collection',
  404: 'Not found, or not visible to this caller',
  406: 'The Accept header excludes application/taxii+json;version=2.1',
  413: 'The body exceeds max_content_length',
  415: 'The body is not application/taxii+json',
  422: 'The body is JSON but not an envelope',
  429: 'Rate limit of the key exceeded',
};

const p = (name: string, description: string, schema: unknown = { type: 'string' }, where = 'query') => ({
  name,
  in: where,
  required: where === 'path',
  description,
  schema,
});

const ROOT = p('root', 'API root name', { type: 'string' }, 'path');
const COLLECTION = p('id', 'Collection id (UUID) or alias', { type: 'string' }, 'path');
const OBJECT = p('objectId', 'STIX id of the object', { type: 'string' }, 'path');
const ADDED_AFTER = p('added_after', 'Only entries added after this timestamp (§3.4)', { type: 'string', format: 'date-time' });
const LIMIT = p('limit', 'Largest page wanted; the server caps it (§3.4)', { type: 'integer', minimum: 1 });
const NEXT = p('next', 'Token from the previous page; valid only with the same filters, collection and caller (§3.5)');
const M_ID = p('match[id]', 'Comma-separated STIX ids');
const M_TYPE = p('match[type]', 'Comma-separated STIX types');
const M_VERSION = p('match[version]', 'first, last (default), all, or exact timestamps, comma-separated');
const M_SPEC = p('match[spec_version]', 'Comma-separated STIX spec versions (default: the latest of each object)');
const PAGE_HEADERS = {
  'X-TAXII-Date-Added-First': { schema: { type: 'string' }, description: 'date_added of the first entry' },
  'X-TAXII-Date-Added-Last': { schema: { type: 'string' }, description: 'date_added of the last entry' },
};
const SECURITY = [{ basic: [] }, { bearer: [] }, {}];

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'Liaison TAXII 2.1 server',
    version: '2.1',
    description:
      'Every TAXII 2.1 endpoint (OASIS TAXII Version 2.1, sections 4 and 5). Requests and responses use ' +
      'application/taxii+json;version=2.1 (bare application/taxii+json is accepted). Errors are TAXII error messages whose ' +
      'error_code is a stable Liaison code.',
  },
  security: SECURITY,
  paths: {
    '/taxii2/': {
      get: { summary: 'Server discovery (§4.1)', responses: { 200: { description: 'discovery', ...json(ref('discovery')) }, ...errors(401, 406) } },
    },
    '/{root}/': {
      get: { summary: 'API root information (§4.2)', parameters: [ROOT], responses: { 200: { description: 'api-root', ...json(ref('apiRoot')) }, ...errors(401, 404, 406) } },
    },
    '/{root}/status/{statusId}/': {
      get: {
        summary: 'Status of an Add Objects request (§4.3), to its owner or an admin, for at least 24 h',
        parameters: [ROOT, p('statusId', 'status id', { type: 'string', format: 'uuid' }, 'path')],
        responses: { 200: { description: 'status', ...json(ref('status')) }, ...errors(401, 404, 406) },
      },
    },
    '/{root}/collections/': {
      get: { summary: 'Collections the caller can read or write (§5.1)', parameters: [ROOT], responses: { 200: { description: 'collections', ...json(ref('collections')) }, ...errors(400, 401, 404, 406) } },
    },
    '/{root}/collections/{id}/': {
      get: { summary: 'One collection (§5.2)', parameters: [ROOT, COLLECTION], responses: { 200: { description: 'collection', ...json(ref('collection')) }, ...errors(400, 401, 404, 406) } },
    },
    '/{root}/collections/{id}/manifest/': {
      get: {
        summary: 'Object manifests (§5.3)',
        parameters: [ROOT, COLLECTION, ADDED_AFTER, LIMIT, NEXT, M_ID, M_TYPE, M_VERSION, M_SPEC],
        responses: { 200: { description: 'manifest', headers: PAGE_HEADERS, ...json(ref('manifest')) }, ...errors(400, 401, 403, 404, 406) },
      },
    },
    '/{root}/collections/{id}/objects/': {
      get: {
        summary: 'Objects (§5.4)',
        parameters: [ROOT, COLLECTION, ADDED_AFTER, LIMIT, NEXT, M_ID, M_TYPE, M_VERSION, M_SPEC],
        responses: { 200: { description: 'envelope', headers: PAGE_HEADERS, ...json(ref('envelope')) }, ...errors(400, 401, 403, 404, 406) },
      },
      post: {
        summary: 'Add objects (§5.5): each object validated; refused ones listed in failures with a code and message',
        parameters: [ROOT, COLLECTION],
        requestBody: { required: true, ...json(ref('envelope')) },
        responses: { 202: { description: 'status (complete)', ...json(ref('status')) }, ...errors(400, 401, 403, 404, 406, 413, 415, 422, 429) },
      },
    },
    '/{root}/collections/{id}/objects/{objectId}/': {
      get: {
        summary: 'One object (§5.6)',
        parameters: [ROOT, COLLECTION, OBJECT, ADDED_AFTER, LIMIT, NEXT, M_VERSION, M_SPEC],
        responses: { 200: { description: 'envelope', headers: PAGE_HEADERS, ...json(ref('envelope')) }, ...errors(400, 401, 403, 404, 406) },
      },
      delete: {
        summary: 'Delete an object (§5.7); needs both read and write',
        parameters: [ROOT, COLLECTION, OBJECT, M_VERSION, M_SPEC],
        responses: { 200: { description: 'deleted' }, ...errors(400, 401, 403, 404, 406) },
      },
    },
    '/{root}/collections/{id}/objects/{objectId}/versions/': {
      get: {
        summary: 'Versions of an object (§5.8)',
        parameters: [ROOT, COLLECTION, OBJECT, ADDED_AFTER, LIMIT, NEXT, M_SPEC],
        responses: { 200: { description: 'versions', headers: PAGE_HEADERS, ...json(ref('versions')) }, ...errors(400, 401, 403, 404, 406) },
      },
    },
  },
  components: {
    securitySchemes: SECURITY_SCHEMES,
    schemas: {
      discovery: {
        type: 'object',
        required: ['title'],
        properties: { title: { type: 'string' }, description: { type: 'string' }, contact: { type: 'string' }, default: { type: 'string' }, api_roots: { type: 'array', items: { type: 'string' }, minItems: 1 } },
      },
      apiRoot: {
        type: 'object',
        required: ['title', 'versions', 'max_content_length'],
        properties: { title: { type: 'string' }, description: { type: 'string' }, versions: { type: 'array', items: { type: 'string' } }, max_content_length: { type: 'integer', minimum: 1 } },
      },
      collection: {
        type: 'object',
        required: ['id', 'title', 'can_read', 'can_write'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          title: { type: 'string' },
          description: { type: 'string' },
          alias: { type: 'string' },
          can_read: { type: 'boolean' },
          can_write: { type: 'boolean' },
          media_types: { type: 'array', items: { type: 'string' } },
        },
      },
      collections: { type: 'object', properties: { collections: { type: 'array', items: ref('collection'), minItems: 1 } } },
      manifestRecord: {
        type: 'object',
        required: ['id', 'date_added', 'version'],
        properties: { id: { type: 'string' }, date_added: { type: 'string' }, version: { type: 'string' }, media_type: { type: 'string' } },
      },
      manifest: { type: 'object', properties: { more: { type: 'boolean' }, next: { type: 'string' }, objects: { type: 'array', items: ref('manifestRecord'), minItems: 1 } } },
      envelope: { type: 'object', properties: { more: { type: 'boolean' }, next: { type: 'string' }, objects: { type: 'array', items: { type: 'object' }, minItems: 1 } } },
      versions: { type: 'object', properties: { more: { type: 'boolean' }, next: { type: 'string' }, versions: { type: 'array', items: { type: 'string' }, minItems: 1 } } },
      statusDetail: { type: 'object', required: ['id', 'version'], properties: { id: { type: 'string' }, version: { type: 'string' }, message: { type: 'string' } } },
      status: {
        type: 'object',
        required: ['id', 'status', 'total_count', 'success_count', 'failure_count', 'pending_count'],
        properties: {
          id: { type: 'string' },
          status: { enum: ['complete', 'pending'] },
          request_timestamp: { type: 'string' },
          total_count: { type: 'integer' },
          success_count: { type: 'integer' },
          successes: { type: 'array', items: ref('statusDetail') },
          failure_count: { type: 'integer' },
          failures: { type: 'array', items: ref('statusDetail') },
          pending_count: { type: 'integer' },
          pendings: { type: 'array', items: ref('statusDetail') },
        },
      },
      error: {
        type: 'object',
        required: ['title'],
        properties: {
          title: { type: 'string' },
          description: { type: 'string' },
          error_id: { type: 'string' },
          error_code: { type: 'string', description: 'stable Liaison code (src/errors.ts)' },
          http_status: { type: 'string' },
          external_details: { type: 'string' },
          details: { type: 'object' },
        },
      },
    },
  },
} as const;

const TEXT = JSON.stringify(OPENAPI_DOCUMENT);

/** Serves the document (no credentials needed: it describes the API, not its data). */
export function registerOpenApi(app: FastifyInstance): void {
  app.get(OPENAPI_PATH, async (_request, reply) => reply.type('application/json').send(TEXT));
}
