/**
 * `liaison partner held NAME`, `liaison partner accept NAME [ID...|--all]`, `liaison partner reject NAME ID...
 * [--reason TEXT]` and `liaison partner reviewed NAME`: the analyst's side of an agreement with `--review`
 * (src/exchange/conversation/held.ts). Additions beside issue 5's exact contract; every command takes `--data DIR`
 * and `--json`. The decisions are recorded as taken by `cli:<the account that ran the command>`.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { acceptHeld, listHeld, rejectHeld, reviewHistory } from '../../exchange/conversation/held.js';
import { emit } from '../output.js';
import { withNode, type DataOptions } from '../node/open.js';

const DATA = ['--data <dir>', 'data folder (SQLite inside; LIAISON_DATABASE_URL selects PostgreSQL)', './data'] as const;
const JSON_OPT = ['--json', 'print one JSON document'] as const;

/** Who a CLI decision is recorded as: the local account (the CLI has no login of its own). */
function cliUser(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

export function registerHeld(partner: Command): void {
  partner.command('held <name>').description("the partner's objects held for review (agreement --review): id, type, name, marking, received")
    .option(...DATA).option(...JSON_OPT)
    .action((name: string, opts: DataOptions) =>
      withNode(opts, async (store) => {
        const { collection, held } = await listHeld(store, name);
        emit(Boolean(opts.json), { partner: name, collection, held }, () =>
          held.length
            ? held.map((h) => `${h.id}  ${h.type.padEnd(16)} ${(h.marking.toUpperCase() + (h.marking_source === 'default' ? '*' : '')).padEnd(14)} ${h.received}  ${h.name ?? ''}\n`).join('') +
              (held.some((h) => h.marking_source === 'default') ? '* unmarked: the default marking of the agreement\n' : '')
            : `Nothing from ${name} is held for review\n`);
      }));
  partner.command('accept <name> [ids...]').description('accept held objects into the inbound collection (the partner stays their source)')
    .option('--all', 'every held object of the partner').option(...DATA).option(...JSON_OPT)
    .action((name: string, ids: string[], opts: DataOptions & { all?: boolean }) =>
      withNode(opts, async (store) => {
        const r = await acceptHeld(store, name, { ids, all: opts.all, user: cliUser() });
        emit(Boolean(opts.json), r, () =>
          `Accepted ${r.accepted.length} object${r.accepted.length === 1 ? '' : 's'} from ${name} into ${r.inbound}\n` +
          r.accepted.map((a) => `  ${a.id} (${a.versions.length} version${a.versions.length === 1 ? '' : 's'}${a.conflicts ? `, ${a.conflicts} in conflict` : ''})\n`).join(''));
      }));
  partner.command('reject <name> <ids...>').description('reject held objects: removed, and the refusal recorded (sync status shows it)')
    .option('--reason <text>', 'why (recorded with the refusal)').option(...DATA).option(...JSON_OPT)
    .action((name: string, ids: string[], opts: DataOptions & { reason?: string }) =>
      withNode(opts, async (store) => {
        const r = await rejectHeld(store, name, { ids, reason: opts.reason, user: cliUser() });
        emit(Boolean(opts.json), r, () => `Rejected ${r.rejected.length} object${r.rejected.length === 1 ? '' : 's'} from ${name}${r.reason ? `: ${r.reason}` : ''}\n`);
      }));
  partner.command('reviewed <name>').description('decisions taken on held objects: accepted or rejected, by whom, when, why')
    .option(...DATA).option(...JSON_OPT)
    .action((name: string, opts: DataOptions) =>
      withNode(opts, async (store) => {
        const decisions = await reviewHistory(store, name);
        emit(Boolean(opts.json), { partner: name, decisions }, () =>
          decisions.length
            ? decisions.map((d) => `${d.at}  ${d.decision.padEnd(8)} ${d.id} by ${d.by}${d.reason ? `: ${d.reason}` : ''}\n`).join('')
            : `No decisions yet on objects held from ${name}\n`);
      }));
}
