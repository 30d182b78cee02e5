/**
 * @module Content negotiation of the node's JSON API (/liaison/v1/): it answers `application/json` (RFC 8259) and
 * reads JSON bodies. An Accept header is satisfied by `application/json`, `*\/*`, `application/*` or none at all;
 * the TAXII media type is also taken (in Accept and Content-Type) because nodes and scripts that predate this API's
 * own media type send it. TAXII's media types stay on the TAXII endpoints (src/taxii/media.ts).
 */
import { LiaisonError } from '../../errors.js';
import { accepts, isUtf8, parseMediaType, type MediaRange } from '../../taxii/media.js';

const isJson = (m: MediaRange) => m.type === 'application' && (m.subtype === 'json' || m.subtype === 'taxii+json');

/** Whether a JSON response satisfies the Accept header (RFC 9110 §12.5.1: any acceptable member is enough). */
export function acceptsJson(accept: string | undefined): boolean {
  return accepts(accept, isJson);
}

/** Whether a request body's Content-Type is JSON in UTF-8. */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const m = parseMediaType(contentType);
  return m !== undefined && isJson(m) && isUtf8(m);
}

/** The checks the API's routes run before anything else: 406 and 415 with this API's codes. */
export function negotiateJson(request: { method: string; headers: Record<string, string | string[] | undefined> }): void {
  const accept = request.headers.accept;
  if (!acceptsJson(Array.isArray(accept) ? accept.join(',') : accept)) {
    throw new LiaisonError('API_NOT_ACCEPTABLE', { detail: String(accept).slice(0, 200) });
  }
  if (request.method === 'POST' || request.method === 'PUT' || request.method === 'PATCH') {
    const ct = request.headers['content-type'];
    const text = Array.isArray(ct) ? ct[0] : ct;
    // A POST without a body (POST /liaison/v1/sync: run now) has no media type to check.
    const bodyless = text === undefined && request.headers['transfer-encoding'] === undefined && (request.headers['content-length'] ?? '0') === '0';
    if (!bodyless && !isJsonContentType(text)) throw new LiaisonError('API_UNSUPPORTED_MEDIA_TYPE', { detail: text === undefined ? 'no Content-Type' : String(text).slice(0, 200) });
  }
}
