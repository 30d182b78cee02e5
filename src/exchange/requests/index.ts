/**
 * Requests and responses between partners, opinions and notes (issue 5, "Requests, responses, rebuttals").
 *
 * @module
 */
export * from './extension.js';
export * from './build.js';
export * from './thread.js';
