import Database from 'better-sqlite3';
import { DatabaseDamagedError, DatabaseTooNewError, DatabaseUnreadableError } from './errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { messageOf } from '../shared/errors';

export type Db = Database.Database;

export interface OpenOptions {
  /** Create the file if it is missing (the default). The CLI's `check` opens without. */
  readonly create?: boolean;
  /** Open without writing anything: no migrations, no WAL switch. */
  readonly readonly?: boolean;
  /** Bring the schema up to date (the default). openWithSafeguards backs up first. */
  readonly migrate?: boolean;
  /** Run SQLite's quick_check before anything is written, and refuse a damaged file. */
  readonly quickCheck?: boolean;
}

/**
 * Open (and if needed create and migrate) a Quorate database file.
 *
 * The settings are the ones a record of governance needs: WAL so readers never block the
 * writer, synchronous=FULL so an acknowledged commit survives power loss (better-sqlite3
 * would otherwise leave WAL at NORMAL), and foreign keys enforced.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(path, { fileMustExist: options.create === false || options.readonly === true, readonly: options.readonly === true });
  } catch (error) {
    throw new DatabaseUnreadableError(path, describeSqliteError(error));
  }
  try {
    // Reading the version is the first real read: a file that is not SQLite fails here.
    const fileVersion = db.pragma('user_version', { simple: true }) as number;
    if (fileVersion > SCHEMA_VERSION) throw new DatabaseTooNewError(path, fileVersion, SCHEMA_VERSION);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (options.quickCheck) {
      const problems = (db.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check);
      if (problems.join() !== 'ok') throw new DatabaseDamagedError(path, `SQLite's integrity check found: ${problems.slice(0, 3).join('; ')}`);
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      if (options.migrate !== false) migrate(db);
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof DatabaseTooNewError || error instanceof DatabaseDamagedError) throw error;
    if ((error as { code?: unknown }).code === 'SQLITE_CORRUPT') throw new DatabaseDamagedError(path, `SQLite reported “${(error as Error).message}”`);
    throw new DatabaseUnreadableError(path, describeSqliteError(error));
  }
}

/** Applies the migrations the file has not had yet. */
export function migrate(db: Db): void {
  const fromVersion = db.pragma('user_version', { simple: true }) as number;
  for (const migration of MIGRATIONS.slice(fromVersion)) {
    // Each step and its version bump commit together, so a crash leaves a whole step or none.
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

function describeSqliteError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB') return 'it is not a SQLite database, or it is damaged';
  if (code === 'SQLITE_CORRUPT') return 'the file is damaged';
  if (code === 'SQLITE_CANTOPEN') return 'the file could not be opened (is the folder there, and may Quorate write to it?)';
  if (code === 'SQLITE_READONLY') return 'the file is read-only';
  if (code === 'SQLITE_BUSY') return 'another program is holding it locked';
  return messageOf(error);
}
