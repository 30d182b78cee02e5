/**
 * @module API keys: 32 random bytes shown once as a token `liaison_<keyId>_<secret>`; the node stores the key id
 * and the SHA-256 of the secret only, and compares hashes in constant time. The key id (public, 8 random bytes in
 * hex) finds the stored record without ever searching by secret.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export interface NewApiKey {
  keyId: string;
  /** The whole token to hand to the user, once. */
  token: string;
  /** SHA-256 of the secret, hex: what the store keeps. */
  hash: string;
}

const TOKEN = /^liaison_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A fresh key: 32 bytes from the CSPRNG. */
export function generateApiKey(): NewApiKey {
  const keyId = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { keyId, token: `liaison_${keyId}_${secret}`, hash: hashSecret(secret) };
}

/** Splits a token into key id and secret; null when it is not shaped like one of ours. */
export function parseApiKey(token: string): { keyId: string; secret: string } | null {
  const m = TOKEN.exec(token);
  return m ? { keyId: m[1], secret: m[2] } : null;
}

/** Whether `secret` hashes to `storedHash`, compared in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
