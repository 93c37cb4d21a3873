import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { simpleParser } from 'mailparser';
import { openDatabase } from '../../db/open';
import { settingsRepository } from '../../db/repositories/settings';
import { built, ROOT } from '../support/built';
import { CHROMIUM } from '../support/chromium';
import { demoDatabase } from '../support/demo';
import { pageTexts, pdfInfo } from '../support/printing';
import { useTempDir } from '../support/temp';

// The export commands as a script runs them: the real CLI, a real database, a real Chromium.
const newPath = useTempDir();
jest.setTimeout(120_000);

const quorate = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [join(ROOT, 'bin', 'quorate.js'), ...args], { encoding: 'utf8', env: { ...process.env, QUORATE_BROWSER: CHROMIUM, ...env } });

describe('quorate export-pack, export-email and export-minutes', () => {
  let db: string;
  beforeAll(() => {
    built('electron/cli/quorate.js');
    db = demoDatabase(newPath());
  });

  test('export-pack writes the public pack of a meeting, with progress on stderr', () => {
    const out = `${db}.public.pdf`;
    const run = quorate(['export-pack', '--db', db, '--meeting', '7', '--out', out, '--public']);
    expect(run.stdout).toMatch(/^Wrote the public pack for Local Area SEND Partnership Board, 2024-10-29 \(\d+ pages\), to /);
    expect(run.stderr).toMatch(/Printing the pack/);
    expect(run.status).toBe(0);
    expect(pdfInfo(out)).toMatchObject({ Tagged: 'yes', Title: 'Local Area SEND Partnership Board, Tuesday 29 October 2024: meeting pack (public)' });
    expect(pageTexts(out)[0]).toMatch(/PUBLIC/);
  });

  test('export-email refuses, leaving no file, until the secretary has an email address to send from', () => {
    // The demo board's secretary has no email address until one is set; the CLI says so.
    const refused = quorate(['export-email', '--db', db, '--meeting', '8', '--out', `${db}.eml`]);
    expect(refused).toMatchObject({ status: 1, stderr: expect.stringMatching(/Add your email address in Settings first/) });
    expect(existsSync(`${db}.eml`)).toBe(false);
  });

  test('export-minutes writes a PDF when the file name ends .pdf', () => {
    const out = `${db}.minutes.pdf`;
    const run = quorate(['export-minutes', '--db', db, '--meeting', 'last', '--out', out]);
    expect(run.stdout).toMatch(/as PDF to /);
    expect(pageTexts(out).join('\n')).toMatch(/Minutes of the Local Area SEND Partnership Board/);
  });

  test('a failed export leaves no file, half-written or otherwise, and says why', () => {
    const out = join(dirname(db), 'never.pdf');
    const run = quorate(['export-pack', '--db', db, '--meeting', '8', '--out', out], { QUORATE_BROWSER: '/nonexistent/chromium' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/PDFs cannot be made here: no Chromium was found/);
    expect(readdirSync(dirname(db)).filter((f) => f.startsWith('never.pdf'))).toEqual([]);
  });

  test('usage mistakes are refused with exit code 2', () => {
    expect(quorate(['export-email', '--db', db, '--meeting', '8', '--out', 'x.eml', '--attach-limit-mb', 'lots'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/--attach-limit-mb must be a number of MB from 1 to 150/) });
    expect(quorate(['export-pack', '--db', db, '--meeting', '8', '--out', 'x.pdf', '--pack-location', 'x'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/--pack-location goes with "export-email" only/) });
  });
});

test('export-email writes an unsent email with the pack attached and the covering message from a file', async () => {
  const db = demoDatabase(newPath());
  // The secretary's name and address, as the settings screen saves them.
  const handle = openDatabase(db);
  settingsRepository(handle).setUserEmail('sam@example.gov.uk');
  settingsRepository(handle).setUserName('Sam Secretary');
  handle.close();
  const out = `${db}.eml`;
  const message = `${db}.message.txt`;
  writeFileSync(message, 'Dear colleagues,\n\nThe pack for Tuesday is attached.\n');
  const run = quorate(['export-email', '--db', db, '--meeting', '8', '--out', out, '--message', message]);
  expect(run.stderr).not.toMatch(/quorate:/);
  expect(run.stdout).toMatch(/Wrote an unsent email to \d+ invitees, with the pack attached, to /);
  const parsed = await simpleParser(readFileSync(out));
  expect(parsed.attachments.map((a) => a.contentType).sort()).toEqual(['application/pdf', 'text/calendar']);
  expect(parsed.from?.value[0]?.address).toBe('sam@example.gov.uk');
  expect(parsed.text).toMatch(/^Dear colleagues,\n\nThe pack for Tuesday is attached\./);
});
