/**
 * @module The node secret of the exchange and what it protects: partners' API keys are stored encrypted with it
 * (AES-256-GCM), and anonymous identities are derived from it (./policy/anonymize.ts). The secret lives in the
 * node's settings; a key is never printed nor logged after `partner add`.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { LiaisonError } from '../../errors.js';
import type { Store } from '../../store/store.js';

const SETTING = 'exchange.secret';

/** The node's exchange secret (32 random bytes, base64), created on first use. */
export async function exchangeSecret(store: Store): Promise<string> {
  const s = await store.getSetting(SETTING);
  if (typeof s === 'string' && s.length >= 40) return s;
  const fresh = randomBytes(32).toString('base64');
  await store.setSetting(SETTING, fresh);
  return fresh;
}

const keyOf = (secret: string) => createHash('sha256').update('liaison partner keys\0').update(secret).digest();

/** `v1:` + base64(iv ‖ tag ‖ ciphertext). */
export function encryptSecret(secret: string, plaintext: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const ct = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
  return 'v1:' + Buffer.concat([iv, c.getAuthTag(), ct]).toString('base64');
}

export function decryptSecret(secret: string, stored: string, partner: string): string {
  try {
    if (!stored.startsWith('v1:')) throw new Error('unknown format');
    const raw = Buffer.from(stored.slice(3), 'base64');
    const d = createDecipheriv('aes-256-gcm', keyOf(secret), raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
  } catch (e) {
    throw new LiaisonError('PARTNER_SECRET', { what: partner, reason: (e as Error).message });
  }
}
