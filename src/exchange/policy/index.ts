/**
 * The policy engine (issue 5): what a recipient may receive, as FIRST's TLP 2.0 and the sharing agreement say.
 *
 * @module
 */
export { applyPolicy, decide, type Decision, type PolicyContext, type PolicyOutcome, type Share } from './decide.js';
export { REFUSALS, type Refusal, type RefusalCode } from './refusals.js';
export { RECEIVED_MAY_GO_TO, RELATIONS, levelVerdict, type Provenance, type Recipient, type Relation } from './rules.js';
export { anonymousIdentity, anonymousIdentityId } from './anonymize.js';
