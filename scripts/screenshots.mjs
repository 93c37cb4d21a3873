// `npm run screenshots`: pictures of the main screens, on the demo board, into docs/.
// Uses the built app, the real browser host and Debian's Chromium (as the tests do).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

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
  console.log('Screenshots written to docs/.');
} finally {
  await browser.close();
  host.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
