import { BrowserWindow } from '../stubs/electron'; // the same module jest maps 'electron' to
import { electronPrinter } from '../../electron/printer';
import { APP_ENTRY_URL } from '../../electron/security';

// The desktop app's printer, with Electron stubbed: it loads the app's own print view in a
// hidden, sandboxed window, waits for it, prints tagged with an outline, hands over the
// page numbers; a Word paper is printed with scripts off.

beforeEach(() => {
  BrowserWindow.created = [];
  BrowserWindow.nextPrintState = 'ready';
});

test('opens the print view in a hidden window of the app, prints it tagged with an outline, and sends the page numbers', async () => {
  const view = await electronPrinter('/app/preload.js').open('/print/1b4e28ba-2fa1-11d2-883f-0016d3cca427');
  const [window] = BrowserWindow.created;
  expect(window!.loaded.url).toBe(`${APP_ENTRY_URL}#/print/1b4e28ba-2fa1-11d2-883f-0016d3cca427`);
  expect(window!.options).toMatchObject({ show: false, webPreferences: { preload: '/app/preload.js', contextIsolation: true, sandbox: true, nodeIntegration: false } });
  await view.print();
  expect(window!.pdfOptions).toEqual([{ printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true }]);
  await view.setPageNumbers({ agenda: 3 }, 2);
  expect(window!.attributes.get('data-page-numbers')).toBe('2');
  await view.close();
  expect(window!.destroyed).toBe(true);
});

test('a print view that failed to load is reported with its own words, and its window closed', async () => {
  BrowserWindow.nextPrintState = 'failed';
  const opening = electronPrinter('/app/preload.js').open('/print/x');
  BrowserWindow.created[0]?.attributes.set('data-print-error', 'That print job has finished or never existed.');
  await expect(opening).rejects.toThrow('That print job has finished or never existed.');
  expect(BrowserWindow.created[0]!.destroyed).toBe(true);
});

test('a Word paper is printed from a temporary file with scripts off and no preload', async () => {
  const pdf = await electronPrinter('/app/preload.js').printHtml('<p>Paper</p>');
  const [window] = BrowserWindow.created;
  expect(new TextDecoder().decode(pdf)).toMatch(/^%PDF/);
  expect(window!.options.webPreferences).toEqual({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
  expect(window!.loaded.file).toMatch(/quorate-paper-.*\/paper\.html$/);
  expect(window!.destroyed).toBe(true);
});
