/**
 * @module Partners, agreements and held objects in the node's JSON API (issue 5: "the same operations exist in the
 * API"), admins only, with the CLI's validation and error codes (`liaison partner …`, `liaison agreement …`):
 *
 * - GET /liaison/v1/partners, POST /liaison/v1/partners (add or replace), GET|DELETE /liaison/v1/partners/{name};
 * - GET /liaison/v1/partners/{name}/agreement[?version=N], GET …/agreement/versions, POST|PUT …/agreement (a new
 *   version; absent members keep their value, as `agreement set` does);
 * - GET …/held, POST …/held/accept, POST …/held/reject, GET …/reviewed (./held.ts).
 *
 * Our key at the partner is taken in and stored encrypted; no response carries it, and nothing here logs a body.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LiaisonError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import { parseAgreementOptions, validateAgreement, type AgreementChange } from '../agreement.js';
import { addPartner, currentAgreement, mustPartner, setAgreement } from '../sync/partners.js';
import { acceptHeld, listHeld, refuseSharingHeld, rejectHeld, reviewHistory } from './held.js';
import { admin, body, bool, only, param, str, strings } from './http.js';
import { agreementDoc, partnerDoc } from './partner-docs.js';

const PARTNER_MEMBERS = ['name', 'url', 'username', 'key', 'relation', 'api_root', 'local_user'] as const;
const AGREEMENT_MEMBERS = ['share', 'push_to', 'max_tlp', 'types', 'anonymize', 'strip', 'inbound', 'default_marking', 'review'] as const;

const required = (b: Record<string, unknown>, k: string): string => {
  const v = str(b, k);
  if (v === undefined) throw new LiaisonError('USAGE', { detail: `${k} is required` });
  return v;
};

/** An agreement change from a JSON body: the CLI's options, plus null to clear push_to, inbound or types. */
export function agreementChangeOf(b: Record<string, unknown>): AgreementChange {
  only(b, AGREEMENT_MEMBERS);
  const nullable = (k: string) => b[k] === null;
  const change = parseAgreementOptions({
    share: strings(b, 'share'),
    pushTo: nullable('push_to') ? undefined : str(b, 'push_to'),
    maxTlp: str(b, 'max_tlp'),
    types: nullable('types') ? undefined : strings(b, 'types'),
    anonymize: bool(b, 'anonymize'),
    strip: strings(b, 'strip'),
    inbound: nullable('inbound') ? undefined : str(b, 'inbound'),
    defaultMarking: str(b, 'default_marking'),
    review: bool(b, 'review'),
  });
  if (nullable('push_to')) change.pushTo = null;
  if (nullable('inbound')) change.inbound = null;
  if (nullable('types')) change.types = null;
  return change;
}

export function registerPartnerRoutes(app: FastifyInstance, store: Store): void {
  app.get('/liaison/v1/partners', async (request) => {
    admin(request);
    return { partners: (await store.listPartners()).map(partnerDoc) };
  });
  app.post('/liaison/v1/partners', async (request, reply) => {
    admin(request);
    const b = body(request);
    only(b, PARTNER_MEMBERS);
    const name = required(b, 'name');
    const existed = (await store.getPartner(name)) !== null;
    const r = await addPartner(store, {
      name, url: required(b, 'url'), username: required(b, 'username'), key: required(b, 'key'), relation: required(b, 'relation'),
      apiRoot: str(b, 'api_root'), localUser: str(b, 'local_user'),
    });
    return reply.code(existed ? 200 : 201).send({ partner: partnerDoc(r.partner), ...(r.localUserKey && { local_user_key: r.localUserKey }) });
  });
  app.get('/liaison/v1/partners/:name', async (request) => {
    admin(request);
    const p = await mustPartner(store, param(request, 'name'));
    return { partner: partnerDoc(p), agreement: agreementDoc(await currentAgreement(store, p.name)) };
  });
  app.delete('/liaison/v1/partners/:name', async (request) => {
    admin(request);
    const p = await mustPartner(store, param(request, 'name'));
    return { partner: p.name, removed: await store.removePartner(p.name) };
  });

  app.get('/liaison/v1/partners/:name/agreement', async (request) => {
    admin(request);
    const p = await mustPartner(store, param(request, 'name'));
    const q = request.query as Record<string, unknown>;
    if (q.version === undefined) return { partner: p.name, agreement: agreementDoc(await currentAgreement(store, p.name)) };
    const n = Number(q.version);
    if (!Number.isSafeInteger(n) || n < 1) throw new LiaisonError('BAD_PARAMETER', { what: 'version', reason: 'a positive integer' });
    const v = await store.getAgreement(p.name, n);
    if (!v) throw new LiaisonError('NOT_FOUND', { what: `version ${n} of the agreement with ${p.name}` });
    return { partner: p.name, agreement: agreementDoc(validateAgreement(v.doc)) };
  });
  app.get('/liaison/v1/partners/:name/agreement/versions', async (request) => {
    admin(request);
    const p = await mustPartner(store, param(request, 'name'));
    return { partner: p.name, versions: (await store.listAgreementVersions(p.name)).map((v) => agreementDoc(validateAgreement(v.doc))) };
  });
  const set = async (request: FastifyRequest, reply: FastifyReply) => {
    admin(request);
    const name = param(request, 'name');
    const change = agreementChangeOf(body(request));
    await refuseSharingHeld(store, change.share);
    return reply.code(201).send(agreementDoc(await setAgreement(store, name, change)));
  };
  app.post('/liaison/v1/partners/:name/agreement', set);
  app.put('/liaison/v1/partners/:name/agreement', set);

  app.get('/liaison/v1/partners/:name/held', async (request) => {
    admin(request);
    const name = param(request, 'name');
    return { partner: name, ...(await listHeld(store, name)) };
  });
  app.post('/liaison/v1/partners/:name/held/accept', async (request) => {
    const user = admin(request);
    const b = body(request);
    only(b, ['ids', 'all']);
    return acceptHeld(store, param(request, 'name'), { ids: strings(b, 'ids'), all: bool(b, 'all'), user });
  });
  app.post('/liaison/v1/partners/:name/held/reject', async (request) => {
    const user = admin(request);
    const b = body(request);
    only(b, ['ids', 'reason']);
    return rejectHeld(store, param(request, 'name'), { ids: strings(b, 'ids') ?? [], reason: str(b, 'reason'), user });
  });
  app.get('/liaison/v1/partners/:name/reviewed', async (request) => {
    admin(request);
    const name = param(request, 'name');
    return { partner: name, decisions: await reviewHistory(store, name) };
  });
}
