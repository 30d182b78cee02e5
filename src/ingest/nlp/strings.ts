/** Small string helpers the extractor's rules share. */

/** `s` with every character a regular expression treats specially escaped, to match it literally. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `s` in lower case without its accents ("Ministère" → "ministere"), to compare names written with and without them. */
export const foldAccents = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A regular expression's alternation of `words`, its branches sharing their prefixes ("harbo(?:ur|r) master"), so
 * a long closed list is matched a letter at a time rather than tried word by word at every position. It matches the
 * same strings as `words.join('|')`. */
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
  return emit(root);
}
