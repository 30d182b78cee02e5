/**
 * @module Starting a worker thread on one of our modules: on the built JavaScript, or (tests, benches) on the
 * TypeScript sources through tsx, which the workers of Node 20 do not inherit from their parent.
 */
import { Worker } from 'node:worker_threads';
import { LiaisonError, isLiaisonError, type ErrorCode } from './errors.js';

/** A worker running the module `relative` (a path without extension) beside `base`, the caller's `import.meta.url`. */
export function startWorker(base: string, relative: string, workerData?: unknown): Worker {
  const fromSource = base.endsWith('.ts');
  const url = new URL(`${relative}${fromSource ? '.ts' : '.js'}`, base);
  if (!fromSource) return new Worker(url, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(code, { eval: true, workerData });
}

/** An error as it crosses threads (a structured clone keeps neither the class nor its fields). */
export interface ThreadError {
  /** Our code (src/errors.ts) when it was a LiaisonError, otherwise the error's own code (e.g. SQLITE_BUSY), if any. */
  code?: string;
  params?: Record<string, unknown>;
  liaison?: true;
  message: string;
}

/** `e` as a message can carry it. */
export function errorToThread(e: unknown): ThreadError {
  if (isLiaisonError(e)) return { liaison: true, code: e.code, params: e.params, message: e.message };
  const code = (e as { code?: unknown })?.code;
  return { message: (e as Error)?.message ?? String(e), ...(typeof code === 'string' && { code }) };
}

/** The error `errorToThread` carried, as the thread that threw it saw it (a LiaisonError again where it was one). */
export function errorFromThread(e: ThreadError): Error {
  if (e.liaison) return new LiaisonError(e.code as ErrorCode, e.params ?? {});
  return Object.assign(new Error(e.message), e.code !== undefined ? { code: e.code } : {});
}
