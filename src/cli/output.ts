/** Output conventions shared by every command: exit codes, JSON or human text, progress bars on a terminal only. */
import { SingleBar, Presets } from 'cli-progress';

export const EXIT = { OK: 0, NEGATIVE: 1, USAGE: 2, INTERNAL: 3 } as const;

let debug = false;
export const setDebug = (on: boolean): void => {
  debug = on;
};
export const isDebug = (): boolean => debug;

/** Prints one JSON document (with --json) or the human text. */
export function emit(json: boolean, doc: unknown, human: () => string): void {
  process.stdout.write(json ? JSON.stringify(doc, null, 2) + '\n' : human());
}

export interface Progress {
  update(done: number): void;
  stop(): void;
}

/** A progress bar on stderr when it is a terminal; a no-op otherwise (pipes, CI, --json consumers). */
export function progress(total: number, unit: string): Progress {
  if (!process.stderr.isTTY || total <= 0) return { update() {}, stop() {} };
  const bar = new SingleBar(
    { stream: process.stderr, format: `{bar} {percentage}% | {value}/{total} ${unit} | {eta_formatted}`, hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}
