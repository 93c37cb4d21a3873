import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { SCHEMA_VERSION } from './migrations';
import type { Db } from './open';
import { messageOf } from '../shared/errors';

// Rolling backups with SQLite's online backup API: a consistent copy taken while the
// app keeps working. Each is written to a temporary name and renamed when complete, so
// a backup folder never holds a half-written file.

export const BACKUP_REASONS = ['open', 'pre-migration', 'daily', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];
export const DEFAULT_BACKUPS_KEPT = 20;

export interface BackupFile {
  readonly path: string;
  readonly fileName: string;
  /** ISO instant, from the file name. */
  readonly takenAt: string;
  readonly reason: BackupReason;
  readonly sizeBytes: number;
}

export interface BackupCheck {
  readonly ok: boolean;
  readonly schemaVersion: number | null;
  /** Why it cannot be used, in words. */
  readonly problem: string | null;
}

const NAME = /^(.+)-(\d{8}T\d{6}\d{3}Z)-([a-z-]+)\.sqlite$/;

export const backupDirectoryFor = (dbPath: string): string => join(dirname(dbPath), 'backups');

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('.', ''); // 20241126T101500123Z
}

function instantFromStamp(text: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(text)!;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

/** Backups of the database at `dbPath`, newest first. */
export function listBackups(dbPath: string): BackupFile[] {
  const dir = backupDirectoryFor(dbPath);
  if (!existsSync(dir)) return [];
  const stem = basename(dbPath, '.sqlite');
  return readdirSync(dir)
    .map((fileName) => ({ fileName, match: NAME.exec(fileName) }))
    .filter(({ match }) => match !== null && match[1] === stem && (BACKUP_REASONS as readonly string[]).includes(match[3]!))
    .map(({ fileName, match }) => ({
      path: join(dir, fileName),
      fileName,
      takenAt: instantFromStamp(match![2]!),
      reason: match![3] as BackupReason,
      sizeBytes: statSync(join(dir, fileName)).size,
    }))
    .sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
}

/** Takes a backup of an open database and keeps only the newest `keep`. */
export async function takeBackup(db: Db, dbPath: string, reason: BackupReason, options: { keep?: number; now?: Date } = {}): Promise<BackupFile> {
  const dir = backupDirectoryFor(dbPath);
  mkdirSync(dir, { recursive: true });
  let when = options.now ?? new Date();
  let target = join(dir, `${basename(dbPath, '.sqlite')}-${stamp(when)}-${reason}.sqlite`);
  while (existsSync(target)) {
    when = new Date(when.getTime() + 1);
    target = join(dir, `${basename(dbPath, '.sqlite')}-${stamp(when)}-${reason}.sqlite`);
  }
  const partial = `${target}.partial`;
  try {
    await db.backup(partial);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
  pruneBackups(dbPath, options.keep ?? DEFAULT_BACKUPS_KEPT);
  return listBackups(dbPath).find((b) => b.path === target)!;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Takes a 'daily' backup if the newest backup of any kind is a day old or more. */
export async function takeDailyBackupIfDue(db: Db, dbPath: string, options: { keep?: number; now?: Date } = {}): Promise<BackupFile | null> {
  const now = options.now ?? new Date();
  const newest = listBackups(dbPath)[0];
  if (newest && now.getTime() - Date.parse(newest.takenAt) < DAY_MS) return null;
  return takeBackup(db, dbPath, 'daily', options);
}

export function pruneBackups(dbPath: string, keep: number): void {
  for (const old of listBackups(dbPath).slice(keep)) rmSync(old.path, { force: true });
}

/** Whether a backup is a whole, readable database this version of Quorate can open. */
export function checkBackup(path: string): BackupCheck {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) return { ok: false, schemaVersion: version, problem: 'it was written by a newer version of Quorate' };
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (integrity.join() !== 'ok') return { ok: false, schemaVersion: version, problem: `it is damaged (${integrity[0]})` };
    return { ok: true, schemaVersion: version, problem: null };
  } catch (error) {
    return { ok: false, schemaVersion: null, problem: `it cannot be read (${messageOf(error)})` };
  } finally {
    db?.close();
  }
}

/** The newest backup that passes `checkBackup`, if any. */
export function newestGoodBackup(dbPath: string): BackupFile | null {
  return listBackups(dbPath).find((backup) => checkBackup(backup.path).ok) ?? null;
}

export interface RestoreResult {
  readonly restoredFrom: BackupFile;
  /** Where the file that could not be used was moved (never deleted), or null if there was none. */
  readonly setAsideAs: string | null;
}

/**
 * Puts a backup in place of the database. The current file (with its -wal and -shm) is
 * moved aside under a dated name, never deleted, and the backup is copied in under a
 * temporary name first, so an interruption leaves either the old or the new file.
 */
export function restoreBackup(dbPath: string, backup: BackupFile, now: Date = new Date()): RestoreResult {
  const check = checkBackup(backup.path);
  if (!check.ok) throw new Error(`The backup ${backup.fileName} cannot be used: ${check.problem}.`);
  const incoming = `${dbPath}.restoring`;
  copyFileSync(backup.path, incoming);
  let setAsideAs: string | null = null;
  if (existsSync(dbPath)) {
    setAsideAs = `${dbPath}.set-aside-${stamp(now)}`;
    renameSync(dbPath, setAsideAs);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, setAsideAs + suffix);
    }
  }
  renameSync(incoming, dbPath);
  return { restoredFrom: backup, setAsideAs };
}
