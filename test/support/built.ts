import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');

/** A file of the built app; the tests that run the real program need `npm run build` first (npm test does it). */
export function built(relativePath: string): string {
  const path = join(ROOT, 'build', relativePath);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" (npm test builds first).`);
  return path;
}
