/**
 * TAXII 2.1 content negotiation (§1.6.8, §3.2): the `application/taxii+json` media type with its optional
 * `version` parameter. Clients send it with or without the version, with spaces around `;` and with a charset;
 * all of those are TAXII and accepted. Only media types outside TAXII earn a 406 (Accept) or 415 (Content-Type).
 */

/** The one media type every response of the node carries. */
export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
/** The media type of the STIX objects our collections hold (§5.2.1 media_types). */
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

export interface MediaRange {
  type: string;
  subtype: string;
  params: Map<string, string>;
  q: number;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function unquote(v: string): string {
  return v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1).replace(/\\(.)/g, '$1') : v;
}

/** Parses one media type or media range (`type/subtype; k=v; ...`); undefined when it is malformed. */
export function parseMediaType(text: string): MediaRange | undefined {
  const parts = text.split(';');
  const essence = parts[0].trim().toLowerCase();
  const slash = essence.indexOf('/');
  if (slash <= 0) return undefined;
  const type = essence.slice(0, slash);
  const subtype = essence.slice(slash + 1);
  if (!TOKEN.test(type) || !TOKEN.test(subtype)) return undefined;
  const params = new Map<string, string>();
  let q = 1;
  for (const raw of parts.slice(1)) {
    const p = raw.trim();
    if (p === '') continue;
    const eq = p.indexOf('=');
    if (eq <= 0) return undefined;
    const key = p.slice(0, eq).trim().toLowerCase();
    const value = unquote(p.slice(eq + 1).trim());
    if (!TOKEN.test(key)) return undefined;
    if (key === 'q') {
      if (!/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value)) return undefined;
      q = Number(value);
    } else params.set(key, value);
  }
  return { type, subtype, params, q };
}

function isTaxii(m: MediaRange): boolean {
  return m.type === 'application' && m.subtype === 'taxii+json';
}

/** A TAXII media type this node speaks: no version (the latest, 2.1) or version 2.1; a UTF-8 charset if any. */
function isOurTaxii(m: MediaRange): boolean {
  if (!isTaxii(m)) return false;
  const version = m.params.get('version');
  if (version !== undefined && version !== '2.1') return false;
  return isUtf8(m);
}

/** Whether a media range names no charset or UTF-8 (the only encoding JSON bodies here may use). */
export function isUtf8(m: MediaRange): boolean {
  const charset = m.params.get('charset');
  return charset === undefined || /^utf-?8$/i.test(charset);
}

/**
 * Whether a response in TAXII 2.1 JSON satisfies the request's Accept header (RFC 7231 §5.3.2). No header, `*\/*`,
 * `application/*` and every spelling of the TAXII 2.1 type are acceptable; a list is acceptable when any member is.
 */
export function acceptsTaxii(accept: string | undefined): boolean {
  return accepts(accept, isOurTaxii);
}

/**
 * Whether an Accept header admits a response of a type `ours` recognises: no header, `*\/*` and `application/*`
 * admit anything; a list is acceptable when any member (with q > 0) is.
 */
export function accepts(accept: string | undefined, ours: (m: MediaRange) => boolean): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  for (const item of accept.split(',')) {
    if (item.trim() === '') continue;
    const m = parseMediaType(item);
    if (!m || m.q === 0) continue;
    if (m.type === '*' && m.subtype === '*') return true;
    if (m.type === 'application' && m.subtype === '*') return true;
    if (ours(m)) return true;
  }
  return false;
}

/** Whether a request body's Content-Type is TAXII 2.1 JSON (§5.5: the envelope is sent as application/taxii+json). */
export function isTaxiiContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const m = parseMediaType(contentType);
  return m !== undefined && isOurTaxii(m);
}
