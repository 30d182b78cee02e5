/**
 * The exchange's I/O half (issue 5): partners and agreements on a node, what leaves for a partner (outbound), the
 * sync engine and its scheduler.
 *
 * @module
 */
export * from './secrets.js';
export * from './partners.js';
export * from './outbound.js';
export * from './engine.js';
export * from './scheduler.js';
export * from './node-exchange.js';
