/**
 * `npm run demo`: two Liaison nodes on loopback exchanging under agreements (src/exchange/demo/scenario.ts), both
 * ledgers printed, then both nodes left running with their URLs and admin keys until Ctrl-C. Data folders live in
 * ./demo-data (recreated on each run; gitignored).
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { runDemo } from '../src/exchange/demo/scenario.js';
import type { NodeLedger } from '../src/exchange/conversation/node-ledger.js';

const dataDir = resolve('demo-data');
rmSync(dataDir, { recursive: true, force: true });

function summary(l: NodeLedger): string {
  const r = (c: NodeLedger['requests']['made']) => `${c.total} (${c.answered} answered, ${c.declined} declined, ${c.overdue} overdue)`;
  return [
    `  with ${l.name} (${l.partner})`,
    `    objects shared ${l.objects.shared.total} ${JSON.stringify(l.objects.shared.byTlp)}, received ${l.objects.received.total} ${JSON.stringify(l.objects.received.byTlp)}`,
    `    requests made ${r(l.requests.made)}, received ${r(l.requests.received)}`,
    `    opinions given ${l.opinions.given.total} ${JSON.stringify(l.opinions.given.byOpinion)}, received ${l.opinions.received.total} ${JSON.stringify(l.opinions.received.byOpinion)}`,
  ].join('\n');
}

const result = await runDemo({ keepRunning: true, dataDir, log: (line) => console.log(line) });
console.log('\nThreads (the same on both nodes):');
for (const [name, t] of Object.entries(result.threads)) console.log(`  ${name}: ${t.atCert.request} ${t.atCert.status} (cert) / ${t.atCompany.status} (company)`);
console.log('\nLedger at cert:');
for (const l of result.ledgers.cert) console.log(summary(l));
console.log('Ledger at company:');
for (const l of result.ledgers.company) console.log(summary(l));
const { cert, company } = result.nodes;
console.log(`
Both nodes are running (Ctrl-C stops them):
  cert     ${cert.url}/taxii2/   admin key ${result.adminKeys.cert}
           CLI: liaison request list --data ${cert.dir}
  company  ${company.url}/taxii2/   admin key ${result.adminKeys.company}
           CLI: liaison ledger --data ${company.dir}
  e.g. curl -H 'Accept: application/taxii+json;version=2.1' -H "Authorization: Bearer ${result.adminKeys.cert}" ${cert.url}/liaison/v1/ledger`);

let stopping = false;
process.on('SIGINT', () => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping both nodes…');
  void result.stop().then(() => process.exit(0));
});
