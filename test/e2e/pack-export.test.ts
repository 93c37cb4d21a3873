import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../support/built';
import { accessibilityViolations, launchChromium } from '../support/chromium';
import { demoDatabase } from '../support/demo';
import { startHostProcess, type RunningHost } from '../support/host-process';
import { pageTexts, pdfInfo } from '../support/printing';
import { useTempDir } from '../support/temp';

// The secretary exports the pack from the meeting screen, as in the browser host: the
// progress shows while it is made, the PDF arrives as a download, and the email form
// carries an editable covering message.
jest.setTimeout(90_000);
const newPath = useTempDir('quorate-e2e-pack-');
const SHOTS = join(ROOT, 'build', 'screenshots');
let browser: Browser;
let host: RunningHost;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(demoDatabase(newPath()));
  page = await browser.newPage({ viewport: { width: 1300, height: 1000 }, locale: 'en-GB', timezoneId: 'Europe/London', acceptDownloads: true });
  await page.goto(host.url);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

test('exports the public pack with progress shown, as a PDF download', async () => {
  await page.goto(`${host.origin}/#/meetings/7`);
  await page.getByRole('heading', { name: 'Meeting pack' }).waitFor();
  await page.getByLabel(/For publication/).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the pack (PDF)' }).click();
  await page.getByText(/^Meeting pack \(public\): /).waitFor();
  const file = join(newPath() + '.pdf');
  await (await download).saveAs(file);
  await page.getByText(/^Saved “Local Area SEND Partnership Board 2024-10-29 pack \(public\)\.pdf”: \d+ pages, /).waitFor();
  expect(pdfInfo(file)).toMatchObject({ Tagged: 'yes', Title: 'Local Area SEND Partnership Board, Tuesday 29 October 2024: meeting pack (public)' });
  // The last meeting's private item is named by its reason only.
  expect(pageTexts(file).join('\n')).toMatch(/Taken in private: Contains information about the financial or business affairs/);
});

test('the email form offers an editable covering message, and says plainly what is missing', async () => {
  await page.goto(`${host.origin}/#/settings`);
  await page.getByLabel('Your email').fill('sam.secretary@example.gov.uk');
  await page.getByRole('button', { name: /Save/ }).click();
  await page.getByText(/saved/i).first().waitFor();
  await page.goto(`${host.origin}/#/meetings/8`);
  await page.getByRole('button', { name: 'Email the pack…' }).click();
  const message = page.getByLabel('Covering message');
  await expect(message.inputValue()).resolves.toMatch(/^Dear colleagues,\n\nPlease find attached the pack for the Local Area SEND Partnership Board on Tuesday 26 November 2024/);
  await message.fill('');
  await page.getByRole('button', { name: 'Make the email (.eml)' }).click();
  await page.getByText('Write a covering message').waitFor();
  await message.fill('Dear all,\n\nThe pack is attached.');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make the email (.eml)' }).click();
  expect((await download).suggestedFilename()).toBe('Local Area SEND Partnership Board 2024-11-26 pack email.eml');
  await page.getByText(/the pack \(.+\) is attached\. Open it in your email program to send it\./).waitFor();
  await page.screenshot({ path: join(SHOTS, 'pack-export.png'), fullPage: true });
  expect(await accessibilityViolations(page)).toEqual([]);
});
