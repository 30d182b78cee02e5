/**
 * The catalogue of validator findings: every code stable, with a one-line message template and a severity.
 * `error` findings are the MUST rules of STIX 2.1 (or 2.0 for 2.0 objects); `warning` findings are SHOULD rules
 * and best practices, which become errors under `strict`. SHOULD codes reuse the names of the OASIS validator's
 * checks where they correspond, so that `disabled`/`enabled` lists read the same to users of both.
 */

export type Severity = 'error' | 'warning';

export interface FindingSpec {
  readonly severity: Severity;
  readonly message: string;
  /**
   * false for our own advisory warnings that are not SHOULD rules of the OASIS validator: `strict` (which turns
   * the OASIS SHOULD checks into errors) leaves them warnings.
   */
  readonly escalate?: false;
}

export const FINDINGS = {
  // --- structure (MUST) ---
  'not-an-object': { severity: 'error', message: 'a STIX object must be a JSON object, found {found}' },
  'required-property': { severity: 'error', message: "required property '{property}' is missing" },
  'property-type': { severity: 'error', message: "'{property}' must be {expected}, found {found}" },
  'empty-list': { severity: 'error', message: "'{property}' must not be an empty list (§2.x list)" },
  'empty-object': { severity: 'error', message: "'{property}' must not be empty" },
  'integer-range': { severity: 'error', message: "'{property}' must be between {min} and {max}, found {value}" },
  'enum-value': { severity: 'error', message: "'{property}' must be one of the {vocab} values, found '{value}'" },
  'type-invalid': { severity: 'error', message: "type '{value}' is not a valid STIX type name (§3.1: 3-250 chars of a-z, 0-9, '-')" },
  'type-mismatch': { severity: 'error', message: "'{property}' must be '{expected}' here, found '{value}'" },
  'id-invalid': { severity: 'error', message: "'{property}' '{value}' is not an identifier of the form type--UUID (§2.7)" },
  'id-type-mismatch': { severity: 'error', message: "id '{value}' must start with the object's type '{type}--'" },
  'uuid-version': { severity: 'error', message: "'{property}' '{value}' must use a UUIDv{version} ({reason})" },
  'spec-version': { severity: 'error', message: "spec_version must be '2.1' (or absent on 2.0 content), found '{value}'" },
  'timestamp-invalid': { severity: 'error', message: "'{property}' '{value}' is not a valid timestamp: {reason}" },
  'timestamp-precision': { severity: 'error', message: "'{property}' '{value}' must be precise to the millisecond (§3.2)" },
  'timestamp-order': { severity: 'error', message: "'{later}' ({laterValue}) must be {op} '{earlier}' ({earlierValue})" },
  'reserved-property': { severity: 'error', message: "'{property}' is a reserved name and must not be used (§3.8)" },
  'custom-property-name': { severity: 'error', message: "custom property '{property}' must be 3-250 characters of a-z, 0-9 and '_' starting with a letter (§11.1)" },
  'custom-type-forbidden': { severity: 'error', message: "custom object type '{value}' is not allowed (strict types)" },
  'custom-property-forbidden': { severity: 'error', message: "custom property '{property}' is not allowed (strict properties)" },
  'reference-invalid': { severity: 'error', message: "'{property}' '{value}' is not an identifier (§2.7)" },
  'reference-target-type': { severity: 'error', message: "'{property}' must refer to {expected}, found '{value}'" },
  'dictionary-key': { severity: 'error', message: "dictionary key '{key}' of '{property}' must be 1-250 characters of a-z, A-Z, 0-9, '_' and '-' (§2.4)" },
  'dictionary-value': { severity: 'error', message: "value of '{key}' in '{property}' must be {expected}" },
  'hash-key': { severity: 'error', message: "hash algorithm name '{key}' in '{property}' must be 3-250 characters of a-z, A-Z, 0-9, '_' and '-' (§2.5)" },
  'hash-value': { severity: 'error', message: "'{key}' hash in '{property}' is not a valid {key} value: '{value}'" },
  'binary-invalid': { severity: 'error', message: "'{property}' must be base64 (§2.2)" },
  'hex-invalid': { severity: 'error', message: "'{property}' must be an even number of hexadecimal characters (§2.6)" },
  'property-conflict': { severity: 'error', message: "'{property}' must not be present together with '{other}'{reason}" },
  'property-dependency': { severity: 'error', message: "'{property}' requires '{other}'" },
  'at-least-one': { severity: 'error', message: 'at least one of {properties} must be present' },
  'exactly-one': { severity: 'error', message: 'exactly one of {properties} must be present' },
  'value-invalid': { severity: 'error', message: "'{property}' is not valid: {reason}" },
  'language-tag': { severity: 'error', message: "'{property}' '{value}' is not an RFC 5646 language tag" },
  'extension-key': { severity: 'error', message: "extension name '{key}' must be an extension-definition id or a name ending in '-ext' (§7.3)" },
  'extension-type': { severity: 'error', message: "extension '{key}' must have 'extension_type' one of new-sdo, new-sco, new-sro, property-extension, toplevel-property-extension" },
  'extension-invalid': { severity: 'error', message: "extension '{key}' is not valid: {reason}" },
  'marking-circular': { severity: 'error', message: "a marking definition must not mark itself through '{property}' (§7.2.1)" },
  'marking-definition-invalid': { severity: 'error', message: 'marking definition is not valid: {reason}' },
  'selector-invalid': { severity: 'error', message: "selector '{selector}' does not resolve inside the object: {reason} (§7.2.3.1)" },
  'observable-reference': { severity: 'error', message: "'{property}' refers to '{value}', {reason}" },
  'pattern-invalid': { severity: 'error', message: 'pattern is not valid STIX patterning at column {column}: {reason}' },
  'pattern-object-path': { severity: 'error', message: "pattern compares {what} '{value}', which is not a valid {what} name (§9.7, §3.1)" },
  'bundle-invalid': { severity: 'error', message: 'bundle is not valid: {reason}' },
  'too-deep': { severity: 'error', message: 'object nested deeper than {limit} levels' },
  'process-uuid': { severity: 'error', message: "process id '{value}' must use a UUIDv4 (process has no ID Contributing Properties)" },

  // --- SHOULD rules and best practices (warnings; errors under strict) ---
  'custom-prefix': { severity: 'warning', message: "custom {what} '{value}' should start with 'x-'/'x_' followed by a source unique identifier" },
  'custom-prefix-lax': { severity: 'warning', message: "custom {what} '{value}' should start with 'x-' or 'x_'" },
  'uuid-check': { severity: 'warning', message: "'{property}' '{value}' should use a UUIDv4 (§2.7)" },
  'open-vocab-format': { severity: 'warning', message: "'{property}' value '{value}' should be all lowercase with hyphens instead of spaces or underscores" },
  'kill-chain-names': { severity: 'warning', message: "kill_chain_name and phase_name '{value}' should be all lowercase with hyphens instead of spaces or underscores" },
  'observable-object-keys': { severity: 'warning', message: "key '{value}' of the observed-data objects dictionary should be a non-negative integer" },
  'observable-dictionary-keys': { severity: 'warning', message: "dictionary key '{key}' of '{property}' should be all lowercase" },
  'malware-analysis-product': { severity: 'warning', message: "product '{value}' should be all lowercase with hyphens instead of spaces" },
  'windows-process-priority-format': { severity: 'warning', message: "priority '{value}' should end with '_CLASS'" },
  'hash-length': { severity: 'warning', message: "'{key}' hash in '{property}' should be at most 250 characters" },
  'marking-definition-type': { severity: 'warning', message: "definition_type '{value}' should be 'statement' or 'tlp'" },
  'relationship-types': { severity: 'warning', message: "'{value}' from {source} to {target} is not a relationship the specification suggests (Appendix B)" },
  'duplicate-ids': { severity: 'warning', message: "object '{value}' appears more than once with the same modified timestamp in the bundle" },
  'attack-motivation': { severity: 'warning', message: "'{property}' value '{value}' is not in attack-motivation-ov" },
  'attack-resource-level': { severity: 'warning', message: "'{property}' value '{value}' is not in attack-resource-level-ov" },
  'identity-class': { severity: 'warning', message: "'{property}' value '{value}' is not in identity-class-ov" },
  'indicator-types': { severity: 'warning', message: "'{property}' value '{value}' is not in indicator-type-ov" },
  'industry-sector': { severity: 'warning', message: "'{property}' value '{value}' is not in industry-sector-ov" },
  'malware-types': { severity: 'warning', message: "'{property}' value '{value}' is not in malware-type-ov" },
  'report-types': { severity: 'warning', message: "'{property}' value '{value}' is not in report-type-ov" },
  'threat-actor-types': { severity: 'warning', message: "'{property}' value '{value}' is not in threat-actor-type-ov" },
  'threat-actor-role': { severity: 'warning', message: "'{property}' value '{value}' is not in threat-actor-role-ov" },
  'threat-actor-sophistication': { severity: 'warning', message: "'{property}' value '{value}' is not in threat-actor-sophistication-ov" },
  'tool-types': { severity: 'warning', message: "'{property}' value '{value}' is not in tool-type-ov" },
  'region': { severity: 'warning', message: "'{property}' value '{value}' is not in region-ov" },
  'grouping-context': { severity: 'warning', message: "'{property}' value '{value}' is not in grouping-context-ov" },
  'implementation-languages': { severity: 'warning', message: "'{property}' value '{value}' is not in implementation-language-ov" },
  'infrastructure-types': { severity: 'warning', message: "'{property}' value '{value}' is not in infrastructure-type-ov" },
  'malware-capabilities': { severity: 'warning', message: "'{property}' value '{value}' is not in malware-capabilities-ov" },
  'processor-architecture': { severity: 'warning', message: "'{property}' value '{value}' is not in processor-architecture-ov" },
  'malware-result': { severity: 'warning', message: "'{property}' value '{value}' is not in malware-result-ov" },
  'hash-algo': { severity: 'warning', message: "hash algorithm '{value}' in '{property}' is not in hash-algorithm-ov" },
  'windows-pebinary-type': { severity: 'warning', message: "'{property}' value '{value}' is not in windows-pebinary-type-ov" },
  'account-type': { severity: 'warning', message: "'{property}' value '{value}' is not in account-type-ov" },
  'indicator-pattern-types': { severity: 'warning', message: "'{property}' value '{value}' is not in pattern-type-ov" },
  'mime-type': { severity: 'warning', message: "'{property}' value '{value}' should be an IANA media type (type/subtype)" },
  'protocols': { severity: 'warning', message: "protocol '{value}' should be a lowercase IANA service name" },
  'ipfix': { severity: 'warning', message: "ipfix key '{value}' should be an IPFIX information element name" },
  'http-request-headers': { severity: 'warning', message: "request header '{value}' should be a case-preserved HTTP header field name" },
  'socket-options': { severity: 'warning', message: "socket option '{value}' should be an SO_* name" },
  'pdf-doc-info': { severity: 'warning', message: "document_info_dict key '{value}' should be a PDF document information dictionary entry" },
  'countries': { severity: 'warning', message: "country '{value}' should be an ISO 3166-1 alpha-2 code" },
  'network-traffic-ports': { severity: 'warning', message: 'network-traffic should have both src_port and dst_port' },
  'extref-hashes': { severity: 'warning', message: 'an external reference with a url should also have the hashes of its content (§2.10)' },
  'indicator-properties': { severity: 'warning', message: 'an indicator should have {property}' },
  'deprecated-properties': { severity: 'warning', message: "'{property}' is deprecated in STIX 2.1" },
  'extension-description': { severity: 'warning', message: 'an extension-definition should have a description' },
  'extension-properties': { severity: 'warning', message: "a toplevel-property-extension should list its extension_properties" },
  'extensions-use': { severity: 'warning', message: "custom {what} '{value}' should be defined with an extension-definition (§7.3) rather than as a custom {what}" },
  // --- our advisory warnings (not escalated by strict; see known-differences.md) ---
  'url-format': { severity: 'warning', escalate: false, message: "'{property}' '{value}' is not a valid URL (RFC 3986)" },
  'spec-version-bundle': { severity: 'warning', escalate: false, message: 'a STIX 2.1 bundle has no spec_version (§8); this one is ignored' },
  'pattern-advice': { severity: 'warning', escalate: false, message: 'pattern at column {column}: {reason}' },
  'reference-malformed': { severity: 'warning', escalate: false, message: "'{property}' '{value}' is not an identifier of the form type--UUID (§2.7); as a reference it can never resolve" },
} as const satisfies Record<string, FindingSpec>;

export type FindingCode = keyof typeof FINDINGS;

export interface Finding {
  code: string;
  message: string;
  /** JSON Pointer (RFC 6901) into the input document, e.g. `/objects/3/valid_until`. */
  path: string;
}

/** Templates split once into literal parts (even indexes) and parameter names (odd indexes). */
const COMPILED = new Map<string, string[]>(
  Object.entries(FINDINGS as Record<string, FindingSpec>).map(([code, spec]) => [code, spec.message.split(/\{(\w+)\}/)]),
);

export function renderFinding(code: FindingCode, params: Readonly<Record<string, unknown>>): string {
  const parts = COMPILED.get(code)!;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = params[parts[i]];
    out += (v === undefined ? `{${parts[i]}}` : String(v)) + parts[i + 1];
  }
  return out;
}

/** Escapes one reference token of a JSON Pointer (RFC 6901 §3). */
export function pointerToken(key: string | number): string {
  if (typeof key === 'number') return String(key);
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}
