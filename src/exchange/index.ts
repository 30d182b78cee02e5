/**
 * The exchange's pure parts (issue 5): agreements, the policy engine, requests and responses, the ledger. The
 * sync engine and the TAXII server call these; nothing here does I/O.
 *
 * @module
 */
export * from './agreement.js';
export * from './liaison-objects.js';
export * from './policy/index.js';
export * from './requests/index.js';
export * from './ledger.js';
