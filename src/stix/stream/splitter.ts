/**
 * A byte-level splitter for large STIX documents (RFC 8259 JSON): it scans the bytes once, tracking strings,
 * escapes and nesting depth, cuts out each element of the top-level array (or of the `objects` array of a
 * top-level object such as a bundle, STIX 2.1 §8) and hands each to JSON.parse. Memory stays bounded by the
 * largest single element, and parsing is as fast as JSON.parse itself.
 *
 * Other members of a top-level object are parsed one by one, so a single (non-bundle) object comes out as its
 * members. Structural bytes are checked as they are scanned; the values themselves are checked by JSON.parse.
 */

export interface SplitHandlers {
  /** An element of the streamed array (the top-level array, or the top-level object's `objects`). */
  element(value: unknown, index: number): void;
  /** A member of the top-level object other than a streamed `objects` array. */
  member(key: string, value: unknown): void;
}

export class SplitError extends Error {
  constructor(
    readonly kind: 'syntax' | 'depth' | 'size',
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'SplitError';
  }
}

export interface SplitLimits {
  /** Deepest nesting accepted (arrays and objects). */
  maxDepth: number;
  /** Largest single element or member value, in bytes. */
  maxElementBytes: number;
}

export const DEFAULT_LIMITS: SplitLimits = { maxDepth: 256, maxElementBytes: 256 * 1024 * 1024 };

const WS = new Uint8Array(256);
WS[0x20] = WS[0x09] = WS[0x0a] = WS[0x0d] = 1;
const QUOTE = 0x22, BACKSLASH = 0x5c, COMMA = 0x2c, COLON = 0x3a;
const LBRACE = 0x7b, RBRACE = 0x7d, LBRACKET = 0x5b, RBRACKET = 0x5d;

type Top = 'none' | 'array' | 'object' | 'scalar' | 'done';

/** Feed bytes with `push`, then call `end`. Handlers are called synchronously as values complete. */
export class Splitter {
  private readonly h: SplitHandlers;
  private readonly limits: SplitLimits;
  private depth = 0;
  private inString = false;
  private escape = false;
  private top: Top = 'none';
  /** Offset of the whole input consumed before the current chunk. */
  private base = 0;

  // Capture of the current value (bytes kept across chunks).
  private capturing = false;
  private captureDepth = 0; // depth at which the captured value started (its container's depth)
  private parts: Buffer[] = [];
  private partsBytes = 0;
  private captureStart = -1;
  private scalar = false; // the captured value is a bare scalar (ends at a delimiter)

  // Top-level object state.
  private expectKey = true;
  private key: string | undefined;
  private keyParts: Buffer[] = [];
  private inKey = false;
  private streamObjects = false; // inside the top-level object's `objects` array
  private index = 0;
  /** Between values of the container whose children are captured: what may come next. */
  private needValue = true;
  private scalarTop: Buffer[] = [];
  /** What the document turned out to be, once its first byte is seen. */
  kind: 'array' | 'object' | 'scalar' | undefined;

  constructor(handlers: SplitHandlers, limits: SplitLimits = DEFAULT_LIMITS) {
    this.h = handlers;
    this.limits = limits;
  }

  private fail(kind: SplitError['kind'], msg: string, i: number): never {
    throw new SplitError(kind, `${msg} at byte ${this.base + i}`, this.base + i);
  }

  /** The container depth whose direct children are captured and handed out. */
  private childDepth(): number {
    if (this.top === 'array') return 1;
    return this.streamObjects ? 2 : 1;
  }

  private startCapture(chunk: Buffer, i: number, scalar: boolean): void {
    this.capturing = true;
    this.captureDepth = this.depth;
    this.parts = [];
    this.partsBytes = 0;
    this.captureStart = i;
    this.scalar = scalar;
  }

  private finishCapture(chunk: Buffer, endExclusive: number): void {
    const last = chunk.subarray(this.captureStart, endExclusive);
    const bytes = this.parts.length ? Buffer.concat([...this.parts, last]) : last;
    this.capturing = false;
    this.parts = [];
    this.partsBytes = 0;
    this.captureStart = -1;
    if (bytes.length > this.limits.maxElementBytes) this.fail('size', `a value of ${bytes.length} bytes exceeds the limit`, endExclusive);
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch (e) {
      if (e instanceof RangeError) this.fail('depth', 'JSON nested too deeply', endExclusive);
      this.fail('syntax', `invalid JSON value (${(e as Error).message})`, endExclusive);
    }
    this.deliver(value);
  }

  private deliver(value: unknown): void {
    if (this.top === 'array' || this.streamObjects) this.h.element(value, this.index++);
    else this.h.member(this.key!, value);
    this.needValue = false;
  }

  push(chunk: Buffer): void {
    const n = chunk.length;
    let i = 0;
    this.bsPos = chunk.indexOf(BACKSLASH);
    this.keyStart = 0;
    if (this.capturing) this.captureStart = 0;
    if (this.top === 'scalar') {
      this.scalarTop.push(chunk);
      this.base += n;
      return;
    }
    while (i < n) {
      if (this.inString) {
        // Jump to the next quote; a quote preceded by an odd run of backslashes is escaped.
        if (this.escape) {
          this.escape = false;
          i++;
          continue;
        }
        const q = chunk.indexOf(QUOTE, i);
        if (this.bsPos !== -1 && this.bsPos < i) this.bsPos = chunk.indexOf(BACKSLASH, i);
        const bs = this.bsPos;
        if (bs !== -1 && (q === -1 || bs < q)) {
          i = bs + 1;
          this.escape = true;
          continue;
        }
        if (q === -1) {
          i = n;
          break;
        }
        this.inString = false;
        if (this.inKey) {
          this.keyParts.push(chunk.subarray(this.keyStart, q));
          this.inKey = false;
          this.expectKey = false;
          this.pendingColon = true;
        }
        i = q + 1;
        if (this.capturing && this.depth === this.captureDepth && !this.scalar) {
          // A string value at the child level is complete.
          this.finishCapture(chunk, i);
        }
        continue;
      }
      const c = chunk[i];
      if (WS[c]) {
        if (this.capturing && this.scalar) this.finishCapture(chunk, i);
        i++;
        continue;
      }
      if (this.top === 'none') {
        if (c === LBRACE) {
          this.kind = 'object';
          this.top = 'object';
          this.depth = 1;
          this.expectKey = true;
          this.needValue = true;
        } else if (c === LBRACKET) {
          this.kind = 'array';
          this.top = 'array';
          this.depth = 1;
          this.needValue = true;
        } else {
          // A bare scalar document: keep the bytes and parse at the end.
          this.kind = 'scalar';
          this.top = 'scalar';
          this.scalarTop.push(chunk.subarray(i));
          this.base += n;
          return;
        }
        i++;
        continue;
      }
      if (this.top === 'done') this.fail('syntax', 'unexpected data after the JSON document', i);

      if (this.capturing) {
        if (this.scalar) {
          if (c === COMMA || c === RBRACE || c === RBRACKET) {
            this.finishCapture(chunk, i);
            // fall through to structural handling of c below
          } else {
            i++;
            continue;
          }
        } else {
          if (c === QUOTE) this.inString = true;
          else if (c === LBRACE || c === LBRACKET) {
            if (++this.depth > this.limits.maxDepth) this.fail('depth', 'JSON nested too deeply', i);
          } else if (c === RBRACE || c === RBRACKET) {
            this.depth--;
            if (this.depth === this.captureDepth) {
              this.finishCapture(chunk, i + 1);
            }
          }
          i++;
          continue;
        }
      }

      // Structural bytes between captured values.
      const child = this.childDepth();
      if (this.depth === child && this.top === 'object' && !this.streamObjects) {
        // Top-level object: "key": value pairs.
        if (this.expectKey) {
          if (c === QUOTE) {
            this.inString = true;
            this.inKey = true;
            this.keyParts = [];
            this.keyStart = i + 1;
            i++;
            continue;
          }
          if (c === RBRACE && !this.sawComma) {
            this.depth = 0;
            this.top = 'done';
            i++;
            continue;
          }
          this.fail('syntax', `unexpected '${String.fromCharCode(c)}' where a member name was expected`, i);
        }
        if (this.pendingColon) {
          if (c !== COLON) this.fail('syntax', "expected ':' after a member name", i);
          this.pendingColon = false;
          try {
            this.key = JSON.parse('"' + Buffer.concat(this.keyParts).toString('utf8') + '"') as string;
          } catch {
            this.fail('syntax', 'invalid member name', i);
          }
          this.needValue = true;
          i++;
          continue;
        }
        if (this.needValue) {
          if (this.key === 'objects' && c === LBRACKET) {
            this.streamObjects = true;
            this.depth = 2;
            this.needValue = true;
            this.sawComma = false;
            i++;
            continue;
          }
          this.beginValue(chunk, i, c);
          i++;
          continue;
        }
        if (c === COMMA) {
          this.expectKey = true;
          this.key = undefined;
          this.sawComma = true;
          i++;
          continue;
        }
        if (c === RBRACE) {
          this.depth = 0;
          this.top = 'done';
          i++;
          continue;
        }
        this.fail('syntax', `unexpected '${String.fromCharCode(c)}' after a member value`, i);
      }
      // Array of captured elements (top-level array, or `objects`).
      if (this.needValue) {
        if (c === RBRACKET && !this.sawComma) {
          this.closeArray(i);
          i++;
          continue;
        }
        this.beginValue(chunk, i, c);
        i++;
        continue;
      }
      if (c === COMMA) {
        this.needValue = true;
        this.sawComma = true;
        i++;
        continue;
      }
      if (c === RBRACKET) {
        this.closeArray(i);
        i++;
        continue;
      }
      this.fail('syntax', `unexpected '${String.fromCharCode(c)}' between array elements`, i);
    }
    if (this.inKey) {
      this.keyParts.push(Buffer.from(chunk.subarray(this.keyStart)));
      if (this.keyParts.length > 4096) this.fail('size', 'a member name is too long', n);
    }
    if (this.capturing) {
      const rest = chunk.subarray(this.captureStart);
      this.partsBytes += rest.length;
      if (this.partsBytes > this.limits.maxElementBytes) this.fail('size', 'a value exceeds the size limit', n);
      this.parts.push(Buffer.from(rest));
    }
    this.base += n;
  }

  private sawComma = false;
  /** Position of the next backslash in the current chunk at or after the scan (-1: none left). */
  private bsPos = -1;
  /** A member name was read; its ':' is due. */
  private pendingColon = false;
  private keyStart = 0;


  private closeArray(i: number): void {
    if (this.top === 'array') {
      this.depth = 0;
      this.top = 'done';
      return;
    }
    // End of the `objects` array: back to the top-level object's members.
    this.streamObjects = false;
    this.depth = 1;
    this.needValue = false;
    this.sawComma = false;
    this.key = 'objects';
    void i;
  }

  private beginValue(chunk: Buffer, i: number, c: number): void {
    this.sawComma = false;
    if (c === QUOTE) {
      this.startCapture(chunk, i, false);
      this.inString = true;
    } else if (c === LBRACE || c === LBRACKET) {
      this.startCapture(chunk, i, false);
      if (++this.depth > this.limits.maxDepth) this.fail('depth', 'JSON nested too deeply', i);
    } else if (c === COMMA || c === COLON || c === RBRACE || c === RBRACKET) {
      this.fail('syntax', `unexpected '${String.fromCharCode(c)}' where a value was expected`, i);
    } else {
      this.startCapture(chunk, i, true);
    }
  }

  /** Completes the document; throws SplitError when it is truncated or not JSON. */
  end(): void {
    if (this.top === 'scalar') {
      let value: unknown;
      const text = Buffer.concat(this.scalarTop).toString('utf8');
      try {
        value = JSON.parse(text);
      } catch (e) {
        throw new SplitError('syntax', (e as Error).message, 0);
      }
      this.top = 'done';
      this.h.element(value, -1);
      return;
    }
    if (this.capturing && this.scalar && this.depth === this.captureDepth) {
      // cannot happen inside a container: a container must close
    }
    if (this.top === 'none') throw new SplitError('syntax', 'empty input: not JSON', this.base);
    if (this.top !== 'done' || this.inString) throw new SplitError('syntax', 'unexpected end of input: truncated JSON', this.base);
  }
}
