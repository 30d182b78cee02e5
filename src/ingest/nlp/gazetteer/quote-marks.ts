/**
 * The quotation marks of the world's languages and typesetting, as English text that quotes other languages (or is set
 * by their printers) carries them. The statement finders read English marks, so each pair is read as “…” (a quotation)
 * or ‘…’ (one inside a quotation), one character for one, so offsets hold.
 */

/** How a pair is written: `open close` then the level in its own convention (d = a quotation, s = one inside a quotation
 * or a convention's single marks), then where it is the custom. Pairs whose two marks are one character ("»…»",
 * "”…”") must open before a word and close after one. */
const TABLE = `
„ “ d German, Austrian, Swiss German, Czech, Slovak, Slovene, Lithuanian, Latvian, Estonian, Icelandic, Georgian, Bulgarian
„ ” d Polish, Hungarian, Romanian, Croatian, Serbian, Bosnian, Dutch (older), Hebrew
« » d French, Italian, Spanish, Catalan, Portuguese, Russian, Ukrainian, Belarusian, Greek, Albanian, Armenian, Arabic, Persian, Pashto, Uzbek, Kazakh, Turkish (older), Norwegian, Swiss French
» « d German and Austrian books, Danish, Croatian, Slovene, Serbian, Hungarian (inner)
» » d Finnish, Swedish (books)
” ” d Swedish, Finnish
「 」 d Japanese, Chinese (traditional, Hong Kong and Taiwan)
﹁ ﹂ d Japanese and Chinese, set vertically
〝 〞 d Japanese, Chinese (double prime)
〝 〟 d Japanese, Chinese (double prime, low closing)
『 』 s Japanese, Chinese (a quotation inside 「」, or a title)
＂ ＂ d Chinese, Japanese, Korean (fullwidth, in text set in CJK fonts)
‟ ” d English and Dutch typesetting (reversed opening mark)
‚ ‘ s German, Czech, Slovak, Slovene, Lithuanian, Icelandic, Bulgarian
‹ › s French, Swiss, Italian, Spanish (inner)
› ‹ s German and Danish books (inner)
‛ ’ s English typesetting (reversed opening mark)
`;

export interface QuoteMarkPair {
  open: string;
  close: string;
  /** A quotation in its own convention, or only one inside a quotation. */
  single: boolean;
}

export const QUOTE_MARK_PAIRS: readonly QuoteMarkPair[] = TABLE.trim()
  .split('\n')
  .map((l) => {
    const [open, close, level] = l.split(' ');
    return { open, close, single: level === 's' };
  });
