/**
 * Indicators of compromise in free text: IPv4/IPv6 addresses, domains, URLs, e-mail addresses, file hashes and CVE
 * ids, defanged forms included. The hard part is what is *not* an indicator: version strings ("firmware 7.2.1.4",
 * "Amberfox/3.2.0.118"), object identifiers (1.3.6.1.4.1), file names (`fw_patch.bin`, `task.zip`), private
 * addresses and reserved example domains.
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { IocFinding, IocType, Span } from '../types.js';
import { refang } from './refang.js';
import { CC_TLDS } from './gazetteer/countries.js';

const GENERIC_TLDS = new Set([
  'com', 'net', 'org', 'info', 'biz', 'io', 'co', 'top', 'xyz', 'online', 'site', 'club', 'pw', 'cc', 'me', 'tv',
  'ws', 'live', 'shop', 'store', 'app', 'dev', 'cloud', 'tech', 'space', 'website', 'icu', 'vip', 'work', 'link',
  'click', 'buzz', 'fun', 'monster', 'rest', 'cyou', 'bond', 'sbs', 'cfd', 'lol', 'today', 'news', 'email', 'support',
  'services', 'network', 'digital', 'host', 'press', 'gov', 'edu', 'mil', 'int', 'onion', 'ru', 'su', 'zip', 'mov',
  'asia', 'pro', 'name', 'mobi', 'tel', 'travel', 'jobs', 'museum', 'aero', 'coop', 'cat', 'eus', 'global', 'world',
  'group', 'center', 'company', 'agency', 'solutions', 'systems', 'software', 'security', 'finance', 'bank', 'fyi',
]);
/** TLDs that are also common file extensions: a bare `name.zip` is a file unless the text defangs it. */
const FILEISH_TLDS = new Set(['zip', 'mov', 'py', 'sh', 'pl', 'md', 'ps', 'rs', 'so', 'ai', 'in', 'it', 'cc', 'cs', 'js', 'ts', 'gz', 'ms']);
/** Reserved for documentation and tests (RFC 2606/6761): never an indicator. */
const RESERVED_DOMAIN = /(^|\.)(example\.(com|net|org)|[^.]+\.(example|test|invalid|localhost|local))$/i;
/** Words before a dotted number that make it a version, build or section number. */
const VERSION_CONTEXT = new RegExp(
  '(?:\\b(?:version|versions|ver|v|build|builds|release|firmware|update|patch|section|sections|clause|paragraph|rule|step|edition|model|through|before|after)\\s*|\\/' +
  // "upgraded the gateway to 4.2.1.9", "moved from 7.0.1.2": a change of version, not traffic to or from an address.
  '|\\b(?:upgrad|updat|downgrad|migrat|mov|roll|patch)\\w*\\s+(?:[\\w-]+\\s+){0,3}(?:to|from)\\s*' +
  // The far end of a range ("4.2.1.0 to 4.2.1.7").
  '|\\d+(?:\\.\\d+)+\\s+(?:to|through)\\s+)$',
  'i',
);
/** "4.2.1.6 and 4.2.1.7", "4.2.1.6, 4.2.1.7": the next of a list is a version only when the one before it is (an
 * address and a second address, "from 45.142.212[.]61 and 193.29.57.204", are two addresses). */
const LISTED_AFTER = /(\d+(?:\.\d+)+)\s*(?:,|,?\s*(?:and|or))\s*$/i;
/** Words after a dotted number that make it a version ("4.2.1 or earlier", "7.0.3 and later", "4.2.1.0 to 4.2.1.7"). */
const VERSION_AFTER = /^\s*(?:(?:or|and)\s+(?:earlier|later|older|newer|above|below|prior)\b|(?:to|through)\s+\d+(?:\.\d+){1,3}(?!\.?\d))/i;

/** "the bank's real domain, x.com", "x.com (its legitimate site)": a victim's own domain named beside the look-alike
 * that imitates it. Only a domain the text leaves plain; a defanged one the writer has marked as hostile. */
const OWN_DOMAIN_BEFORE = /\b(?:real|legitimate|genuine|official|actual|authentic|true|own)\s+(?:domain|website|web\s+site|site|web\s+address|address)(?:\s+(?:is|was))?\s*[,:(]?\s*$/i;
const OWN_DOMAIN_AFTER = /^\s*[,(]\s*(?:(?:the|its|their|our|his|her|[\p{L}-]+['’]s?)\s+){0,2}(?:real|legitimate|genuine|official|actual|authentic|true|own)\s+(?:domain|website|web\s+site|site|web\s+address|address)\b/iu;

const OUTLET_SPEAKS = /^\s+(?:(?:has|had|also|then|later)\s+)?(?:said|says|reported|reports|wrote|writes|published|publishes|revealed|quoted|cited|told|claimed|added)\b/;

/** A release's contact block: its first line ("Further information:", "Media contact:", "For more information,
 * contact …", or a signature's "Tel: … | Email: …") and the lines after it up to a blank line. The issuer's own website and press address written there
 * are how to reach it, not indicators. */
const CONTACT_HEAD = /^[ \t]*(?:(?:for\s+)?(?:further|more)\s+information[^:\n]*|(?:press|media)\s+(?:contacts?|enquiries|inquiries|office)|contacts?|web\s*site|web|tel|telephone|phone|fax|mobile)[ \t]*:[^\n]*$/gim;

/** A signature's telephone line with no colon ("T +423 236 68 71", "Tel. +41 58 462 11 11", "+268 2404 2000"): it
 * opens the issuer's contact block too. (No dots in the number: a line holding only an address is an indicator.) */
const PHONE_LINE = /^[ \t]*(?:(?:t|tel|tél|phone|ph|fax|f|m|mob|mobile)\.?[ \t]*:?[ \t]*\+?|\+)\(?\d[\d ()/-]{6,}[ \t]*$/gim;

/** The spans of the contact blocks of `text`. */
function contactBlocks(text: string): Span[] {
  const out: Span[] = [];
  for (const m of [...text.matchAll(CONTACT_HEAD), ...text.matchAll(PHONE_LINE)]) {
    const rest = text.slice(m.index).search(/\n[ \t]*\n/);
    out.push({ start: m.index, end: rest < 0 ? text.length : m.index + rest });
  }
  return out;
}

interface Raw {
  type: IocType;
  value: string;
  start: number;
  end: number;
  defanged: boolean;
  confidence: number;
}

function isPrivateIPv4(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a >= 224;
}

function isSpecialIPv6(ip: string): boolean {
  const v = ip.toLowerCase();
  return v === '::' || v === '::1' || /^fe[89ab]/.test(v) || /^f[cd]/.test(v) || /^ff/.test(v);
}

function validTld(tld: string): boolean {
  const t = tld.toLowerCase();
  return GENERIC_TLDS.has(t) || CC_TLDS.has(t);
}

const URL_RE = /\b(?:https?|ftp):\/\/[^\s<>"'`()[\]{}|\\^]+/gi;
const EMAIL_RE = /(?<![\w.%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])/g;
const IPV4_RE = /(?<![\d.\w])(?:\d{1,3}\.){3}\d{1,3}(?![\d\w]|\.\d)/g;
const IPV6_RE = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g;
const DOMAIN_RE = /(?<![\w@.\-/\\])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w@-]|\.[A-Za-z0-9])/g;
const HASH_RE = /(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{128}|[0-9A-Fa-f]{64}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{32})(?![0-9A-Za-z])/g;
const CVE_RE = /\bCVE-\d{4}-\d{4,7}\b/gi;

function trimUrl(u: string): string {
  let s = u;
  while (/[.,;:!?'"’”]$/.test(s)) s = s.slice(0, -1);
  return s;
}

/** Finds the indicators in `text`; each with its spans in `text` and whether it was defanged. */
export function findIocs(text: string): IocFinding[] {
  const r = refang(text);
  const t = r.text;
  const raws: Raw[] = [];
  const defangedIn = (s: number, e: number) => r.marks.some((m) => m >= s && m < e);
  const taken: Span[] = [];
  const overlaps = (s: number, e: number) => taken.some((x) => s < x.end && e > x.start);

  for (const m of t.matchAll(URL_RE)) {
    const v = trimUrl(m[0]);
    const s = m.index;
    const e = s + v.length;
    let host = '';
    try {
      host = new URL(v).hostname;
    } catch {
      continue;
    }
    if (!host || RESERVED_DOMAIN.test(host)) continue;
    if (!isIPv4(host) && !validTld(host.split('.').pop() ?? '')) continue;
    const d = defangedIn(s, e);
    raws.push({ type: 'url', value: v, start: s, end: e, defanged: d, confidence: d ? 95 : 85 });
    taken.push({ start: s, end: e });
  }
  for (const m of t.matchAll(EMAIL_RE)) {
    const s = m.index;
    const e = s + m[0].length;
    if (overlaps(s, e)) continue;
    const v = m[0].toLowerCase();
    const domain = v.split('@')[1];
    if (RESERVED_DOMAIN.test(domain) || !validTld(domain.split('.').pop() ?? '')) continue;
    const d = defangedIn(s, e);
    raws.push({ type: 'email-addr', value: v, start: s, end: e, defanged: d, confidence: d ? 95 : 80 });
    taken.push({ start: s, end: e });
  }
  for (const m of t.matchAll(CVE_RE)) {
    raws.push({ type: 'vulnerability', value: m[0].toUpperCase(), start: m.index, end: m.index + m[0].length, defanged: false, confidence: 95 });
    taken.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of t.matchAll(HASH_RE)) {
    const v = m[0].toLowerCase();
    if (!/[0-9]/.test(v) || !/[a-f]/.test(v)) continue;
    const s = m.index;
    const e = s + v.length;
    if (overlaps(s, e)) continue;
    const type: IocType = v.length === 32 ? 'md5' : v.length === 40 ? 'sha1' : v.length === 64 ? 'sha256' : 'sha512';
    raws.push({ type, value: v, start: s, end: e, defanged: false, confidence: 90 });
    taken.push({ start: s, end: e });
  }
  // A dotted number the text once presents as a version is that version wherever it recurs ("still on 4.2.1.7").
  const versions = new Set<string>();
  for (const m of t.matchAll(IPV4_RE)) {
    const s = m.index;
    const e = s + m[0].length;
    if (overlaps(s, e) || defangedIn(s, e)) continue;
    const before = t.slice(Math.max(0, s - 24), s);
    const listed = LISTED_AFTER.exec(before);
    if (VERSION_CONTEXT.test(before) || VERSION_AFTER.test(t.slice(e, e + 24)) || (listed && versions.has(listed[1]))) versions.add(m[0]);
  }
  for (const m of t.matchAll(IPV4_RE)) {
    const v = m[0];
    const s = m.index;
    const e = s + v.length;
    if (overlaps(s, e) || !isIPv4(v)) continue;
    const d = defangedIn(s, e);
    if (!d && versions.has(v)) continue;
    if (isPrivateIPv4(v)) continue;
    raws.push({ type: 'ipv4-addr', value: v, start: s, end: e, defanged: d, confidence: d ? 95 : 85 });
    taken.push({ start: s, end: e });
  }
  for (const m of t.matchAll(IPV6_RE)) {
    const v = m[0];
    const s = m.index;
    const e = s + v.length;
    if (overlaps(s, e) || !isIPv6(v) || isSpecialIPv6(v)) continue;
    // Times (12:30:45) and ratios are not addresses: require a hex letter or a "::".
    if (!/[a-f]/i.test(v) && !v.includes('::')) continue;
    raws.push({ type: 'ipv6-addr', value: v.toLowerCase(), start: s, end: e, defanged: defangedIn(s, e), confidence: 85 });
    taken.push({ start: s, end: e });
  }
  for (const m of t.matchAll(DOMAIN_RE)) {
    const v = m[0].toLowerCase();
    const s = m.index;
    const e = s + v.length;
    if (overlaps(s, e)) continue;
    const labels = v.split('.');
    const tld = labels[labels.length - 1];
    if (!validTld(tld) || RESERVED_DOMAIN.test(v)) continue;
    if (labels.some((l) => /^\d+$/.test(l)) && labels.every((l) => /^[\d]+$|^[a-z]{2,3}$/.test(l))) continue;
    const d = defangedIn(s, e);
    if (!d) {
      // A bare "name.ext" is a file name when the extension is one, or the name is CamelCase / has digits only.
      if (labels.length === 2 && FILEISH_TLDS.has(tld)) continue;
      const orig = text.slice(r.map[s], r.map[e]);
      if (/^[A-Z][a-z]+\.[A-Z]/.test(orig)) continue; // "Inc.Foo", sentence joins
      // A last label written with a capital and small letters is an abbreviation ("M.Sc.", an academic degree), not
      // a top-level domain: addresses are written in lower case or all in capitals.
      if (/\.[A-Z][a-z]+$/.test(orig)) continue;
      // A name in capitals with a country code or a suffix ("CERT.br", "CERT.PL") is a body named as it calls
      // itself; an indicator is written in lower case, or defanged.
      if (/^[A-Z]{2,}\./.test(orig)) continue;
      if (labels.length === 2 && /[A-Z]/.test(orig.split('.')[0]) && /[a-z]/.test(orig.split('.')[0]) && !/^[A-Z][a-z]*$/.test(orig.split('.')[0])) continue;
      if (OWN_DOMAIN_BEFORE.test(t.slice(Math.max(0, s - 40), s)) || OWN_DOMAIN_AFTER.test(t.slice(e, e + 60))) continue;
      // A capitalised name that says or reports something ("Turkmen.news said", "Mediazona.by reported") is an
      // outlet that calls itself by its address, not an address the text points at.
      if (/^[A-Z]/.test(orig) && OUTLET_SPEAKS.test(t.slice(e, e + 40))) continue;
    }
    raws.push({ type: 'domain-name', value: v, start: s, end: e, defanged: d, confidence: d ? 95 : labels.length > 2 ? 75 : 70 });
    taken.push({ start: s, end: e });
  }

  // Merge repeats of one value; map spans back to the original text.
  const contacts = contactBlocks(t);
  const inContact = (x: Raw) => !x.defanged && x.type !== 'ipv4-addr' && x.type !== 'ipv6-addr' && contacts.some((c) => x.start >= c.start && x.end <= c.end);
  const byKey = new Map<string, IocFinding>();
  for (const x of raws.filter((y) => !inContact(y)).sort((a, b) => a.start - b.start)) {
    const span = { start: r.map[x.start], end: r.map[x.end] };
    const k = `${x.type}\u0000${x.value}`;
    const f = byKey.get(k);
    if (f) {
      f.spans.push(span);
      f.defanged ||= x.defanged;
      f.confidence = Math.max(f.confidence, x.confidence);
    } else byKey.set(k, { type: x.type, value: x.value, spans: [span], defanged: x.defanged, confidence: x.confidence });
  }
  return [...byKey.values()];
}
