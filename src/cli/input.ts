/**
 * Opens a CLI input: a file path or `-` for stdin, gunzipped on the fly when it starts with the gzip magic bytes
 * (RFC 1952 §2.3.1: 1f 8b), as a stream of chunks. Errors become LiaisonErrors with stable codes.
 */
import { createReadStream, statSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { LiaisonError } from '../errors.js';

export interface Input {
  /** The name shown to the user. */
  name: string;
  /** Size in bytes when known (regular files), for progress. */
  size: number | undefined;
  /** Decompressed chunks; `onRaw` is told how many raw bytes were read so far. */
  chunks(onRaw?: (bytes: number) => void): AsyncGenerator<Buffer>;
}

const reason = (e: unknown): string => {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file';
  if (err?.code === 'EISDIR') return 'is a directory';
  if (err?.code === 'EACCES') return 'permission denied';
  return err?.message ?? String(e);
};

export function openInput(file: string): Input {
  const name = file === '-' ? '<stdin>' : file;
  let size: number | undefined;
  if (file !== '-') {
    try {
      const st = statSync(file);
      if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      size = st.isFile() ? st.size : undefined;
    } catch (e) {
      throw new LiaisonError('FILE_UNREADABLE', { file: name, reason: reason(e) });
    }
  }
  return {
    name,
    size,
    async *chunks(onRaw) {
      const src: Readable = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
      let raw = 0;
      const counted = async function* (): AsyncGenerator<Buffer> {
        try {
          for await (const c of src) {
            const b = c as Buffer;
            raw += b.length;
            onRaw?.(raw);
            yield b;
          }
        } catch (e) {
          throw new LiaisonError('FILE_UNREADABLE', { file: name, reason: reason(e) });
        }
      };
      const it = counted();
      const first = await it.next();
      if (first.done) return;
      const head = first.value;
      if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
        const gunzip = createGunzip();
        const rest = Readable.from((async function* () {
          yield head;
          yield* it;
        })());
        rest.on('error', (e) => gunzip.destroy(e));
        rest.pipe(gunzip);
        try {
          for await (const c of gunzip) yield c as Buffer;
        } catch (e) {
          if (e instanceof LiaisonError) throw e;
          throw new LiaisonError('FILE_UNREADABLE', { file: name, reason: `corrupt gzip data (${(e as Error).message})` });
        }
        return;
      }
      yield head;
      yield* it;
    },
  };
}
