/**
 * @module What every route of the node's JSON API (/liaison/v1/) shares: who may call it (admins, except the
 * node's identity), and reading a JSON body and query values with this API's error codes.
 */
import type { FastifyRequest } from 'fastify';
import { LiaisonError } from '../../errors.js';
import { parseJsonBody } from '../../taxii/json-body.js';

const MAX_DEPTH = 32;

/** The calling admin's user name. A caller who is not an admin is told the route does not exist (as TAXII does). */
export function admin(request: FastifyRequest): string {
  if (!request.caller) throw new LiaisonError('AUTH_REQUIRED');
  if (!request.caller.admin) throw new LiaisonError('NOT_FOUND', { what: 'route' });
  return request.caller.user;
}

/** The body as a JSON object (BAD_UTF8, TOO_DEEP, BAD_JSON, or USAGE when it is not an object). */
export function body(request: FastifyRequest): Record<string, unknown> {
  const raw = request.body;
  const v = parseJsonBody(Buffer.isBuffer(raw) ? raw : Buffer.from(String(raw ?? ''), 'utf8'), MAX_DEPTH);
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new LiaisonError('USAGE', { detail: 'the body must be a JSON object' });
  return v as Record<string, unknown>;
}

/** Refuses members a route does not know (a misspelt option must not be silently ignored, as the CLI refuses it). */
export function only(b: Record<string, unknown>, known: readonly string[]): void {
  const extra = Object.keys(b).filter((k) => !known.includes(k));
  if (extra.length) throw new LiaisonError('USAGE', { detail: `unknown member ${JSON.stringify(extra[0].slice(0, 60))} (known: ${known.join(', ')})` });
}

export const list = (v: unknown): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v.map(String) : [String(v)]);
export const opt = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));

/** A member that must be a string when present. */
export function str(b: Record<string, unknown>, k: string): string | undefined {
  const v = b[k];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new LiaisonError('USAGE', { detail: `${k} must be a string` });
  return v;
}

/** A member that must be a string or a list of strings when present. */
export function strings(b: Record<string, unknown>, k: string): string[] | undefined {
  const v = b[k];
  if (v === undefined) return undefined;
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  throw new LiaisonError('USAGE', { detail: `${k} must be a string or a list of strings` });
}

/** A member that must be true or false when present. */
export function bool(b: Record<string, unknown>, k: string): boolean | undefined {
  const v = b[k];
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean') throw new LiaisonError('USAGE', { detail: `${k} must be true or false` });
  return v;
}

export function sinceOf(v: unknown): Date | undefined {
  if (v === undefined) return undefined;
  const d = new Date(String(v));
  if (Number.isNaN(d.getTime())) throw new LiaisonError('USAGE', { detail: `since ${JSON.stringify(String(v).slice(0, 60))} is not a date` });
  return d;
}

/** A path parameter. */
export const param = (request: FastifyRequest, name: string): string => String((request.params as Record<string, unknown>)[name] ?? '');
