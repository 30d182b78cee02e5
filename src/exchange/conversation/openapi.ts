/**
 * @module The OpenAPI 3.1 description of the node's JSON API (/liaison/v1/), written by hand as a static document
 * and served at /liaison/v1/openapi.json beside the TAXII one (/taxii2/openapi.json, src/taxii/openapi.ts).
 */
import type { FastifyInstance } from 'fastify';
import { SECURITY_SCHEMES } from '../../taxii/openapi.js';

export const API_OPENAPI_PATH = '/liaison/v1/openapi.json';

const JSON_TYPE = 'application/json';
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { [JSON_TYPE]: { schema } } });
const ok = (description: string, schema: unknown, status = 200) => ({ [status]: { description, ...json(schema) } });
const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input (error_code USAGE, AGREEMENT_INVALID, BAD_JSON, BAD_PARAMETER …): the same checks and codes as the CLI',
  401: 'Credentials missing or not valid',
  403: 'No write access to the collection named',
  404: 'Not found; also what a caller who is not an admin gets',
  406: 'The Accept header excludes application/json (API_NOT_ACCEPTABLE)',
  409: 'Already exists',
  415: 'The body is not application/json (API_UNSUPPORTED_MEDIA_TYPE)',
  429: 'Rate limit of the key exceeded',
};
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), { description: ERROR_TEXT[c], ...json(ref('error')) }]));
const NAME = { name: 'name', in: 'path', required: true, description: 'the partner (as in `liaison partner add NAME`)', schema: { type: 'string' } };
const DRAFT = { name: 'id', in: 'path', required: true, description: 'the draft id (as `liaison review list` shows it)', schema: { type: 'string' } };
const body = (schema: unknown) => ({ requestBody: { required: true, ...json(schema) } });
const admin = (summary: string, rest: Record<string, unknown>) => ({ summary: `${summary} (admins only)`, ...rest });
const STD = [400, 401, 404, 406, 429] as const;
const POST_STD = [400, 401, 404, 406, 415, 429] as const;
const strOrList = { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
const tlp = ['clear', 'green', 'amber', 'amber+strict', 'red'];

export const API_OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'Liaison exchange API',
    version: '1',
    description:
      "The node's own JSON API beside TAXII 2.1: partners, agreements, objects held for review, sync and its status, requests and responses, opinions, " +
      'notes and the reciprocity ledger: the operations of the `liaison partner|agreement|sync|request|opinion|note|ledger` commands. ' +
      'Requests and responses are application/json (application/taxii+json is also accepted); errors are TAXII error messages ' +
      'whose error_code is a stable Liaison code. Credentials as for TAXII; partners, agreements, sync, requests, opinions, notes and the ledger are for admins; drafts for ' +
      'the users who may write to their collection.',
  },
  security: [{ basic: [] }, { bearer: [] }],
  paths: {
    '/liaison/v1/identity': { get: { summary: "This node's STIX identity (any authenticated caller: partners learn it this way)", responses: { ...ok('identity', { type: 'object' }), ...errors(401, 406) } } },
    '/liaison/v1/partners': {
      get: admin('Partners (never our key at them)', { responses: { ...ok('partners', { type: 'object', properties: { partners: { type: 'array', items: ref('partner') } } }), ...errors(...STD) } }),
      post: admin('Add or replace a partner (`liaison partner add`); 201 when new, 200 when replaced', {
        ...body(ref('partnerInput')),
        responses: { ...ok('the partner, and the key of its new local user (shown once)', ref('partnerAdded'), 201), ...ok('replaced', ref('partnerAdded')), ...errors(...POST_STD) },
      }),
    },
    '/liaison/v1/partners/{name}': {
      get: admin('A partner and its current agreement', { parameters: [NAME], responses: { ...ok('partner', { type: 'object', properties: { partner: ref('partner'), agreement: ref('agreementOrNull') } }), ...errors(...STD) } }),
      delete: admin('Forget a partner with its agreements, checkpoints and sync log', { parameters: [NAME], responses: { ...ok('removed', { type: 'object', properties: { partner: { type: 'string' }, removed: { type: 'boolean' } } }), ...errors(...STD) } }),
    },
    '/liaison/v1/partners/{name}/agreement': {
      get: admin('The current agreement (or the version asked), with its version number', {
        parameters: [NAME, { name: 'version', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } }],
        responses: { ...ok('agreement', { type: 'object', properties: { partner: { type: 'string' }, agreement: ref('agreementOrNull') } }), ...errors(...STD) },
      }),
      post: admin('Make a new agreement version (`liaison agreement set`): absent members keep their value', {
        parameters: [NAME], ...body(ref('agreementChange')), responses: { ...ok('the new version', ref('agreement'), 201), ...errors(...POST_STD) },
      }),
      put: admin('Same as POST', { parameters: [NAME], ...body(ref('agreementChange')), responses: { ...ok('the new version', ref('agreement'), 201), ...errors(...POST_STD) } }),
    },
    '/liaison/v1/partners/{name}/agreement/versions': {
      get: admin('Every version of the agreement, oldest first', { parameters: [NAME], responses: { ...ok('versions', { type: 'object', properties: { versions: { type: 'array', items: ref('agreement') } } }), ...errors(...STD) } }),
    },
    '/liaison/v1/partners/{name}/held': {
      get: admin("The partner's objects held for review (agreement `review: true`); nothing held goes on to anyone", {
        parameters: [NAME], responses: { ...ok('held', { type: 'object', properties: { collection: { type: ['string', 'null'] }, held: { type: 'array', items: ref('held') } } }), ...errors(...STD) },
      }),
    },
    '/liaison/v1/partners/{name}/held/accept': {
      post: admin('Accept held objects into the inbound collection (the partner stays their source); records who and when', {
        parameters: [NAME],
        ...body({ type: 'object', properties: { ids: strOrList, all: { type: 'boolean' } }, description: 'ids, or all: true' }),
        responses: { ...ok('accepted', { type: 'object' }), ...errors(...POST_STD) },
      }),
    },
    '/liaison/v1/partners/{name}/held/reject': {
      post: admin('Reject held objects: removed, and a refusal REVIEW_REJECTED recorded (shown by sync status)', {
        parameters: [NAME],
        ...body({ type: 'object', required: ['ids'], properties: { ids: strOrList, reason: { type: 'string', maxLength: 2000 } } }),
        responses: { ...ok('rejected', { type: 'object' }), ...errors(...POST_STD) },
      }),
    },
    '/liaison/v1/partners/{name}/reviewed': {
      get: admin('Decisions taken on held objects: accepted or rejected, by whom, when, why', { parameters: [NAME], responses: { ...ok('decisions', { type: 'object' }), ...errors(...STD) } }),
    },
    '/liaison/v1/requests': {
      get: admin('Every request made or received, folded into its current state', { responses: { ...ok('requests', { type: 'object' }), ...errors(...STD) } }),
      post: admin('Open a request (`liaison request open`)', {
        ...body({ type: 'object', required: ['to', 'kind', 'about', 'text'], properties: { to: { type: 'string' }, kind: { enum: ['information', 'action'] }, about: strOrList, text: { type: 'string' }, due: { type: 'string' }, priority: { enum: ['low', 'medium', 'high'] } } }),
        responses: { ...ok('the request object', { type: 'object' }, 201), ...errors(...POST_STD) },
      }),
    },
    '/liaison/v1/requests/{id}': {
      get: admin('A request and its thread', { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { ...ok('thread', { type: 'object' }), ...errors(...STD) } }),
    },
    '/liaison/v1/requests/{id}/responses': {
      post: admin('Answer a request (`liaison request respond`)', {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        ...body({ type: 'object', required: ['status'], properties: { status: { enum: ['acknowledged', 'in-progress', 'answered', 'declined'] }, text: { type: 'string' }, refs: strOrList } }),
        responses: { ...ok('the response object', { type: 'object' }, 201), ...errors(...POST_STD) },
      }),
    },
    '/liaison/v1/opinions': {
      post: admin('Register an opinion (a rebuttal: strongly-disagree)', {
        ...body({ type: 'object', required: ['about', 'opinion'], properties: { about: strOrList, opinion: { enum: ['strongly-disagree', 'disagree', 'neutral', 'agree', 'strongly-agree'] }, text: { type: 'string' } } }),
        responses: { ...ok('the opinion', { type: 'object' }, 201), ...errors(...POST_STD) },
      }),
    },
    '/liaison/v1/notes': {
      post: admin('Add a note', { ...body({ type: 'object', required: ['about', 'text'], properties: { about: strOrList, text: { type: 'string' } } }), responses: { ...ok('the note', { type: 'object' }, 201), ...errors(...POST_STD) } }),
    },
    '/liaison/v1/ingest': {
      post: {
        summary: 'Turn a text, Markdown or HTML document into a pending draft (`liaison ingest`); submitting for a collection needs write access to it',
        ...body({
          type: 'object',
          properties: { content: { type: 'string' }, content_base64: { type: 'string' }, name: { type: 'string' }, format: { enum: ['text', 'markdown', 'html'] }, collection: { type: 'string' } },
          description: 'content or content_base64',
        }),
        responses: { ...ok('the draft, with counts of what was found', { type: 'object' }, 201), ...errors(...POST_STD, 403) },
      },
    },
    '/liaison/v1/drafts': {
      get: {
        summary: 'Drafts the caller may review (`liaison review list`): those whose collection the caller may write to; admins see all',
        parameters: [{ name: 'status', in: 'query', required: false, schema: { enum: ['pending', 'accepted', 'rejected'] } }],
        responses: { ...ok('drafts', { type: 'object' }), ...errors(...STD) },
      },
    },
    '/liaison/v1/drafts/{id}': {
      get: { summary: 'A draft with its bundle (`liaison review show`)', parameters: [DRAFT], responses: { ...ok('draft', { type: 'object' }), ...errors(...STD) } },
    },
    '/liaison/v1/drafts/{id}/accept': {
      post: {
        summary: 'Store a draft, with the analyst\'s edits, in a collection the caller may write to (`liaison review accept`)',
        parameters: [DRAFT],
        ...body({ type: 'object', properties: { collection: { type: 'string' }, bundle: { type: 'object' }, drop: { type: 'array', items: { type: 'string' } } } }),
        responses: { ...ok('the accepted draft', { type: 'object' }), ...errors(...POST_STD, 403) },
      },
    },
    '/liaison/v1/drafts/{id}/reject': {
      post: {
        summary: 'Reject a draft (`liaison review reject`)',
        parameters: [DRAFT],
        ...body({ type: 'object', properties: { reason: { type: 'string' } } }),
        responses: { ...ok('the rejected draft', { type: 'object' }), ...errors(...POST_STD) },
      },
    },
    '/liaison/v1/sync': {
      get: admin('Sync status per partner and collection (`liaison sync status --json`): last run with its counts, last success, checkpoints, every refusal with its reason', {
        parameters: [{ name: 'partner', in: 'query', required: false, description: 'only this partner', schema: { type: 'string' } }],
        responses: { ...ok('status per partner', { type: 'object', properties: { partners: { type: 'array', items: ref('syncStatus') } } }), ...errors(...STD) },
      }),
      post: admin('Sync every partner once (`liaison sync --json`), answered when done; a failed run is a 200 with ok false and its error', {
        requestBody: { required: false, ...json({ type: 'object', additionalProperties: false }) },
        responses: { ...ok('one report per partner', ref('syncRuns')), ...errors(...POST_STD) },
      }),
    },
    '/liaison/v1/sync/{name}': {
      post: admin('Sync one partner once (`liaison sync NAME --json`); joins a run already under way for it', {
        parameters: [NAME],
        requestBody: { required: false, ...json({ type: 'object', additionalProperties: false }) },
        responses: { ...ok('the report', ref('syncRuns')), ...errors(...POST_STD) },
      }),
    },
    '/liaison/v1/ledger': {
      get: admin('The reciprocity ledger per partner', {
        parameters: [{ name: 'partner', in: 'query', required: false, schema: { type: 'string' } }, { name: 'since', in: 'query', required: false, schema: { type: 'string', format: 'date-time' } }],
        responses: { ...ok('ledgers', { type: 'object' }), ...errors(...STD) },
      }),
    },
  },
  components: {
    securitySchemes: SECURITY_SCHEMES,
    schemas: {
      partner: {
        type: 'object',
        properties: {
          name: { type: 'string' }, url: { type: 'string' }, api_root: { type: ['string', 'null'] }, username: { type: 'string' },
          relation: { enum: ['organization', 'client', 'community'] }, local_user: { type: ['string', 'null'] }, identity: { type: 'string' }, created: { type: 'string' },
        },
      },
      partnerInput: {
        type: 'object',
        required: ['name', 'url', 'username', 'key', 'relation'],
        additionalProperties: false,
        properties: {
          name: { type: 'string' }, url: { type: 'string', format: 'uri' }, username: { type: 'string' }, key: { type: 'string', description: 'our API key at the partner: stored encrypted, never returned' },
          relation: { enum: ['organization', 'client', 'community'] }, api_root: { type: 'string' }, local_user: { type: 'string', description: 'the user here the partner reaches us as (created if missing)' },
        },
      },
      partnerAdded: { type: 'object', properties: { partner: ref('partner'), local_user_key: { type: 'string' } } },
      agreement: {
        type: 'object',
        properties: {
          partner: { type: 'string' }, version: { type: 'integer', minimum: 1 }, updated: { type: 'string' }, share: { type: 'array', items: { type: 'string' } },
          push_to: { type: ['string', 'null'] }, max_tlp: { enum: tlp.slice(0, 4) }, types: { type: ['array', 'null'], items: { type: 'string' } }, anonymize: { type: 'boolean' },
          strip: { type: 'array', items: { type: 'string' } }, inbound: { type: ['string', 'null'] }, default_marking: { enum: tlp }, review: { type: 'boolean' },
        },
      },
      agreementOrNull: { oneOf: [ref('agreement'), { type: 'null' }] },
      agreementChange: {
        type: 'object',
        additionalProperties: false,
        properties: {
          share: strOrList, push_to: { type: ['string', 'null'] }, max_tlp: { enum: tlp.slice(0, 4) }, types: { oneOf: [strOrList, { type: 'null' }] }, anonymize: { type: 'boolean' },
          strip: strOrList, inbound: { type: ['string', 'null'] }, default_marking: { enum: tlp }, review: { type: 'boolean' },
        },
      },
      held: {
        type: 'object',
        properties: {
          id: { type: 'string' }, type: { type: 'string' }, name: { type: ['string', 'null'] }, version: { type: 'string' }, marking: { enum: tlp },
          marking_source: { enum: ['object', 'default'] }, received: { type: 'string' },
        },
      },
      syncStatus: {
        type: 'object',
        properties: {
          partner: { type: 'string' },
          last_run: { type: ['object', 'null'], description: 'run, started, finished, ok, and the counts pulled and pushed per collection (as in a sync report)' },
          last_success: { type: ['string', 'null'] },
          checkpoints: { type: 'array', items: { type: 'object', properties: { collection: { type: 'string' }, direction: { enum: ['pull', 'push'] }, position: { type: 'string' }, updated: { type: 'string' } } } },
          refused: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                side: { enum: ['ours', 'theirs', 'inbound'] }, direction: { enum: ['pull', 'push'] }, collection: { type: 'string' }, id: { type: 'string' }, version: { type: 'string' },
                code: { type: 'string' }, reason: { type: 'string' }, at: { type: 'string' },
              },
            },
          },
        },
      },
      syncRuns: {
        type: 'object',
        properties: {
          runs: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                partner: { type: 'string' }, runId: { type: 'integer' }, ok: { type: 'boolean' }, error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } },
                pulled: { type: 'array', items: { type: 'object' } }, pushed: { type: 'array', items: { type: 'object' } }, startedAt: { type: 'string' }, finishedAt: { type: 'string' },
              },
            },
          },
        },
      },
      error: {
        type: 'object',
        required: ['title'],
        properties: { title: { type: 'string' }, description: { type: 'string' }, error_id: { type: 'string' }, error_code: { type: 'string' }, http_status: { type: 'string' } },
      },
    },
  },
} as const;

const TEXT = JSON.stringify(API_OPENAPI_DOCUMENT);

/** Serves the document (no credentials needed: it describes the API, not its data). */
export function registerApiDescription(app: FastifyInstance): void {
  app.get(API_OPENAPI_PATH, async (_request, reply) => reply.type(JSON_TYPE).send(TEXT));
}
