import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, built } from './built';

/** A database with the demo board, made by the real CLI. */
export function demoDatabase(path: string): string {
  built('electron/cli/quorate.js');
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'quorate.js'), 'demo', '--db', path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return path;
}
