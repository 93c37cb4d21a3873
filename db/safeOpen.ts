import { existsSync, statSync } from 'node:fs';
import { takeBackup } from './backup';
import { SCHEMA_VERSION } from './migrations';
import { migrate, openDatabase, type Db } from './open';

/**
 * How the app and the CLI open the secretary's database: refuse a newer or unreadable
 * file, run SQLite's quick integrity check, back up before any migration, migrate, and
 * back up on open. A file that fails any of these is left exactly as it was.
 */
export async function openWithSafeguards(path: string, options: { keepBackups?: number } = {}): Promise<Db> {
  const existed = existsSync(path) && statSync(path).size > 0;
  const db = openDatabase(path, { migrate: false, quickCheck: existed });
  try {
    if (existed) {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > 0 && version < SCHEMA_VERSION) await takeBackup(db, path, 'pre-migration', { keep: options.keepBackups });
    }
    migrate(db);
    if (existed) await takeBackup(db, path, 'open', { keep: options.keepBackups });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
