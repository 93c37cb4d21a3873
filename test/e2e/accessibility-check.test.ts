import type { Browser } from 'playwright-core';
import { accessibilityViolations, launchChromium } from '../support/chromium';

// The e2e tests assert "no accessibility violations"; this proves the check can fail.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

test('the accessibility check reports an unlabelled field and a missing alt text', async () => {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><h1>x</h1><input type="text"><img src="data:,"></main></html>');
  const violations = await accessibilityViolations(page);
  expect(violations.some((v) => v.startsWith('label'))).toBe(true);
  expect(violations.some((v) => v.startsWith('image-alt'))).toBe(true);
  await page.close();
});
