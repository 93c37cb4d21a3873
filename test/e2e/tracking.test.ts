import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../support/built';
import { accessibilityViolations, launchChromium } from '../support/chromium';
import { demoDatabase } from '../support/demo';
import { startHostProcess, type RunningHost } from '../support/host-process';
import { useTempDir } from '../support/temp';

// Tracking improvement on the demo board: the action log's filters and RAG, and the
// dashboard reproducing the committee report's October 2024 summary.
jest.setTimeout(90_000);
const newPath = useTempDir('quorate-e2e-tracking-');
const SHOTS = join(ROOT, 'build', 'screenshots');
let browser: Browser;
let host: RunningHost;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(demoDatabase(newPath()));
  page = await browser.newPage({ viewport: { width: 1300, height: 1000 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  await page.goto(host.url);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

test('the action log filters, shows RAG with its reasons, and each action’s history', async () => {
  await page.goto(`${host.origin}/#/boards/1/actions`);
  await page.getByRole('heading', { name: 'Action and impact log' }).waitFor();
  await page.getByText(/^2 actions\./).waitFor();
  const rows = page.locator('table.action-log > tbody > tr');
  await expect(rows.first().textContent()).resolves.toMatch(/RedOverdue by \d+ days/i);
  await page.getByLabel('Status').selectOption('');
  await page.getByText(/^17 actions\./).waitFor();
  await page.getByLabel('RAG').selectOption('blue');
  await page.getByText(/^15 actions\./).waitFor();
  await page.getByLabel('Owner', { exact: true }).selectOption({ label: 'Sarah Quinn' });
  await page.getByText(/^\d+ actions?\./).waitFor();
  const owners = await page.locator('table.action-log > tbody > tr > td:nth-child(4)').allTextContents();
  expect(owners.every((o) => o.startsWith('Sarah Quinn'))).toBe(true);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByText(/^2 actions\./).waitFor();
  await page.getByLabel('Search').fill('terms of reference');
  await page.getByText(/^1 action\./).waitFor();
  await expect(rows.first().textContent()).resolves.toMatch(/A017/);
  await page.getByLabel('Search').fill('');
  await page.getByText(/^2 actions\./).waitFor();
  await page.getByRole('heading', { name: 'Owners whose actions are slipping' }).waitFor();
  await page.getByRole('button', { name: 'History of A016' }).click();
  await page.getByText(/In progress — Work started\./).waitFor();
  await page.screenshot({ path: join(SHOTS, 'action-log.png'), fullPage: true });
  expect(await accessibilityViolations(page)).toEqual([]);
});

test("the dashboard gives the report's October 2024 result: 24/29 (83%), area by area, with charts and their data", async () => {
  await page.goto(`${host.origin}/#/boards/1/dashboard`);
  await page.getByRole('heading', { name: 'Improvement plan dashboard' }).waitFor();
  await expect(page.locator('p.headline').textContent()).resolves.toBe('24/29 achieved or exceeded (83%) in Oct 24.');
  await expect(page.getByRole('row', { name: /^10\. Embed the graduated response/ }).textContent()).resolves.toMatch(/1\/4 achieved$/);
  const charts = page.locator('canvas.metric-chart');
  await expect(charts.count()).resolves.toBe(34);
  const label = await charts.first().getAttribute('aria-label');
  expect(label).toBe('EHC 20-week compliance for new plans: from 14% in Apr 24 to 15% in Oct 24 (overall target 75%). Oct 24: not achieved (15% against a target of at least 37%).');
  const inked = await charts.first().evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted += 1;
    return painted;
  });
  expect(inked).toBeGreaterThan(1000);
  // Its data, as a table, for anyone who cannot see the chart.
  await page.getByText('Data for this chart').first().click();
  await page.getByRole('row', { name: 'Oct 24 15% 37%' }).waitFor();
  await page.getByLabel('Assessed for').selectOption('2024-07');
  await page.locator('p.headline', { hasText: '18/28 achieved or exceeded (64%) in Jul 24.' }).waitFor();
  await page.getByLabel('Assessed for').selectOption('2024-10');
  await page.locator('p.headline', { hasText: '24/29' }).waitFor();
  await page.screenshot({ path: join(SHOTS, 'dashboard.png'), fullPage: false });
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('a risk is reviewed at a meeting: its score, trend and place on the heat-map change', async () => {
  await page.goto(`${host.origin}/#/boards/1/risks`);
  await page.getByRole('heading', { name: 'Risk register' }).waitFor();
  const heat = (likelihood: number, impact: number) => page.locator('table.heatmap tbody tr').nth(5 - likelihood).locator('td').nth(impact - 1);
  const r01 = page.getByRole('row', { name: /^R01 / });
  const before = await r01.textContent();
  expect(before).toMatch(/Insufficient educational psychology capacity/);
  await page.getByRole('button', { name: 'Review R01' }).click();
  await page.getByLabel('Likelihood (1–5)').selectOption('2');
  await page.getByLabel('Impact (1–5)').selectOption('4');
  await page.getByLabel('At the meeting of').selectOption({ label: '29 Oct 2024' });
  await page.getByLabel('Review note').fill('Locum psychologists in post; backlog falling.');
  await page.getByRole('button', { name: 'Save review' }).click();
  await page.getByText('Review of R01 saved.').waitFor();
  await expect(r01.textContent()).resolves.toMatch(/8 \(2×4\).*↓ falling/);
  await expect(heat(2, 4).textContent()).resolves.toContain('R01');
  await page.screenshot({ path: join(SHOTS, 'risk-register.png'), fullPage: true });
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('a metrics import with errors: the preview names each unreadable cell, then the readable values are imported', async () => {
  await page.goto(`${host.origin}/#/boards/1/dashboard`);
  await page.getByRole('heading', { name: 'Improvement plan dashboard' }).waitFor();
  await page.getByText('Import figures from a CSV or Excel file').click();
  const csv = [
    'METRICS,TARGET,11/24,01/25,01/25',
    'EHC 20-week compliance for new plans,75%,41%,45%,48%',
    'Number of complaints due to communication,Lower,=1+2,<6,4',
    "% Children's staff trained in co-production,95%,n/k,50%,55%",
    'Somebody else’s metric,1,1,1,1',
  ].join('\r\n');
  await page.getByLabel('Choose a CSV or Excel file of figures').setInputFiles({ name: 'december.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByRole('heading', { name: 'What “december.csv” holds' }).waitFor();
  const problems = page.locator('.import-preview table');
  await expect(problems.locator('caption').textContent()).resolves.toBe('3 cells or rows could not be read, and will not be imported');
  await expect(problems.locator('tbody tr').allTextContents()).resolves.toEqual([
    'C3“=1+2” is a formula; only values are imported.',
    'C4“n/k” is not a number, a percentage, N/A or TBC.',
    'A5No metric called “Somebody else’s metric” on this board; the row was not read.',
  ]);
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'metrics-import.png'), fullPage: false });
  await page.getByRole('button', { name: 'Import 7 values' }).click();
  await page.getByText('Imported 7 values from december.csv.').waitFor();
  await page.getByLabel('Assessed for').selectOption('2025-01');
  await page.locator('p.headline', { hasText: '3/3 achieved or exceeded (100%) in Jan 25.' }).waitFor();
});
