/**
 * The catalogue of Liaison's runtime errors: every error a stable code, a message template and an HTTP status.
 * The CLI prints `liaison: <message>` and exits with `exit`; the TAXII server renders the same code in its error
 * envelope. Validator findings have their own catalogue (src/stix/findings.ts): they are results, not failures.
 */

export interface ErrorSpec {
  /** HTTP status when the error reaches a client over HTTP. */
  status: number;
  /** CLI exit code: 2 for a usage, input or I/O problem, 3 for anything that is our fault or the network's. */
  exit: 2 | 3;
  /** Message with `{name}` placeholders filled from the error's params. */
  message: string;
}

export const ERRORS = {
  USAGE: { status: 400, exit: 2, message: '{detail}' },
  FILE_UNREADABLE: { status: 400, exit: 2, message: 'cannot read {file}: {reason}' },
  NOT_JSON: { status: 400, exit: 2, message: '{file} is not JSON: {reason}' },
  NOT_STIX: { status: 400, exit: 2, message: '{file} holds no STIX object: {reason}' },
  TOO_LARGE: { status: 413, exit: 2, message: '{what} exceeds the limit of {limit}' },
  TOO_DEEP: { status: 400, exit: 2, message: 'JSON nested deeper than {limit} levels' },
  NOT_FOUND: { status: 404, exit: 2, message: '{what} not found' },
  PATTERN_INVALID: { status: 400, exit: 2, message: 'invalid pattern: {detail}' },
  PATTERN_UNEVALUABLE: { status: 400, exit: 2, message: 'the pattern cannot be evaluated: {detail}' },
  INGEST_EMPTY: { status: 400, exit: 2, message: '{file} holds no text to ingest' },
  INGEST_BINARY: { status: 415, exit: 2, message: '{file} is not a text, Markdown or HTML document: {reason}' },
  INGEST_BAD_HTML: { status: 422, exit: 2, message: '{file} is HTML without readable text: {reason}' },
  DRAFT_STATE: { status: 409, exit: 2, message: 'draft {what}: {reason}' },
  DRAFT_INVALID: { status: 422, exit: 2, message: 'draft {what} does not pass validation: {reason}' },
  STORE_UNAVAILABLE: { status: 409, exit: 2, message: 'cannot store into collection {what}: {reason}' },
  AGREEMENT_INVALID: { status: 400, exit: 2, message: 'invalid agreement: {detail}' },
  NO_DETERMINISTIC_ID: { status: 400, exit: 2, message: '{what} with none of its ID Contributing Properties has no deterministic id: it takes a UUIDv4 (STIX 2.1 §2.9)' },
  INTERNAL: { status: 500, exit: 3, message: 'internal error: {detail}' },
  ALREADY_EXISTS: { status: 409, exit: 2, message: '{what} already exists' },
  // TAXII server (src/taxii): what a client gets in the error envelope.
  AUTH_REQUIRED: { status: 401, exit: 2, message: 'authentication required: send HTTP Basic, Bearer or Token credentials' },
  AUTH_FAILED: { status: 401, exit: 2, message: 'the credentials are not valid' },
  FORBIDDEN: { status: 403, exit: 2, message: '{detail}' },
  NOT_ACCEPTABLE: { status: 406, exit: 2, message: 'this node answers in application/taxii+json;version=2.1, which the Accept header excludes ({detail})' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, exit: 2, message: 'send the body as application/taxii+json;version=2.1, not {detail}' },
  API_NOT_ACCEPTABLE: { status: 406, exit: 2, message: 'the Liaison API answers in application/json, which the Accept header excludes ({detail})' },
  API_UNSUPPORTED_MEDIA_TYPE: { status: 415, exit: 2, message: 'send the body as application/json, not {detail}' },
  BAD_PARAMETER: { status: 400, exit: 2, message: 'query parameter {what}: {reason}' },
  BAD_CURSOR: { status: 400, exit: 2, message: 'the next token {reason}' },
  BAD_JSON: { status: 400, exit: 2, message: 'the request body is not JSON: {reason}' },
  BAD_UTF8: { status: 400, exit: 2, message: 'the request body is not valid UTF-8' },
  BAD_ENVELOPE: { status: 422, exit: 2, message: 'the request body is not a TAXII envelope: {reason}' },
  METHOD_NOT_ALLOWED: { status: 405, exit: 2, message: '{detail}' },
  RATE_LIMITED: { status: 429, exit: 2, message: 'too many requests; retry in {detail}' },
  BAD_REQUEST: { status: 400, exit: 2, message: '{detail}' },
  NO_NODE: { status: 404, exit: 2, message: 'no node in {what} yet: run liaison init first' },
  // TAXII client and sync (src/taxii/client.ts, src/exchange/sync): what went wrong at or on the way to a partner.
  // A partner failed us: 502 as for any upstream failure (never a client mistake of ours).
  TAXII_UNREACHABLE: { status: 502, exit: 3, message: 'cannot reach {what}: {reason}' },
  TAXII_REMOTE_ERROR: { status: 502, exit: 3, message: '{what} answered {reason}' },
  TAXII_BAD_RESPONSE: { status: 502, exit: 3, message: '{what} sent a response that is not TAXII 2.1: {reason}' },
  PARTNER_SECRET: { status: 500, exit: 3, message: 'cannot decrypt the stored key of partner {what}: {reason}' },
  SYNC_VIEW_UNSTABLE: { status: 502, exit: 3, message: 'partner {partner} changed its rules for collection {collection} again and again during one pull; the next sync tries again' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

function fill(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

/** An error with a stable code from the catalogue; safe to show to a user or a client. */
export class LiaisonError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly exit: 2 | 3;
  readonly params: Record<string, unknown>;

  constructor(code: ErrorCode, params: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    const spec: ErrorSpec = ERRORS[code];
    super(fill(spec.message, params), options);
    this.name = 'LiaisonError';
    this.code = code;
    this.status = spec.status;
    this.exit = spec.exit;
    this.params = params;
  }
}

export function isLiaisonError(e: unknown): e is LiaisonError {
  return e instanceof LiaisonError;
}
