import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../support/built';
import { accessibilityViolations, launchChromium } from '../support/chromium';
import { startHostProcess, type RunningHost } from '../support/host-process';
import { useTempDir } from '../support/temp';

// The first flow a secretary does, through the real UI in Chromium against the real
// browser host: create the board, schedule a meeting, see it listed, close the app,
// start it again, and find the meeting still there.

jest.setTimeout(60_000);
const newPath = useTempDir('quorate-e2e-');
const SCREENSHOTS = join(ROOT, 'build', 'screenshots');

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A page that fails the test on any console error or CSP refusal. */
async function openApp(host: RunningHost): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(host.url);
  await page.getByRole('heading', { level: 1, name: 'Boards' }).waitFor();
  return { page, problems };
}

test('create a board, schedule a meeting, see it listed, reopen the app and still see it', async () => {
  const dbPath = newPath();
  const first = await startHostProcess(dbPath);
  try {
    const { page, problems } = await openApp(first);
    expect(page.url()).toBe(`${first.origin}/`); // the token left the address bar
    await page.getByText('No boards yet.').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'first-screen.png') });
    expect(await accessibilityViolations(page)).toEqual([]);

    // A blank name is refused with the reason, next to the field.
    await page.getByRole('button', { name: 'Create board' }).click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toBe('Board name is required');

    await page.getByLabel('Board name').fill('Wirral Local Area SEND Partnership Board');
    await page.getByLabel('Board name').press('Enter'); // keyboard submits
    await page.getByRole('heading', { level: 1, name: 'Wirral Local Area SEND Partnership Board' }).waitFor();
    await page.getByText('No meetings scheduled yet.').waitFor();

    // A meeting that ends before it starts is refused and nothing is saved.
    await page.getByLabel('Date', { exact: true }).fill('2024-11-26');
    await page.getByLabel('Starts', { exact: true }).fill('16:00');
    await page.getByLabel('Ends', { exact: true }).fill('14:00');
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.getByText('The meeting must end after it starts').waitFor();

    await page.getByLabel('Meeting title').fill('Local Area SEND Partnership Board');
    await page.getByLabel('Starts', { exact: true }).fill('14:00');
    await page.getByLabel('Ends', { exact: true }).fill('16:00');
    await page.getByLabel('Place', { exact: true }).fill('Wallasey Town Hall');
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.getByRole('status').filter({ hasText: 'Scheduled “Local Area SEND Partnership Board” on Tuesday 26 November 2024.' }).waitFor();
    const row = page.getByRole('row', { name: /Tuesday 26 November 2024/ });
    await expect(row.textContent()).resolves.toBe('Tuesday 26 November 202414:00–16:00Local Area SEND Partnership BoardWallasey Town HallPlanned');
    await page.screenshot({ path: join(SCREENSHOTS, 'board-screen.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  } finally {
    expect(await first.stop()).toBe(0); // a clean stop on SIGTERM
  }

  // Start the app again on the same file: a new port and a new token.
  const second = await startHostProcess(dbPath);
  try {
    expect(second.url).not.toBe(first.url);
    const { page, problems } = await openApp(second);
    await page.getByRole('link', { name: 'Wirral Local Area SEND Partnership Board' }).click();
    const row = page.getByRole('row', { name: /Tuesday 26 November 2024/ });
    await expect(row.textContent()).resolves.toContain('Wallasey Town Hall');
    expect(problems).toEqual([]);
    await page.context().close();
  } finally {
    await second.stop();
  }
});

test('the old link stops working once the app is restarted (each run has its own secret)', async () => {
  const dbPath = newPath();
  const first = await startHostProcess(dbPath);
  const oldToken = new URL(first.url).searchParams.get('token')!;
  await first.stop();
  const second = await startHostProcess(dbPath);
  try {
    const response = await fetch(`${second.origin}/?token=${oldToken}`, { redirect: 'manual' });
    expect(response.status).toBe(401);
    expect(await response.text()).toMatch(/needs the link printed in the terminal/);
  } finally {
    await second.stop();
  }
});

test('the terminal says plainly which mode started and why', async () => {
  const host = await startHostProcess(newPath());
  try {
    expect(host.output()).toMatch(/Quorate is running in browser-host mode, because QUORATE_HOST=browser asked for it\./);
    expect(host.output()).toMatch(/Data: .*\.sqlite/);
  } finally {
    await host.stop();
  }
});
