import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromiumPrinter, type ClosablePrinter } from '../../electron/host/chromiumPrinter';
import { startBrowserHost, type BrowserHost } from '../../electron/host/server';
import { openAppSession } from '../../electron/services/session';
import { addDemoBoard } from '../../electron/services/demo';
import { callsOn } from './api';
import { built } from './built';
import { CHROMIUM } from './chromium';

/**
 * A real app session that can print: the services behind a browser host serving the
 * built renderer, and Debian's Chromium printing its print views, as in the browser host.
 */
export async function printingSession(path: string, options: { demo?: boolean } = {}) {
  let host: BrowserHost | null = null;
  const printer: ClosablePrinter = chromiumPrinter({ executablePath: CHROMIUM, host: () => host! });
  const session = await openAppSession(path, 'browser', { printer: () => printer });
  if (options.demo) addDemoBoard(session.db()!);
  host = await startBrowserHost({ handlers: session.handlers, rendererDir: built('renderer') });
  const { call, refused } = callsOn(session.handlers);
  const close = async () => {
    await printer.close();
    await host!.close();
    session.close();
  };
  return { session, call, refused, close };
}

/** What poppler's pdfinfo says of a PDF, as key → value. */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/** The text of each page, by poppler's pdftotext (pages are separated by form feeds). */
export function pageTexts(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.split('\f').slice(0, -1);
}

/** The PDF's bookmarks as qpdf reads them: title and 1-based page, depth first. */
export function bookmarks(file: string): { title: string; page: number }[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as {
    outlines: { title: string; destpageposfrom1: number; kids: unknown[] }[];
  };
  type Node = { title: string; destpageposfrom1: number; kids: Node[] };
  const flat: { title: string; page: number }[] = [];
  const walk = (nodes: Node[]) => nodes.forEach((n) => (flat.push({ title: n.title, page: n.destpageposfrom1 }), walk(n.kids)));
  walk(json.outlines as Node[]);
  return flat;
}

export function writeTemp(path: string, bytes: Uint8Array): string {
  writeFileSync(path, bytes);
  return path;
}
