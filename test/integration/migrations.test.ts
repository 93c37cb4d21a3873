import Database from 'better-sqlite3';
import { listBackups } from '../../db/backup';
import { MIGRATIONS, SCHEMA_VERSION } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { openWithSafeguards } from '../../db/safeOpen';
import { boardsRepository } from '../../db/repositories/boards';
import { meetingsRepository } from '../../db/repositories/meetings';
import { searchRepository } from '../../db/repositories/search';
import { useTempDir } from '../support/temp';

const newPath = useTempDir();

/** A database as an earlier Quorate left it: migrations 1..version only, with a board and a meeting. */
function databaseAtVersion(path: string, version: number): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  for (const migration of MIGRATIONS.slice(0, version)) {
    db.exec(migration.sql);
    db.pragma(`user_version = ${migration.version}`);
  }
  db.prepare("INSERT INTO boards (name) VALUES ('Improvement Board')").run();
  db.prepare("INSERT INTO meetings (board_id, title, date, start_time, end_time) VALUES (1, 'Board', '2024-05-28', '14:00', '16:00')").run();
  db.close();
}

describe('a database from every earlier version opens, keeps its data and reaches the current version', () => {
  test.each(MIGRATIONS.slice(0, -1).map((m) => [m.version]))('from version %i', async (version) => {
    const path = newPath();
    databaseAtVersion(path, version);
    const db = await openWithSafeguards(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(boardsRepository(db).list('2024-01-01').map((b) => b.name)).toEqual(['Improvement Board']);
    expect(meetingsRepository(db).forBoard(1)).toEqual([expect.objectContaining({ date: '2024-05-28', startTime: '14:00' })]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // New features work on the migrated file (search has its triggers).
    db.prepare("INSERT INTO people (name) VALUES ('Owner')").run();
    db.prepare("INSERT INTO decisions (board_id, number, reference, meeting_id, text) VALUES (1, 1, 'D001', 1, 'Agreed the joint commissioning strategy')").run();
    expect(searchRepository(db).search('commissioning').map((h) => h.title)).toEqual(['D001']);
    db.close();
  });

  test('a backup is taken before migrating, and it is the old version, unchanged', async () => {
    const path = newPath();
    databaseAtVersion(path, 1);
    (await openWithSafeguards(path)).close();
    const before = listBackups(path).find((b) => b.reason === 'pre-migration');
    expect(before).toBeDefined();
    const old = new Database(before!.path, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    expect(old.prepare('SELECT name FROM boards').pluck().all()).toEqual(['Improvement Board']);
    old.close();
  });

  test('migration steps are numbered 1, 2, 3… with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  test('a failing migration leaves the file at its previous version', () => {
    const path = newPath();
    databaseAtVersion(path, 1);
    // A row the next migration cannot accept would make it fail; simulate with a conflicting table.
    const raw = new Database(path);
    raw.exec('CREATE TABLE people (x)');
    raw.close();
    expect(() => openDatabase(path)).toThrow(/table people already exists/);
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(1);
    check.close();
  });
});
