/**
 * Who is calling and what they may do (TAXII 2.1 §1.6.9, §5.2.1 can_read/can_write, §5.7 DELETE matrix).
 * Authentication itself (checking a password or a key) is delegated to an `Authenticator` so that the HTTP layer
 * never touches secrets beyond parsing the header.
 */
import type { Store, Collection } from '../store/store.js';
import type { Credentials } from '../auth/header.js';
import type { Principal } from '../auth/service.js';

/** An authenticated caller (its `keyId`, when a key was used, is the unit of rate limiting). */
export type Caller = Principal;

/** Checks credentials; resolves to the caller, or null when they are not valid (unknown user, wrong secret, revoked key). */
export type Authenticator = (credentials: Credentials) => Promise<Caller | null>;

export interface Access {
  read: boolean;
  write: boolean;
}

/**
 * The caller's rights in a collection: an admin may do everything; a user what their grant says; anyone, even
 * without credentials, may read a collection that is explicitly public. Nobody writes without a grant.
 */
export async function accessTo(store: Store, caller: Caller | null, collection: Collection): Promise<Access> {
  if (caller?.admin) return { read: true, write: true };
  let read = collection.public;
  let write = false;
  if (caller) {
    const grant = await store.getGrant(caller.user, collection.id);
    if (grant) {
      read ||= grant.read;
      write = grant.write;
    }
  }
  return { read, write };
}
