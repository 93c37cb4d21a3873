import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { CALL_NAMES, type AppInfo, type Handlers } from '../../shared/api/contract';
import { newestGoodBackup, restoreBackup, takeDailyBackupIfDue } from '../../db/backup';
import { isUnusableDatabaseError } from '../../db/errors';
import type { Db } from '../../db/open';
import { openWithSafeguards } from '../../db/safeOpen';
import { ServiceError } from './errors';
import type { Printer } from './exports/printer';
import { createServices } from './index';
import { APP_VERSION } from './version';

const HOUR = 60 * 60 * 1000;

export interface AppSession {
  /** The open database, or null while the app is in recovery. */
  readonly db: () => Db | null;
  /** Stable for the life of the session: the host and IPC bind these once. */
  readonly handlers: Handlers;
  close(): void;
}

/**
 * Opens the database at `path` with its safeguards (integrity check, backups) and builds
 * the services on it. If the file cannot be used, the session starts in recovery: every
 * call explains the problem, and the app offers to restore the newest good backup.
 */
export async function openAppSession(path: string, host: AppInfo['host'], options: { keepBackups?: number; printer?: () => Printer | null } = {}): Promise<AppSession> {
  mkdirSync(dirname(path), { recursive: true });
  const info = (recovery: AppInfo['recovery']): AppInfo => ({ version: APP_VERSION, host, databasePath: path, recovery });

  let db: Db | null = null;
  let current: Handlers;
  let dailyTimer: NodeJS.Timeout | null = null;

  const useDatabase = (opened: Db) => {
    db = opened;
    current = createServices({ db: opened, info: info(null), printer: options.printer });
    // At least one backup a day while the app stays open.
    if (dailyTimer) clearInterval(dailyTimer);
    dailyTimer = setInterval(() => {
      takeDailyBackupIfDue(opened, path, { keep: options.keepBackups }).catch((error: unknown) => console.error('[quorate] daily backup failed:', error));
    }, HOUR);
    dailyTimer.unref();
  };

  const recoveryHandlers = (problem: string): Handlers => {
    const good = newestGoodBackup(path);
    const state = { problem, newestGoodBackup: good && { fileName: good.fileName, takenAt: good.takenAt } };
    const refuse = () => {
      throw new ServiceError('database', `${problem} Restore a backup to carry on.`);
    };
    const refuseAll = Object.fromEntries(CALL_NAMES.map((name) => [name, refuse])) as unknown as Handlers;
    return {
      ...refuseAll,
      getAppInfo: () => info(state),
      restoreNewestBackup: async () => {
        const backup = newestGoodBackup(path);
        if (!backup) throw new ServiceError('not_found', 'There is no usable backup of this database.');
        const result = restoreBackup(path, backup);
        useDatabase(await openWithSafeguards(path, options));
        return { restoredFrom: backup.fileName, takenAt: backup.takenAt, setAsideAs: result.setAsideAs };
      },
    };
  };

  try {
    useDatabase(await openWithSafeguards(path, options));
  } catch (error) {
    if (!isUnusableDatabaseError(error)) throw error;
    current = recoveryHandlers(error.message);
  }

  // Each handler looks up the current set, so restoring swaps the services under the host.
  const handlers = new Proxy({} as Handlers, {
    get: (_target, name: string) => (current as unknown as Record<string, unknown>)[name],
  });
  return {
    db: () => db,
    handlers,
    close: () => {
      if (dailyTimer) clearInterval(dailyTimer);
      if (db?.open) db.close();
    },
  };
}
