/** The status resource (TAXII 2.1 §4.3.1) as the client sees it: empty lists omitted (§2: lists are never empty). */
import type { StatusRecord } from '../store/store.js';

export function formatStatus(s: StatusRecord): Record<string, unknown> {
  const body: Record<string, unknown> = {
    id: s.id,
    status: s.status,
    request_timestamp: s.requestTimestamp,
    total_count: s.totalCount,
    success_count: s.successes.length,
  };
  if (s.successes.length) body.successes = s.successes;
  body.failure_count = s.failures.length;
  if (s.failures.length) body.failures = s.failures;
  body.pending_count = s.pendings.length;
  if (s.pendings.length) body.pendings = s.pendings;
  return body;
}
