// `npm run screenshots`: pictures of the main screens, on the demo board, into docs/.
// Uses the built app, the real browser host and Debian's Chromium (as the tests do).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { Document, Packer, Paragraph, TextRun } from 'docx';

const dir = mkdtempSync(join(tmpdir(), 'quorate-shots-'));
const db = join(dir, 'demo.sqlite');
const demo = spawnSync(process.execPath, ['bin/quorate.js', 'demo', '--db', db], { encoding: 'utf8' });
if (demo.status !== 0) throw new Error(demo.stderr);

const host = spawn(process.execPath, ['build/electron/host/launch.js', '--db', db, '--no-open'], { env: { ...process.env, QUORATE_HOST: 'browser' } });
const url = await new Promise((resolve, reject) => {
  let out = '';
  host.stdout.on('data', (chunk) => {
    out += chunk;
    const match = /Open Quorate at: (\S+)/.exec(out);
    if (match) resolve(match[1]);
  });
  host.on('exit', () => reject(new Error(out)));
});

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=en-GB'],
  env: { ...process.env, LANG: 'en_GB.UTF-8', LANGUAGE: 'en_GB' },
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  await page.goto(url);
  await page.getByRole('link', { name: 'Wirral Local Area SEND Partnership Board' }).click();
  await page.getByRole('heading', { name: 'Meetings' }).waitFor();
  await page.screenshot({ path: 'docs/board-screen.png', fullPage: true });
  await page.getByRole('link', { name: 'Tuesday 26 November 2024' }).click();
  await page.getByRole('heading', { name: 'Agenda' }).waitFor();
  await page.getByText(/open actions? carried forward/).click();
  await page.screenshot({ path: 'docs/meeting-preparation.png', fullPage: true });
  await page.goBack();
  await page.getByRole('link', { name: /Board set-up/ }).click();
  await page.getByRole('heading', { name: 'Members' }).waitFor();
  await page.screenshot({ path: 'docs/board-setup.png', fullPage: true });
  await page.goBack();
  await page.getByRole('link', { name: /Invitations record/ }).click();
  await page.getByRole('heading', { name: 'Invitations record' }).waitFor();
  await page.screenshot({ path: 'docs/invitations-record.png', fullPage: true });
  await page.goto(url.replace(/\/\?token=.*$/, '/#/meetings/7/live'));
  await page.getByRole('heading', { name: /In the meeting/ }).waitFor();
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /Parent satisfaction survey/ }).click();
  await page.screenshot({ path: 'docs/live-meeting.png', fullPage: true });
  await page.goto(url.replace(/\/\?token=.*$/, '/#/meetings/7/summary'));
  await page.getByRole('heading', { name: /what was decided/ }).waitFor();
  await page.screenshot({ path: 'docs/chair-summary.png', fullPage: true });
  await page.goto(url.replace(/\/\?token=.*$/, '/#/boards/1/actions'));
  await page.getByRole('heading', { name: 'Action and impact log' }).waitFor();
  await page.getByLabel('Status').selectOption('');
  await page.getByText(/^17 actions/).waitFor();
  await page.screenshot({ path: 'docs/action-log.png', fullPage: true });
  await page.goto(url.replace(/\/\?token=.*$/, '/#/boards/1/dashboard'));
  await page.getByRole('heading', { name: 'Improvement plan dashboard' }).waitFor();
  await page.locator('canvas.metric-chart').first().waitFor();
  await page.screenshot({ path: 'docs/dashboard.png', fullPage: true });
  await page.goto(url.replace(/\/\?token=.*$/, '/#/boards/1/risks'));
  await page.getByRole('heading', { name: 'Risk register' }).waitFor();
  await page.screenshot({ path: 'docs/risk-register.png', fullPage: true });
  // The meeting pack: papers attached through the API as the app attaches them (a PDF and
  // a Word document), the pack exported from the meeting screen, and pages of the PDF.
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2]) pdf.addPage([595, 842]).drawText(`Communications plan for families: page ${n} (illustrative paper)`, { x: 56, y: 780, size: 13, font });
  const word = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun({ text: 'Relationship with Parent Carer Participation Wirral', bold: true })] }), new Paragraph('An illustrative Word paper, converted into the pack.')] }] }));
  const attach = (itemNumber, fileName, bytes) =>
    page.evaluate(async ({ itemNumber, fileName, b64 }) => {
      const plan = await (await fetch('/api/getMeetingPlan', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ meetingId: 8 }) })).json();
      const item = plan.value.items.find((i) => i.number === itemNumber);
      const body = { agendaItemId: item.id, title: '', author: 'Secretariat', fileName, content: { $bytes: b64 } };
      const result = await (await fetch('/api/attachPaper', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json();
      if (!result.ok) throw new Error(result.error.message);
    }, { itemNumber, fileName, b64: Buffer.from(bytes).toString('base64') });
  await attach('5', 'Communications plan.pdf', await pdf.save());
  await attach('6', 'PCPW relationship.docx', word);
  await page.goto(url.replace(/\/\?token=.*$/, '/#/meetings/8'));
  await page.getByRole('heading', { name: 'Meeting pack' }).waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the pack (PDF)' }).click();
  const packFile = join(dir, 'pack.pdf');
  await (await download).saveAs(packFile);
  await page.getByText(/^Saved “/).waitFor();
  await page.getByRole('heading', { name: 'Meeting pack' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/pack-export.png', fullPage: true });
  const pages = { cover: 1, contents: 2, agenda: 3, minutes: 5, actions: 7, risks: 9, dashboard: 10 };
  for (const [name, number] of Object.entries(pages)) {
    const shot = spawnSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', String(number), '-l', String(number), packFile, `docs/pack-${name}`]);
    if (shot.status !== 0) throw new Error(shot.stderr.toString());
  }
  const count = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [packFile], { encoding: 'utf8' }).stdout)[1]);
  for (const [name, number] of [['paper-cover', count - 3], ['word-paper', count]]) spawnSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', String(number), '-l', String(number), packFile, `docs/pack-${name}`]);
  console.log('Screenshots written to docs/.');
} finally {
  await browser.close();
  host.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
