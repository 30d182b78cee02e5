/** The error every syntax problem in a pattern becomes: a message a person can act on and its column. */

export class PatternSyntaxError extends Error {
  /** 1-based column, counted in Unicode code points. */
  readonly column: number;
  /** 0-based UTF-16 offset into the pattern text. */
  readonly offset: number;

  constructor(message: string, text: string, offset: number) {
    const column = columnOf(text, offset);
    super(message);
    this.name = 'PatternSyntaxError';
    this.column = column;
    this.offset = offset;
  }
}

/** The 1-based code point column of a UTF-16 offset. */
export function columnOf(text: string, offset: number): number {
  let column = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    column++;
  }
  return column;
}
