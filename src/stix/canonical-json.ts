/**
 * @module RFC 8785 JSON Canonicalization Scheme (JCS): object keys sorted by UTF-16 code units, no whitespace,
 * numbers in ECMAScript's shortest round-trip form, strings escaped as JSON.stringify escapes them (which is what
 * RFC 8785 section 3.2.2.2 prescribes). Used for deterministic SCO ids (STIX 2.1 section 2.9).
 */

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('RFC 8785: non-finite numbers have no JSON form');
    return JSON.stringify(value);
  }
  if (typeof value === 'string') {
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)) {
      throw new TypeError('RFC 8785: lone surrogates cannot be canonicalised');
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  if (typeof value === 'object') {
    // Array.prototype.sort without a comparator orders by UTF-16 code units, as RFC 8785 section 3.2.3 requires.
    const keys = Object.keys(value as object)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson((value as Record<string, unknown>)[k])).join(',') + '}';
  }
  throw new TypeError(`RFC 8785: ${typeof value} has no JSON form`);
}
