/**
 * @module A TAXII 2.1 client over node:http(s) with keep-alive connections (fetch spent several times more CPU
 * per request, on cores the node shares with its own server), used by the sync engine: discovery (TAXII 2.1 §4.1), API root (§4.2),
 * status (§4.3), collections (§5.1), objects GET with paging by `next` and `added_after` (§3.4, §3.5, §5.4), objects
 * POST in envelopes no larger than the API root's max_content_length (§5.5).
 *
 * Failures are `LiaisonError`s with a stable code: `TAXII_UNREACHABLE` (network, timeouts, and 429/5xx once the
 * retries are spent), `TAXII_REMOTE_ERROR` (any other non-2xx: the remote's error title is kept), `TAXII_BAD_RESPONSE`
 * (not TAXII). 429, 5xx and network errors are retried with exponential back-off and full jitter, honouring
 * `Retry-After` when the server gives one.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import http from 'node:http';
import https from 'node:https';
import { LiaisonError } from '../errors.js';

export const TAXII_ACCEPT = 'application/taxii+json;version=2.1';

export interface TaxiiClientOptions {
  /** The node's base URL (`http://host:port`); discovery is at `<baseUrl>/taxii2/`. */
  baseUrl: string;
  username: string;
  /** Our API key (or password) at that node; sent with HTTP Basic, never logged. */
  secret: string;
  /** Attempts per request (first try included). */
  attempts?: number;
  /** Back-off base and cap (ms). */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Per-request timeout (ms). */
  timeoutMs?: number;
}

export interface RemoteCollection {
  id: string;
  title: string;
  alias?: string;
  can_read: boolean;
  can_write: boolean;
  media_types?: string[];
}

export interface ObjectsPage {
  objects: Record<string, unknown>[];
  more: boolean;
  next?: string;
  /** X-TAXII-Date-Added-First / -Last as the server sent them (TAXII timestamps). */
  dateAddedFirst?: string;
  dateAddedLast?: string;
  /** X-Liaison-View: the rules a Liaison partner filtered this page with (../taxii/exchange-hooks.ts). */
  view?: string;
}

export interface ObjectsQuery {
  addedAfter?: string;
  next?: string;
  limit?: number;
  /** `match[version]`, e.g. `all`. */
  version?: string;
  types?: string[];
  ids?: string[];
}

export interface StatusDetail {
  id: string;
  version: string;
  message?: string;
}

export interface StatusResource {
  id: string;
  status: 'pending' | 'complete';
  total_count: number;
  success_count: number;
  failure_count: number;
  pending_count: number;
  successes?: StatusDetail[];
  failures?: StatusDetail[];
  pendings?: StatusDetail[];
}

/** What posting a list of objects in one or more envelopes gave. */
export interface PostResult {
  successes: StatusDetail[];
  failures: StatusDetail[];
  /** Ids of the status resources, one per envelope. */
  statusIds: string[];
}

const RETRYABLE_STATUS = (s: number) => s === 429 || s >= 500;

/** Connections kept open between requests to a partner (a sync sends many in a row). */
const AGENTS = { 'http:': new http.Agent({ keepAlive: true, maxSockets: 16 }), 'https:': new https.Agent({ keepAlive: true, maxSockets: 16 }) };

interface RawResponse {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
}

/** One HTTP exchange; rejects with an error carrying the network `code` (or `TimeoutError`) when there is no response. */
function exchange(url: URL, method: string, headers: Record<string, string>, body: string | undefined, timeoutMs: number): Promise<RawResponse> {
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      url,
      { method, headers: body === undefined ? headers : { ...headers, 'Content-Length': String(Buffer.byteLength(body)) }, agent: AGENTS[url.protocol as 'http:' | 'https:'] },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const h = new Headers();
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(', ') : v);
          resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: h, text: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(Object.assign(new Error('no answer in time'), { code: 'TimeoutError' })));
    req.on('error', reject);
    req.end(body);
  });
}

/** Backoff before attempt `n` (1 = first retry): full jitter over an exponentially growing window. */
export function backoffDelay(n: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(maxMs, baseMs * 2 ** (n - 1)));
}

function retryAfterMs(h: string | null, maxMs: number): number | undefined {
  if (!h) return undefined;
  const s = Number(h);
  if (Number.isFinite(s) && s >= 0) return Math.min(s * 1000, maxMs);
  const t = Date.parse(h);
  return Number.isNaN(t) ? undefined : Math.min(Math.max(0, t - Date.now()), maxMs);
}

export class TaxiiClient {
  readonly baseUrl: string;
  private readonly auth: string;
  private readonly attempts: number;
  private readonly baseMs: number;
  private readonly maxMs: number;
  private readonly timeoutMs: number;

  constructor(o: TaxiiClientOptions) {
    let u: URL;
    try {
      u = new URL(o.baseUrl);
    } catch {
      throw new LiaisonError('USAGE', { detail: `not a URL: ${JSON.stringify(o.baseUrl.slice(0, 200))}` });
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new LiaisonError('USAGE', { detail: `${o.baseUrl}: only http and https URLs` });
    this.baseUrl = `${u.protocol}//${u.host}`;
    this.auth = 'Basic ' + Buffer.from(`${o.username}:${o.secret}`).toString('base64');
    this.attempts = o.attempts ?? 6;
    this.baseMs = o.backoffBaseMs ?? 200;
    this.maxMs = o.backoffMaxMs ?? 10_000;
    this.timeoutMs = o.timeoutMs ?? 60_000;
  }

  /** One TAXII request with retries; resolves to the parsed JSON body (or null for an empty one) and the headers. */
  async request(method: 'GET' | 'POST', path: string, body?: string): Promise<{ status: number; json: unknown; headers: Headers }> {
    const url = this.baseUrl + path;
    const headers = { Accept: TAXII_ACCEPT, Authorization: this.auth, ...(body !== undefined && { 'Content-Type': TAXII_ACCEPT }) };
    for (let attempt = 1; ; attempt++) {
      let res: RawResponse;
      try {
        res = await exchange(new URL(url), method, headers, body, this.timeoutMs);
      } catch (e) {
        const reason = (e as { code?: string }).code ?? (e as Error).name ?? 'network error';
        if (attempt < this.attempts) {
          await sleep(backoffDelay(attempt, this.baseMs, this.maxMs));
          continue;
        }
        throw new LiaisonError('TAXII_UNREACHABLE', { what: url, reason });
      }
      const { text } = res;
      const ok = res.status >= 200 && res.status < 300;
      if (RETRYABLE_STATUS(res.status)) {
        if (attempt < this.attempts) {
          await sleep(retryAfterMs(res.headers.get('retry-after'), this.maxMs) ?? backoffDelay(attempt, this.baseMs, this.maxMs));
          continue;
        }
        throw new LiaisonError('TAXII_UNREACHABLE', { what: url, reason: `HTTP ${res.status} after ${attempt} attempts` });
      }
      let json: unknown = null;
      if (text !== '') {
        try {
          json = JSON.parse(text);
        } catch {
          if (ok) throw new LiaisonError('TAXII_BAD_RESPONSE', { what: url, reason: 'the body is not JSON' });
        }
      }
      if (!ok) {
        const title = json && typeof json === 'object' ? String((json as Record<string, unknown>).title ?? '') : '';
        throw new LiaisonError('TAXII_REMOTE_ERROR', { what: url, httpStatus: res.status, reason: `HTTP ${res.status}: ${title.slice(0, 300) || res.statusText}` });
      }
      return { status: res.status, json, headers: res.headers };
    }
  }

  private async getJson(path: string): Promise<Record<string, unknown>> {
    const r = await this.request('GET', path);
    if (!r.json || typeof r.json !== 'object' || Array.isArray(r.json)) throw new LiaisonError('TAXII_BAD_RESPONSE', { what: this.baseUrl + path, reason: 'expected a JSON object' });
    return r.json as Record<string, unknown>;
  }

  /** §4.1 Server Discovery. */
  async discovery(): Promise<{ title?: string; default?: string; api_roots?: string[] }> {
    return this.getJson('/taxii2/') as Promise<{ title?: string; default?: string; api_roots?: string[] }>;
  }

  /** The path of an API root (`/api/`): the given one, else the server's default, else its first. */
  async resolveApiRoot(given: string | null): Promise<string> {
    if (given) return normaliseRoot(given, this.baseUrl);
    const d = await this.discovery();
    const pick = d.default ?? d.api_roots?.[0];
    if (!pick) throw new LiaisonError('TAXII_BAD_RESPONSE', { what: `${this.baseUrl}/taxii2/`, reason: 'discovery names no API root' });
    return normaliseRoot(pick, this.baseUrl);
  }

  /** §4.2 API root information (max_content_length). */
  async apiRootInfo(root: string): Promise<{ max_content_length: number; title?: string }> {
    const j = await this.getJson(root);
    const max = Number(j.max_content_length);
    return { ...(j as { title?: string }), max_content_length: Number.isFinite(max) && max > 0 ? max : 10 * 1024 * 1024 };
  }

  /** §5.1 Get Collections. */
  async collections(root: string): Promise<RemoteCollection[]> {
    const j = await this.getJson(`${root}collections/`);
    const list = j.collections ?? [];
    if (!Array.isArray(list)) throw new LiaisonError('TAXII_BAD_RESPONSE', { what: `${this.baseUrl}${root}collections/`, reason: 'collections is not a list' });
    return list as RemoteCollection[];
  }

  /** §5.4 Get Objects: one page. */
  async getObjects(root: string, collection: string, q: ObjectsQuery = {}): Promise<ObjectsPage> {
    const params = new URLSearchParams();
    if (q.addedAfter) params.set('added_after', q.addedAfter);
    if (q.next) params.set('next', q.next);
    if (q.limit) params.set('limit', String(q.limit));
    if (q.version) params.set('match[version]', q.version);
    if (q.types?.length) params.set('match[type]', q.types.join(','));
    if (q.ids?.length) params.set('match[id]', q.ids.join(','));
    const qs = params.toString();
    const path = `${root}collections/${encodeURIComponent(collection)}/objects/${qs ? `?${qs}` : ''}`;
    const r = await this.request('GET', path);
    const j = (r.json ?? {}) as Record<string, unknown>;
    const objects = j.objects ?? [];
    if (!Array.isArray(objects)) throw new LiaisonError('TAXII_BAD_RESPONSE', { what: this.baseUrl + path, reason: 'objects is not a list' });
    return {
      objects: objects as Record<string, unknown>[],
      more: j.more === true,
      ...(typeof j.next === 'string' && { next: j.next }),
      ...(r.headers.get('x-taxii-date-added-first') && { dateAddedFirst: r.headers.get('x-taxii-date-added-first') as string }),
      ...(r.headers.get('x-taxii-date-added-last') && { dateAddedLast: r.headers.get('x-taxii-date-added-last') as string }),
      ...(r.headers.get('x-liaison-view') && { view: r.headers.get('x-liaison-view') as string }),
    };
  }

  /** §4.3 Get Status. */
  async status(root: string, id: string): Promise<StatusResource> {
    return (await this.getJson(`${root}status/${encodeURIComponent(id)}/`)) as unknown as StatusResource;
  }

  /**
   * §5.5 Add Objects: posts `objects` in as many envelopes as `maxContentLength` needs (each envelope's body at most
   * that many bytes; a single object larger than that is reported as a failure without being sent), polls every
   * pending status until complete (or `pollTimeoutMs`), and merges the outcomes.
   */
  async postObjects(root: string, collection: string, objects: readonly Record<string, unknown>[], maxContentLength: number, pollTimeoutMs = 60_000): Promise<PostResult> {
    const out: PostResult = { successes: [], failures: [], statusIds: [] };
    const path = `${root}collections/${encodeURIComponent(collection)}/objects/`;
    const head = '{"objects":[';
    let parts: string[] = [];
    let size = head.length + 2;
    const flush = async () => {
      if (!parts.length) return;
      const body = head + parts.join(',') + ']}';
      parts = [];
      size = head.length + 2;
      const r = await this.request('POST', path, body);
      let st = r.json as StatusResource;
      if (!st || typeof st !== 'object' || typeof st.id !== 'string') throw new LiaisonError('TAXII_BAD_RESPONSE', { what: this.baseUrl + path, reason: 'no status resource' });
      const deadline = Date.now() + pollTimeoutMs;
      for (let n = 1; st.status === 'pending' && Date.now() < deadline; n++) {
        await sleep(Math.min(2000, 50 * 2 ** n));
        st = await this.status(root, st.id);
      }
      out.statusIds.push(st.id);
      out.successes.push(...(st.successes ?? []));
      out.failures.push(...(st.failures ?? []));
      if (st.status === 'pending') for (const p of st.pendings ?? []) out.failures.push({ ...p, message: 'PENDING: still pending when we stopped polling' });
    };
    for (const o of objects) {
      const text = JSON.stringify(o);
      const bytes = Buffer.byteLength(text);
      if (head.length + 2 + bytes > maxContentLength) {
        out.failures.push({ id: String(o.id), version: String(o.modified ?? o.created ?? ''), message: `TOO_LARGE: ${bytes} bytes, above the partner's max_content_length ${maxContentLength}` });
        continue;
      }
      if (size + bytes + 1 > maxContentLength) await flush();
      parts.push(text);
      size += bytes + 1;
    }
    await flush();
    return out;
  }
}

/** `/api/`-shaped path of an API root given as a path or a full URL on the same server. */
function normaliseRoot(root: string, base: string): string {
  let p = root;
  if (/^https?:\/\//.test(root)) {
    const u = new URL(root);
    if (`${u.protocol}//${u.host}` !== base) throw new LiaisonError('TAXII_BAD_RESPONSE', { what: base, reason: `API root ${root} is on another server` });
    p = u.pathname;
  }
  if (!p.startsWith('/')) p = `/${p}`;
  if (!p.endsWith('/')) p = `${p}/`;
  return p;
}
