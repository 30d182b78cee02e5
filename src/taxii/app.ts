/**
 * The TAXII 2.1 server as a Fastify application: `buildApp(options)` wires media-type negotiation, authentication,
 * rate limits, the error envelope and every endpoint of TAXII 2.1 §4 and §5 over a `Store`. It does not listen:
 * `serve` (src/taxii/serve.ts) does, tests use `app.inject()`.
 */
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import pino from 'pino';
import rateLimit from '@fastify/rate-limit';
import type { Store } from '../store/store.js';
import { LiaisonError } from '../errors.js';
import { acceptsTaxii, isTaxiiContentType, TAXII_MEDIA_TYPE } from './media.js';
import { parseAuthorization } from '../auth/header.js';
import { installErrorHandlers, sendError } from './error-handler.js';
import type { Authenticator, Caller } from './access.js';
import { CursorCodec } from './cursor.js';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './params.js';
import { registerServerRoutes } from './routes/server.js';
import { registerCollectionRoutes } from './routes/collections.js';
import { registerObjectRoutes } from './routes/objects.js';
import { OPENAPI_PATH, registerOpenApi } from './openapi.js';
import type { ObjectValidator } from './validate.js';
import type { EnvelopeValidator } from './validate-pool.js';
import type { ExchangeHooks } from './exchange-hooks.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller, or null for a request without credentials. */
    caller: Caller | null;
  }
}

export interface ServerInfo {
  title: string;
  description?: string;
  contact?: string;
}

export interface AppOptions {
  store: Store;
  authenticate: Authenticator;
  /** Secret (≥ 16 bytes) for next tokens; the same on every process sharing the database. */
  cursorSecret: Buffer;
  /** Checks each posted object (TAXII 2.1 §5.5 "Add Objects": refused ones are reported one by one). */
  validate: ObjectValidator;
  /**
   * The same check run off the event loop on a whole envelope (validate-pool.ts), used for envelopes of several
   * objects; it must give the verdicts `validate` gives. Without it, or when it answers null, `validate` runs.
   */
  validateEnvelope?: EnvelopeValidator;
  server?: ServerInfo;
  /** API root advertised as `default` in discovery. */
  defaultApiRoot?: string;
  /** Largest request body in bytes (the API roots' max_content_length; the app takes the largest). */
  maxContentLength?: number;
  /** Deepest JSON nesting accepted in a body. */
  maxJsonDepth?: number;
  queryLimits?: QueryLimits;
  /** Requests per key (or per address without credentials) per `rateWindowMs`; 0 turns rate limits off. */
  rateLimit?: number;
  rateWindowMs?: number;
  /** pino logging: false (tests), true, or pino options. */
  logger?: boolean | Record<string, unknown>;
  /** HTTPS key and certificate (PEM). */
  tls?: { key: Buffer; cert: Buffer };
  /** Failed authentications per address per minute before further attempts get 429 (0: no limit). */
  maxFailedAuthPerMinute?: number;
  /** How long a status resource is kept after its last change (TAXII 2.1 §4.3: at least 24 h). */
  statusTtlMs?: number;
  /** How long a next token stays valid. */
  cursorTtlMs?: number;
  /** The clock next tokens are stamped and checked with (tests move it). */
  cursorClock?: () => number;
  /** The exchange's hooks: partners' reads through their agreements, provenance of posts (src/taxii/exchange-hooks.ts). */
  exchange?: ExchangeHooks;
}

export interface AppContext {
  store: Store;
  cursors: CursorCodec;
  validate: ObjectValidator;
  validateEnvelope?: EnvelopeValidator;
  limits: QueryLimits;
  maxJsonDepth: number;
  /** The body limit enforced (413 above it); API roots advertise the smaller of theirs and this. */
  maxContentLength: number;
  statusTtlMs: number;
  server: ServerInfo;
  defaultApiRoot?: string;
  exchange?: ExchangeHooks;
}

/**
 * Failed sign-ins per client address in the current minute: the per-key rate limit cannot see requests whose key
 * is wrong, so password and key guessing is bounded here.
 */
class FailedAuth {
  private window = 0;
  private counts = new Map<string, number>();
  constructor(private readonly max: number) {}
  private roll(): void {
    const w = Math.floor(Date.now() / 60_000);
    if (w !== this.window) {
      this.window = w;
      this.counts.clear();
    }
  }
  blocked(ip: string): boolean {
    if (this.max <= 0) return false;
    this.roll();
    return (this.counts.get(ip) ?? 0) >= this.max;
  }
  note(ip: string): void {
    if (this.max <= 0) return;
    this.roll();
    if (this.counts.size > 100_000) this.counts.clear();
    this.counts.set(ip, (this.counts.get(ip) ?? 0) + 1);
  }
}

/** Paths outside TAXII proper (they answer in plain JSON and need no TAXII Accept header). */
const NON_TAXII = new Set([OPENAPI_PATH]);
/** The node's JSON API (src/exchange/conversation/api.ts): authenticated here, its media types negotiated there. */
const JSON_API = '/liaison/v1/';

/** Headers whose values are never logged. */
const REDACT = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["proxy-authorization"]'];

/**
 * One log line per request, when it is answered (method, path and query, status, caller, time): Fastify's default
 * of two lines, each serialising the request, doubled the logging cost of a small request. The line holds no header.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}
  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = {
      method: request.method,
      url: request.url.length > 512 ? request.url.slice(0, 512) + '…' : request.url,
      status: reply.statusCode,
      user: request.caller?.user,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request');
  }
}

/**
 * The logger configuration: process.stderr/stdout are replaced by an asynchronous, buffered destination on the same
 * file descriptor (a synchronous write per line, on a file or a pipe, blocked the event loop); it is flushed when
 * the app closes (a SIGKILL may lose the last 200 ms of log lines, never data).
 */
function loggerConfig(option: AppOptions['logger']): { config: false | Record<string, unknown>; flush?: () => void } {
  if (option === false || option === undefined) return { config: false };
  const config: Record<string, unknown> = { level: 'info', redact: { paths: REDACT, censor: '[redacted]' }, ...(option === true ? {} : option) };
  const fd = option === true || config.stream === process.stderr ? 2 : config.stream === process.stdout ? 1 : undefined;
  if (fd === undefined) return { config };
  // Lines are written in batches of 8 KiB, or every 200 ms when fewer come.
  const dest = pino.destination({ dest: fd, sync: false, minLength: 8192, periodicFlush: 200 } as Parameters<typeof pino.destination>[0]);
  delete config.stream;
  const flush = () => {
    try {
      dest.flushSync();
    } catch {
      // not open yet, or already closed: nothing to flush
    }
  };
  return { config: { ...config, stream: dest }, flush };
}

/**
 * Builds the TAXII 2.1 application. Every response, errors included, carries
 * `Content-Type: application/taxii+json;version=2.1` (§1.6.8) except the OpenAPI document.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const maxContentLength = options.maxContentLength ?? 100 * 1024 * 1024;
  const logging = loggerConfig(options.logger);
  const app = Fastify({
    logger: logging.config,
    logController: new OneLinePerRequest(),
    bodyLimit: maxContentLength,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 512 },
    return503OnClosing: true,
    // Router-level refusals (a malformed URL, a path segment too long) get the TAXII envelope too.
    frameworkErrors: (error, _request, reply) => {
      const bad = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? new LiaisonError('NOT_FOUND', { what: 'the resource (a path segment is too long)' }) : new LiaisonError('BAD_REQUEST', { detail: 'malformed URL' });
      void sendError(reply, bad);
    },
    ...(options.tls ? { https: { key: options.tls.key, cert: options.tls.cert, minVersion: 'TLSv1.2' as const } } : {}),
  }) as unknown as FastifyInstance;

  const ctx: AppContext = {
    store: options.store,
    cursors: new CursorCodec(options.cursorSecret, options.cursorTtlMs, options.cursorClock),
    validate: options.validate,
    validateEnvelope: options.validateEnvelope,
    limits: options.queryLimits ?? DEFAULT_QUERY_LIMITS,
    maxJsonDepth: options.maxJsonDepth ?? 64,
    maxContentLength,
    statusTtlMs: options.statusTtlMs ?? 7 * 24 * 3600 * 1000,
    server: options.server ?? { title: 'Liaison' },
    defaultApiRoot: options.defaultApiRoot,
    exchange: options.exchange,
  };

  const failures = new FailedAuth((options.rateLimit ?? 100) > 0 ? (options.maxFailedAuthPerMinute ?? 30) : 0);
  installErrorHandlers(app);
  if (logging.flush) app.addHook('onClose', async () => logging.flush!());
  app.decorateRequest('caller', null);

  // Bodies are read as bytes for every media type: the route decides what it accepts (415 is raised before the
  // body is read, in onRequest), and parseJsonBody checks UTF-8 and depth before parsing.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxContentLength }, (_req, body, done) => done(null, body));

  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    if (NON_TAXII.has(path)) return;
    if (!path.startsWith(JSON_API) && !acceptsTaxii(request.headers.accept)) {
      throw new LiaisonError('NOT_ACCEPTABLE', { detail: String(request.headers.accept).slice(0, 200) });
    }
    if (!path.startsWith(JSON_API) && (request.method === 'POST' || request.method === 'PUT' || request.method === 'PATCH')) {
      const ct = request.headers['content-type'];
      if (!isTaxiiContentType(ct)) throw new LiaisonError('UNSUPPORTED_MEDIA_TYPE', { detail: ct === undefined ? 'no Content-Type' : String(ct).slice(0, 200) });
    }
    const header = request.headers.authorization;
    if (header !== undefined) {
      if (failures.blocked(request.ip)) throw new LiaisonError('RATE_LIMITED', { detail: 'a minute (too many failed sign-ins from this address)' });
      const creds = parseAuthorization(header);
      const caller = creds ? await options.authenticate(creds) : null;
      if (!caller) {
        failures.note(request.ip);
        throw new LiaisonError('AUTH_FAILED');
      }
      request.caller = caller;
    }
  });

  // Whatever a handler or Fastify set, TAXII responses carry the TAXII media type (§1.6.8).
  app.addHook('onSend', async (request, reply, payload) => {
    const path = request.url.split('?')[0];
    if (path.startsWith(JSON_API)) reply.header('Content-Type', 'application/json; charset=utf-8');
    else if (!NON_TAXII.has(path)) reply.header('Content-Type', TAXII_MEDIA_TYPE);
    return payload;
  });

  if ((options.rateLimit ?? 100) > 0) {
    await app.register(rateLimit, {
      global: true,
      hook: 'preHandler',
      max: options.rateLimit ?? 100,
      timeWindow: options.rateWindowMs ?? 1000,
      keyGenerator: (req: FastifyRequest) =>
        req.caller ? `u:${req.caller.keyId ?? req.caller.user}` : `ip:${req.ip}`,
      errorResponseBuilder: (_req, ctx) => new LiaisonError('RATE_LIMITED', { detail: ctx.after }),
    });
  }

  registerOpenApi(app);
  registerServerRoutes(app, ctx);
  registerCollectionRoutes(app, ctx);
  registerObjectRoutes(app, ctx);
  return app;
}
