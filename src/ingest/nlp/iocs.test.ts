import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findIocs } from './iocs.js';
import { refang } from './refang.js';

const values = (t: string) => findIocs(t).map((i) => `${i.type}:${i.value}`);

test('refanging keeps a map back to the original offsets', () => {
  const src = 'see hxxps://evil[.]example[.]org/x and a[@]b[.]cc';
  const r = refang(src);
  assert.equal(r.text, 'see https://evil.example.org/x and a@b.cc');
  assert.equal(r.map.length, r.text.length + 1);
  const i = r.text.indexOf('evil');
  assert.equal(src.slice(r.map[i], r.map[i] + 4), 'evil');
});

test('defanged URLs, domains, addresses and e-mails come back refanged with spans in the source', () => {
  const t = 'C2 at 185.220.101[.]47 and hxxp://files-sync[.]net/u/upload.php; mail velvet[@]onionmail[.]org; host bad-domain[.]top.';
  assert.deepEqual(values(t).sort(), ['domain-name:bad-domain.top', 'email-addr:velvet@onionmail.org', 'ipv4-addr:185.220.101.47', 'url:http://files-sync.net/u/upload.php'].sort());
  const ip = findIocs(t).find((i) => i.type === 'ipv4-addr')!;
  assert.equal(t.slice(ip.spans[0].start, ip.spans[0].end), '185.220.101[.]47');
  assert.ok(ip.defanged);
});

test('version strings, OIDs, build numbers and file names are not indicators', () => {
  const t = 'Firmware version 7.2.1.4 and build 10.4.18.2; OID 1.3.6.1.4.1; banner FileBridge/4.8.5.2201; section 4.2.1; ' +
    'dropped svchost32.exe, fw_patch.bin, task.zip and Refund_2026.pdf.js; Amberfox/3.2.0.118; versions 4.8.0 through 4.8.6; v2.0.1.';
  assert.deepEqual(values(t), []);
});

test('a dotted number once called a version stays one where it recurs or is followed by "or later"; real addresses stay', () => {
  const t = 'The appliance ran release 6.3.2.11 until March. Sites still on 6.3.2.11 were hit from 91.203.4.17; ' +
    'units on 5.1.0.4 or earlier are affected too, 7.0.0.2 and later are fixed, and so is 7.0.0.0 to 7.0.0.1.';
  assert.deepEqual(values(t), ['ipv4-addr:91.203.4.17']);
  // An address inside a URL is no version ("/" before it is the URL's, not a banner's).
  assert.deepEqual(values('posted to http://91.203.4.17:8080/in; the same host, 91.203.4.17, served the page').sort(), ['ipv4-addr:91.203.4.17', 'url:http://91.203.4.17:8080/in']);
  // Defanged, it is an address whatever the text said before.
  assert.deepEqual(values('release 6.3.2.11 is current; traffic went to 6.3.2[.]11'), ['ipv4-addr:6.3.2.11']);
});

test('a body whose name is written like a domain in capitals is a name, not an indicator', () => {
  const t = 'NCSC.nl and CSIRT.CZ said they had warned operators; the stage two came from cdn-upd.com.tr and Gold-Lynx[.]com.';
  assert.deepEqual(values(t).sort(), ['domain-name:cdn-upd.com.tr', 'domain-name:gold-lynx.com']);
});

test("a victim's own domain named beside the look-alike is not an indicator; the look-alike and a defanged one are", () => {
  const t = 'Mail came from billing[@]kestrel-freight[.]co[.]nz; the carrier\'s real domain, kestrelfreight.co.nz, has no hyphen. ' +
    'The page at portal-anvilbank.com copied anvilbank.com (the bank\'s legitimate site). Its official website is tarnweb.org.';
  assert.deepEqual(values(t).sort(), ['domain-name:portal-anvilbank.com', 'email-addr:billing@kestrel-freight.co.nz'].sort());
  // Defanged, the writer marks it as hostile whatever the words around it.
  assert.deepEqual(values('the real domain, kestrel-freight[.]co[.]nz, was registered in May'), ['domain-name:kestrel-freight.co.nz']);
});

test("the issuer's own website and press address in a release's contact block are not indicators", () => {
  const t = '4. The phishing site pagos-aduana[.]com copied the portal.\n\nMedia contact:\nPress Office, National Customs\n' +
    'prensa@aduana.gob.bo\nwww.aduana.gob.bo/prensa\n\nWebsite: aduana.gob.bo\n';
  assert.deepEqual(values(t), ['domain-name:pagos-aduana.com']);
  // Outside such a block a plain domain stays an indicator, and a defanged one inside it too.
  assert.deepEqual(values('The beacon called sync-cdn.xyz.\n\nFurther information:\nsee relay-cdn[.]top\n').sort(), ['domain-name:relay-cdn.top', 'domain-name:sync-cdn.xyz']);
});

test('private and special addresses and reserved example domains are left out', () => {
  assert.deepEqual(values('hosts 10.0.0.1, 192.168.1.4, 127.0.0.1, ::1, fe80::1 and you@example.com, www.example.org'), []);
});

test('hashes by length, CVEs upper-cased, IPv6 with a hex letter or "::"', () => {
  const t = 'MD5 d41d8cd98f00b204e9800998ecf8427f SHA1 A94A8FE5CCB19BA61C4C0873D391E987982FBBD3 cve-2026-3321 at 12:30:45 from 2a03:b0c0:3:d0::1b2:4001';
  assert.deepEqual(values(t).sort(), ['ipv6-addr:2a03:b0c0:3:d0::1b2:4001', 'md5:d41d8cd98f00b204e9800998ecf8427f', 'sha1:a94a8fe5ccb19ba61c4c0873d391e987982fbbd3', 'vulnerability:CVE-2026-3321'].sort());
});

test('a domain inside a URL or e-mail address is not reported again; repeats merge their spans', () => {
  const f = findIocs('https://cra-notice.ca/x and cra-notice[.]ca and cra-notice.ca again');
  const d = f.find((i) => i.type === 'domain-name')!;
  assert.equal(d.spans.length, 2);
  assert.equal(f.filter((i) => i.type === 'url').length, 1);
});

test("a signature's 'Tel: … | Email: …' line is the issuer's contact, not an indicator; a plain address after it in a new paragraph still is", () => {
  const t = '7. The fake notice linked to bank-notice-verify[.]com.\n\nDirector of Communications\nMinistry of Finance, Port Louis\nTel: (230) 201-1000 | Email: press@mof.govmu.org\n\nAnnex: mail came from alerts@mof-notice.info.';
  assert.deepEqual(values(t).sort(), ['domain-name:bank-notice-verify.com', 'email-addr:alerts@mof-notice.info'].sort());
});

test('an outlet named by its address that says or reports something is no indicator', () => {
  const t = 'The independent site Kloop.kg reported that the shipments continued. Kloop.kg said it had seen the invoices; the forged invoices were mailed from kloop-kg.net.';
  assert.deepEqual(values(t), ['domain-name:kloop-kg.net']);
});

test("the company's own domain, left plain, is no indicator; a signature's bare telephone line opens the contact block", () => {
  const t = 'The phishing page sat on hxxps://harbour-pay[.]mu/login; the company\'s own domain, harbourpay.mu, was not touched.';
  assert.deepEqual(values(t), ['url:https://harbour-pay.mu/login']);
  const sig = '9. The Office will publish further notices.\n\nFinancial Intelligence Unit\nT +230 202 3000\nfiu.notices@fiu.mu\n';
  assert.deepEqual(values(sig), []);
  // A line with only an address, and one with a plain address after a number that is no telephone, stay indicators.
  assert.deepEqual(values('Beacon:\n45.61.136.12\nIt also called stats-cdn.live.').sort(), ['domain-name:stats-cdn.live', 'ipv4-addr:45.61.136.12']);
});

test('academic degrees written with stops (M.Sc., B.Ed., Ph.D.) are no domains; an address written in capitals still is', () => {
  const t = 'Speakers: M.Sc. Olga Ferrand, lecturer; B.Ed. Tomasz Wilk; Dr. Ana Ruiz, Ph.D., of the institute. The lure sat on PAY-NOTICE.SC and tax-refund.sc.';
  assert.deepEqual(values(t).sort(), ['domain-name:pay-notice.sc', 'domain-name:tax-refund.sc']);
});
