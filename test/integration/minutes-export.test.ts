import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { apiSession } from '../support/api';
import { built, ROOT } from '../support/built';
import { demoDatabase } from '../support/demo';
import { useTempDir } from '../support/temp';

// The minutes as Word, read back by an independent reader (mammoth).
const newPath = useTempDir();

async function text(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

describe('minutes as a Word document', () => {
  test('carry the heading, attendance, each item with its minutes, decisions and actions, and the draft marking', async () => {
    const { session, call } = await apiSession(newPath(), { demo: true });
    await call('saveMinutes', { agendaItemId: (await call<{ plan: { items: { id: number }[] } }>('getLiveMeeting', { meetingId: 7 })).plan.items[5]!.id, text: '## Discussion\n- Survey results **welcomed**\n- Next steps agreed' });
    const file = await call<{ fileName: string; content: Uint8Array }>('exportMinutes', { meetingId: 7, public: false });
    expect(file.fileName).toBe('Local Area SEND Partnership Board 2024-10-29 minutes.docx');
    const words = await text(file.content);
    expect(words).toMatch(/^Minutes of the Local Area SEND Partnership Board\n/);
    expect(words).toMatch(/Tuesday 29 October 2024, 14:00–16:00, Wallasey Town Hall/);
    expect(words).toMatch(/DRAFT — circulated for approval at the next meeting\./);
    expect(words).toMatch(/Present\n/);
    expect(words).toMatch(/Apologies\n\nCllr Joan Pritchard/);
    expect(words).toMatch(/Decision D029: /);
    expect(words).toMatch(/Action A016: Report 20-week compliance by locality and cause of delay — Cllr Joan Pritchard, by 26 Nov 2024/);
    expect(words).toMatch(/Discussion\n\nSurvey results welcomed/);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(file.content) })).value;
    expect(html).toMatch(/<strong>welcomed<\/strong>/);
    expect(html).toMatch(/<li>Next steps agreed<\/li>/);
    session.close();
  });

  test('the public version leaves out the words of a confidential item and says why', async () => {
    const { session, call } = await apiSession(newPath(), { demo: true });
    const full = await text((await call<{ content: Uint8Array }>('exportMinutes', { meetingId: 6, public: false })).content);
    const publicVersion = await text((await call<{ content: Uint8Array }>('exportMinutes', { meetingId: 6, public: true })).content);
    expect(full).toMatch(/Specialist placement sufficiency \(commercially sensitive\): the board received the item/);
    expect(publicVersion).not.toMatch(/Specialist placement sufficiency \(commercially sensitive\): the board received/);
    expect(publicVersion).toMatch(/This item was taken in private: Contains information about the financial or business affairs/);
    const privateTitle = (await call<{ plan: { items: { confidential: boolean; title: string }[] } }>('getLiveMeeting', { meetingId: 6 })).plan.items.find((i) => i.confidential)!.title;
    expect(full).toContain(privateTitle);
    expect(publicVersion).not.toContain(privateTitle);
    session.close();
  });

  test('open in LibreOffice (headless), as a council Word user would open them', async () => {
    const { session, call } = await apiSession(newPath(), { demo: true });
    const file = await call<{ content: Uint8Array }>('exportMinutes', { meetingId: 7, public: false });
    session.close();
    const dir = mkdtempSync(join(tmpdir(), 'quorate-lo-'));
    try {
      writeFileSync(join(dir, 'minutes.docx'), file.content);
      // Its own profile, so a LibreOffice the user has open does not take the job over.
      const run = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'txt:Text', '--outdir', dir, join(dir, 'minutes.docx')], { encoding: 'utf8', timeout: 90_000 });
      expect(run.status).toBe(0);
      const words = readFileSync(join(dir, 'minutes.txt'), 'utf8');
      expect(words).toMatch(/Minutes of the Local Area SEND Partnership Board/);
      expect(words).toMatch(/DRAFT — circulated for approval at the next meeting\./);
      expect(words).toMatch(/Decision D029: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  test('the CLI writes the minutes of the last meeting held to a file', () => {
    built('electron/cli/quorate.js');
    const db = demoDatabase(newPath());
    const out = `${db}.minutes.docx`;
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'quorate.js'), 'export-minutes', '--db', db, '--meeting', 'last', '--out', out], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/Wrote the minutes of Local Area SEND Partnership Board, 2024-10-29, to /);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const bad = spawnSync(process.execPath, [join(ROOT, 'bin', 'quorate.js'), 'export-minutes', '--db', db, '--meeting', 'soon', '--out', out], { encoding: 'utf8' });
    expect(bad).toMatchObject({ status: 2, stderr: expect.stringMatching(/--meeting must be a meeting number, "next" or "last"/) });
  });
});
