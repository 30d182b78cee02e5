/** Timestamp ordering rules (STIX 2.1 §3.2 modified ≥ created, and each type's first/last, start/stop rules). */
import type { Collector } from './context.js';
import { compareTimestamps, timestampProblem } from './primitives.js';

/** Reports when `o[later]` is not after (`gt`) or not at-or-after (`ge`) `o[earlier]`; silent if either is absent or malformed. */
export function order(c: Collector, o: Record<string, unknown>, path: string, later: string, op: 'ge' | 'gt', earlier: string): void {
  const a = o[later], b = o[earlier];
  if (typeof a !== 'string' || typeof b !== 'string') return;
  if (timestampProblem(a) || timestampProblem(b)) return;
  const cmp = compareTimestamps(a, b);
  if (op === 'ge' ? cmp >= 0 : cmp > 0) return;
  c.add('timestamp-order', path + '/' + later, {
    later,
    laterValue: a,
    op: op === 'ge' ? 'later than or equal to' : 'later than',
    earlier,
    earlierValue: b,
  });
}
