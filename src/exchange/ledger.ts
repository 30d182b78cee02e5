/**
 * The reciprocity ledger: per partner and period, who shared, asked and answered what. A pure function of stored
 * facts, so that two nodes holding the same facts about their exchange compute the same figures, mirrored (what one
 * shared the other received, what one asked the other was asked).
 *
 * Facts:
 * - transfer records, one per object version that crossed between us and a partner (written by sync): direction,
 *   partner identity, object id and type, its TLP, and the time of the transfer. For the two sides to agree on the
 *   period a transfer falls in, both must record the same time: the sync engine records the time the receiving
 *   node acknowledged the object (the TAXII status of a push, the `date_added` of a pull), which both see;
 * - the request, response and opinion objects themselves (requests are counted by their `created`, their state is
 *   the thread fold of ./requests/thread.ts at the end of the period).
 *
 * @module
 */
import { foldThread } from './requests/thread.js';
import { REQUEST_TYPE, RESPONSE_TYPE } from './requests/extension.js';
import type { TlpLevel } from '../stix/markings.js';
import { keyedRecord } from '../own-keys.js';

export interface TransferRecord {
  direction: 'shared' | 'received';
  /** The partner's identity id. */
  partner: string;
  objectId: string;
  type: string;
  /** The object's TLP as it travelled, or `unmarked`. */
  tlp: TlpLevel | 'unmarked';
  /** When the receiving node acknowledged it (RFC 3339). */
  at: string;
  /** For an opinion, its value (else looked up among the objects). */
  opinion?: string;
}

export interface LedgerQuery {
  /** Our identity id. */
  self: string;
  transfers: Iterable<TransferRecord>;
  /** Stored objects: requests, responses and opinions are used, anything else is ignored. */
  objects: Iterable<unknown>;
  /**
   * Other identity ids that stand for a partner (or for us): the anonymous identity a partner uses towards us under
   * an anonymising agreement, mapped to that partner's identity id by whoever knows the link (the sync engine).
   */
  aliases?: Readonly<Record<string, string>>;
  /** Only these partners (identity ids); every partner that appears in the facts otherwise. */
  partners?: readonly string[];
  /** Start of the period, inclusive. */
  since?: Date;
  /** End of the period, exclusive; also the moment request states are evaluated. Defaults to `now`. */
  until?: Date;
  now?: Date;
}

export interface ObjectCounts {
  total: number;
  byType: Record<string, number>;
  byTlp: Record<string, number>;
}

export interface RequestCounts {
  total: number;
  open: number;
  /** Acknowledged or in progress: neither answered nor declined yet. */
  inProgress: number;
  answered: number;
  declined: number;
  withdrawn: number;
  overdue: number;
  /** Median seconds from a request to its first response; null when none was acknowledged. */
  medianSecondsToAcknowledge: number | null;
  /** Median seconds from a request to its answer; null when none was answered. */
  medianSecondsToAnswer: number | null;
}

export interface PartnerLedger {
  partner: string;
  period: { since: string | null; until: string };
  objects: { shared: ObjectCounts; received: ObjectCounts };
  requests: { made: RequestCounts; received: RequestCounts };
  opinions: { given: ObjectCounts & { byOpinion: Record<string, number> }; received: ObjectCounts & { byOpinion: Record<string, number> } };
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function emptyCounts(): ObjectCounts {
  return { total: 0, byType: keyedRecord(), byTlp: keyedRecord() };
}

function bump(m: Record<string, number>, k: string): void {
  m[k] = (m[k] ?? 0) + 1;
}

/** Sorted keys, so that two ledgers computed from the same facts serialise identically. */
function sortKeys(m: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Computes the ledger for each partner (sorted by identity id). */
export function computeLedger(q: LedgerQuery): PartnerLedger[] {
  const until = q.until ?? q.now ?? new Date();
  const who = (id: unknown): unknown => (typeof id === 'string' && q.aliases && Object.prototype.hasOwnProperty.call(q.aliases, id) ? q.aliases[id] : id);
  const sinceMs = q.since ? q.since.getTime() : -Infinity;
  const untilMs = until.getTime();
  const inPeriod = (t: unknown) => {
    const ms = typeof t === 'string' ? Date.parse(t) : NaN;
    return !Number.isNaN(ms) && ms >= sinceMs && ms < untilMs;
  };

  const requests = new Map<string, Record<string, unknown>>();
  const responses: Record<string, unknown>[] = [];
  const opinionValue = new Map<string, string>();
  for (const o of q.objects) {
    if (!isRecord(o) || typeof o.id !== 'string') continue;
    if (o.type === REQUEST_TYPE) {
      const prev = requests.get(o.id);
      if (!prev || String(o.modified) > String(prev.modified)) requests.set(o.id, o);
    } else if (o.type === RESPONSE_TYPE) responses.push(o);
    else if (o.type === 'opinion' && typeof o.opinion === 'string') opinionValue.set(o.id, o.opinion);
  }

  const ledgers = new Map<string, PartnerLedger>();
  const wanted = q.partners ? new Set(q.partners) : undefined;
  const ledgerOf = (partner: string): PartnerLedger | undefined => {
    if (partner === q.self || (wanted && !wanted.has(partner))) return undefined;
    let l = ledgers.get(partner);
    if (!l) {
      l = {
        partner,
        period: { since: q.since ? q.since.toISOString() : null, until: until.toISOString() },
        objects: { shared: emptyCounts(), received: emptyCounts() },
        requests: { made: emptyRequests(), received: emptyRequests() },
        opinions: { given: { ...emptyCounts(), byOpinion: keyedRecord() }, received: { ...emptyCounts(), byOpinion: keyedRecord() } },
      };
      ledgers.set(partner, l);
    }
    return l;
  };
  for (const p of q.partners ?? []) ledgerOf(p);

  // Objects, and opinions among them, by transfer records. A version recorded twice counts once.
  const seen = new Set<string>();
  for (const t of q.transfers) {
    if (!inPeriod(t.at)) continue;
    const key = `${t.direction}\u0000${t.partner}\u0000${t.objectId}\u0000${t.at}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const l = ledgerOf(who(t.partner) as string);
    if (!l) continue;
    const c = t.direction === 'shared' ? l.objects.shared : l.objects.received;
    c.total++;
    bump(c.byType, t.type);
    bump(c.byTlp, t.tlp);
    if (t.type === 'opinion') {
      const oc = t.direction === 'shared' ? l.opinions.given : l.opinions.received;
      oc.total++;
      bump(oc.byType, t.type);
      bump(oc.byTlp, t.tlp);
      bump(oc.byOpinion, t.opinion ?? opinionValue.get(t.objectId) ?? 'unknown');
    }
  }

  // Requests between us and a partner, by their creation time; their state at the end of the period.
  const byRequest = new Map<string, Record<string, unknown>[]>();
  for (const r of responses) {
    const k = String(r.request_ref);
    if (!byRequest.has(k)) byRequest.set(k, []);
    byRequest.get(k)!.push(r);
  }
  const ackTimes = new Map<RequestCounts, number[]>();
  const answerTimes = new Map<RequestCounts, number[]>();
  for (const req of requests.values()) {
    if (!inPeriod(req.created)) continue;
    const from = who(req.created_by_ref);
    const to = who(req.recipient_ref);
    let counts: RequestCounts | undefined;
    if (from === q.self && typeof to === 'string') counts = ledgerOf(to)?.requests.made;
    else if (to === q.self && typeof from === 'string') counts = ledgerOf(from)?.requests.received;
    if (!counts) continue;
    // Only what had happened by the end of the period counts.
    const state = foldThread(
      req,
      (byRequest.get(req.id as string) ?? []).filter((r) => Date.parse(String(r.modified ?? r.created)) < untilMs),
      until,
      q.aliases,
    );
    counts.total++;
    if (state.status === 'open') counts.open++;
    else if (state.status === 'answered') counts.answered++;
    else if (state.status === 'declined') counts.declined++;
    else if (state.status === 'withdrawn') counts.withdrawn++;
    else counts.inProgress++;
    if (state.overdue) counts.overdue++;
    const created = Date.parse(String(req.created));
    if (state.acknowledgedAt) push(ackTimes, counts, (Date.parse(state.acknowledgedAt) - created) / 1000);
    if (state.answeredAt) push(answerTimes, counts, (Date.parse(state.answeredAt) - created) / 1000);
  }

  const out = [...ledgers.values()].sort((a, b) => (a.partner < b.partner ? -1 : 1));
  for (const l of out) {
    for (const c of [l.requests.made, l.requests.received]) {
      c.medianSecondsToAcknowledge = median(ackTimes.get(c) ?? []);
      c.medianSecondsToAnswer = median(answerTimes.get(c) ?? []);
    }
    for (const c of [l.objects.shared, l.objects.received, l.opinions.given, l.opinions.received]) {
      c.byType = sortKeys(c.byType);
      c.byTlp = sortKeys(c.byTlp);
    }
    l.opinions.given.byOpinion = sortKeys(l.opinions.given.byOpinion);
    l.opinions.received.byOpinion = sortKeys(l.opinions.received.byOpinion);
  }
  return out;
}

function emptyRequests(): RequestCounts {
  return {
    total: 0,
    open: 0,
    inProgress: 0,
    answered: 0,
    declined: 0,
    withdrawn: 0,
    overdue: 0,
    medianSecondsToAcknowledge: null,
    medianSecondsToAnswer: null,
  };
}

function push<K>(m: Map<K, number[]>, k: K, v: number): void {
  if (!m.has(k)) m.set(k, []);
  m.get(k)!.push(v);
}

/** The same ledger seen from the partner's side: shared and received, made and received, given and received swap. */
export function mirror(l: PartnerLedger, self: string): PartnerLedger {
  return {
    partner: self,
    period: l.period,
    objects: { shared: l.objects.received, received: l.objects.shared },
    requests: { made: l.requests.received, received: l.requests.made },
    opinions: { given: l.opinions.received, received: l.opinions.given },
  };
}
