/** Writing TAXII responses: the media type on everything, JSON text as given. */
import type { FastifyReply } from 'fastify';
import { TAXII_MEDIA_TYPE } from './media.js';

/** Sends `body` (an object, or JSON text already built) with the TAXII media type. */
export function sendJson(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply
    .code(status)
    .type(TAXII_MEDIA_TYPE)
    .send(typeof body === 'string' ? body : JSON.stringify(body));
}
