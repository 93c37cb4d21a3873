import { truncateSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { openWithSafeguards } from '../../db/safeOpen';
import { boardsRepository } from '../../db/repositories/boards';
import { ROOT } from '../support/built';
import { accessibilityViolations, launchChromium } from '../support/chromium';
import { startHostProcess } from '../support/host-process';
import { useTempDir } from '../support/temp';

// A damaged database file, as after a disk fault: the app does not start blank and does
// not overwrite it; it says what is wrong and offers the newest good backup.

jest.setTimeout(60_000);
const newPath = useTempDir('quorate-e2e-recovery-');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

test('a damaged database leads to a recovery screen that restores the newest good backup', async () => {
  const path = newPath();
  const db = await openWithSafeguards(path);
  const boards = boardsRepository(db);
  const id = boards.create({ name: 'Wirral Local Area SEND Partnership Board' });
  boards.addAreas(id, Array.from({ length: 300 }, (_, i) => `Area ${i + 1}: a title long enough to take up room on several pages`));
  db.close();
  (await openWithSafeguards(path)).close(); // an 'open' backup
  truncateSync(path, Math.floor(statSync(path).size / 2));

  const host = await startHostProcess(path);
  try {
    const page = await browser.newPage({ locale: 'en-GB', timezoneId: 'Europe/London' });
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Quorate cannot open its database' }).waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/is damaged/);
    await expect(page.getByText('The newest good backup was taken').textContent()).resolves.toMatch(/20\d\d/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ROOT, 'build', 'screenshots', 'recovery.png') });

    await page.getByRole('button', { name: 'Restore the newest good backup' }).click();
    await page.getByRole('heading', { name: 'Backup restored' }).waitFor();
    const kept = await page.locator('code').first().textContent();
    expect(kept).toMatch(/\.set-aside-/);
    expect(existsSync(kept!)).toBe(true);
    await page.getByRole('button', { name: 'Continue to Quorate' }).click();
    await page.getByRole('link', { name: 'Wirral Local Area SEND Partnership Board' }).waitFor();
    await page.close();
  } finally {
    await host.stop();
  }
});
