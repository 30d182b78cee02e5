/**
 * The server's Authenticator over the store (src/auth/service.ts). API keys are checked on every request (the key
 * record, usually from the node's metadata cache, and a SHA-256 compared in constant time); passwords cost a scrypt
 * each (on libuv's thread pool, never on the event loop), so a successful password check is remembered for a few
 * seconds under a hash of the credentials, never the credentials themselves, and forgotten as soon as the store
 * reports a change of users, keys or grants (`metaGeneration`, src/node/meta-cache.ts).
 */
import { createHash } from 'node:crypto';
import type { Store } from '../store/store.js';
import { authenticate } from '../auth/service.js';
import { parseApiKey } from '../auth/apikey.js';
import type { Authenticator, Caller } from './access.js';

export function storeAuthenticator(store: Store, options: { passwordCacheMs?: number; maxCached?: number } = {}): Authenticator {
  const ttl = options.passwordCacheMs ?? 10_000;
  const max = options.maxCached ?? 10_000;
  const generation = (store as Partial<{ metaGeneration(): string }>).metaGeneration;
  const cache = new Map<string, { caller: Caller; until: number; gen: string }>();
  return async (creds) => {
    const isPassword = creds.scheme === 'basic' && !parseApiKey(creds.secret);
    if (!isPassword || ttl <= 0) return authenticate(store, creds);
    const key = createHash('sha256').update(`${creds.user}\0${creds.secret}`).digest('base64');
    const gen = generation ? generation.call(store) : '';
    const hit = cache.get(key);
    const now = Date.now();
    if (hit && hit.until > now && hit.gen === gen) return hit.caller;
    const caller = await authenticate(store, creds);
    if (caller && (!generation || generation.call(store) === gen)) {
      if (cache.size >= max) cache.clear();
      cache.set(key, { caller, until: now + ttl, gen });
    }
    return caller;
  };
}
