/** Deterministic STIX objects for store tests and benchmarks. */
import type { StixObject } from '../types.js';

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** A deterministic UUID-shaped suffix from two numbers (not a real v4 UUID; the store does not care). */
export function fakeUuid(a: number, b: number): string {
  return `${hex(a, 8)}-0000-4000-8000-${hex(b, 12)}`;
}

/** A small valid-looking indicator, unique per (prefix, n). */
export function makeIndicator(prefix: number, n: number, modified = '2024-01-01T00:00:00.000Z'): StixObject {
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${fakeUuid(prefix, n)}`,
    created: '2024-01-01T00:00:00.000Z',
    modified,
    name: `indicator ${prefix}/${n}`,
    description: 'A test indicator with a little text so that the row is not trivially small.',
    indicator_types: ['malicious-activity'],
    pattern: `[ipv4-addr:value = '10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}']`,
    pattern_type: 'stix',
    valid_from: '2024-01-01T00:00:00Z',
    labels: ['test'],
  };
}
