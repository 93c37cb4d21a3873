import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '../../db/migrations';
import { built, ROOT } from '../support/built';
import { useTempDir } from '../support/temp';

// The real CLI, run as a user runs it (`npx quorate …` runs bin/quorate.js).
const newPath = useTempDir();

function quorate(...args: string[]) {
  built('electron/cli/quorate.js');
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'quorate.js'), ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('quorate CLI', () => {
  test('init creates an empty, healthy database', () => {
    const path = newPath();
    const init = quorate('init', '--db', path);
    expect(init).toMatchObject({ code: 0, err: '' });
    expect(init.out).toContain(`Created an empty Quorate database at ${path}`);
    const check = quorate('check', '--db', path);
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/Integrity:\s+ok/);
    expect(check.out).toMatch(/Contents:\s+0 boards, 0 areas of concern, 0 people, 0 meetings/);
  });

  test('init never overwrites an existing file', () => {
    const path = newPath();
    writeFileSync(path, 'not mine to replace');
    const init = quorate('init', '--db', path);
    expect(init.code).toBe(1);
    expect(init.err).toMatch(/already exists; nothing was changed/);
    expect(readFileSync(path, 'utf8')).toBe('not mine to replace');
  });

  test('demo builds the Wirral board with its ten areas of concern and meetings', () => {
    const path = newPath();
    const demo = quorate('demo', '--db', path);
    expect(demo.code).toBe(0);
    expect(demo.out).toMatch(/Added “Wirral Local Area SEND Partnership Board” to .*: 10 areas of concern, 34 metrics with 306 values, 15 people, 8 meetings, 34 decisions/);
    const db = new Database(path, { readonly: true });
    const areas = db.prepare('SELECT title FROM areas_of_concern ORDER BY position').pluck().all();
    expect(areas).toHaveLength(10);
    expect(areas[0]).toBe('Strengthen the quality and timeliness of EHC assessments and annual reviews');
    expect(areas[9]).toBe('Embed the graduated response consistently across all schools and settings');
    expect(db.prepare("SELECT date FROM meetings ORDER BY date").pluck().all()).toContain('2024-11-26');
    db.close();
    // Running it again does not duplicate the board.
    const again = quorate('demo', '--db', path);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already has the demo board/);
  });

  test('check --json reports version, integrity and counts for scripts', () => {
    const path = newPath();
    quorate('demo', '--db', path);
    const check = quorate('check', '--db', path, '--json');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.out)).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      journalMode: 'wal',
      integrity: ['ok'],
      foreignKeyProblems: 0,
      counts: { boards: 1, 'areas of concern': 10, meetings: 8, decisions: 34 },
      healthy: true,
    });
  });

  test('check on a file that is not a database fails clearly and leaves it alone', () => {
    const path = newPath();
    writeFileSync(path, 'PK\u0003\u0004 this is a zip, not a database');
    const check = quorate('check', '--db', path);
    expect(check.code).toBe(1);
    expect(check.err).toMatch(/cannot be opened as a Quorate database: it is not a SQLite database/);
    expect(readFileSync(path, 'utf8')).toContain('this is a zip');
  });

  test('check on a missing file says so and creates nothing', () => {
    const path = newPath();
    const check = quorate('check', '--db', path);
    expect(check).toMatchObject({ code: 1, out: '' });
    expect(check.err).toMatch(/does not exist/);
  });

  test('a wrong command line exits 2 with a pointer to help', () => {
    expect(quorate('frobnicate')).toMatchObject({ code: 2, err: expect.stringMatching(/unknown command "frobnicate"/) });
    expect(quorate('init')).toMatchObject({ code: 2, err: expect.stringMatching(/--db PATH is required/) });
    expect(quorate('init', '--db', newPath(), '--force')).toMatchObject({ code: 2, err: expect.stringMatching(/Unknown option '--force'/) });
    expect(quorate('help')).toMatchObject({ code: 0, out: expect.stringMatching(/Usage: quorate <command>/) });
  });

  test('dashboard prints the evaluation of a period, in words or as JSON', () => {
    const path = newPath();
    quorate('demo', '--db', path);
    const text = quorate('dashboard', '--db', path, '--period', '2024-10');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^Wirral Local Area SEND Partnership Board: improvement plan, 2024-10\n24\/29 achieved or exceeded \(83%\)/);
    expect(text.out).toMatch(/10\. Embed the graduated response consistently across all schools and settings: 1\/4 achieved/);
    const json = JSON.parse(quorate('dashboard', '--db', path, '--period', '2024-10', '--json').out);
    expect(json).toMatchObject({ period: '2024-10', achieved: 24, assessable: 29, headline: '24/29 achieved or exceeded (83%)' });
    expect(json.areas.map((a: { summary: string }) => a.summary)).toEqual(['1/3 achieved', '3/3 achieved', '1/1 achieved', '3/3 achieved', '3/3 achieved', '4/4 achieved', '2/2 achieved', '3/3 achieved', '3/3 achieved', '1/4 achieved']);
    expect(quorate('dashboard', '--db', path, '--period', '2024-13')).toMatchObject({ code: 2, err: expect.stringMatching(/--period must be written as YYYY-MM/) });
  });
});
