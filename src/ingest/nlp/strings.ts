/** Small string helpers the extractor's rules share. */

/** `s` with every character a regular expression treats specially escaped, to match it literally. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `s` in lower case without its accents ("Ministère" → "ministere"), to compare names written with and without them. */
export const foldAccents = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
