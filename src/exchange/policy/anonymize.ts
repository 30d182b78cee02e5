/**
 * Anonymisation: a partner under an anonymising agreement sees an anonymous identity wherever our identity would
 * appear (created_by_ref and every other reference property, STIX 2.1 section 2.9 identifier / 3.3 references).
 *
 * The anonymous identity is deterministic, so every object names the same one and a partner sees one consistent
 * author, but it is derived with a keyed hash (HMAC-SHA-256) from our identity, the recipient and a secret of our
 * node: a plain name-based UUIDv5 could be reversed by hashing the identity ids of known organisations. Each
 * recipient gets its own anonymous identity, so two partners cannot link what they received from us.
 *
 * @module
 */
import { createHmac } from 'node:crypto';
import { keyedRecord } from '../../own-keys.js';

const EPOCH = '2020-01-01T00:00:00.000Z';

/** `identity--<uuid>` with version 4 bits: the id is as unguessable as a random UUIDv4 to anyone without the secret. */
export function anonymousIdentityId(self: string, recipientKey: string, secret: string): string {
  const h = createHmac('sha256', secret).update(`liaison-anonymous\n${self}\n${recipientKey}`).digest();
  h[6] = (h[6] & 0x0f) | 0x40;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `identity--${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** The anonymous identity object itself (section 4.11), the same for the same inputs. */
export function anonymousIdentity(self: string, recipientKey: string, secret: string): Record<string, unknown> {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: anonymousIdentityId(self, recipientKey, secret),
    created: EPOCH,
    modified: EPOCH,
    name: 'Anonymous',
    identity_class: 'unknown',
  };
}

/**
 * A copy of `value` in which every reference to `self` (any `*_ref` value or `*_refs` item, at any depth) names
 * `anonymous` instead, as a new tree. The caller bounds the depth (the policy refuses objects nested too deep).
 */
export function replaceReferences(value: unknown, self: string, anonymous: string): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => replaceReferences(v, self, anonymous));
  const out = keyedRecord<unknown>();
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k.endsWith('_ref') && v === self) out[k] = anonymous;
    else if (k.endsWith('_refs') && Array.isArray(v)) out[k] = v.map((r) => (r === self ? anonymous : replaceReferences(r, self, anonymous)));
    else out[k] = replaceReferences(v, self, anonymous);
  }
  return out;
}
