/**
 * Rules of single SCO types that a property table cannot express (STIX 2.1 §6): exclusive and dependent
 * properties, value formats of addresses, id UUID versions, and the SHOULD advice of each type.
 */
import type { Collector } from './context.js';
import { order } from './order.js';
import { isPlainObject } from './properties.js';
import { isIpv4, isIpv6, isLanguageTag, isMacAddress, isValidUrl } from './primitives.js';
import { SCO_DEFINITIONS, scoDefinition } from '../sco-properties.js';
import { pointerToken } from '../findings.js';

type Rule = (c: Collector, o: Record<string, unknown>, path: string) => void;

const MIME_TOP = new Set(['application', 'audio', 'font', 'image', 'message', 'model', 'multipart', 'text', 'video', 'example', 'chemical', 'x-world', 'haptics']);
/** type/subtype with RFC 6838 restricted-name characters. */
function isMimeType(s: string): boolean {
  const slash = s.indexOf('/');
  if (slash <= 0 || slash === s.length - 1) return false;
  if (!MIME_TOP.has(s.slice(0, slash).toLowerCase())) return false;
  return /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/.test(s.slice(slash + 1));
}

function mime(c: Collector, o: Record<string, unknown>, p: string): void {
  if (typeof o.mime_type === 'string' && !isMimeType(o.mime_type)) c.add('mime-type', p + '/mime_type', { property: 'mime_type', value: o.mime_type });
}

/** §3.9.1: `_enc` properties name an IANA character set. */
function encodings(c: Collector, o: Record<string, unknown>, p: string, ...props: string[]): void {
  for (const k of props) {
    const v = o[k];
    if (typeof v === 'string' && !/^[A-Za-z0-9_()-]{1,64}$/.test(v)) c.add('value-invalid', p + '/' + k, { property: k, reason: 'must be an IANA character set name' });
  }
}

/** §6.1 artifact: payload_bin or url, not both; url with hashes. */
const artifact: Rule = (c, o, p) => {
  if ((o.payload_bin !== undefined) === (o.url !== undefined)) c.add('exactly-one', p, { properties: "'payload_bin', 'url'" });
  if (o.url !== undefined && o.hashes === undefined) c.add('property-dependency', p + '/url', { property: 'url', other: 'hashes' });
  if (o.decryption_key !== undefined && o.encryption_algorithm === undefined) c.add('property-dependency', p + '/decryption_key', { property: 'decryption_key', other: 'encryption_algorithm' });
  mime(c, o, p);
};

/** §6.5 email-message: body or body_multipart according to is_multipart. */
const emailMessage: Rule = (c, o, p) => {
  if (o.is_multipart === true && o.body !== undefined) c.add('property-conflict', p + '/body', { property: 'body', other: 'is_multipart: true', reason: '' });
  if (o.is_multipart === false && o.body_multipart !== undefined) c.add('property-conflict', p + '/body_multipart', { property: 'body_multipart', other: 'is_multipart: false', reason: '' });
  const h = o.additional_header_fields;
  if (isPlainObject(h)) for (const k in h) if (!/^[A-Za-z0-9-]+$/.test(k)) c.add('http-request-headers', p + '/additional_header_fields/' + pointerToken(k), { value: k });
};

/** §6.7 file: hashes or name. */
const file: Rule = (c, o, p) => {
  if (o.hashes === undefined && o.name === undefined) c.add('at-least-one', p, { properties: "'hashes', 'name'" });
  mime(c, o, p);
  encodings(c, o, p, 'name_enc');
  const ext = o.extensions;
  if (!isPlainObject(ext)) return;
  const pe = ext['windows-pebinary-ext'];
  if (isPlainObject(pe) && typeof pe.pe_type === 'string' && !['dll', 'exe', 'sys'].includes(pe.pe_type)) {
    // reported by the vocabulary check of the table
  }
  const pdf = ext['pdf-ext'];
  if (isPlainObject(pdf) && isPlainObject(pdf.document_info_dict)) {
    for (const k in pdf.document_info_dict)
      if (!PDF_KEYS.has(k)) c.add('pdf-doc-info', `${p}/extensions/pdf-ext/document_info_dict/${pointerToken(k)}`, { value: k });
  }
};
const PDF_KEYS = new Set(['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer', 'CreationDate', 'ModDate', 'Trapped']);

/** §6.6 email-addr: value is an addr-spec (RFC 5322 §3.4.1), no display name. */
const emailAddr: Rule = (c, o, p) => {
  const v = o.value;
  if (typeof v !== 'string') return;
  const at = v.lastIndexOf('@');
  if (at <= 0 || at === v.length - 1 || /[\s<>(),;]/.test(v)) c.add('value-invalid', p + '/value', { property: 'value', reason: 'not an addr-spec email address (RFC 5322)' });
};

/** §6.15 url: value is a URL (RFC 3986). */
const url: Rule = (c, o, p) => {
  if (typeof o.value === 'string' && !isValidUrl(o.value)) c.add('value-invalid', p + '/value', { property: 'value', reason: 'not a URL (RFC 3986)' });
};

const ipv4: Rule = (c, o, p) => {
  if (typeof o.value === 'string' && !isIpv4(o.value)) c.add('value-invalid', p + '/value', { property: 'value', reason: 'not an IPv4 address or CIDR block' });
};
const ipv6: Rule = (c, o, p) => {
  if (typeof o.value === 'string' && !isIpv6(o.value)) c.add('value-invalid', p + '/value', { property: 'value', reason: 'not an IPv6 address or CIDR block' });
};
const mac: Rule = (c, o, p) => {
  if (typeof o.value === 'string' && !isMacAddress(o.value)) c.add('value-invalid', p + '/value', { property: 'value', reason: 'not a lowercase colon-delimited MAC address' });
};

/** §6.12 network-traffic. */
const networkTraffic: Rule = (c, o, p) => {
  if (o.src_ref === undefined && o.dst_ref === undefined) c.add('at-least-one', p, { properties: "'src_ref', 'dst_ref'" });
  if (o.is_active === true && o.end !== undefined) c.add('property-conflict', p + '/end', { property: 'end', other: 'is_active: true', reason: '' });
  order(c, o, p, 'end', 'ge', 'start');
  if (o.src_port === undefined || o.dst_port === undefined) c.add('network-traffic-ports', p);
  const protocols = o.protocols;
  if (Array.isArray(protocols))
    for (let i = 0; i < protocols.length; i++) {
      const v = protocols[i];
      if (typeof v === 'string' && !/^[a-z0-9-]{1,15}$/.test(v)) c.add('protocols', `${p}/protocols/${i}`, { value: v });
    }
  const ipfix = o.ipfix;
  if (isPlainObject(ipfix)) for (const k in ipfix) if (!/^[a-z][A-Za-z0-9]*$/.test(k)) c.add('ipfix', p + '/ipfix/' + pointerToken(k), { value: k });
  const ext = o.extensions;
  if (!isPlainObject(ext)) return;
  const sock = ext['socket-ext'];
  if (isPlainObject(sock) && isPlainObject(sock.options))
    for (const k in sock.options) if (!/^SO_[A-Z0-9_]+$/.test(k)) c.add('socket-options', `${p}/extensions/socket-ext/options/${pointerToken(k)}`, { value: k });
  const http = ext['http-request-ext'];
  if (isPlainObject(http) && isPlainObject(http.request_header))
    for (const k in http.request_header)
      if (!/^[A-Z][A-Za-z0-9]*(-[A-Z0-9][A-Za-z0-9]*)*$/.test(k)) c.add('http-request-headers', `${p}/extensions/http-request-ext/request_header/${pointerToken(k)}`, { value: k });
};

/** §6.13 process: no ID Contributing Properties, so a UUIDv4 id (§2.9). */
const processRule: Rule = (c, o, p) => {
  if (typeof o.id === 'string' && o.id.length > 22 && o.id.charCodeAt(o.id.length - 22) !== 52) c.add('process-uuid', p + '/id', { value: o.id });
  const ext = o.extensions;
  if (!isPlainObject(ext)) return;
  const w = ext['windows-process-ext'];
  if (isPlainObject(w) && typeof w.priority === 'string' && !w.priority.endsWith('_CLASS'))
    c.add('windows-process-priority-format', p + '/extensions/windows-process-ext/priority', { value: w.priority });
};

/** §6.14 software: languages are RFC 5646 tags. */
const software: Rule = (c, o, p) => {
  const langs = o.languages;
  if (Array.isArray(langs))
    for (let i = 0; i < langs.length; i++) {
      const l = langs[i];
      if (typeof l === 'string' && !isLanguageTag(l)) c.add('language-tag', `${p}/languages/${i}`, { property: 'languages', value: l });
    }
  if (typeof o.cpe === 'string' && !o.cpe.startsWith('cpe:2.3:')) c.add('value-invalid', p + '/cpe', { property: 'cpe', reason: 'not a CPE 2.3 formatted string' });
};

/** §6.16 user-account. */
const userAccount: Rule = (c, o, p) => {
  order(c, o, p, 'account_expires', 'ge', 'account_created');
};

/** §6.17 windows-registry-key: the hive is fully expanded. */
const registryKey: Rule = (c, o, p) => {
  const k = o.key;
  if (typeof k === 'string' && /^(HKLM|HKCU|HKCR|HKU|HKCC)(\\|$)/i.test(k)) c.add('value-invalid', p + '/key', { property: 'key', reason: 'the hive must be fully expanded (e.g. HKEY_LOCAL_MACHINE)' });
};

/** §6.18 x509-certificate: at least one property beyond the common ones; validity ordering. */
const x509: Rule = (c, o, p) => {
  order(c, o, p, 'validity_not_after', 'ge', 'validity_not_before');
  const props = SCO_DEFINITIONS['x509-certificate'].props;
  for (const k in o) if (Object.hasOwn(props, k)) return;
  c.add('at-least-one', p, { properties: 'the x509-certificate properties' });
};

const directory: Rule = (c, o, p) => encodings(c, o, p, 'path_enc');

export const SCO_RULES: Readonly<Record<string, Rule>> = {
  artifact,
  directory,
  'email-addr': emailAddr,
  'email-message': emailMessage,
  url,
  file,
  'ipv4-addr': ipv4,
  'ipv6-addr': ipv6,
  'mac-addr': mac,
  'network-traffic': networkTraffic,
  process: processRule,
  software,
  'user-account': userAccount,
  'windows-registry-key': registryKey,
  'x509-certificate': x509,
};

/**
 * §2.9: an SCO SHOULD use a UUIDv5 (deterministic id); one whose ID Contributing Properties are all absent MUST
 * use a UUIDv4. Process (no contributing properties) is checked by its own rule.
 */
export function checkScoUuid(c: Collector, o: Record<string, unknown>, type: string, version: number, path: string): void {
  const def = scoDefinition(type);
  if (!def || type === 'process') return;
  for (const k of def.idContributing)
    if (o[k] !== undefined) {
      if (version !== 5) c.add('uuid-check', path + '/id', { property: 'id', value: o.id });
      return;
    }
  if (version !== 4) c.add('uuid-version', path + '/id', { property: 'id', value: o.id, version: 4, reason: 'no ID Contributing Property is present (§2.9)' });
}

const DICT_KEY_EXCEPTIONS = new Set(['hashes', 'file_header_hashes', 'request_header', 'additional_header_fields', 'document_info_dict', 'exif_tags', 'ipfix', 'options', 'environment_variables', 'key', 'startup_info']);

/** SHOULD: dictionary keys inside SCOs are lowercase (OASIS observable-dictionary-keys). */
export function checkObservableDictKeys(c: Collector, o: Record<string, unknown>, path: string, depth = 0): void {
  if (depth > 16) return;
  for (const k in o) {
    const v = o[k];
    if (depth > 0 && /[A-Z]/.test(k)) c.add('observable-dictionary-keys', path + '/' + pointerToken(k), { key: k, property: k });
    if (isPlainObject(v) && !DICT_KEY_EXCEPTIONS.has(k)) checkObservableDictKeys(c, v, path + '/' + pointerToken(k), depth + 1);
  }
}
