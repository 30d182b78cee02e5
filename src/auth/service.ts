/**
 * @module Authentication and authorisation on top of the store: who a request is (API key or password) and what it
 * may do in a collection (read/write grants; admins everything; public collections readable by anyone).
 */
import { LiaisonError } from '../errors.js';
import type { Store } from '../store/store.js';
import type { Collection } from '../store/types.js';
import { generateApiKey, parseApiKey, secretMatches } from './apikey.js';
import type { Credentials } from './header.js';
import { DEFAULT_SCRYPT, hashPassword, verifyPassword, type ScryptParams } from './password.js';

/** An authenticated caller. */
export interface Principal {
  user: string;
  admin: boolean;
  /** The key that authenticated the request, when one did. */
  keyId?: string;
}

const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

/** A hash to spend the same time on when the user does not exist (no user enumeration by timing). */
let decoy: Promise<string> | undefined;

/** Creates a user (optionally with a password) and a first API key; returns the token, shown once. */
export async function addUser(
  store: Store,
  name: string,
  options: { password?: string; admin?: boolean; scrypt?: ScryptParams } = {},
): Promise<{ keyId: string; token: string }> {
  if (!USER_NAME.test(name)) throw new LiaisonError('USAGE', { detail: `user name ${JSON.stringify(name.slice(0, 80))}: letters, digits and . _ @ - only, up to 64` });
  let passwordHash: string | null = null;
  if (options.password !== undefined) {
    try {
      passwordHash = await hashPassword(options.password, options.scrypt ?? DEFAULT_SCRYPT);
    } catch (e) {
      throw new LiaisonError('USAGE', { detail: (e as Error).message });
    }
  }
  await store.createUser({ name, passwordHash, admin: options.admin ?? false, createdAt: new Date().toISOString() });
  return issueApiKey(store, name);
}

/** Issues a new API key for an existing user; returns its id and the token (shown once, never stored). */
export async function issueApiKey(store: Store, user: string, label?: string): Promise<{ keyId: string; token: string }> {
  const k = generateApiKey();
  await store.createApiKey({ keyId: k.keyId, user, hash: k.hash, ...(label !== undefined && { label }), createdAt: new Date().toISOString(), revokedAt: null });
  return { keyId: k.keyId, token: k.token };
}

/** Sets or clears (null) a user's password. */
export async function setPassword(store: Store, user: string, password: string | null, params: ScryptParams = DEFAULT_SCRYPT): Promise<void> {
  let passwordHash: string | null = null;
  if (password !== null) {
    try {
      passwordHash = await hashPassword(password, params);
    } catch (e) {
      throw new LiaisonError('USAGE', { detail: (e as Error).message });
    }
  }
  await store.updateUser(user, { passwordHash });
}

/** The principal an API key token names, or null (unknown, revoked, malformed, or its user is gone). */
export async function authenticateKey(store: Store, token: string): Promise<Principal | null> {
  const parsed = parseApiKey(token);
  if (!parsed) return null;
  const key = await store.getApiKey(parsed.keyId);
  if (!key || key.revokedAt !== null || !secretMatches(parsed.secret, key.hash)) return null;
  const user = await store.getUser(key.user);
  return user ? { user: user.name, admin: user.admin, keyId: key.keyId } : null;
}

/** The principal of a set of credentials (Basic: user with password or with one of that user's keys), or null. */
export async function authenticate(store: Store, creds: Credentials): Promise<Principal | null> {
  if (creds.scheme === 'bearer') return authenticateKey(store, creds.token);
  if (parseApiKey(creds.secret)) {
    const p = await authenticateKey(store, creds.secret);
    return p && p.user === creds.user ? p : null;
  }
  const user = USER_NAME.test(creds.user) ? await store.getUser(creds.user) : null;
  if (!user || user.passwordHash === null) {
    decoy ??= hashPassword('decoy password');
    await verifyPassword(creds.secret, await decoy);
    return null;
  }
  return (await verifyPassword(creds.secret, user.passwordHash)) ? { user: user.name, admin: user.admin } : null;
}

/**
 * Whether `who` (null: anonymous) may read or write `collection`: admins may do everything; anyone may read a
 * public collection; otherwise the user's grant decides. Writing always needs a principal.
 */
export async function authorize(store: Store, who: Principal | null, collection: Collection, action: 'read' | 'write'): Promise<boolean> {
  if (action === 'read' && collection.public) return true;
  if (!who) return false;
  if (who.admin) return true;
  const grant = await store.getGrant(who.user, collection.id);
  return grant !== null && (action === 'read' ? grant.read : grant.write);
}
