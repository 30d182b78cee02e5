/** Small string helpers the extractor's rules share. */

/** `s` with every character a regular expression treats specially escaped, to match it literally. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `s` in lower case without its accents ("Ministère" → "ministere"), to compare names written with and without them. */
export const foldAccents = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A regular expression's alternation of `words`, its branches sharing their prefixes ("harbo(?:ur|r) master"), so
 * a long closed list is matched a letter at a time rather than tried word by word at every position. It matches the
 * same strings as `words.join('|')`. It opens with a zero-width `(?=\S)`: where an optional part stands before a long
 * alternation, V8 analyses every branch to build its quick checks, which cost ~100 ms per expression at first use; the
 * assertion stops that analysis and matches the same strings (every word opens with a non-space). */
export function wordAlternation(words: Iterable<string>): string {
  type Node = Map<string, Node>;
  const root: Node = new Map();
  for (const w of words) {
    let n = root;
    for (const ch of [...w, '']) {
      if (!n.has(ch)) n.set(ch, new Map());
      n = n.get(ch)!;
    }
  }
  const emit = (n: Node): string => {
    const end = n.has('');
    const branches = [...n].filter(([ch]) => ch !== '').map(([ch, next]) => escapeRegExp(ch) + emit(next));
    if (!branches.length) return '';
    const alt = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return end ? (branches.length === 1 && [...branches[0]].length === 1 ? `${alt}?` : `(?:${alt})?`) : alt;
  };
  return `(?=\\S)${emit(root)}`;
}
