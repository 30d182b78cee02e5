/**
 * The one place where failures become HTTP responses: a TAXII error message (TAXII 2.1 §3.6.1) carrying our
 * stable code, with the TAXII media type, for every error the node sends (404s and 401s included). A client's
 * mistake is always a 4xx; anything unexpected is a 500 whose body says nothing about the internals (the details
 * go to the log with the request id, which the client gets as error_id).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LiaisonError, isLiaisonError } from '../errors.js';
import { TAXII_MEDIA_TYPE } from './media.js';
import { WWW_AUTHENTICATE } from './auth-header.js';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Request Entity Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Fastify's own client errors, mapped onto our catalogue. */
function fromFastify(err: FastifyError): LiaisonError | undefined {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new LiaisonError('TOO_LARGE', { what: 'the request body', limit: 'max_content_length' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new LiaisonError('BAD_REQUEST', { detail: err.message });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new LiaisonError('BAD_JSON', { reason: 'the body is empty' });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new LiaisonError('BAD_JSON', { reason: 'unreadable' });
  }
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    if (err.statusCode === 413) return new LiaisonError('TOO_LARGE', { what: 'the request body', limit: 'max_content_length' });
    if (err.statusCode === 404) return new LiaisonError('NOT_FOUND', { what: 'the resource' });
    return new LiaisonError('BAD_REQUEST', { detail: err.message || 'bad request' });
  }
  return undefined;
}

/** The body of a TAXII error message for `err`. */
export function errorBody(err: LiaisonError, errorId: string): string {
  const body: Record<string, unknown> = {
    title: TITLES[err.status] ?? 'Error',
    description: err.message,
    error_id: errorId,
    error_code: err.code,
    http_status: String(err.status),
  };
  if (err.code === 'BAD_PARAMETER' && err.params.what !== undefined) body.details = { parameter: err.params.what };
  return JSON.stringify(body);
}

/** Sends `err` as a TAXII error message. */
export function sendError(reply: FastifyReply, err: LiaisonError): FastifyReply {
  if (err.status === 401) reply.header('WWW-Authenticate', WWW_AUTHENTICATE);
  if (err.status === 413 || err.status >= 500) reply.header('Connection', 'close');
  // A Buffer: Fastify sends it as is, without re-spelling the media type (it would add a charset to a string).
  return reply.code(err.status).header('Content-Type', TAXII_MEDIA_TYPE).send(Buffer.from(errorBody(err, String(reply.request.id)), 'utf8'));
}

/** Installs the error and not-found handlers on `app`. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    let err: LiaisonError | undefined;
    if (isLiaisonError(error)) err = error;
    else if (error && typeof error === 'object' && 'code' in error) err = fromFastify(error as FastifyError);
    if (!err || err.status >= 500) {
      // Our fault: the log gets the details, the client only the request id to quote.
      request.log.error({ err: error }, 'request failed');
      err = new LiaisonError('INTERNAL', { detail: 'the request could not be completed; quote error_id ' + String(request.id) });
    }
    return sendError(reply, err);
  });
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    return sendError(reply, new LiaisonError('NOT_FOUND', { what: `${request.method} ${request.url.split('?')[0].slice(0, 200)}` }));
  });
}
