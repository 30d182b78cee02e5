/**
 * @module The scenario of `npm run demo` (issue 5, "A demo and its test"): two nodes on loopback, partners under
 * agreements (the second a client of the first), marked intelligence both ways, a request from each side answered,
 * a rebuttal, sync, and both ledgers. `runDemo({ keepRunning: false })` is what its test runs.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { agree, indicator, objectsOf, pair, removeDir, startTestNode, type TestNode } from '../sync/testing/nodes.js';
import { TLP2 } from '../../stix/markings.js';
import { addOpinion, ensureConversation, openRequest, respond, selfIdentity, showThread } from '../conversation/node-conversation.js';
import { nodeLedger, type NodeLedger } from '../conversation/node-ledger.js';
import type { ThreadState } from '../requests/thread.js';

export interface DemoOptions {
  /** Leave both nodes running (the demo) or stop them and remove their data at the end (its test). */
  keepRunning: boolean;
  /** Parent folder of the two data folders (default: a temporary folder each). */
  dataDir?: string;
  log?: (line: string) => void;
}

export interface DemoResult {
  nodes: { cert: TestNode; company: TestNode };
  adminKeys: { cert: string; company: string };
  objects: Record<string, Record<string, unknown>>;
  requests: { certAsks: string; companyAsks: string };
  rebuttal: string;
  threads: { certAsks: { atCert: ThreadState; atCompany: ThreadState }; companyAsks: { atCert: ThreadState; atCompany: ThreadState } };
  ledgers: { cert: NodeLedger[]; company: NodeLedger[] };
  /** Ids of everything each node received (its inbox). */
  received: { cert: string[]; company: string[] };
  stop(): Promise<void>;
}

function report(by: string, name: string, refs: string[], tlp: keyof typeof TLP2): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    type: 'report', spec_version: '2.1', id: `report--${randomUUID()}`, created: now, modified: now, created_by_ref: by, name,
    published: now, report_types: ['threat-actor'], object_refs: refs, object_marking_refs: [TLP2[tlp].id],
  };
}

export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const log = options.log ?? (() => undefined);
  const dirOf = (n: string) => {
    if (!options.dataDir) return undefined;
    const d = join(options.dataDir, n);
    mkdirSync(d, { recursive: true });
    return d;
  };
  const cert = await startTestNode('cert', ['outbox', 'inbox'], { dir: dirOf('cert') });
  const company = await startTestNode('company', ['outbox', 'inbox'], { dir: dirOf('company') });
  const stop = async () => {
    for (const n of [cert, company]) {
      await n.close();
      if (!options.dataDir) removeDir(n.dir);
    }
  };
  try {
    log(`cert    at ${cert.url}  (data ${cert.dir})`);
    log(`company at ${company.url}  (data ${company.dir})`);
    // The company is a client of the CERT; the CERT is a community peer of the company.
    await pair(cert, company, { bAtA: 'client', aAtB: 'community' });
    await agree(cert, 'company', { share: ['outbox'], maxTlp: 'amber', inbound: 'inbox', defaultMarking: 'amber' });
    await agree(company, 'cert', { share: ['outbox'], maxTlp: 'green', inbound: 'inbox', defaultMarking: 'green' });
    // Both agreements carry the conversation (the exchange collections) from the start: a running node applies an
    // agreement change to partners' reads within a second (its cache), so it is done before the first sync.
    await ensureConversation(cert.node.store, 'company');
    await ensureConversation(company.node.store, 'cert');
    log('partners: company is a client of cert (cert shares up to AMBER); cert is a community peer of company (company shares up to GREEN)');

    const certId = await selfIdentity(cert.node.store);
    const companyId = await selfIdentity(company.node.store);
    const own = { provenance: { kind: 'user' as const, source: 'admin' } };
    const certAmber = indicator('amber', { created_by_ref: certId, name: 'C2 of the group' });
    const certRed = indicator('red', { created_by_ref: certId, name: 'source-sensitive lead' });
    const certReport = report(certId, 'Group X targets the energy sector', [certAmber.id as string], 'green');
    const companyGreen = indicator('green', { created_by_ref: companyId, name: 'phishing sender seen here' });
    const companyAmber = indicator('amber', { created_by_ref: companyId, name: 'internal host' });
    await cert.node.store.addObjects(cert.coll.outbox, [certAmber, certRed, certReport] as never[], own);
    await company.node.store.addObjects(company.coll.outbox, [companyGreen, companyAmber] as never[], own);
    log('cert shares: report (GREEN), indicator (AMBER); keeps an indicator (RED). company shares: indicator (GREEN); its AMBER stays (above GREEN)');

    const syncBoth = async () => {
      for (const [n, p] of [[company, 'cert'], [cert, 'company'], [company, 'cert']] as const) {
        const r = await n.node.exchange.engine.syncPartner(p);
        if (!r.ok) throw new Error(`${n.name} sync with ${p} failed: ${r.error?.code} ${r.error?.message}`);
      }
    };

    const certAsks = await openRequest(cert.node.store, {
      to: 'company', kind: 'information', about: [companyGreen.id as string], text: 'Who else received mail from this sender? Tell us and we will act.', priority: 'high',
    });
    await syncBoth();
    const companyAsks = await openRequest(company.node.store, {
      to: 'cert', kind: 'action', about: [certAmber.id as string], text: 'Please get this C2 taken down.', priority: 'medium',
    });
    log(`requests: cert asks company ${certAsks.id}; company asks cert ${companyAsks.id}`);
    await syncBoth();

    await respond(company.node.store, { request: certAsks.id, status: 'acknowledged' });
    await respond(company.node.store, { request: certAsks.id, status: 'answered', text: 'Three subsidiaries; details attached.', refs: [companyGreen.id as string] });
    await respond(cert.node.store, { request: companyAsks.id, status: 'in-progress', text: 'Hosting provider contacted.' });
    await respond(cert.node.store, { request: companyAsks.id, status: 'answered', text: 'Taken down.' });
    const rebuttal = await addOpinion(company.node.store, {
      about: [certReport.id as string], opinion: 'strongly-disagree', text: 'The sender is a compromised supplier, not Group X.',
    });
    log(`answers posted; company rebuts the cert report (${rebuttal.id})`);
    await syncBoth();

    const threads = {
      certAsks: { atCert: (await showThread(cert.node.store, certAsks.id)).thread, atCompany: (await showThread(company.node.store, certAsks.id)).thread },
      companyAsks: { atCert: (await showThread(cert.node.store, companyAsks.id)).thread, atCompany: (await showThread(company.node.store, companyAsks.id)).thread },
    };
    const now = new Date();
    const ledgers = {
      cert: await nodeLedger(cert.node.store, cert.node.exchange.outbound, { now }),
      company: await nodeLedger(company.node.store, company.node.exchange.outbound, { now }),
    };
    const received = {
      cert: (await objectsOf(cert, 'inbox')).map((o) => String(o.id)),
      company: (await objectsOf(company, 'inbox')).map((o) => String(o.id)),
    };
    return {
      received,
      nodes: { cert, company },
      adminKeys: { cert: cert.node.created?.adminKey ?? '', company: company.node.created?.adminKey ?? '' },
      objects: { certAmber, certRed, certReport, companyGreen, companyAmber },
      requests: { certAsks: certAsks.id, companyAsks: companyAsks.id },
      rebuttal: rebuttal.id,
      threads,
      ledgers,
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  } finally {
    if (!options.keepRunning) await stop().catch(() => undefined);
  }
}
