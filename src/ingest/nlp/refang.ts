/**
 * Refanging: analysts write indicators defanged (`hxxp://evil[.]com`, `user[@]mail[.]org`) so that nobody clicks
 * them. We undo that on a copy of the text and keep, for every character of the copy, its offset in the original,
 * so that findings still point at the source.
 */

export interface Refanged {
  text: string;
  /** `map[i]` is the offset in the original of `text[i]`; `map[text.length]` is the original's length. */
  map: number[];
  /** Offsets (in the copy) where a defanged marker was replaced. */
  marks: number[];
}

// Longest forms first. Each: the defanged form and what it stands for.
const MARKERS: [RegExp, string][] = [
  [/^\[:\/\/\]/, '://'],
  [/^\[:\]\/\//, '://'],
  [/^\[\.\]/, '.'],
  [/^\(\.\)/, '.'],
  [/^\{\.\}/, '.'],
  [/^\[dot\]/i, '.'],
  [/^\(dot\)/i, '.'],
  [/^\[@\]/, '@'],
  [/^\(@\)/, '@'],
  [/^\[at\]/i, '@'],
  [/^\(at\)/i, '@'],
  [/^\[:\]/, ':'],
  [/^hxxps(?=\[?:)/i, 'https'],
  [/^hxxp(?=\[?:)/i, 'http'],
  [/^fxp(?=\[?:)/i, 'ftp'],
];

const TRIGGER = /[[({hHfF]/;

export function refang(src: string): Refanged {
  let text = '';
  const map: number[] = [];
  const marks: number[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (TRIGGER.test(ch)) {
      const rest = src.slice(i, i + 8);
      let hit = false;
      for (const [re, out] of MARKERS) {
        const m = re.exec(rest);
        if (!m) continue;
        // hxxp only at a word start.
        if (/[hf]/i.test(ch) && i > 0 && /[\p{L}\p{N}]/u.test(src[i - 1])) break;
        marks.push(text.length);
        for (let k = 0; k < out.length; k++) {
          text += out[k];
          map.push(i + Math.min(k, m[0].length - 1));
        }
        i += m[0].length;
        hit = true;
        break;
      }
      if (hit) continue;
    }
    text += ch;
    map.push(i);
    i++;
  }
  map.push(src.length);
  return { text, map, marks };
}
