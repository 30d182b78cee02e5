/**
 * The `next` token (TAXII 2.1 §3.4, §3.5): a stateless keyset cursor. It holds the position of the last entry
 * served, `(date_added, id)`, and an HMAC under the node's secret over that position, the endpoint, the
 * collection, the filters and the caller. Nothing is kept on the server, so a token survives restarts and works on
 * any process sharing the database; the HMAC makes it useless for another collection, another query or another
 * user, and unforgeable. Tokens older than `maxAgeMs` are refused as stale.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { LiaisonError } from '../errors.js';

export interface CursorPosition {
  /** date_added of the last entry served, in microseconds. */
  dateAdded: number;
  /** id of the last entry served (ties cannot happen within a collection, the id makes the order total anyway). */
  id: string;
}

/** What a token is bound to: the same values must come back with the token. */
export interface CursorScope {
  endpoint: string;
  collection: string;
  /** The object id of the object and versions endpoints, '' elsewhere. */
  object: string;
  /** Canonical filters (TaxiiQuery.canonical). */
  query: string;
  /** The caller: a user id, or '' for an anonymous reader of a public collection. */
  caller: string;
}

const VERSION = 'c1';
const MAC_BYTES = 18;

function mac(secret: Buffer, body: string, scope: CursorScope): Buffer {
  const h = createHmac('sha256', secret);
  h.update(`${VERSION}\n${body}\n${scope.endpoint}\n${scope.collection}\n${scope.object}\n${scope.query}\n${scope.caller}`);
  return h.digest().subarray(0, MAC_BYTES);
}

export class CursorCodec {
  constructor(
    private readonly secret: Buffer,
    private readonly maxAgeMs = 24 * 3600 * 1000,
    private readonly now: () => number = Date.now,
  ) {
    if (secret.length < 16) throw new Error('cursor secret too short');
  }

  /** The token for "continue after `pos`" within `scope`. */
  encode(pos: CursorPosition, scope: CursorScope): string {
    const body = Buffer.from(JSON.stringify([pos.dateAdded, pos.id, this.now()]), 'utf8').toString('base64url');
    return `${body}${mac(this.secret, body, scope).toString('base64url')}`;
  }

  /** The position a token holds, after checking it was issued by this node for exactly this scope. */
  decode(token: string, scope: CursorScope): CursorPosition {
    const macChars = Math.ceil((MAC_BYTES * 4) / 3);
    if (token.length <= macChars) throw new LiaisonError('BAD_CURSOR', { reason: 'is malformed' });
    const body = token.slice(0, -macChars);
    const given = Buffer.from(token.slice(-macChars), 'base64url');
    const want = mac(this.secret, body, scope);
    if (given.length !== want.length || !timingSafeEqual(given, want)) {
      throw new LiaisonError('BAD_CURSOR', {
        reason: 'was not issued for this collection, query and caller (send the same filters that returned it)',
      });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      throw new LiaisonError('BAD_CURSOR', { reason: 'is malformed' });
    }
    if (
      !Array.isArray(parsed) || parsed.length !== 3 || !Number.isSafeInteger(parsed[0]) || typeof parsed[1] !== 'string' ||
      !Number.isSafeInteger(parsed[2])
    ) {
      throw new LiaisonError('BAD_CURSOR', { reason: 'is malformed' });
    }
    const issued = parsed[2] as number;
    if (this.now() - issued > this.maxAgeMs) {
      throw new LiaisonError('BAD_CURSOR', { reason: 'has expired: start again with added_after or without next' });
    }
    return { dateAdded: parsed[0] as number, id: parsed[1] as string };
  }
}
