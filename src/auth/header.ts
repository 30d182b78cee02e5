/**
 * @module Reading the `Authorization` header: HTTP Basic (RFC 7617: user and password, or user and API key),
 * `Bearer <key>` (RFC 6750) and `Token <key>`. Malformed headers read as null (the caller answers 401).
 */

export type Credentials = { scheme: 'basic'; user: string; secret: string } | { scheme: 'bearer'; token: string };

/** Longest header value considered (anything longer is refused unread). */
export const MAX_AUTHORIZATION = 4096;

export function parseAuthorization(header: string | undefined): Credentials | null {
  if (!header || header.length > MAX_AUTHORIZATION) return null;
  const m = /^([A-Za-z]+)[ ]+(\S+)\s*$/.exec(header);
  if (!m) return null;
  const scheme = m[1].toLowerCase();
  if (scheme === 'bearer' || scheme === 'token') return { scheme: 'bearer', token: m[2] };
  if (scheme !== 'basic' || !/^[A-Za-z0-9+/]+={0,2}$/.test(m[2])) return null;
  const decoded = Buffer.from(m[2], 'base64');
  const text = decoded.toString('utf8');
  // Refuse invalid UTF-8 rather than letting replacement characters stand in for bytes.
  if (!Buffer.from(text, 'utf8').equals(decoded)) return null;
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  return { scheme: 'basic', user: text.slice(0, colon), secret: text.slice(colon + 1) };
}
