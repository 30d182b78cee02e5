/**
 * @module CPU time of the calling thread, for the sync engine's stage figures: with the pull worker running beside
 * the event loop, the process's CPU (process.cpuUsage) would count the worker's reading in whatever stage the event
 * loop is in. On Linux, /proc/thread-self/schedstat gives this thread's time on a CPU in nanoseconds; elsewhere the
 * process's CPU time stands in.
 */
import { readFileSync } from 'node:fs';

function fromProc(): number | undefined {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

const processCpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** CPU milliseconds this thread has used (only differences are meaningful). */
export const threadCpuMs: () => number = Number.isFinite(fromProc()) ? () => fromProc() ?? processCpuMs() : processCpuMs;
