/** Writing TAXII responses: the media type on everything, JSON text as given. */
import type { FastifyReply } from 'fastify';
import { TAXII_MEDIA_TYPE } from './media.js';

/**
 * Sends `body` (an object, or JSON text already built) with the TAXII media type, as a Buffer so that Fastify
 * keeps the media type exactly as written (for strings it re-spells it with a charset).
 */
export function sendJson(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply
    .code(status)
    .header('Content-Type', TAXII_MEDIA_TYPE)
    .send(Buffer.from(typeof body === 'string' ? body : JSON.stringify(body), 'utf8'));
}
