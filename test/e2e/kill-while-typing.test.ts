import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { demoDatabase } from '../support/demo';
import { startHostProcess } from '../support/host-process';
import { useTempDir } from '../support/temp';

// The laptop dies mid-sentence: the host is killed with SIGKILL while minutes are being
// typed into the real UI. On reopening, the minutes are there up to at most the last
// second of typing, and never anything that was not typed.

jest.setTimeout(180_000);
const newPath = useTempDir('quorate-e2e-kill-');
const ROUNDS = 3;
const KEY_DELAY_MS = 25;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

test(`killing the app while typing loses at most the last second, ${ROUNDS} times over`, async () => {
  const dbPath = demoDatabase(newPath());
  let expected = '';
  for (let round = 1; round <= ROUNDS; round += 1) {
    const host = await startHostProcess(dbPath);
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/meetings/8/live`);
    await page.getByRole('heading', { level: 1, name: /In the meeting/ }).waitFor();
    const editor = page.locator('.minutes-editor textarea');
    await expect(editor.inputValue()).resolves.toBe(expected); // everything from earlier rounds came back

    await editor.focus();
    await page.keyboard.press('Control+End'); // End alone stops at the end of a wrapped line
    // Type for about two and a half seconds, recording when each character went in.
    const sentence = ` Round ${round}: the board discussed the EHC assessment recovery plan and agreed to monitor it monthly.`.repeat(2);
    const typedAt: number[] = [];
    let killedAt = 0;
    for (const character of sentence) {
      await page.keyboard.type(character);
      typedAt.push(Date.now());
      await new Promise((r) => setTimeout(r, KEY_DELAY_MS));
      if (typedAt.length === 90) {
        killedAt = Date.now();
        host.process.kill('SIGKILL');
        break;
      }
    }
    await host.stop();
    await page.close();

    // Reopen: what was saved must be what was typed, cut off no more than a second before the kill.
    const again = await startHostProcess(dbPath);
    const check = await browser.newPage();
    await check.goto(again.url);
    await check.goto(`${again.origin}/#/meetings/8/live`);
    await check.getByRole('heading', { level: 1, name: /In the meeting/ }).waitFor();
    const saved = await check.locator('.minutes-editor textarea').inputValue();
    const typed = expected + sentence.slice(0, typedAt.length);
    expect(saved).toBe(typed.slice(0, saved.length)); // a prefix of what was typed
    const savedNew = saved.length - expected.length;
    expect(savedNew).toBeGreaterThanOrEqual(0);
    const lostSince = savedNew < typedAt.length ? typedAt[savedNew]! : killedAt;
    expect(killedAt - lostSince).toBeLessThanOrEqual(1000);
    expected = saved;
    await check.close();
    await again.stop();
  }
});
