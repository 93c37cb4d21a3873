import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import type { Browser, Download, Page } from 'playwright-core';
import { ROOT } from '../support/built';
import { accessibilityViolations, launchChromium } from '../support/chromium';
import { makeDocx, makePdf } from '../support/files';
import { startHostProcess, type RunningHost } from '../support/host-process';
import { useTempDir } from '../support/temp';

// Before the meeting, through the real UI: set up the board's statutory invitees, build
// the agenda from the template, attach a PDF and a Word paper, reorder by keyboard,
// produce the invitations and watch the compliance panel turn green only when every
// statutory invitee has been sent one.

jest.setTimeout(120_000);
const newPath = useTempDir('quorate-e2e-prepare-');
const SHOTS = join(ROOT, 'build', 'screenshots');
let browser: Browser;
let host: RunningHost;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(newPath());
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London', acceptDownloads: true });
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(host.url);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

async function downloaded(action: () => Promise<unknown>, count: number): Promise<Download[]> {
  const downloads: Download[] = [];
  const collected = new Promise<void>((resolve) => {
    page.on('download', function onDownload(d) {
      downloads.push(d);
      if (downloads.length === count) {
        page.off('download', onDownload);
        resolve();
      }
    });
  });
  await action();
  await collected;
  return downloads;
}

async function contentOf(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

test('the secretary sets up the board, builds the agenda, attaches papers and invites everyone the notice requires', async () => {
  // Settings: the secretary's name and email.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Your name').fill('Nadia Begum');
  await page.getByLabel('Your email').fill('n.begum@example.gov.uk');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved.').waitFor();

  // A board with the three statutory invitee roles of the Wirral notice.
  await page.getByRole('link', { name: 'Boards' }).click();
  await page.getByLabel('Board name').fill('Wirral Local Area SEND Partnership Board');
  await page.getByRole('button', { name: 'Create board' }).click();
  await page.getByRole('link', { name: /Board set-up/ }).click();
  for (const role of ['DfE Adviser', 'NHS England Adviser', 'DfE case lead']) {
    await page.getByLabel('Role', { exact: true }).fill(role);
    await page.getByLabel('Where it is required').fill('Improvement Notice, 15 May 2024, paragraph 6');
    await page.getByRole('button', { name: 'Add role' }).click();
    await page.getByText(`Added the role ${role}.`).waitFor();
  }
  const members: [string, string, string, string][] = [
    ['Margaret Ellison', 'chair.laspb@example.org', 'chair', ''],
    ['Helen Carter', 'helen.carter@example.gov.uk', 'adviser', 'DfE Adviser'],
    ['Dr Owen Price', 'owen.price@example.nhs.uk', 'adviser', 'NHS England Adviser'],
    ['Priya Nair', 'priya.nair@example.gov.uk', 'observer', 'DfE case lead'],
  ];
  await page.getByText('Add a member').click();
  for (const [name, email, role, statutory] of members) {
    await page.locator('#new-member-name').fill(name);
    await page.locator('#new-member-email').fill(email);
    await page.locator('#new-member-role').selectOption(role);
    if (statutory) await page.locator('#new-member-statutory').selectOption({ label: statutory });
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByText(`Added ${name}.`).waitFor();
  }
  await page.screenshot({ path: join(SHOTS, 'board-setup.png'), fullPage: true });
  expect(await accessibilityViolations(page)).toEqual([]);

  // Schedule the meeting and open it.
  await page.getByRole('link', { name: 'Wirral Local Area SEND Partnership Board' }).click();
  await page.getByLabel('Date', { exact: true }).fill('2030-11-26');
  await page.getByLabel('Starts', { exact: true }).fill('14:00');
  await page.getByLabel('Ends', { exact: true }).fill('16:00');
  await page.getByLabel('Place', { exact: true }).fill('Wallasey Town Hall');
  await page.getByRole('button', { name: 'Schedule meeting' }).click();
  await page.getByRole('link', { name: 'Tuesday 26 November 2030' }).click();
  await page.getByRole('heading', { level: 1, name: /Tuesday 26 November 2030/ }).waitFor();
  await expect(page.getByRole('list', { name: 'Deadlines' }).textContent()).resolves.toMatch(/Papers due: Tuesday 12 November 2030 \(due in \d+ working days\)/);

  // Compliance is an alert until invitations go out.
  const compliance = page.locator('section.compliance');
  await expect(compliance.getAttribute('class')).resolves.toMatch(/compliance-error/);
  await expect(compliance.textContent()).resolves.toMatch(/3 of 3 statutory invitees have not been sent an invitation/);

  // The agenda from the standard template, then a topical item expecting a paper.
  await page.getByRole('button', { name: 'Start from the standard template' }).click();
  await page.getByRole('list', { name: 'Agenda items' }).waitFor();
  await page.getByText('Add an item').click();
  await page.locator('#new-item-title').fill('EHC assessment recovery plan');
  await page.locator('#new-item-presenter').selectOption({ label: 'Margaret Ellison' });
  await page.locator('#new-item-purpose').selectOption('decision');
  await page.locator('#new-item-minutes').fill('30');
  await page.getByRole('button', { name: 'Add item' }).click();
  const items = page.getByRole('list', { name: 'Agenda items' }).locator(':scope > li');
  await items.locator('.item-title', { hasText: 'EHC assessment recovery plan' }).waitFor();
  await expect(items.nth(4).locator('.item-title').textContent()).resolves.toBe('EHC assessment recovery plan');
  await expect(items.nth(4).locator('.item-time').textContent()).resolves.toBe('14:22');
  await page.getByText('Papers still to come').waitFor();

  // Attach a PDF and a Word paper through the file picker.
  const item = items.nth(4);
  await item.getByLabel(/Attach a paper to item 5/).setInputFiles({ name: 'EHC recovery plan.pdf', mimeType: 'application/pdf', buffer: await makePdf(['EHC recovery plan', 'Page two'], { size: 40 }) });
  await item.getByText('EHC recovery plan', { exact: true }).waitFor();
  await item.getByLabel(/Attach a paper to item 5/).setInputFiles({
    name: 'Impact report.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await makeDocx(['Impact for children, young people and families']),
  });
  await item.getByText('Impact report', { exact: true }).waitFor();
  await expect(item.locator('.paper').first().textContent()).resolves.toMatch(/PDF · 2 pages/);
  await expect(page.getByText('Papers still to come').count()).resolves.toBe(0);

  // A renamed file is refused with the reason, and nothing is attached.
  await item.getByLabel(/Attach a paper to item 5/).setInputFiles({ name: 'minutes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('just text') });
  await item.getByText(/“minutes.pdf” is named .pdf but is not a PDF/).waitFor();
  await expect(item.locator('.paper').count()).resolves.toBe(2);

  // The first page of the PDF, drawn in the page.
  await item.getByRole('button', { name: 'Preview' }).click();
  await item.getByRole('img', { name: 'First page of EHC recovery plan' }).waitFor();
  await page.locator('canvas.pdf-preview[data-rendered="true"]').waitFor();
  // The page's text was drawn: some pixels are dark, not all white.
  const inked = await page.locator('canvas.pdf-preview').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark += 1;
    return dark;
  });
  expect(inked).toBeGreaterThan(400);

  // A file dropped on the item is attached too.
  const dropped = (await makePdf(['Appendix'])).toString('base64');
  const transfer = await page.evaluateHandle((b64) => {
    const data = new DataTransfer();
    data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'Appendix A.pdf', { type: 'application/pdf' }));
    return data;
  }, dropped);
  await item.locator('.papers').dispatchEvent('drop', { dataTransfer: transfer });
  await item.getByText('Appendix A', { exact: true }).waitFor();

  // Reorder by dragging: Any other business dropped on item 1 becomes item 1.
  const aob = items.filter({ hasText: 'Any other business' });
  await aob.locator('.drag-handle').dispatchEvent('dragstart', { dataTransfer: await page.evaluateHandle(() => new DataTransfer()) });
  await items.first().dispatchEvent('drop', { dataTransfer: await page.evaluateHandle(() => new DataTransfer()) });
  await page.getByText('Moved “Any other business” to number 1.').waitFor({ state: 'attached' });
  await items.nth(1).locator('.drag-handle').dispatchEvent('dragstart', { dataTransfer: await page.evaluateHandle(() => new DataTransfer()) });
  await items.nth(0).dispatchEvent('drop', { dataTransfer: await page.evaluateHandle(() => new DataTransfer()) });
  await page.getByText('Moved “Welcome, introductions and apologies” to number 1.').waitFor({ state: 'attached' });
  await aob.locator('.drag-handle').dispatchEvent('dragstart', { dataTransfer: await page.evaluateHandle(() => new DataTransfer()) });
  await items.last().dispatchEvent('drop', { dataTransfer: await page.evaluateHandle(() => new DataTransfer()) });
  await page.getByText('Moved “Any other business” to number 9.').waitFor({ state: 'attached' });
  await expect(items.last().locator('.item-title').textContent()).resolves.toBe('Any other business');
  // …and back before the date of the next meeting, with the Move up button.
  await page.getByRole('button', { name: 'Move up item 9, Any other business' }).click();
  await page.getByText('Moved “Any other business” to number 8.').waitFor({ state: 'attached' });

  // Reorder by keyboard: Alt+↑ moves the item up and keeps focus on it.
  await item.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await page.getByText('Moved “EHC assessment recovery plan” to number 4.').waitFor({ state: 'attached' });
  await expect(items.nth(3).locator('.item-title').textContent()).resolves.toBe('EHC assessment recovery plan');
  await expect(page.evaluate(() => document.activeElement?.getAttribute('data-item-id'))).resolves.toBe(await items.nth(3).getAttribute('data-item-id'));
  await expect(items.nth(3).locator('.item-number').textContent()).resolves.toBe('4.');
  await page.screenshot({ path: join(SHOTS, 'meeting-preparation.png'), fullPage: true });
  expect(await accessibilityViolations(page)).toEqual([]);

  // Produce the invitations: an .ics and an .eml, both real.
  const [first, second] = await downloaded(() => page.getByRole('button', { name: /Produce invitations/ }).click(), 2);
  const files = new Map([[first!.suggestedFilename(), first!], [second!.suggestedFilename(), second!]]);
  const ics = (await contentOf(files.get('Wirral Local Area SEND Partnership Board 2030-11-26.ics')!)).toString('utf8');
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
  expect(event.summary).toBe('Wirral Local Area SEND Partnership Board');
  expect(event.startDate.toString()).toBe('2030-11-26T14:00:00');
  const mail = await simpleParser(await contentOf(files.get('Wirral Local Area SEND Partnership Board 2030-11-26 invitation.eml')!));
  expect(mail.headers.get('x-unsent')).toBe('1');
  const to = (Array.isArray(mail.to) ? mail.to : [mail.to!]).flatMap((a) => a.value.map((v) => v.address)).sort();
  expect(to).toEqual(['chair.laspb@example.org', 'helen.carter@example.gov.uk', 'owen.price@example.nhs.uk', 'priya.nair@example.gov.uk']);

  // Drafted is not enough: still an alert until the secretary records them as sent.
  await expect(compliance.textContent()).resolves.toMatch(/drafted, not confirmed sent/);
  await page.getByLabel('Select Margaret Ellison').uncheck();
  await page.getByLabel('Select Priya Nair').uncheck();
  await page.getByRole('button', { name: /Record selected as sent/ }).click();
  await page.getByText('Recorded 2 invitations as sent.').waitFor();
  await expect(compliance.getAttribute('class')).resolves.toMatch(/compliance-error/);
  await expect(compliance.textContent()).resolves.toMatch(/1 of 3 statutory invitees has not been sent an invitation: DfE case lead/);
  await page.getByLabel('Select Priya Nair').check();
  await page.getByRole('button', { name: /Record selected as sent/ }).click();
  await page.getByRole('heading', { name: '✓ Statutory invitees: all invited' }).waitFor();
  await expect(compliance.getAttribute('class')).resolves.toMatch(/compliance-ok/);
  await page.screenshot({ path: join(SHOTS, 'meeting-invitations.png'), fullPage: true });

  // The invitations record across meetings, exportable as CSV.
  await page.getByRole('link', { name: 'Wirral Local Area SEND Partnership Board' }).click();
  await page.getByRole('link', { name: /Invitations record/ }).click();
  await page.getByRole('cell', { name: 'Yes' }).waitFor();
  const [csv] = await downloaded(() => page.getByRole('button', { name: 'Export as CSV' }).click(), 1);
  expect((await contentOf(csv!)).toString('utf8')).toMatch(/DfE case lead,Priya Nair,Sent/);
  await page.screenshot({ path: join(SHOTS, 'invitations-record.png'), fullPage: true });
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});
