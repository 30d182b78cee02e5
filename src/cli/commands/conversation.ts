/**
 * `liaison request open|respond|list|show`, `liaison opinion add`, `liaison note add` and `liaison ledger` (issue 5's
 * CLI contract). Every command takes `--data DIR` and `--json`. The objects are stored in the node's `exchange`
 * collection; `liaison sync` (or `serve`) carries them to the partner.
 */
import type { Command } from 'commander';
import { LiaisonError } from '../../errors.js';
import { addNote, addOpinion, listThreads, openRequest, respond, showThread } from '../../exchange/conversation/node-conversation.js';
import { nodeLedger, type NodeLedger } from '../../exchange/conversation/node-ledger.js';
import { openExchange } from '../../exchange/sync/node-exchange.js';
import type { OpinionValue } from '../../exchange/requests/build.js';
import type { Priority, RequestKind, ResponseStatus } from '../../exchange/requests/extension.js';
import type { ThreadState } from '../../exchange/requests/thread.js';
import type { RequestCounts } from '../../exchange/ledger.js';
import { defaultValidator } from '../../taxii/validate.js';
import { emit } from '../output.js';
import { withNode, type DataOptions } from '../node/open.js';

const DATA = ['--data <dir>', 'data folder (SQLite inside; LIAISON_DATABASE_URL selects PostgreSQL)', './data'] as const;
const JSON_OPT = ['--json', 'print one JSON document'] as const;

function threadText(t: ThreadState): string {
  const head = `${t.request}  ${t.status.toUpperCase()}${t.overdue ? ' (OVERDUE)' : ''}  ${t.kind ?? '?'} ${t.priority ?? ''}\n  from ${t.from} to ${t.to}, ${t.created}${t.due ? `, due ${t.due}` : ''}\n`;
  return head + t.steps.map((s) => `  ${s.at} ${s.status}${s.text ? `: ${s.text}` : ''}${s.refs.length ? ` [${s.refs.join(', ')}]` : ''}\n`).join('');
}

function counts(c: RequestCounts): string {
  const med = (v: number | null) => (v === null ? '-' : `${Math.round(v)}s`);
  return `${c.total} (${c.answered} answered, ${c.declined} declined, ${c.inProgress} in progress, ${c.open} open, ${c.overdue} overdue; median ack ${med(c.medianSecondsToAcknowledge)}, answer ${med(c.medianSecondsToAnswer)})`;
}

function ledgerText(l: NodeLedger): string {
  const tlps = (m: Record<string, number>) => Object.entries(m).map(([k, v]) => `${k}:${v}`).join(' ') || '-';
  const types = (m: Record<string, number>) => Object.entries(m).map(([k, v]) => `${k}:${v}`).join(' ') || '-';
  return [
    `${l.name} (${l.partner}) since ${l.period.since ?? 'the start'} until ${l.period.until}`,
    `  shared    ${l.objects.shared.total}  by TLP ${tlps(l.objects.shared.byTlp)}  by type ${types(l.objects.shared.byType)}`,
    `  received  ${l.objects.received.total}  by TLP ${tlps(l.objects.received.byTlp)}  by type ${types(l.objects.received.byType)}`,
    `  review    ${l.review.held} held, ${l.review.accepted} accepted, ${l.review.rejected} rejected`,
    `  requests made      ${counts(l.requests.made)}`,
    `  requests received  ${counts(l.requests.received)}`,
    `  opinions given ${l.opinions.given.total} ${tlps(l.opinions.given.byOpinion)}; received ${l.opinions.received.total} ${tlps(l.opinions.received.byOpinion)}`,
  ].join('\n') + '\n';
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function registerConversation(program: Command): void {
  const request = program.command('request').description('requests to partners and their answers');
  request.command('open').description('ask a partner for information or action; prints the request id')
    .requiredOption('--to <name>', 'the partner asked').requiredOption('--kind <kind>', 'information|action')
    .requiredOption('--about <id...>', 'the objects the request is about').requiredOption('--text <text>', 'what is asked')
    .option('--due <date>', 'due date (YYYY-MM-DD or RFC 3339)').option('--priority <p>', 'low|medium|high')
    .option(...DATA).option(...JSON_OPT)
    .action((opts: DataOptions & { to: string; kind: string; about: string[]; text: string; due?: string; priority?: string }) =>
      withNode(opts, async (store) => {
        const req = await openRequest(store, { to: opts.to, kind: opts.kind as RequestKind, about: opts.about, text: opts.text, due: opts.due, priority: opts.priority as Priority | undefined });
        emit(Boolean(opts.json), { id: req.id, request: req }, () => `${req.id}\n`);
      }));
  request.command('respond <id>').description('answer a request a partner made of us')
    .requiredOption('--status <status>', 'acknowledged|in-progress|answered|declined').option('--text <text>', 'the answer (the reason, when declined)')
    .option('--refs <id...>', 'intelligence the answer refers to').option(...DATA).option(...JSON_OPT)
    .action((id: string, opts: DataOptions & { status: string; text?: string; refs?: string[] }) =>
      withNode(opts, async (store) => {
        const res = await respond(store, { request: id, status: opts.status as ResponseStatus, text: opts.text, refs: opts.refs });
        emit(Boolean(opts.json), { id: res.id, response: res }, () => `${res.id}\n`);
      }));
  request.command('list').description('every request we made or received, with its current state').option(...DATA).option(...JSON_OPT)
    .action((opts: DataOptions) =>
      withNode(opts, async (store) => {
        const threads = await listThreads(store);
        emit(Boolean(opts.json), { requests: threads }, () =>
          threads.length ? threads.map((t) => `${t.request}  ${t.status.padEnd(12)} ${t.overdue ? 'OVERDUE ' : ''}${t.kind ?? ''} from ${t.from} to ${t.to}\n`).join('') : 'No requests yet\n');
      }));
  request.command('show <id>').description('a request and its responses, folded into its current state').option(...DATA).option(...JSON_OPT)
    .action((id: string, opts: DataOptions) =>
      withNode(opts, async (store) => {
        const { request: req, thread } = await showThread(store, id);
        emit(Boolean(opts.json), { request: req, thread }, () => threadText(thread) + `  text: ${String(req.text)}\n  about: ${(req.object_refs as string[]).join(', ')}\n`);
      }));

  program.command('opinion').description('opinions on any object (a rebuttal: strongly-disagree)')
    .command('add').description("register an opinion; on a partner's object it travels back to its author")
    .requiredOption('--about <id>', 'the object', collect).requiredOption('--opinion <o>', 'strongly-disagree|disagree|neutral|agree|strongly-agree')
    .requiredOption('--text <text>', 'the explanation').option(...DATA).option(...JSON_OPT)
    .action((opts: DataOptions & { about: string[]; opinion: string; text: string }) =>
      withNode(opts, async (store) => {
        const op = await addOpinion(store, { about: opts.about, opinion: opts.opinion as OpinionValue, text: opts.text });
        emit(Boolean(opts.json), { id: op.id, opinion: op }, () => `${op.id}\n`);
      }));
  program.command('note').description('notes on any object')
    .command('add').description("add a note; on a partner's object it travels back to its author")
    .requiredOption('--about <id>', 'the object', collect).requiredOption('--text <text>', 'the note').option(...DATA).option(...JSON_OPT)
    .action((opts: DataOptions & { about: string[]; text: string }) =>
      withNode(opts, async (store) => {
        const note = await addNote(store, { about: opts.about, text: opts.text });
        emit(Boolean(opts.json), { id: note.id, note }, () => `${note.id}\n`);
      }));

  program.command('ledger').description('the reciprocity ledger: who shared, asked and answered what, per partner')
    .argument('[name]', 'partner').option('--since <date>', 'start of the period').option(...DATA).option(...JSON_OPT)
    .action((name: string | undefined, opts: DataOptions & { since?: string }) =>
      withNode(opts, async (store) => {
        let since: Date | undefined;
        if (opts.since !== undefined) {
          since = new Date(opts.since);
          if (Number.isNaN(since.getTime())) throw new LiaisonError('USAGE', { detail: `--since ${JSON.stringify(opts.since)} is not a date` });
        }
        const ex = await openExchange(store, defaultValidator);
        const ledgers = await nodeLedger(store, ex.outbound, { partner: name, since });
        emit(Boolean(opts.json), { ledgers }, () => (ledgers.length ? ledgers.map(ledgerText).join('') : 'No partners yet\n'));
      }));
}
