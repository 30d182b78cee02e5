/**
 * Where the project's shared material (../shared: datasets, schemas) is, when this checkout has it beside it.
 * Tests that need it skip with a printed reason when it is absent.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const CANDIDATES = [process.env.LIAISON_SHARED, fileURLToPath(new URL('../../../shared', import.meta.url))];

export const SHARED: string | undefined = CANDIDATES.find((p): p is string => !!p && existsSync(join(p, 'DESIGN.md')));

/** The path of a file under shared/, or undefined (with the reason printed once) when shared/ is not there. */
export function sharedFile(rel: string): string | undefined {
  if (!SHARED) return undefined;
  const p = join(SHARED, rel);
  return existsSync(p) ? p : undefined;
}

export const SKIP_NO_SHARED = 'shared/ material not found beside the checkout (set LIAISON_SHARED to its path)';
