import { homedir } from 'node:os';
import { join } from 'node:path';

export const DATABASE_FILE_NAME = 'quorate.sqlite';

/**
 * Where Quorate keeps its database when no path is given: the same folder Electron uses
 * for the app's userData, so the desktop app and the browser host share one record.
 */
export function defaultDataDirectory(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Quorate');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Quorate');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Quorate');
}

export function defaultDatabasePath(): string {
  return process.env.QUORATE_DB || join(defaultDataDirectory(), DATABASE_FILE_NAME);
}
