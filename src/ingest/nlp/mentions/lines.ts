/** Lines of the text: "Name:" labels, and a line in capitals (a letterhead). */
import { escapeRegExp } from '../strings.js';

/** How many lines of the text open with each "Name:" label (not list items). */
export function lineLabels(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(/^[ \t]*([\p{Lu}][\p{L}.'’ -]{1,40}?)[ \t]*:[ \t]+\S/gmu)) out.set(m[1], (out.get(m[1]) ?? 0) + 1);
  return out;
}

/** The line in capitals holding [start, end) (a letterhead), when the text also writes its words in mixed case: its
 * span from the first word and that mixed-case name. */
export function lineInCaps(text: string, start: number, end: number): { start: number; end: number; name: string } | undefined {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', end);
  if (le < 0) le = text.length;
  const line = text.slice(ls, le).replace(/[\s*#]+$/, '');
  const body = line.replace(/^[\s*#]+/, '');
  if (body.length < 12 || body.length > 140 || /\p{Ll}/u.test(body) || (body.match(/\p{Lu}+/gu) ?? []).length < 3) return undefined;
  const re = new RegExp(escapeRegExp(body).replace(/\s+/g, '\\s+'), 'giu');
  for (const m of text.matchAll(re)) if (/\p{Ll}/u.test(m[0])) return { start: ls + line.length - body.length, end: ls + line.length, name: m[0].replace(/\s+/g, ' ') };
  return undefined;
}
