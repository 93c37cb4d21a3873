import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { DatabaseTooNewError, DatabaseUnreadableError } from '../../db/errors';
import { MIGRATIONS, SCHEMA_VERSION } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { boardsRepository } from '../../db/repositories/boards';
import { meetingsRepository } from '../../db/repositories/meetings';
import { useTempDir } from '../support/temp';

const newPath = useTempDir();

describe('a Quorate database file', () => {
  test('is opened with WAL, synchronous=FULL and foreign keys on', () => {
    const path = newPath();
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    // WAL is a property of the file: another connection sees it too.
    const raw = new Database(path);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  test('is migrated to the current version, recorded in user_version', () => {
    const db = openDatabase(newPath());
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    db.close();
  });

  test('has only STRICT tables, so a wrong type is refused, not coerced', () => {
    const db = openDatabase(newPath());
    const tables = db
      .prepare<[], { name: string; strict: number }>("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all();
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) expect(table).toEqual({ name: table.name, strict: 1 });
    expect(() => db.prepare('INSERT INTO boards (id, name) VALUES (?, ?)').run('seven', 'Board')).toThrow(/datatype mismatch|cannot store TEXT value/);
    db.close();
  });

  test('refuses a meeting for a board that does not exist (foreign keys enforced)', () => {
    const db = openDatabase(newPath());
    expect(() =>
      meetingsRepository(db).schedule({ boardId: 99, title: 'Board', date: '2024-11-26', startTime: '10:00', endTime: '12:00', place: '' }),
    ).toThrow(/FOREIGN KEY constraint failed/);
    db.close();
  });

  test('refuses a meeting that ends before it starts, even bypassing the API', () => {
    const db = openDatabase(newPath());
    const boardId = boardsRepository(db).create({ name: 'Board' });
    expect(() =>
      meetingsRepository(db).schedule({ boardId, title: 'Board', date: '2024-11-26', startTime: '12:00', endTime: '10:00', place: '' }),
    ).toThrow(/CHECK constraint failed/);
    db.close();
  });

  test('keeps what was saved when reopened', () => {
    const path = newPath();
    const first = openDatabase(path);
    const boardId = boardsRepository(first).create({ name: 'Wirral Local Area SEND Partnership Board' });
    meetingsRepository(first).schedule({ boardId, title: 'LASPB', date: '2024-11-26', startTime: '14:00', endTime: '16:00', place: 'Wallasey Town Hall' });
    first.close();
    const again = openDatabase(path);
    expect(meetingsRepository(again).forBoard(boardId)).toEqual([
      expect.objectContaining({ date: '2024-11-26', startTime: '14:00', place: 'Wallasey Town Hall', status: 'planned' }),
    ]);
    again.close();
  });

  test('from a newer version of Quorate is refused with a clear message and left untouched', () => {
    const path = newPath();
    const future = new Database(path);
    future.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    future.exec('CREATE TABLE from_the_future (x)');
    future.close();
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(path)).toThrow(
      `newer version of Quorate (database version ${SCHEMA_VERSION + 5}; this version understands up to ${SCHEMA_VERSION})`,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  test('that is not a database at all is refused with a clear message and left untouched', () => {
    const path = newPath();
    writeFileSync(path, 'Minutes of the meeting held on 26 November 2024\n'.repeat(200));
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrow(DatabaseUnreadableError);
    expect(() => openDatabase(path)).toThrow(/not a SQLite database, or it is damaged\. The file has not been changed\./);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  test('an empty database from version 0 migrates step by step (no step skipped)', () => {
    const path = newPath();
    new Database(path).close(); // a 0-byte SQLite file, user_version 0
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  test("listing a board's meetings uses the index (a lost index fails this test)", () => {
    const db = openDatabase(newPath());
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM meetings WHERE board_id = ? ORDER BY date, start_time, id')
      .all(1) as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toMatch(/USING (COVERING )?INDEX meetings_by_board_and_date/);
    db.close();
  });
});
