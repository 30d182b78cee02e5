/**
 * `liaison init`, `user add`, `key add|revoke`, `collection add|list`, `grant`, `revoke`: the node's set-up and its
 * users, keys, collections and grants. Each prints a short text, or one JSON document with --json.
 */
import { openStore } from '../../store/open.js';
import { LiaisonError } from '../../errors.js';
import { addUser, issueApiKey } from '../../auth/service.js';
import { initNode } from '../../node/setup.js';
import { emit } from '../output.js';
import type { Collection } from '../../store/store.js';
import { collectionArg, configFor, withNode, type DataOptions } from './open.js';
import { DEFAULT_API_ROOT } from '../../node/setup.js';

export async function initCommand(opts: DataOptions & { name?: string }): Promise<void> {
  const store = await openStore(configFor(opts.data, true));
  try {
    const r = await initNode(store, { name: opts.name });
    emit(
      Boolean(opts.json),
      { data: opts.data, identity: r.identityId, api_root: `/${r.apiRoot}/`, admin: r.admin, key_id: r.keyId, api_key: r.adminKey },
      () =>
        `Created the node in ${opts.data}\n  identity  ${r.identityId}\n  API root  /${r.apiRoot}/\n` +
        `Admin API key (shown once; keep it safe):\n  ${r.adminKey}\n`,
    );
  } finally {
    await store.close();
  }
}

export async function userAddCommand(name: string, opts: DataOptions & { password?: string; admin?: boolean }): Promise<void> {
  await withNode(opts, async (store) => {
    const k = await addUser(store, name, { password: opts.password, admin: Boolean(opts.admin) });
    emit(Boolean(opts.json), { user: name, admin: Boolean(opts.admin), key_id: k.keyId, api_key: k.token }, () => `API key for ${name} (shown once):\n  ${k.token}\n`);
  });
}

export async function keyAddCommand(user: string, opts: DataOptions): Promise<void> {
  await withNode(opts, async (store) => {
    if (!(await store.getUser(user))) throw new LiaisonError('NOT_FOUND', { what: `user ${JSON.stringify(user)}` });
    const k = await issueApiKey(store, user);
    emit(Boolean(opts.json), { user, key_id: k.keyId, api_key: k.token }, () => `New API key for ${user} (id ${k.keyId}, shown once):\n  ${k.token}\n`);
  });
}

export async function keyRevokeCommand(keyId: string, opts: DataOptions): Promise<void> {
  await withNode(opts, async (store) => {
    const k = await store.revokeApiKey(keyId);
    emit(Boolean(opts.json), { key_id: k.keyId, user: k.user, revoked_at: k.revokedAt }, () => `Revoked key ${k.keyId} of ${k.user}\n`);
  });
}

function collectionDoc(c: Collection) {
  return {
    id: c.id,
    title: c.title,
    ...(c.alias !== undefined && { alias: c.alias }),
    ...(c.description !== undefined && { description: c.description }),
    public: c.public,
    api_root: `/${c.apiRoot}/`,
    url: `/${c.apiRoot}/collections/${c.id}/`,
  };
}

export async function collectionAddCommand(opts: DataOptions & { title: string; alias?: string; description?: string; public?: boolean }): Promise<void> {
  if (!opts.title.trim()) throw new LiaisonError('USAGE', { detail: '--title must not be empty' });
  if (opts.alias !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(opts.alias)) {
    throw new LiaisonError('USAGE', { detail: '--alias: letters, digits and . _ - only, up to 100' });
  }
  await withNode(opts, async (store) => {
    const c = await store.createCollection({
      apiRoot: DEFAULT_API_ROOT,
      title: opts.title,
      ...(opts.alias !== undefined && { alias: opts.alias }),
      ...(opts.description !== undefined && { description: opts.description }),
      public: Boolean(opts.public),
    });
    emit(Boolean(opts.json), collectionDoc(c), () => `Created collection ${c.id}${c.alias ? ` (${c.alias})` : ''}: ${c.title}${c.public ? ' [public]' : ''}\n`);
  });
}

export async function collectionListCommand(opts: DataOptions): Promise<void> {
  await withNode(opts, async (store) => {
    const list = await store.listCollections();
    const docs = await Promise.all(list.map(async (c) => ({ ...collectionDoc(c), objects: await store.countEntries(c.id) })));
    emit(Boolean(opts.json), { collections: docs }, () =>
      docs.length
        ? docs.map((d) => `${d.id}  ${(d.alias ?? '-').padEnd(16)}  ${String(d.objects).padStart(8)}  ${d.title}${d.public ? ' [public]' : ''}\n`).join('')
        : 'No collections yet: liaison collection add --title T\n',
    );
  });
}

export async function grantCommand(user: string, collection: string, opts: DataOptions & { read?: boolean; write?: boolean }): Promise<void> {
  await withNode(opts, async (store) => {
    const c = await collectionArg(store, collection);
    if (!(await store.getUser(user))) throw new LiaisonError('NOT_FOUND', { what: `user ${JSON.stringify(user)}` });
    const before = await store.getGrant(user, c.id);
    // Neither flag: read. Granting adds to what the user already has; `revoke` takes everything away.
    const read = Boolean(opts.read) || (!opts.read && !opts.write) || Boolean(before?.read);
    const write = Boolean(opts.write) || Boolean(before?.write);
    await store.setGrant({ user, collectionId: c.id, read, write });
    emit(Boolean(opts.json), { user, collection: c.id, read, write }, () => `${user} may now ${[read && 'read', write && 'write'].filter(Boolean).join(' and ')} ${c.alias ?? c.id}\n`);
  });
}

export async function revokeCommand(user: string, collection: string, opts: DataOptions): Promise<void> {
  await withNode(opts, async (store) => {
    const c = await collectionArg(store, collection);
    const removed = await store.removeGrant(user, c.id);
    emit(Boolean(opts.json), { user, collection: c.id, removed }, () => (removed ? `${user} no longer has access to ${c.alias ?? c.id}\n` : `${user} had no grant on ${c.alias ?? c.id}\n`));
  });
}
