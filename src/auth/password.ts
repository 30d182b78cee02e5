/**
 * @module Password hashing with scrypt (RFC 7914) from node:crypto: a random 16-byte salt per password and the cost
 * parameters stored beside the hash (`scrypt$N$r$p$salt$hash`, base64url), so they can be raised later without
 * invalidating stored hashes. Comparison in constant time.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptParams {
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
}

/** Default cost: N = 2^15, r = 8, p = 1 (32 MiB, tens of milliseconds): OWASP's minimum for scrypt, rounded up. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 1 << 15, r: 8, p: 1 };

const KEY_LEN = 32;
/** Longer passwords are refused rather than hashed (a cheap request must not buy an expensive hash). */
export const MAX_PASSWORD_BYTES = 1024;
const MAX_N = 1 << 20;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + (1 << 20) };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_LEN, options, (err, key) => (err ? reject(err) : resolve(key))));
}

/** Hashes a password; throws a TypeError for an empty or over-long one (callers check first for a clean message). */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  if (password.length === 0 || Buffer.byteLength(password) > MAX_PASSWORD_BYTES) throw new TypeError(`a password is 1 to ${MAX_PASSWORD_BYTES} bytes`);
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `password` matches an encoded hash; false (never an exception) for a malformed hash or password. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every(Number.isSafeInteger) || N < 2 || N > MAX_N || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) return false;
  if (password.length === 0 || Buffer.byteLength(password) > MAX_PASSWORD_BYTES) return false;
  const salt = Buffer.from(parts[4], 'base64url');
  const expected = Buffer.from(parts[5], 'base64url');
  if (expected.length !== KEY_LEN) return false;
  const key = await derive(password, salt, { N, r, p });
  return timingSafeEqual(key, expected);
}
