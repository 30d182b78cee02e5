/** The parts of the command line, loaded on demand so that a command loads only what it runs. */
import type { Command } from 'commander';

type Register = (program: Command) => void;
/** Each part's commands, by the names it registers, and how to load it. A run loads only the part its command needs
 * (the ingest engine, the TAXII server and the exchange each take hundreds of milliseconds to load); help, the version
 * or a name no part knows loads them all, in this order. parts.test.ts checks the names against what each registers. */
export const PARTS: { names: string[]; load: () => Promise<Register> }[] = [
  { names: ['serve'], load: async () => (await import('./commands/serve.js')).registerServe },
  { names: ['init', 'user', 'key', 'collection', 'grant', 'revoke', 'import', 'export'], load: async () => (await import('./commands/node.js')).registerNode },
  { names: ['validate'], load: async () => (await import('./commands/validate.js')).registerValidate },
  { names: ['stix'], load: async () => (await import('./commands/stix.js')).registerStix },
  { names: ['pattern'], load: async () => (await import('./commands/pattern.js')).registerPattern },
  { names: ['ingest'], load: async () => (await import('./commands/ingest.js')).registerIngest },
  { names: ['review'], load: async () => (await import('./commands/review.js')).registerReview },
  { names: ['partner', 'agreement', 'sync'], load: async () => (await import('./commands/exchange.js')).registerExchange },
  { names: ['request', 'opinion', 'note', 'ledger'], load: async () => (await import('./commands/conversation.js')).registerConversation },
];
