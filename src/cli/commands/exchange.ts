/**
 * `liaison partner add|list|show|remove`, `liaison agreement set|show`, `liaison sync [NAME]` and
 * `liaison sync status [NAME]` (issue 5's CLI contract). Every command takes `--data DIR` and `--json`.
 */
import type { Command } from 'commander';
import { parseAgreementOptions, type Agreement } from '../../exchange/agreement.js';
import { addPartner, currentAgreement, mustPartner, setAgreement } from '../../exchange/sync/partners.js';
import { agreementDoc, partnerDoc } from '../../exchange/conversation/partner-docs.js';
import { refuseSharingHeld } from '../../exchange/conversation/held.js';
import { registerHeld } from './exchange-held.js';
import { openExchange } from '../../exchange/sync/node-exchange.js';
import type { SyncReport } from '../../exchange/sync/engine.js';
import { syncStatus } from '../../exchange/sync/status.js';
import { defaultValidator } from '../../taxii/validate.js';
import { EXIT, emit } from '../output.js';
import { withNode, type DataOptions } from '../node/open.js';

const DATA = ['--data <dir>', 'data folder (SQLite inside; LIAISON_DATABASE_URL selects PostgreSQL)', './data'] as const;
const JSON_OPT = ['--json', 'print one JSON document'] as const;
const collect = (v: string, prev: string[] = []) => [...prev, v];

function agreementText(a: Agreement | null): string {
  if (!a) return '  no agreement yet: nothing flows (liaison agreement set NAME …)\n';
  return [
    `  version ${a.version} (${a.updated})`,
    `  share          ${a.share.join(', ') || '(nothing)'}${a.pushTo ? ` → pushed into ${a.pushTo}` : ' (they pull)'}`,
    `  max TLP        ${a.maxTlp.toUpperCase()}`,
    `  types          ${a.types?.join(', ') ?? '(all)'}`,
    `  anonymize      ${a.anonymize ? 'yes' : 'no'}`,
    `  strip          ${a.strip.join(', ') || '(nothing)'}`,
    `  inbound        ${a.inbound ?? '(we take nothing)'}${a.review ? ' (held for review)' : ''}`,
    `  default TLP    ${a.defaultMarking.toUpperCase()} for unmarked objects`,
  ].join('\n') + '\n';
}

function reportText(r: SyncReport): string {
  const lines = [`${r.partner}: ${r.ok ? 'ok' : `FAILED ${r.error?.code}: ${r.error?.message}`}`];
  for (const c of r.pulled) lines.push(`  pulled ${c.collection}${c.title ? ` (${c.title})` : ''}: ${c.received} received, ${c.added} new, ${c.present} already here, ${c.skipped} skipped, ${c.refused} refused, ${c.conflicts} conflicts`);
  for (const c of r.pushed) lines.push(`  pushed ${c.collection}: ${c.sent} sent, ${c.accepted} accepted, ${c.refusedOurs} withheld by the agreement, ${c.refusedTheirs} refused by them`);
  return lines.join('\n') + '\n';
}

export function registerExchange(program: Command): void {
  const partner = program.command('partner').description('partner nodes we exchange with');
  partner.command('add <name>').description("add (or replace) a partner: our URL and credentials at its node, its relation, its user here")
    .requiredOption('--url <url>', "the partner node's base URL").requiredOption('--username <u>', 'our user at the partner')
    .requiredOption('--key <key>', 'our API key at the partner (stored encrypted, never printed)')
    .requiredOption('--relation <relation>', 'organization|client|community').option('--api-root <path>', "the partner's API root (default: its discovery's default)")
    .option('--local-user <user>', 'the user here that the partner uses to reach us (created if missing; its key is printed once)')
    .option(...DATA).option(...JSON_OPT)
    .action((name: string, opts: DataOptions & { url: string; username: string; key: string; relation: string; apiRoot?: string; localUser?: string }) =>
      withNode(opts, async (store) => {
        const r = await addPartner(store, { name, url: opts.url, username: opts.username, key: opts.key, relation: opts.relation, apiRoot: opts.apiRoot, localUser: opts.localUser });
        emit(Boolean(opts.json), { partner: partnerDoc(r.partner), ...(r.localUserKey && { local_user_key: r.localUserKey }) }, () =>
          `Partner ${name} (${r.partner.relation}) at ${r.partner.url}\n` +
          (r.localUserKey ? `API key of ${opts.localUser}, for ${name} to reach us (shown once):\n  ${r.localUserKey}\n` : ''));
      }));
  partner.command('list').description('list the partners').option(...DATA).option(...JSON_OPT).action((opts: DataOptions) =>
    withNode(opts, async (store) => {
      const list = await store.listPartners();
      emit(Boolean(opts.json), { partners: list.map(partnerDoc) }, () =>
        list.length ? list.map((p) => `${p.name.padEnd(20)} ${p.relation.padEnd(12)} ${p.url}\n`).join('') : 'No partners yet: liaison partner add NAME …\n');
    }));
  partner.command('show <name>').description('a partner and its current agreement').option(...DATA).option(...JSON_OPT).action((name: string, opts: DataOptions) =>
    withNode(opts, async (store) => {
      const p = await mustPartner(store, name);
      const a = await currentAgreement(store, name);
      emit(Boolean(opts.json), { partner: partnerDoc(p), agreement: agreementDoc(a) }, () =>
        `${p.name}: ${p.relation} at ${p.url}${p.apiRoot ?? ''} as ${p.username}; reaches us as ${p.localUser ?? '(no local user)'}\n` + agreementText(a));
    }));
  partner.command('remove <name>').description('forget a partner (its agreements, checkpoints and sync log)').option(...DATA).option(...JSON_OPT)
    .action((name: string, opts: DataOptions) =>
      withNode(opts, async (store) => {
        await mustPartner(store, name);
        const removed = await store.removePartner(name);
        emit(Boolean(opts.json), { partner: name, removed }, () => `Removed partner ${name}\n`);
      }));
  registerHeld(partner);

  const agreement = program.command('agreement').description('what flows to and from a partner');
  agreement.command('set <name>').description('make a new version of the agreement with a partner (absent options keep their value)')
    .option('--share <collection>', 'a collection the partner may read (repeatable)', collect)
    .option('--push-to <collection-id>', 'the collection at the partner we push the shared collections into')
    .option('--max-tlp <tlp>', 'clear|green|amber|amber+strict').option('--types <types>', 'object types allowed, comma-separated')
    .option('--anonymize', 'replace our identity by an anonymous one').option('--strip <glob>', 'property glob removed from copies (repeatable)', collect)
    .option('--inbound <collection>', "where the partner's data lands here").option('--default-marking <tlp>', 'clear|green|amber|amber+strict|red for unmarked objects')
    .option('--review', "hold the partner's objects for review").option(...DATA).option(...JSON_OPT)
    .action((name: string, opts: DataOptions & Parameters<typeof parseAgreementOptions>[0]) =>
      withNode(opts, async (store) => {
        const change = parseAgreementOptions(opts);
        await refuseSharingHeld(store, change.share);
        const a = await setAgreement(store, name, change);
        emit(Boolean(opts.json), agreementDoc(a), () => `Agreement with ${name}, version ${a.version}:\n` + agreementText(a));
      }));
  agreement.command('show <name>').description('the current agreement with a partner').option(...DATA).option(...JSON_OPT)
    .action((name: string, opts: DataOptions) =>
      withNode(opts, async (store) => {
        await mustPartner(store, name);
        const a = await currentAgreement(store, name);
        emit(Boolean(opts.json), { partner: name, agreement: agreementDoc(a) }, () => `Agreement with ${name}:\n` + agreementText(a));
      }));

  const sync = program.command('sync').description('sync with one partner (or all) once: pull what we may read, push what the agreement shares')
    .argument('[name]', 'partner').option(...DATA).option(...JSON_OPT)
    .action((name: string | undefined, opts: DataOptions) =>
      withNode(opts, async (store) => {
        const ex = await openExchange(store, defaultValidator);
        const reports = name ? [await ex.engine.syncPartner((await mustPartner(store, name)).name)] : await ex.engine.syncAll();
        emit(Boolean(opts.json), { runs: reports }, () => (reports.length ? reports.map(reportText).join('') : 'No partners yet\n'));
        if (reports.some((r) => !r.ok)) process.exitCode = EXIT.INTERNAL;
      }));
  sync.command('status').description('per partner and collection: last success, counts moved, each object refused and why')
    .argument('[name]', 'partner').option('--data <dir>', DATA[1]).option(...JSON_OPT)
    .action((name: string | undefined, own: Partial<DataOptions>, cmd: Command) => {
      // `sync` has the same options: commander gives them to whichever command it parses first.
      const parent = cmd.parent?.opts() as DataOptions;
      const opts: DataOptions = { data: own.data ?? parent.data, json: Boolean(own.json || parent.json) };
      return withNode(opts, async (store) => {
        const st = await syncStatus(store, name);
        emit(Boolean(opts.json), { partners: st }, () => st.map((s) => {
          const head = `${s.partner}: last success ${s.last_success ?? 'never'}${s.last_run && s.last_run.ok === false ? ` (last run failed: ${JSON.stringify((s.last_run as Record<string, unknown>).error)})` : ''}\n`;
          const cps = s.checkpoints.map((c) => `  ${c.direction} ${c.collection} at ${c.position} (${c.updated})\n`).join('');
          const run = s.last_run as (Record<string, unknown> & { pulled?: SyncReport['pulled']; pushed?: SyncReport['pushed'] }) | null;
          const counts = [
            ...(run?.pulled ?? []).map((c) => `  pulled ${c.collection}: ${c.added} new, ${c.present} already here, ${c.refused} refused, ${c.conflicts} conflicts\n`),
            ...(run?.pushed ?? []).map((c) => `  pushed ${c.collection}: ${c.accepted} accepted, ${c.refusedOurs} withheld, ${c.refusedTheirs} refused by them\n`),
          ].join('');
          const refused = s.refused.map((r) => `  refused (${r.side}) ${r.id} ${r.version}: ${r.code}: ${r.reason}\n`).join('');
          return head + counts + cps + refused;
        }).join('') || 'No partners yet\n');
      });
    });
}
