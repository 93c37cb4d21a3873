import { BrowserWindow } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGE_NUMBERS_ATTRIBUTE, PAGE_NUMBERS_EVENT, PRINT_STATE_ATTRIBUTE, type PackPageNumbers } from '../shared/model/pack';
import { APP_ENTRY_URL, windowOptions } from './security';
import type { Printer, PrintView } from './services/exports/printer';

// Printing in the desktop app: the renderer's print views in a hidden window of the same
// app (same protocol, same preload, same IPC checks), printed by Electron's printToPDF as
// a tagged PDF with an outline. The browser host does the same with playwright-core
// (host/chromiumPrinter.ts); the services see only the Printer interface.

const PDF_OPTIONS = { printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true } as const;
const TIMEOUT_MS = 60_000;

/** Polls the page until `test` (an expression) is true, or fails after the timeout. */
async function waitFor(window: BrowserWindow, expression: string): Promise<void> {
  const started = Date.now();
  while (!(await window.webContents.executeJavaScript(expression))) {
    if (Date.now() - started > TIMEOUT_MS) throw new Error('The print view did not get ready in time.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function electronPrinter(preloadPath: string): Printer {
  return {
    async open(route: string): Promise<PrintView> {
      const window = new BrowserWindow({ ...windowOptions(preloadPath), show: false });
      try {
        await window.loadURL(`${APP_ENTRY_URL}#${route}`);
        const attribute = (name: string) => `document.documentElement.getAttribute(${JSON.stringify(name)})`;
        await waitFor(window, `['ready', 'failed'].includes(${attribute(PRINT_STATE_ATTRIBUTE)})`);
        if ((await window.webContents.executeJavaScript(attribute(PRINT_STATE_ATTRIBUTE))) === 'failed') {
          throw new Error(String(await window.webContents.executeJavaScript(attribute('data-print-error'))));
        }
        return {
          print: async () => new Uint8Array(await window.webContents.printToPDF(PDF_OPTIONS)),
          setPageNumbers: async (numbers: PackPageNumbers, generation: number) => {
            const detail = JSON.stringify({ generation, numbers });
            await window.webContents.executeJavaScript(`window.dispatchEvent(new CustomEvent(${JSON.stringify(PAGE_NUMBERS_EVENT)}, { detail: ${detail} }))`);
            await waitFor(window, `${attribute(PAGE_NUMBERS_ATTRIBUTE)} === ${JSON.stringify(String(generation))}`);
          },
          close: async () => window.destroy(),
        };
      } catch (error) {
        window.destroy();
        throw error;
      }
    },
    async printHtml(html: string): Promise<Uint8Array> {
      // A converted Word paper: no scripts, no preload, from a private temporary file.
      const dir = mkdtempSync(join(tmpdir(), 'quorate-paper-'));
      const window = new BrowserWindow({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
      try {
        const file = join(dir, 'paper.html');
        writeFileSync(file, html, { mode: 0o600 });
        await window.loadFile(file);
        return new Uint8Array(await window.webContents.printToPDF(PDF_OPTIONS));
      } finally {
        window.destroy();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
