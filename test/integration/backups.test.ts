import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkBackup, listBackups, takeBackup, takeDailyBackupIfDue } from '../../db/backup';
import Database from 'better-sqlite3';
import { DatabaseDamagedError, DatabaseTooNewError, DatabaseUnreadableError } from '../../db/errors';
import { SCHEMA_VERSION } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { openWithSafeguards } from '../../db/safeOpen';
import { boardsRepository } from '../../db/repositories/boards';
import { dispatch } from '../../electron/services/dispatch';
import { openAppSession } from '../../electron/services/session';
import { built, ROOT } from '../support/built';
import { useTempDir } from '../support/temp';

const newPath = useTempDir();

/** A database with a board and enough rows to span many pages, opened once so it has an 'open' backup. */
async function databaseWithBackup(): Promise<string> {
  const path = newPath();
  const db = await openWithSafeguards(path);
  const boards = boardsRepository(db);
  const id = boards.create({ name: 'Wirral Local Area SEND Partnership Board' });
  boards.addAreas(id, Array.from({ length: 400 }, (_, i) => `Area of concern number ${i + 1} with a long enough title to fill pages`));
  db.close();
  (await openWithSafeguards(path)).close(); // opening takes the backup
  return path;
}

function scribble(path: string, at: number, length: number): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, at);
  closeSync(fd);
}

const corruptions: [string, (path: string) => void, typeof DatabaseDamagedError | typeof DatabaseUnreadableError | typeof DatabaseTooNewError][] = [
  [
    'written by a newer version of Quorate',
    (p) => {
      const raw = new Database(p);
      raw.pragma('user_version = 99');
      raw.close();
    },
    DatabaseTooNewError,
  ],
  ['truncated to half its size', (p) => truncateSync(p, Math.floor(statSync(p).size / 2)), DatabaseDamagedError],
  // Page 2 holds the first table created (boards): its b-tree header becomes nonsense.
  ['overwritten across one of its pages', (p) => scribble(p, 4096, 4096), DatabaseDamagedError],
  ['its header overwritten', (p) => scribble(p, 0, 100), DatabaseUnreadableError],
];

describe('backups', () => {
  test('are taken on open with the online backup API, are whole databases, and are bounded in number', async () => {
    const path = newPath();
    const db = await openWithSafeguards(path, { keepBackups: 3 });
    boardsRepository(db).create({ name: 'Board' });
    for (let i = 0; i < 5; i += 1) await takeBackup(db, path, 'manual', { keep: 3 });
    db.close();
    const backups = listBackups(path);
    expect(backups).toHaveLength(3);
    for (const backup of backups) {
      expect(checkBackup(backup.path)).toEqual({ ok: true, schemaVersion: SCHEMA_VERSION, problem: null });
      const copy = openDatabase(backup.path, { readonly: true });
      expect(boardsRepository(copy).list('2024-01-01').map((b) => b.name)).toEqual(['Board']);
      copy.close();
    }
    expect(readdirSync(dirname(backups[0]!.path)).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  test('a daily backup is taken only once the newest backup is a day old', async () => {
    const path = newPath();
    const db = await openWithSafeguards(path);
    await takeBackup(db, path, 'manual', { now: new Date('2024-11-25T09:00:00Z') });
    expect(await takeDailyBackupIfDue(db, path, { now: new Date('2024-11-26T08:59:00Z') })).toBeNull();
    const daily = await takeDailyBackupIfDue(db, path, { now: new Date('2024-11-26T09:00:00Z') });
    expect(daily).toMatchObject({ reason: 'daily', takenAt: '2024-11-26T09:00:00.000Z' });
    expect(listBackups(path).map((b) => b.reason)).toEqual(['daily', 'manual']);
    db.close();
  });

  test('a damaged backup is recognised as such', async () => {
    const path = await databaseWithBackup();
    const backup = listBackups(path)[0]!;
    truncateSync(backup.path, 5000);
    expect(checkBackup(backup.path)).toMatchObject({ ok: false, problem: expect.stringMatching(/damaged|cannot be read/) });
  });
});

describe('a damaged database is never overwritten, and the newest good backup can be restored', () => {
  test.each(corruptions)('a file %s is refused at open and left byte for byte as it was', async (_what, corrupt, errorType) => {
    const path = await databaseWithBackup();
    corrupt(path);
    const before = readFileSync(path);
    await expect(openWithSafeguards(path)).rejects.toThrow(errorType);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  test.each(corruptions)('in the app, a file %s starts recovery and restoring brings the record back', async (_what, corrupt) => {
    const path = await databaseWithBackup();
    corrupt(path);
    const damaged = readFileSync(path);
    const session = await openAppSession(path, 'browser');
    const info = await dispatch(session.handlers, 'getAppInfo', {});
    expect(info).toMatchObject({ ok: true, value: { recovery: { problem: expect.stringMatching(/damaged|cannot be opened|newer version/), newestGoodBackup: { fileName: expect.stringMatching(/-open\.sqlite$/) } } } });
    expect(await dispatch(session.handlers, 'listBoards', {})).toMatchObject({ ok: false, error: { code: 'database', message: expect.stringMatching(/Restore a backup to carry on/) } });

    const restored = await dispatch(session.handlers, 'restoreNewestBackup', {});
    expect(restored).toMatchObject({ ok: true, value: { setAsideAs: expect.stringMatching(/\.set-aside-/) } });
    const setAside = (restored as { value: { setAsideAs: string } }).value.setAsideAs;
    expect(readFileSync(setAside).equals(damaged)).toBe(true); // kept, not deleted
    expect(await dispatch(session.handlers, 'listBoards', {})).toMatchObject({ ok: true, value: [{ name: 'Wirral Local Area SEND Partnership Board' }] });
    expect(await dispatch(session.handlers, 'getAppInfo', {})).toMatchObject({ ok: true, value: { recovery: null } });
    session.close();
  });

  test('with no usable backup the app says so and changes nothing', async () => {
    const path = newPath();
    writeFileSync(path, Buffer.alloc(8192, 0xa5));
    const session = await openAppSession(path, 'browser');
    expect(await dispatch(session.handlers, 'getAppInfo', {})).toMatchObject({ ok: true, value: { recovery: { newestGoodBackup: null } } });
    expect(await dispatch(session.handlers, 'restoreNewestBackup', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(existsSync(path)).toBe(true);
    session.close();
  });

  test('the CLI reports the damage, offers the newest good backup, and restores it', async () => {
    built('electron/cli/quorate.js');
    const path = await databaseWithBackup();
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'quorate.js'), ...args], { encoding: 'utf8' });

    const check = cli('check', '--db', path);
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/The newest good backup is .*-open\.sqlite/);
    expect(check.stderr).toContain(`quorate restore --db ${path}`);

    const restore = cli('restore', '--db', path);
    expect(restore.status).toBe(0);
    expect(restore.stdout).toMatch(/Restored .* from .*-open\.sqlite/);
    expect(restore.stdout).toMatch(/The previous file was kept as .*set-aside/);
    expect(cli('check', '--db', path)).toMatchObject({ status: 0, stdout: expect.stringMatching(/Healthy\./) });
    expect(cli('backups', '--db', path).stdout).toMatch(/open .* usable/);
  });
});
