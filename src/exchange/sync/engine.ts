/**
 * @module The sync engine (issue 5): for one partner, pull every collection we may read at its node into the
 * agreement's inbound collection, and push what the agreement shares (through the policy) into its `--push-to`
 * collection, over TAXII 2.1 (../../taxii/client.ts).
 *
 * Incremental and resumable: a checkpoint per partner, collection and direction moves only after the objects before
 * it are durable here (pull) or acknowledged by the partner's status resource (push), so a crash or a cut
 * connection repeats at most a few pages, and a repeated version is a success (TAXII 2.1 §5.5; the store's
 * `present`). Never echoes: a version that came from the partner is not pushed back to it (policy ECHO), and a
 * version we already hold from another source is not copied into the inbound collection. Conflicting versions (same
 * id and modified, other content) are kept by the store and reported. Every refusal is recorded with its reason.
 */
import { LiaisonError, isLiaisonError } from '../../errors.js';
import type { Page, PartnerRecord, RefusalRecord, StixObject, StoredObject, Store } from '../../store/store.js';
import { TaxiiClient, type TaxiiClientOptions } from '../../taxii/client.js';
import { defaultValidator, type ObjectValidator } from '../../taxii/validate.js';
import type { WorkerVerdict } from '../../taxii/object-check.js';
import { prepareVersion, type PreparedVersion } from '../../store/record.js';
import type { Agreement } from '../agreement.js';
import { currentAgreement, inboundTag, mustPartner, outboundTag, tagOf } from './partners.js';
import { ensureReviewCollection } from '../conversation/held.js';
import { sortIncoming, versionOf } from './intake.js';
import { Pipe } from './pipe.js';
import { readPages, type PulledPage, type ReadState, type ReadTarget } from './page-reader.js';
import { pagesOnWorker } from './worker-pages.js';
import { threadCpuMs } from './thread-cpu.js';
import { formatPosition, parsePosition } from './position.js';
import { decryptSecret } from './secrets.js';
import type { Outbound, OutboundResult } from './outbound.js';


/** Per pulled object: the pull worker's verdict and derivation, or undefined / null where the page was read here. */
interface PageChecks {
  verdicts: (WorkerVerdict | undefined)[];
  prepared: (PreparedVersion | null)[];
}
export interface PullCount {
  collection: string;
  title?: string;
  received: number;
  added: number;
  present: number;
  /** Versions we already hold from another source (our own, or another partner's): not copied. */
  skipped: number;
  refused: number;
  conflicts: number;
}

export interface PushCount {
  collection: string;
  considered: number;
  sent: number;
  accepted: number;
  refusedOurs: number;
  refusedTheirs: number;
}

export interface SyncReport {
  partner: string;
  runId: number;
  ok: boolean;
  error?: { code: string; message: string };
  pulled: PullCount[];
  pushed: PushCount[];
  startedAt: string;
  finishedAt: string;
}

export interface EngineOptions {
  /** Checks every pulled object (refused ones are recorded, not stored). */
  validate: ObjectValidator;
  /** Page size asked of the partner and read from our store. */
  pageLimit?: number;
  /** Passed to the TAXII client (retries, back-off, timeouts). */
  client?: { attempts?: number; backoffBaseMs?: number; backoffMaxMs?: number; timeoutMs?: number };
  /** Pulled objects that may wait, fetched ahead of the store (default `BATCH_PAGES` pages). */
  aheadObjects?: number;
  /** Most pulled objects stored in one transaction (default `BATCH_PAGES` pages). */
  batchObjects?: number;
  /** Pulled objects stored between two checkpoint writes, at most (default `BATCH_PAGES` pages; a crash repeats them). */
  checkpointObjects?: number;
  /** Read a pull's pages after the first on a worker thread (./worker-pages.ts; default true). */
  pullWorker?: boolean;
  /** Told after every page moved (tests use it to kill a node mid-sync). */
  onPage?: (e: { partner: string; direction: 'pull' | 'push'; collection: string; count: number }) => void;
}

/**
 * Pages of a pull stored in one transaction at most, and fetched ahead while one is stored. Large transactions are
 * what makes a cold pull fast: each commit writes every index page it touched (three random-key indexes), so 20
 * pages per commit cost about 20% less CPU per object than 5 (measured on SQLite), for about 20 MB of pages in memory.
 */
const BATCH_PAGES = 20;
const cpuNow = threadCpuMs;

/** CPU milliseconds of the event loop's thread (./thread-cpu.ts) spent in each stage of storing pulled pages, summed over the engine's life (the sync bench reads it). */
export interface PullStages {
  validate: number;
  lookup: number;
  store: number;
  checkpoint: number;
}

export class SyncEngine {
  private readonly running = new Map<string, Promise<SyncReport>>();
  readonly stages: PullStages = { validate: 0, lookup: 0, store: 0, checkpoint: 0 };

  constructor(private readonly store: Store, private readonly outbound: Outbound, private readonly options: EngineOptions) {}

  /** Syncs one partner (pull, then push); concurrent calls for the same partner share one run. */
  syncPartner(name: string): Promise<SyncReport> {
    const current = this.running.get(name);
    if (current) return current;
    const run = this.run(name).finally(() => this.running.delete(name));
    this.running.set(name, run);
    return run;
  }

  /** Syncs every partner, one after another. */
  async syncAll(): Promise<SyncReport[]> {
    const out: SyncReport[] = [];
    for (const p of await this.store.listPartners()) out.push(await this.syncPartner(p.name));
    return out;
  }

  private async run(name: string): Promise<SyncReport> {
    const partner = await mustPartner(this.store, name);
    const startedAt = new Date().toISOString();
    const runId = await this.store.startSyncRun(name, startedAt);
    const report: SyncReport = { partner: name, runId, ok: true, pulled: [], pushed: [], startedAt, finishedAt: startedAt };
    try {
      const agreement = await currentAgreement(this.store, name);
      if (!agreement) throw new LiaisonError('NOT_FOUND', { what: `an agreement with ${name} (liaison agreement set ${name} …)` });
      const secret = decryptSecret(this.outbound.self.secret, partner.keyCiphertext, name);
      const clientOptions: TaxiiClientOptions = { baseUrl: partner.url, username: partner.username, secret, ...this.options.client };
      const client = new TaxiiClient(clientOptions);
      const root = await client.resolveApiRoot(partner.apiRoot);
      if (agreement.inbound) await this.pull(partner, agreement, client, clientOptions, root, report);
      if (agreement.pushTo && agreement.share.length) await this.push(partner, agreement, client, root, report);
    } catch (e) {
      report.ok = false;
      report.error = isLiaisonError(e) ? { code: e.code, message: e.message } : { code: 'INTERNAL', message: (e as Error).message };
    }
    report.finishedAt = new Date().toISOString();
    const { pulled, pushed, error } = report;
    await this.store.finishSyncRun(runId, { finishedAt: report.finishedAt, ok: report.ok, summary: { pulled, pushed, ...(error && { error }) } });
    return report;
  }

  /** Pulls every collection we may read at the partner, page by page from its checkpoint. */
  private async pull(partner: PartnerRecord, agreement: Agreement, client: TaxiiClient, clientOptions: TaxiiClientOptions, root: string, report: SyncReport): Promise<void> {
    const inbound = agreement.inbound as string;
    const target = agreement.review ? await ensureReviewCollection(this.store, partner.name, inbound) : inbound;
    for (const c of await client.collections(root)) {
      if (!c.can_read || c.id === agreement.pushTo) continue;
      const count: PullCount = { collection: c.id, title: c.title, received: 0, added: 0, present: 0, skipped: 0, refused: 0, conflicts: 0 };
      report.pulled.push(count);
      await this.pullCollection(partner, agreement, client, clientOptions, root, c.id, target, count);
    }
  }

  /**
   * One collection, pipelined: pages are fetched while the previous ones are stored, and the pages waiting when the
   * store is free go in one transaction (a slow disk gets bigger transactions, not a longer queue). The checkpoint
   * moves after each transaction, tagged with the rules the pages were read under: our inbound rules and the
   * partner's view (X-Liaison-View). When the partner's view changes, what it withheld before may now be allowed,
   * so the collection is read again from the start (repeats are harmless).
   */
  private async pullCollection(
    partner: PartnerRecord, agreement: Agreement, client: TaxiiClient, clientOptions: TaxiiClientOptions, root: string, collection: string, target: string, count: PullCount,
  ): Promise<void> {
    const limit = this.options.pageLimit ?? 1000;
    const inTag = inboundTag(agreement);
    const saved = parsePosition((await this.store.getCheckpoint(partner.name, collection, 'pull'))?.position);
    // A position reached for another inbound collection (or review) is no position for this one.
    const resume = saved && saved.tag.startsWith(`${inTag}.`) ? saved : undefined;
    const pipe = new Pipe<PulledPage>(this.options.aheadObjects ?? BATCH_PAGES * limit, this.options.batchObjects ?? BATCH_PAGES * limit);

    const state: ReadState = { addedAfter: resume?.position || undefined, tagged: resume?.tag, restarts: 0 };
    const readTarget: ReadTarget = { partner: partner.name, root, collection, limit, inTag };
    const fetcher = (async () => {
      try {
        // The first page on the event loop (an incremental pull is often one page); a longer pull on a worker.
        let more = false;
        for await (const page of readPages(client, readTarget, state)) {
          if (!(await pipe.put(page, Math.max(1, page.objects.length)))) return;
          more = page.more;
          if (more && this.options.pullWorker !== false) break;
        }
        if (!more) return;
        const credits = Math.max(1, Math.ceil((this.options.aheadObjects ?? BATCH_PAGES * limit) / limit));
        // The worker checks the objects too when they are checked with the node's own validator.
        const checkOnWorker = this.options.validate === defaultValidator;
        for await (const page of pagesOnWorker(clientOptions, client, readTarget, state, credits, checkOnWorker)) {
          if (!(await pipe.put(page, Math.max(1, page.objects.length)))) return;
        }
      } finally {
        pipe.end();
      }
    })();

    const storer = (async () => {
      let written = resume ?? saved;
      /** The position after the last page stored (not yet the checkpoint when it differs from `written`). */
      let stored = written;
      let unwritten = 0;
      const every = this.options.checkpointObjects ?? BATCH_PAGES * limit;
      const checkpoint = async () => {
        if (stored === undefined || (stored.position === written?.position && stored.tag === written?.tag)) return;
        written = stored;
        unwritten = 0;
        const t = cpuNow();
        await this.store.setCheckpoint({ partner: partner.name, collection, direction: 'pull', position: formatPosition(written), updatedAt: new Date().toISOString() });
        this.stages.checkpoint += cpuNow() - t;
      };
      try {
        for (;;) {
          // Pages the worker posted while the last batch was stored are delivered one callback each: let them all
          // in before taking, so that they go in one transaction.
          await new Promise((r) => setImmediate(r));
          const pages = await pipe.take();
          // The end of the pages (or of the fetcher, failed or not): what was stored is where the next run starts.
          if (pages.length === 0) return await checkpoint();
          const objects = pages.flatMap((p) => p.objects);
          // Per object, what the pull worker found; nothing for a page read here (validated in place then).
          const checked: PageChecks = {
            verdicts: pages.flatMap((p) => p.check?.verdicts ?? p.objects.map(() => undefined)),
            prepared: pages.flatMap((p) => p.check?.prepared ?? p.objects.map(() => null)),
          };
          await this.storePulled(partner, agreement, collection, target, objects, count, checked);
          unwritten += objects.length;
          const last = [...pages].reverse().find((p) => p.position !== undefined);
          if (last?.position !== undefined) stored = { position: last.position, tag: last.tag };
          // The checkpoint is its own durable write: moved every few thousand objects, at a new tag and at the end.
          if (unwritten >= every || pipe.drained || !pages[pages.length - 1].more || stored?.tag !== written?.tag) await checkpoint();
          for (const p of pages) this.options.onPage?.({ partner: partner.name, direction: 'pull', collection, count: p.objects.length });
        }
      } finally {
        pipe.end();
      }
    })();
    const [f, s] = await Promise.allSettled([fetcher, storer]);
    if (s.status === 'rejected') throw s.reason;
    if (f.status === 'rejected') throw f.reason;
  }

  /**
   * Validates and stores pulled pages into `target` with the partner's provenance. `checked`: the pull worker's
   * verdicts and derivations of `objects` (../../taxii/object-check.ts) where it read them, used instead of
   * validating and deriving here.
   */
  private async storePulled(
    partner: PartnerRecord,
    agreement: Agreement,
    theirs: string,
    target: string,
    objects: Record<string, unknown>[],
    count: PullCount,
    checked?: PageChecks,
  ): Promise<void> {
    count.received += objects.length;
    const now = new Date().toISOString();
    const refusals: RefusalRecord[] = [];
    const valid: StixObject[] = [];
    const prepared = new Map<unknown, PreparedVersion>();
    let t = cpuNow();
    objects.forEach((o, i) => {
      const verdict = checked?.verdicts[i];
      let errors: { code: string; message: string }[] | null;
      if (verdict === false) errors = [{ code: 'NOT_AN_OBJECT', message: 'not a JSON object' }];
      else if (verdict !== undefined) errors = verdict;
      else {
        const v = o && typeof o === 'object' && !Array.isArray(o) ? this.options.validate(o) : { valid: false as const, errors: [{ code: 'NOT_AN_OBJECT', message: 'not a JSON object' }] };
        errors = v.valid ? null : v.errors;
      }
      if (errors) {
        const e = errors[0];
        refusals.push({ partner: partner.name, direction: 'pull', side: 'inbound', collection: theirs, objectId: String(o?.id ?? '').slice(0, 300), version: versionOf(o ?? {}).slice(0, 64), code: e?.code ?? 'INVALID', message: e?.message ?? 'invalid', at: now });
        return;
      }
      valid.push(o as StixObject);
      const derived = checked?.prepared[i];
      if (derived) prepared.set(o, derived);
    });
    this.stages.validate += cpuNow() - t;
    t = cpuNow();
    // Versions held from another source, or already decided on review, are not stored again (./intake.ts).
    const { fresh, skipped } = await sortIncoming(this.store, partner.name, agreement.review === true, valid);
    count.skipped += skipped.length;
    this.stages.lookup += cpuNow() - t;
    t = cpuNow();
    if (fresh.length) {
      const r = await this.store.addObjects(target, fresh, {
        provenance: { kind: 'partner', source: partner.name, defaultMarking: agreement.defaultMarking },
        // What the worker derived; the rest derived here.
        prepared: fresh.map((o) => prepared.get(o) ?? prepareVersion(o)),
      });
      count.added += r.added;
      count.present += r.present;
      count.conflicts += r.conflicts;
      for (const o of r.outcomes) {
        if (o.status === 'conflict') {
          refusals.push({ partner: partner.name, direction: 'pull', side: 'inbound', collection: theirs, objectId: o.id, version: o.version, code: 'VERSION_CONFLICT', message: `we already hold ${o.id} version ${o.version} with other content (conflict ${o.conflictId}, kept)`, at: now });
        }
      }
    }
    count.refused += refusals.filter((r) => r.code !== 'VERSION_CONFLICT').length;
    await this.store.recordRefusals(refusals);
    this.stages.store += cpuNow() - t;
  }

  /**
   * Pushes each shared collection from its checkpoint, through the policy, into the partner's push-to collection.
   * The next page is read and decided while the current one is posted. The checkpoint is tagged with the rules it
   * was reached under (outboundTag and the push-to collection): under other rules the push starts from the beginning.
   */
  private async push(partner: PartnerRecord, agreement: Agreement, client: TaxiiClient, root: string, report: SyncReport): Promise<void> {
    const pushTo = agreement.pushTo as string;
    const { max_content_length: max } = await client.apiRootInfo(root);
    const limit = this.options.pageLimit ?? 1000;
    const tag = tagOf([outboundTag(partner, agreement), pushTo]);
    for (const cid of agreement.share) {
      if (!(await this.store.getCollection(cid))) continue;
      const count: PushCount = { collection: cid, considered: 0, sent: 0, accepted: 0, refusedOurs: 0, refusedTheirs: 0 };
      report.pushed.push(count);
      const saved = parsePosition((await this.store.getCheckpoint(partner.name, cid, 'push'))?.position);
      const addedAfter = saved?.tag === tag ? Number(saved.position) || undefined : undefined;
      type Decided = { page: Page<StoredObject>; decided: OutboundResult };
      const read = (after?: { dateAdded: number; id: string }): Promise<Decided> => {
        const p = (async () => {
          const page = await this.store.listObjects(cid, { addedAfter, versions: { all: true } }, { after, limit });
          return { page, decided: await this.outbound.decide(partner, agreement, cid, page.items) };
        })();
        p.catch(() => undefined); // awaited below; a failure while the previous page posts is not unhandled
        return p;
      };
      let pending: Promise<Decided> | undefined = read();
      while (pending) {
        const { page, decided }: Decided = await pending;
        if (page.items.length === 0) break;
        const last = page.items[page.items.length - 1];
        pending = page.more ? read({ dateAdded: last.dateAdded, id: last.id }) : undefined;
        count.considered += page.items.length;
        const { shared, refused } = decided;
        count.refusedOurs += refused.length;
        if (shared.length) {
          const res = await client.postObjects(root, pushTo, shared.map((s) => JSON.parse(s.json) as Record<string, unknown>), max);
          count.sent += shared.length;
          count.accepted += res.successes.length;
          count.refusedTheirs += res.failures.length;
          const now = new Date().toISOString();
          // Acknowledged by the partner's status resource: delivered (the `shared` side of the ledger).
          await this.store.recordDeliveries(res.successes.map((d) => ({ partner: partner.name, id: String(d.id), version: String(d.version ?? ''), at: now })));
          await this.store.recordRefusals(res.failures.map((f) => ({
            partner: partner.name, direction: 'push' as const, side: 'theirs' as const, collection: cid, objectId: String(f.id).slice(0, 300),
            version: String(f.version ?? '').slice(0, 64), code: codeOf(f.message), message: String(f.message ?? '').slice(0, 2000), at: now,
          })));
        }
        await this.store.setCheckpoint({ partner: partner.name, collection: cid, direction: 'push', position: formatPosition({ position: String(last.dateAdded), tag }), updatedAt: new Date().toISOString() });
        this.options.onPage?.({ partner: partner.name, direction: 'push', collection: cid, count: page.items.length });
      }
    }
  }
}

/** The stable code at the start of a status failure message (`CODE: text`), else REFUSED. */
function codeOf(message: string | undefined): string {
  const m = /^([A-Z][A-Z0-9_]{1,63}):/.exec(message ?? '');
  return m ? m[1] : 'REFUSED';
}
