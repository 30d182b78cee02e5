/**
 * @module A status resource (TAXII 2.1 section 4.3.1) completed from an add call's outcomes inside the store's
 * transaction, so that a status reporting a success is never ahead of the data. It is plain data (no closure): the
 * SQLite store applies adds on a thread of its own (./sqlite/writer.ts), and only data crosses threads.
 */
import type { AddResult, StatusDetail, StatusRecord } from './types.js';

/** Everything of a status but what the outcomes decide. */
export interface StatusPlan {
  /** The status without the outcomes' successes and failures (`successes`/`failures` hold what is already known). */
  base: StatusRecord;
  /** A message for each added object (e.g. "held for review"); none when absent. */
  addedMessage?: string;
}

/** The status a plan becomes once the call's outcomes are known: successes, then conflicts as failures. */
export function completeStatus(plan: StatusPlan, result: AddResult): StatusRecord {
  const successes: StatusDetail[] = [...plan.base.successes];
  const failures: StatusDetail[] = [...plan.base.failures];
  for (const out of result.outcomes) {
    if (out.status === 'added') successes.push({ id: out.id, version: out.version, ...(plan.addedMessage !== undefined && { message: plan.addedMessage }) });
    else if (out.status === 'present') successes.push({ id: out.id, version: out.version, message: 'already present' });
    else {
      failures.push({
        id: out.id,
        version: out.version,
        message: `VERSION_CONFLICT: this node already holds ${out.id} version ${out.version} with different content (conflict ${out.conflictId})`,
      });
    }
  }
  return { ...plan.base, successes, failures };
}

/** The status an add call writes: the record given, or the plan completed from the call's result. */
export function statusToWrite(status: StatusRecord | { plan: StatusPlan }, result: AddResult): StatusRecord {
  return 'plan' in status ? completeStatus(status.plan, result) : status;
}
