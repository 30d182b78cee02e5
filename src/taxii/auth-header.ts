/**
 * Parsing of the Authorization header (TAXII 2.1 §1.6.9, RFC 7235): HTTP Basic (RFC 7617) with a user and either
 * a password or an API key, or `Bearer <key>` / `Token <key>`. Parsing only; checking the secret is src/auth's job.
 */

export type Credentials =
  | { scheme: 'basic'; user: string; secret: string }
  | { scheme: 'key'; key: string };

/** The challenges sent with every 401 (§1.6.9: one or more challenges naming the schemes we take). */
export const WWW_AUTHENTICATE = 'Basic realm="liaison", charset="UTF-8", Bearer realm="liaison"';

const MAX_HEADER = 4096;

/**
 * The credentials in an Authorization header; undefined when there is no header, 'malformed' when there is one
 * we cannot read (unknown scheme, bad base64, no colon, control characters).
 */
export function parseAuthorization(header: string | undefined): Credentials | undefined | 'malformed' {
  if (header === undefined) return undefined;
  if (header.length > MAX_HEADER) return 'malformed';
  const m = /^\s*([A-Za-z]+)\s+(\S+)\s*$/.exec(header);
  if (!m) return 'malformed';
  const scheme = m[1].toLowerCase();
  const value = m[2];
  if (scheme === 'bearer' || scheme === 'token') {
    return /^[\x21-\x7e]+$/.test(value) ? { scheme: 'key', key: value } : 'malformed';
  }
  if (scheme !== 'basic') return 'malformed';
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return 'malformed';
  const bytes = Buffer.from(value, 'base64');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'malformed';
  }
  const colon = text.indexOf(':');
  if (colon <= 0) return 'malformed';
  const user = text.slice(0, colon);
  const secret = text.slice(colon + 1);
  if (/[\x00-\x1f\x7f]/.test(user) || /[\x00-\x1f\x7f]/.test(secret) || secret === '') return 'malformed';
  return { scheme: 'basic', user, secret };
}
