/**
 * Creating a node (`liaison init`, or `liaison serve` on first start): its STIX identity, its default API root,
 * the secret that signs next tokens (shared by every process on the database), and the admin with one API key.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Store } from '../store/store.js';
import { LiaisonError } from '../errors.js';
import { TAXII_MEDIA_TYPE } from '../taxii/media.js';
import { addUser, issueApiKey } from '../auth/service.js';

/** The API root every node has (TAXII 2.1 §4.2), advertised as the default in discovery. */
export const DEFAULT_API_ROOT = 'api';
export const DEFAULT_MAX_CONTENT_LENGTH = 100 * 1024 * 1024;
export const ADMIN_USER = 'admin';
const CURSOR_SECRET = 'taxii.cursor_secret';

export interface InitResult {
  identityId: string;
  apiRoot: string;
  admin: string;
  /** The admin's API key, shown once. */
  adminKey: string;
  keyId: string;
}

/** Whether the node in `store` has been created. */
export async function isInitialised(store: Store): Promise<boolean> {
  return (await store.getNode()) !== null;
}

/** Creates the node; ALREADY_EXISTS when it exists. */
export async function initNode(store: Store, options: { name?: string } = {}): Promise<InitResult> {
  if (await isInitialised(store)) throw new LiaisonError('ALREADY_EXISTS', { what: 'the node (liaison init was run before)' });
  const now = new Date().toISOString();
  const identityId = `identity--${randomUUID()}`;
  const identity = {
    type: 'identity',
    spec_version: '2.1',
    id: identityId,
    created: now,
    modified: now,
    name: options.name ?? 'Liaison node',
    identity_class: 'organization',
  };
  await store.setSetting(CURSOR_SECRET, randomBytes(32).toString('base64'));
  if (!(await store.getApiRoot(DEFAULT_API_ROOT))) {
    await store.createApiRoot({
      name: DEFAULT_API_ROOT,
      title: `${identity.name}: default API root`,
      versions: [TAXII_MEDIA_TYPE],
      maxContentLength: DEFAULT_MAX_CONTENT_LENGTH,
    });
  }
  const { token: key, keyId } = (await store.getUser(ADMIN_USER))
    ? await issueApiKey(store, ADMIN_USER, 'init')
    : await addUser(store, ADMIN_USER, { admin: true });
  // The node record last: a node that crashed half-way through init is not "initialised" and init runs again.
  await store.setNode({ identityId, identity, createdAt: now });
  return { identityId, apiRoot: DEFAULT_API_ROOT, admin: ADMIN_USER, adminKey: key, keyId };
}

/** The secret that signs next tokens, created when missing. */
export async function cursorSecret(store: Store): Promise<Buffer> {
  const existing = await store.getSetting(CURSOR_SECRET);
  if (typeof existing === 'string' && existing.length >= 24) return Buffer.from(existing, 'base64');
  const fresh = randomBytes(32).toString('base64');
  await store.setSetting(CURSOR_SECRET, fresh);
  return Buffer.from(fresh, 'base64');
}
