/** Syntax errors (column and message), canonical printing, and the semantic checks. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPattern, parsePattern, printPattern, PatternSyntaxError } from './index.js';

function syntaxError(text: string): PatternSyntaxError {
  try {
    parsePattern(text);
  } catch (e) {
    if (e instanceof PatternSyntaxError) return e;
    throw e;
  }
  throw new Error(`parsed: ${text}`);
}

test('syntax errors name the column and say what to write', () => {
  const cases: [string, number, RegExp][] = [
    ['file:size = 1280', 1, /starts with '\['/],
    ['[file:size = ]', 14, /expected a constant/],
    ['[file.size = 1]', 6, /expected ':' between the object type/],
    ['[file:hashes.MD5 = cead3f]', 20, /quote strings, e.g. 'cead3f'/],
    ["[x:y = 'a'] within 5 SECONDS", 13, /keywords are upper-case: write WITHIN/],
    ["[x:y = 'a'] WITHIN 5 HOURS", 22, /WITHIN takes a number of SECONDS/],
    ["[some-type:needs-quotes = 1]", 12, /must be quoted: write 'needs-quotes'/],
    ["[x:y = 'unterminated]", 8, /not closed/],
    ["[x:y = 'a\\d']", 10, /only \\' and \\\\ are escapes/],
    ["[x:y = t'2024-02-01T10:00:00']", 8, /invalid timestamp/],
    ["[x:y = h'abc']", 8, /even number of hex digits/],
    ["[x:y = 007]", 8, /cannot start with 0/],
    ["[x:y = 'a'] START '2024-01-01T00:00:00Z' STOP '2024-01-02T00:00:00Z'", 19, /write t'2024-01-01T00:00:00Z'/],
    ["[x:y = 'a'] [x:y = 'b']", 13, /join observation expressions with AND, OR or FOLLOWEDBY/],
    ['[x:y = 1] ✓', 11, /unexpected character '✓'/],
    ['[😀:y = 1]', 2, /unexpected character '😀'/],
    ['[x:y = 😀]', 8, /unexpected character/],
    ['', 1, /empty/],
  ];
  for (const [text, column, message] of cases) {
    const e = syntaxError(text);
    assert.equal(e.column, column, `${text}: ${e.message}`);
    assert.match(e.message, message, text);
  }
});

test('STIX 2.0 grammar takes quoted strings after START and STOP', () => {
  const ast = parsePattern("[x:y = 'a'] START '2024-01-01T00:00:00Z' STOP '2024-01-02T00:00:00Z'", { stixVersion: '2.0' });
  assert.equal(ast.version, '2.0');
  assert.equal(printPattern(ast), "[x:y = 'a'] START '2024-01-01T00:00:00Z' STOP '2024-01-02T00:00:00Z'");
});

test('the printer writes canonical text', () => {
  const cases: [string, string][] = [
    ["[file:size==+12]", '[file:size = 12]'],
    ["[a:b <> 'x' AND (c:d = 1 OR c:e = 2)]", "[a:b != 'x' AND (c:d = 1 OR c:e = 2)]"],
    ["[a:b = 1 AND c:d = 1 OR c:e = 2]", '[a:b = 1 AND c:d = 1 OR c:e = 2]'],
    ["[a:b = 1 AND (c:d = 1 AND c:e = 2)]", '[a:b = 1 AND (c:d = 1 AND c:e = 2)]'],
    ["[a:'b'.'c-d'[*].'AND'[-1] = h'ABCD']", "[a:b.'c-d'[*].'AND'[-1] = h'abcd']"],
    ["[a:b = b'AQID' ] REPEATS 5 TIMES WITHIN .5 SECONDS", "[a:b = b'AQID'] REPEATS 5 TIMES WITHIN .5 SECONDS"],
    ["(([a:b = 1]))", '[a:b = 1]'],
    ["([a:b = 1] WITHIN 5 SECONDS) WITHIN 6 SECONDS", '([a:b = 1] WITHIN 5 SECONDS) WITHIN 6 SECONDS'],
    ["[a:b = 1] AND ([a:b = 2] OR [a:c = 3]) FOLLOWEDBY [a:d = 7.0]", '[a:b = 1] AND ([a:b = 2] OR [a:c = 3]) FOLLOWEDBY [a:d = 7.0]'],
  ];
  for (const [text, canonical] of cases) assert.equal(printPattern(parsePattern(text)), canonical);
  assert.equal(printPattern(parsePattern("[a:b NOT IN ('x\\'y', -1.5)]")), "[a:b NOT IN ('x\\'y', -1.5)]");
  assert.equal(printPattern(parsePattern('[a:b = 0.0000001]')), '[a:b = 0.0000001]');
  assert.equal(printPattern(parsePattern('[a:b = 100000000000000000000000.0]')), '[a:b = 100000000000000000000000.0]');
});

function findings(text: string): { errors: string[]; warnings: string[] } {
  const r = checkPattern(text);
  return { errors: r.errors.map((e) => `${e.column}: ${e.message}`), warnings: r.warnings.map((w) => `${w.column}: ${w.message}`) };
}

test('semantic errors: qualifiers, hashes, sets, regular expressions, CIDRs, integers', () => {
  const cases: [string, RegExp][] = [
    ["[file:name = 'a'] WITHIN 5 SECONDS WITHIN 6 SECONDS", /^36: a second WITHIN qualifier/],
    ["[file:name = 'a'] REPEATS 0 TIMES", /REPEATS 0 TIMES: the count must be a positive integer/],
    ["[file:name = 'a'] REPEATS 20000 TIMES", /exceeds the limit/],
    ["[file:name = 'a'] WITHIN 0 SECONDS", /must be a positive number of seconds/],
    ["[file:hashes.MD5 = 'abc']", /^20: 'abc' is not a valid MD5 hash: expected 32 hex digits/],
    ["[file:hashes.'SHA-1' IN ('da39a3ee5e6b4b0d3255bfef95601890afd80709', 'x')]", /'x' is not a valid SHA-1 hash/],
    ["[file:hashes.SSDEEP = 'nope']", /not a valid SSDEEP hash/],
    ["[file:name IN ('a', 1)]", /must all be of one type/],
    ["[file:name MATCHES '(unclosed']", /not a valid regular expression/],
    ["[ipv4-addr:value ISSUBSET '10.0.0.0/33']", /not an IPv4 or IPv6 address or CIDR block/],
    ['[file:size = 9007199254740993]', /outside the integer range/],
  ];
  for (const [text, error] of cases) {
    const f = findings(text);
    assert.ok(f.errors.some((e) => error.test(e)), `${text}: ${JSON.stringify(f)}`);
  }
  for (const ok of [
    "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
    "[file:hashes.MD5 LIKE 'abc%']",
    "[file:hashes.'x-custom-hash' = 'anything']",
    "[ipv6-addr:value ISSUBSET '2001:db8::/32']",
    '[file:size IN (1, 2.5)]',
  ]) assert.deepEqual(findings(ok).errors, [], ok);
});

test('warnings: object paths against the SCO tables, calendar dates, START after STOP', () => {
  const cases: [string, RegExp][] = [
    ["[ipv4addr:value = '1.2.3.4']", /'ipv4addr' is not a STIX 2.1 cyber-observable type \(did you mean ipv4-addr\?\)/],
    ["[identity:name = 'x']", /patterns match SCOs only/],
    ["[file:nmae = 'x']", /'nmae' is not a property of file in STIX 2.1 \(did you mean name\?\)/],
    ["[file:contains_refs.name = 'x']", /is a list: index it/],
    ["[file:name.first = 'x']", /file:name is a string value/],
    ["[process:image_ref.nme = 'x']", /'nme' is not a property of process:image_ref/],
    ["[file:created = t'2023-02-29T00:00:00Z']", /not a calendar date \(2023-02 has only 28 days\)/],
    ["[file:name = 'a'] START t'2024-01-02T00:00:00Z' STOP t'2024-01-01T00:00:00Z'", /START is not before STOP/],
    ["[file:name MATCHES '^(a+)+$']", /exponential time/],
    ["[file:name MATCHES '(\\\\w*\\\\.){2,}exe']", /exponential time/],
  ];
  for (const [text, warning] of cases) {
    const f = findings(text);
    assert.deepEqual(f.errors, [], text);
    assert.ok(f.warnings.some((w) => warning.test(w)), `${text}: ${JSON.stringify(f)}`);
  }
  for (const ok of [
    "[file:parent_directory_ref.path = 'C:\\\\Windows']",
    "[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]",
    "[email-message:body_multipart[*].body_raw_ref.name = 'x']",
    "[domain-name:resolves_to_refs[*].value = '198.51.100.1']",
    "[network-traffic:extensions.'http-request-ext'.request_header.Host = 'x']",
    "[x-usb-device:usbdrive.serial_number = '1']",
    "[file:extensions.'extension-definition--00000000-0000-4000-8000-000000000000'.anything = 1]",
  ]) assert.deepEqual(findings(ok).warnings, [], ok);
});

test('checkPattern never throws and always reports a column', () => {
  for (const text of [undefined, null, 42, {}, '\u0000', '[', ']', "'", "t'", '[a:b = 1] REPEATS']) {
    const r = checkPattern(text as string);
    assert.equal(r.valid, false);
    assert.ok(r.errors[0].column >= 1);
  }
});
