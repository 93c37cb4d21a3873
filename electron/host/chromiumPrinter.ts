import { chromium, type Browser } from 'playwright-core';
import { PAGE_NUMBERS_ATTRIBUTE, PAGE_NUMBERS_EVENT, PRINT_STATE_ATTRIBUTE, type PackPageNumbers } from '../../shared/model/pack';
import type { Printer, PrintView } from '../services/exports/printer';

// Printing with a Chromium-family browser driven by playwright-core: how the browser host,
// the CLI and the tests make PDFs. It loads the browser host's own print views (so the
// pack is the same React and chart.js code as the screens) and prints them tagged, with
// an outline. The browser starts on first use and stays until close().

export interface ChromiumPrinterOptions {
  readonly executablePath: string;
  /** The browser host to print from: its origin and this run's token. */
  readonly host: () => { readonly origin: string; readonly token: string };
  /** How long a print view may take to be ready. */
  readonly timeoutMs?: number;
}

export interface ClosablePrinter extends Printer {
  close(): Promise<void>;
}

const PDF_OPTIONS = { tagged: true, outline: true, preferCSSPageSize: true, printBackground: true } as const;

export function chromiumPrinter(options: ChromiumPrinterOptions): ClosablePrinter {
  const timeout = options.timeoutMs ?? 60_000;
  let browser: Promise<Browser> | null = null;
  const launch = () =>
    (browser ??= chromium
      .launch({
        executablePath: options.executablePath,
        env: { ...process.env, LANG: 'en_GB.UTF-8', LANGUAGE: 'en_GB' },
        args: [
          '--headless',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--lang=en-GB',
          // Chromium refuses to start as root without this; a normal user keeps the sandbox.
          ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        ],
      })
      .catch((error: unknown) => {
        browser = null;
        throw error;
      }));

  return {
    async open(route: string): Promise<PrintView> {
      const { origin, token } = options.host();
      const context = await (await launch()).newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(timeout);
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
        // The token is traded for a cookie; the #route survives the redirect.
        await page.goto(`${origin}/?token=${encodeURIComponent(token)}#${route}`);
        const state = (attribute: string) => page.evaluate((name) => document.documentElement.getAttribute(name), attribute);
        await page
          .waitForFunction((name) => ['ready', 'failed'].includes(document.documentElement.getAttribute(name) ?? ''), PRINT_STATE_ATTRIBUTE)
          .catch((error: unknown) => {
            throw new Error(`The print view did not get ready (${problems.join('; ') || (error instanceof Error ? error.message : String(error))})`);
          });
        if ((await state(PRINT_STATE_ATTRIBUTE)) === 'failed') throw new Error((await state('data-print-error')) ?? 'The print view could not load.');
        return {
          print: async () => new Uint8Array(await page.pdf(PDF_OPTIONS)),
          setPageNumbers: async (numbers: PackPageNumbers, generation: number) => {
            await page.evaluate(([event, detail]) => window.dispatchEvent(new CustomEvent(event, { detail })), [PAGE_NUMBERS_EVENT, { generation, numbers }] as const);
            await page.waitForFunction(([name, wanted]) => document.documentElement.getAttribute(name) === wanted, [PAGE_NUMBERS_ATTRIBUTE, String(generation)] as const);
          },
          close: () => context.close(),
        };
      } catch (error) {
        await context.close();
        throw error;
      }
    },
    async printHtml(html: string): Promise<Uint8Array> {
      // A converted Word paper is someone else's content: no scripts, no network.
      const context = await (await launch()).newContext({ javaScriptEnabled: false, offline: true, locale: 'en-GB' });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(timeout);
        await page.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await page.pdf(PDF_OPTIONS));
      } finally {
        await context.close();
      }
    },
    async close() {
      const running = browser;
      browser = null;
      if (running) await (await running.catch(() => null))?.close();
    },
  };
}
