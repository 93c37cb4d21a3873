import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../support/built';
import { accessibilityViolations, launchChromium } from '../support/chromium';
import { demoDatabase } from '../support/demo';
import { startHostProcess, type RunningHost } from '../support/host-process';
import { useTempDir } from '../support/temp';

// A whole meeting through the real UI: the eighth meeting of the demo board.
jest.setTimeout(120_000);
const newPath = useTempDir('quorate-e2e-live-');
const SHOTS = join(ROOT, 'build', 'screenshots');
let browser: Browser;
let host: RunningHost;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(demoDatabase(newPath()));
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(host.url);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const attendance = (name: string) => page.getByRole('group', { name: new RegExp(`^${name}`) });
const quorum = () => page.locator('p.quorum');
const minutes = () => page.locator('.minutes-editor textarea');
const saved = () => page.locator('.save-state[data-state="saved"]').waitFor();

async function goToItem(title: string) {
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: new RegExp(title) }).click();
  await page.getByRole('heading', { level: 2, name: new RegExp(title) }).waitFor();
}

test('a whole meeting: attendance and quorum, minutes, decisions, actions, matters arising, approval and lock', async () => {
  await page.getByRole('link', { name: 'Wirral Local Area SEND Partnership Board' }).click();
  await page.getByRole('link', { name: 'Tuesday 26 November 2024' }).click();
  await page.getByRole('link', { name: 'Run the meeting' }).click();
  await page.getByRole('heading', { level: 1, name: /In the meeting/ }).waitFor();

  // Attendance by keyboard: the quorum (4 members with the chair or vice-chair and a health representative) is watched live.
  await expect(quorum().textContent()).resolves.toMatch(/^Not quorate/);
  await attendance('Margaret Ellison').getByLabel('Present').check();
  await attendance('Paul Whitfield').getByLabel('Present').focus();
  await page.keyboard.press('Space');
  await attendance('Elaine Marsh').getByLabel('Present').check();
  await page.getByText(/3 of the 4 members needed are present; a health representative is not present/).waitFor();
  await attendance('Graham Oakes').getByLabel('Present').check();
  await quorum().getByText('Quorate', { exact: true }).waitFor();
  await attendance('Fiona Kerr').getByLabel('Apologies').check();
  await attendance('Helen Carter').getByLabel('Present').check(); // the DfE adviser attends but does not count
  // The chair leaves early: quorum lost, and the reason is given.
  await attendance('Margaret Ellison').getByLabel('Left early').check();
  await page.getByText(/Not quorate/).waitFor();
  await expect(quorum().textContent()).resolves.toMatch(/the chair or vice-chair is not present/);
  // The vice-chair arrives late: quorum regained.
  await attendance('Dr Anil Sharma').getByLabel('Present').check();
  await attendance('Dr Anil Sharma').getByLabel('Late').check();
  await quorum().getByText('Quorate', { exact: true }).waitFor();
  // Undo (Alt+Z) takes back the last change.
  await page.keyboard.press('Alt+z');
  await page.getByText('Undone: attendance of Dr Anil Sharma.').waitFor({ state: 'attached' });
  await expect(attendance('Dr Anil Sharma').getByLabel('Late').isChecked()).resolves.toBe(false);
  await expect(attendance('Dr Anil Sharma').getByLabel('Present').isChecked()).resolves.toBe(true);

  // Minutes of the last meeting: approved under its item.
  await goToItem('Minutes of the last meeting');
  await page.getByText(/Minutes of the meeting on Tuesday 29 October 2024: circulated/).waitFor();
  await minutes().fill('The minutes of the meeting on 29 October 2024 were agreed as a true record.');
  await saved();
  await page.getByRole('button', { name: 'Approve as a true record' }).click();
  await page.getByText('The minutes of Tuesday 29 October 2024 are approved and locked.').waitFor();

  // Matters arising: an existing action is updated.
  await goToItem('Action log and matters arising');
  await page.getByRole('button', { name: 'Update A016' }).click();
  await page.getByLabel('Status').selectOption('complete');
  await page.getByLabel('Progress', { exact: true }).fill('Reported to the October board; monthly reporting in place.');
  await page.getByRole('button', { name: 'Save update' }).click();
  await page.getByText(/Updated at this meeting: A016 \(Complete\)/).waitFor();
  await minutes().fill('## Matters arising\n- A016 complete\n- A017 in hand');
  await saved();

  // A topical item: minutes, two decisions, and actions (one refused until it has an owner and a due date).
  await goToItem('Communications plan for families');
  await minutes().fill('Rebecca Lowe presented the communications plan. Members welcomed it.');
  await saved();
  await page.keyboard.press('Alt+d');
  await page.keyboard.type('The board approved the communications plan for parents and carers.');
  await page.getByRole('button', { name: 'Record decision' }).click();
  await page.getByText('The board approved the communications plan for parents and carers.').waitFor();
  await page.getByLabel('The board decided…').fill('The board asked for a quarterly report on complaints about communication.');
  await page.getByRole('button', { name: 'Record decision' }).click();
  await page.locator('.record-list li', { hasText: 'quarterly report on complaints' }).waitFor();
  const references = await page.locator('.item-record .record-list li strong').allTextContents();
  expect(references).toEqual(['D035', 'D036']);

  await page.keyboard.press('Alt+a');
  await page.keyboard.type('Publish the communications plan on the local offer');
  await page.getByRole('button', { name: 'Agree action' }).click();
  await page.getByText(/An owner is required: the notice requires clearly assigned accountabilities/).waitFor();
  await page.getByLabel('Owner (required)').selectOption({ label: 'Rebecca Lowe' });
  await page.getByRole('button', { name: 'Agree action' }).click();
  await page.getByText(/A due date is required/).waitFor();
  await page.getByLabel('Due date (required)').fill('2024-12-20');
  await page.getByRole('button', { name: 'Agree action' }).click();
  await page.locator('.record-list li', { hasText: 'Publish the communications plan' }).waitFor();

  await page.getByLabel('Action', { exact: true }).fill('Survey parents on the new letters');
  await page.getByLabel('Owner (required)').selectOption({ label: 'Someone else (add them)…' });
  await page.getByLabel('New owner’s name').fill('Jo Patel');
  await page.getByLabel('Their organisation').fill('Parent Carer Participation Wirral');
  await page.getByLabel('Due date (required)').fill('2025-01-31');
  await page.getByRole('button', { name: 'Agree action' }).click();
  await page.locator('.record-list li', { hasText: 'Jo Patel' }).waitFor();

  await goToItem('Relationship with Parent Carer Participation Wirral');
  await page.getByLabel('Action', { exact: true }).fill('Agree the joint work plan with PCPW');
  await page.getByLabel('Owner (required)').selectOption({ label: 'Sarah Quinn' });
  await page.getByLabel('Due date (required)').fill('2025-01-28');
  await page.getByRole('button', { name: 'Agree action' }).click();
  await page.locator('.record-list li', { hasText: 'joint work plan' }).waitFor();
  await minutes().fill('Sarah Quinn reported on the joint steering group.');
  await saved();
  await page.screenshot({ path: join(SHOTS, 'live-meeting.png'), fullPage: true });
  expect(await accessibilityViolations(page)).toEqual([]);

  // The shortcuts are listed in a help panel.
  await page.keyboard.press('Alt+h');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  // Close the meeting; the summary for the chair.
  await page.getByRole('button', { name: 'Close the meeting' }).click();
  await page.getByRole('button', { name: 'Record the draft minutes as circulated' }).click();
  await page.getByText(/Minutes: circulated/).waitFor();
  await page.getByRole('link', { name: 'Summary for the chair' }).click();
  await page.getByRole('heading', { name: /what was decided, what we will do/ }).waitFor();
  const summary = await page.locator('article.summary').textContent();
  expect(summary).toMatch(/D035 The board approved the communications plan/);
  expect(summary).toMatch(/Publish the communications plan on the local offer.*Rebecca Lowe.*20 Dec 2024/);
  expect(summary).toMatch(/A016 .*: Complete/);
  await page.screenshot({ path: join(SHOTS, 'chair-summary.png'), fullPage: true });

  // The October minutes, approved at this meeting, now refuse edits.
  await page.goto(`${host.origin}/#/boards/1`);
  await page.getByRole('link', { name: 'Tuesday 29 October 2024' }).click();
  await page.getByRole('link', { name: /Open the meeting record/ }).click();
  await page.getByRole('heading', { level: 1, name: /In the meeting: Tuesday 29 October 2024/ }).waitFor();
  await expect(minutes().getAttribute('readonly')).resolves.not.toBeNull();
  await page.getByText('These minutes are approved and locked.').waitFor();
  await expect(page.getByRole('button', { name: 'Record decision' }).count()).resolves.toBe(0);
  const itemId = await page.locator('.minutes-editor textarea').getAttribute('id');
  const refused = await page.evaluate(async (agendaItemId) => {
    const response = await fetch('/api/saveMinutes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ agendaItemId, text: 'Rewritten' }) });
    return response.json();
  }, Number(itemId!.replace('minutes-', '')));
  expect(refused).toEqual({ ok: false, error: { code: 'conflict', message: 'These minutes are approved and locked; record a correction instead.' } });
  expect(problems).toEqual([]);
});
