/**
 * A request and its responses folded into one thread state. It is a pure function of the objects, so both
 * partners, holding the same request and responses after sync, see the same thread and the same state.
 *
 * Rules: only responses created by the party asked and pointing at the request count (others are listed as
 * ignored, with why); a response's newest version counts (section 3.6: only its creator versions it); responses
 * are ordered by the time of that version, then id; the latest gives the status. Any response acknowledges the
 * request; the first `answered` answers it; `declined` closes it. A revoked request is withdrawn (revocation is
 * final, section 3.6). A request is overdue when its due date has passed at `now` and it is neither answered,
 * declined nor withdrawn.
 *
 * @module
 */
import { REQUEST_TYPE, RESPONSE_STATUSES, RESPONSE_TYPE, type ResponseStatus } from './extension.js';

export type ThreadStatus = 'open' | ResponseStatus | 'withdrawn';

export interface ThreadStep {
  id: string;
  status: ResponseStatus;
  at: string;
  text: string | null;
  refs: string[];
}

export interface ThreadState {
  request: string;
  from: string | null;
  to: string | null;
  kind: string | null;
  priority: string | null;
  created: string | null;
  due: string | null;
  status: ThreadStatus;
  acknowledgedAt: string | null;
  answeredAt: string | null;
  declinedAt: string | null;
  overdue: boolean;
  /** Answered or declined after the due date. */
  late: boolean;
  steps: ThreadStep[];
  ignored: { id: string | null; reason: string }[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const time = (v: unknown): number => (typeof v === 'string' ? Date.parse(v) : NaN);

/**
 * Folds `request` and any responses (unrelated objects are ignored) into the thread state at `now`. `aliases` maps
 * other identity ids to the party they stand for (an anonymous identity to the partner behind it), so that a
 * response from the asked party under its anonymous identity still counts.
 */
export function foldThread(
  request: Record<string, unknown>,
  responses: Iterable<unknown>,
  now: Date = new Date(),
  aliases: Readonly<Record<string, string>> = {},
): ThreadState {
  const who = (id: unknown): string | null => (typeof id !== 'string' ? null : Object.prototype.hasOwnProperty.call(aliases, id) ? aliases[id] : id);
  const reqId = String(request.id);
  const asked = who(request.recipient_ref);
  const ignored: ThreadState['ignored'] = [];
  const latest = new Map<string, Record<string, unknown>>();
  for (const r of responses) {
    if (!isRecord(r) || r.type !== RESPONSE_TYPE) continue;
    if (r.request_ref !== reqId) continue;
    const id = str(r.id);
    if (id === null) {
      ignored.push({ id, reason: 'no id' });
      continue;
    }
    if (asked === null || who(r.created_by_ref) !== asked) {
      ignored.push({ id, reason: `not created by the party asked (${asked ?? 'unknown'})` });
      continue;
    }
    if (!(RESPONSE_STATUSES as readonly unknown[]).includes(r.status)) {
      ignored.push({ id, reason: `unknown status ${JSON.stringify(r.status)}` });
      continue;
    }
    if (Number.isNaN(time(r.modified ?? r.created))) {
      ignored.push({ id, reason: 'no valid timestamp' });
      continue;
    }
    const prev = latest.get(id);
    if (!prev || time(r.modified ?? r.created) > time(prev.modified ?? prev.created)) latest.set(id, r);
  }
  const steps: ThreadStep[] = [...latest.values()]
    .map((r) => ({
      id: r.id as string,
      status: r.status as ResponseStatus,
      at: new Date(time(r.modified ?? r.created)).toISOString(),
      text: str(r.text),
      refs: Array.isArray(r.object_refs) ? r.object_refs.filter((x): x is string => typeof x === 'string') : [],
    }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const first = (s: ResponseStatus) => steps.find((x) => x.status === s)?.at ?? null;
  const withdrawn = request.revoked === true;
  const status: ThreadStatus = withdrawn ? 'withdrawn' : steps.length ? steps[steps.length - 1].status : 'open';
  const answeredAt = first('answered');
  const declinedAt = first('declined');
  const due = str(request.due_date);
  const dueMs = time(due);
  const closedAt = [answeredAt, declinedAt].filter((x): x is string => x !== null).sort()[0] ?? null;
  return {
    request: reqId,
    from: who(request.created_by_ref),
    to: asked,
    kind: str(request.kind),
    priority: str(request.priority),
    created: str(request.created),
    due,
    status,
    acknowledgedAt: steps[0]?.at ?? null,
    answeredAt,
    declinedAt,
    overdue: !Number.isNaN(dueMs) && !withdrawn && closedAt === null && now.getTime() > dueMs,
    late: !Number.isNaN(dueMs) && closedAt !== null && Date.parse(closedAt) > dueMs,
    steps,
    ignored,
  };
}

/** Groups requests with their responses and folds each thread (for `liaison request list`). */
export function foldThreads(objects: Iterable<unknown>, now: Date = new Date(), aliases: Readonly<Record<string, string>> = {}): ThreadState[] {
  const requests = new Map<string, Record<string, unknown>>();
  const responses: Record<string, unknown>[] = [];
  for (const o of objects) {
    if (!isRecord(o) || typeof o.id !== 'string') continue;
    if (o.type === REQUEST_TYPE) {
      const prev = requests.get(o.id);
      if (!prev || time(o.modified) > time(prev.modified)) requests.set(o.id, o);
    } else if (o.type === RESPONSE_TYPE) responses.push(o);
  }
  const byRequest = new Map<string, Record<string, unknown>[]>();
  for (const r of responses) {
    const k = String(r.request_ref);
    if (!byRequest.has(k)) byRequest.set(k, []);
    byRequest.get(k)!.push(r);
  }
  return [...requests.values()]
    .map((req) => foldThread(req, byRequest.get(req.id as string) ?? [], now, aliases))
    .sort((a, b) => String(a.created).localeCompare(String(b.created)) || a.request.localeCompare(b.request));
}
