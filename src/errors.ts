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
  INGEST_EMPTY: { status: 400, exit: 2, message: '{file} holds no text to ingest' },
  INGEST_BINARY: { status: 415, exit: 2, message: '{file} is not a text, Markdown or HTML document: {reason}' },
  INGEST_BAD_HTML: { status: 422, exit: 2, message: '{file} is HTML without readable text: {reason}' },
  DRAFT_STATE: { status: 409, exit: 2, message: 'draft {what}: {reason}' },
  DRAFT_INVALID: { status: 422, exit: 2, message: 'draft {what} does not pass validation: {reason}' },
  STORE_UNAVAILABLE: { status: 409, exit: 2, message: 'cannot store into collection {what}: {reason}' },
  INTERNAL: { status: 500, exit: 3, message: 'internal error: {detail}' },
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
