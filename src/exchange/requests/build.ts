/**
 * Builders of the objects partners exchange about each other's intelligence: requests and responses (the Liaison
 * extension, ./extension.ts), opinions (STIX 2.1 section 4.15; a rebuttal is `strongly-disagree` with an
 * explanation) and notes (section 4.13). Each returns a complete, valid STIX 2.1 object; bad input is a USAGE error
 * with a message that names the argument.
 *
 * Requests, responses and rebuttals name the party they are for through the distribution extension, so that one
 * marked TLP:RED still reaches exactly that party (see ../liaison-objects.ts).
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { LiaisonError } from '../../errors.js';
import { LIAISON_DISTRIBUTION_EXTENSION_ID } from '../liaison-objects.js';
import {
  PRIORITIES,
  REQUEST_KINDS,
  REQUEST_TYPE,
  REQUESTS_EXTENSION_ID,
  RESPONSE_STATUSES,
  RESPONSE_TYPE,
  type Priority,
  type RequestKind,
  type ResponseStatus,
} from './extension.js';

export type StixObject = Record<string, unknown> & { type: string; id: string };

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const STIX_ID = new RegExp(`^[a-z0-9][a-z0-9-]+[a-z0-9]--${UUID}$`);
const IDENTITY_ID = new RegExp(`^identity--${UUID}$`);
const MAX_TEXT = 100_000;
const MAX_REFS = 10_000;

export const OPINIONS = ['strongly-disagree', 'disagree', 'neutral', 'agree', 'strongly-agree'] as const;
export type OpinionValue = (typeof OPINIONS)[number];

function usage(detail: string): never {
  throw new LiaisonError('USAGE', { detail });
}

/** Common inputs: the creator, the clock and ids (injectable for tests), markings. */
export interface Authoring {
  /** Our identity id (created_by_ref). */
  by: string;
  now?: Date;
  /** The UUID part of the new object's id; random (v4) by default. */
  uuid?: string;
  objectMarkingRefs?: string[];
}

function identity(v: unknown, what: string): string {
  if (typeof v !== 'string' || !IDENTITY_ID.test(v)) usage(`${what} must be an identity id (identity--<uuid>), not ${JSON.stringify(v)}`);
  return v;
}

function refs(v: unknown, what: string, required: boolean): string[] | undefined {
  if (v === undefined || (Array.isArray(v) && v.length === 0)) return required ? usage(`${what} needs at least one object id`) : undefined;
  if (!Array.isArray(v)) usage(`${what} must be a list of object ids`);
  if (v.length > MAX_REFS) usage(`${what}: more than ${MAX_REFS} ids`);
  for (const r of v) if (typeof r !== 'string' || !STIX_ID.test(r)) usage(`${what}: ${JSON.stringify(r)} is not a STIX id`);
  return [...new Set(v as string[])];
}

function text(v: unknown, what: string, required: boolean): string | undefined {
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return required ? usage(`${what} is required`) : undefined;
  if (typeof v !== 'string') usage(`${what} must be text`);
  if (v.length > MAX_TEXT) usage(`${what} is longer than ${MAX_TEXT} characters`);
  return v;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], what: string): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) usage(`${what} must be one of ${allowed.join('|')}, not ${JSON.stringify(v)}`);
  return v as T;
}

/** A STIX timestamp with millisecond precision (section 3.2: created/modified SHOULD be to the millisecond). */
export function stixTime(d: Date): string {
  if (Number.isNaN(d.getTime())) usage('invalid date');
  return d.toISOString();
}

/** Parses a due date given as a date (`2026-12-01`, end of that day UTC) or a full RFC 3339 timestamp. */
export function parseDue(v: string | Date): string {
  if (v instanceof Date) return stixTime(v);
  const s = String(v).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return stixTime(new Date(`${s}T23:59:59.999Z`));
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s)) usage(`--due must be a date (YYYY-MM-DD) or a timestamp, not ${JSON.stringify(v)}`);
  return stixTime(new Date(s));
}

function head(type: string, a: Authoring): StixObject {
  const now = stixTime(a.now ?? new Date());
  const uuid = a.uuid ?? randomUUID();
  if (!new RegExp(`^${UUID}$`).test(uuid)) usage(`invalid uuid ${JSON.stringify(uuid)}`);
  const obj: StixObject = { type, spec_version: '2.1', id: `${type}--${uuid.toLowerCase()}`, created: now, modified: now, created_by_ref: identity(a.by, 'the author') };
  if (a.objectMarkingRefs?.length) obj.object_marking_refs = refs(a.objectMarkingRefs, 'markings', true);
  return obj;
}

function extensionsFor(newSdo: boolean, recipients: string[]): Record<string, unknown> | undefined {
  const ext: Record<string, unknown> = {};
  if (newSdo) ext[REQUESTS_EXTENSION_ID] = { extension_type: 'new-sdo' };
  if (recipients.length) ext[LIAISON_DISTRIBUTION_EXTENSION_ID] = { extension_type: 'property-extension', recipient_refs: recipients };
  return Object.keys(ext).length ? ext : undefined;
}

export interface RequestInput extends Authoring {
  /** The identity asked. */
  to: string;
  kind: RequestKind;
  about: string[];
  text: string;
  priority?: Priority;
  due?: string | Date;
}

/** A new `x-liaison-request` (`liaison request open`). */
export function buildRequest(input: RequestInput): StixObject {
  const obj = head(REQUEST_TYPE, input);
  const to = identity(input.to, '--to');
  if (to === obj.created_by_ref) usage('a request cannot be addressed to its own author');
  Object.assign(obj, {
    recipient_ref: to,
    kind: oneOf(input.kind, REQUEST_KINDS, '--kind'),
    object_refs: refs(input.about, '--about', true),
    text: text(input.text, '--text', true),
    priority: oneOf(input.priority ?? 'medium', PRIORITIES, '--priority'),
  });
  if (input.due !== undefined) {
    const due = parseDue(input.due);
    if (due <= (obj.created as string)) usage('--due must be after the request is made');
    obj.due_date = due;
  }
  obj.extensions = extensionsFor(true, [to]);
  return obj;
}

export interface ResponseInput extends Authoring {
  /** The request answered (the whole object: its author and markings carry over). */
  request: StixObject;
  status: ResponseStatus;
  text?: string;
  refs?: string[];
}

/**
 * A new `x-liaison-response` (`liaison request respond`). Only the party asked may respond; a refusal (`declined`)
 * must say why. The response inherits the request's object markings unless others are given.
 */
export function buildResponse(input: ResponseInput): StixObject {
  const req = input.request;
  if (req?.type !== REQUEST_TYPE || typeof req.id !== 'string') usage('the request answered must be an x-liaison-request');
  if (req.recipient_ref !== input.by) usage(`only the party asked (${String(req.recipient_ref)}) may respond to ${req.id}`);
  const markings = input.objectMarkingRefs ?? (Array.isArray(req.object_marking_refs) ? (req.object_marking_refs as string[]) : undefined);
  const obj = head(RESPONSE_TYPE, { ...input, objectMarkingRefs: markings });
  const status = oneOf(input.status, RESPONSE_STATUSES, '--status');
  const requester = identity(req.created_by_ref, "the request's author");
  Object.assign(obj, { request_ref: req.id, recipient_ref: requester, status });
  const t = text(input.text, status === 'declined' ? '--text (the reason for declining)' : '--text', status === 'declined');
  if (t !== undefined) obj.text = t;
  const r = refs(input.refs, '--refs', false);
  if (r) obj.object_refs = r;
  obj.extensions = extensionsFor(true, [requester]);
  return obj;
}

export interface OpinionInput extends Authoring {
  about: string[];
  opinion: OpinionValue;
  explanation?: string;
  authors?: string[];
  /** Parties the opinion is meant for (e.g. the author of the report it is about). */
  recipients?: string[];
}

/** An `opinion` (section 4.15; `liaison opinion add`). */
export function buildOpinion(input: OpinionInput): StixObject {
  const obj = head('opinion', input);
  obj.opinion = oneOf(input.opinion, OPINIONS, '--opinion');
  obj.object_refs = refs(input.about, '--about', true);
  const e = text(input.explanation, '--text', false);
  if (e !== undefined) obj.explanation = e;
  if (input.authors?.length) obj.authors = input.authors.map((a) => text(a, 'author', true));
  const ext = extensionsFor(false, (input.recipients ?? []).map((r) => identity(r, 'recipient')));
  if (ext) obj.extensions = ext;
  return obj;
}

/**
 * A rebuttal of a report: an opinion `strongly-disagree` with a required explanation (section 4.15's own example
 * of what an explanation is for), meant for the report's author so that it travels back to them.
 */
export function buildRebuttal(input: Authoring & { report: StixObject; explanation: string; authors?: string[] }): StixObject {
  const report = input.report;
  if (!report || typeof report.id !== 'string') usage('a rebuttal needs the object it rebuts');
  text(input.explanation, 'the explanation of a rebuttal', true);
  const author = typeof report.created_by_ref === 'string' && IDENTITY_ID.test(report.created_by_ref) ? [report.created_by_ref] : [];
  return buildOpinion({ ...input, about: [report.id], opinion: 'strongly-disagree', recipients: author.filter((a) => a !== input.by) });
}

export interface NoteInput extends Authoring {
  about: string[];
  content: string;
  abstract?: string;
  authors?: string[];
}

/** A `note` (section 4.13; `liaison note add`). */
export function buildNote(input: NoteInput): StixObject {
  const obj = head('note', input);
  obj.content = text(input.content, '--text', true);
  obj.object_refs = refs(input.about, '--about', true);
  const a = text(input.abstract, 'abstract', false);
  if (a !== undefined) obj.abstract = a;
  if (input.authors?.length) obj.authors = input.authors.map((x) => text(x, 'author', true));
  return obj;
}
