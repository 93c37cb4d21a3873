import type { Handlers } from '../../shared/api/contract';
import type { Printer } from '../services/exports/printer';
import { findChromium } from './choose';
import { chromiumPrinter } from './chromiumPrinter';
import { startBrowserHost, type BrowserHost } from './server';

// Printing without a window (the CLI, the bench, tests): the services behind a browser
// host on 127.0.0.1 for as long as the work takes, and a headless Chromium printing its
// print views. Torn down by close().

export interface HeadlessPrinting {
  readonly handlers: Handlers;
  readonly host: BrowserHost;
  close(): Promise<void>;
}

export async function startHeadlessPrinting(build: (printer: () => Printer | null) => Handlers, rendererDir: string, browser = findChromium(process.env)): Promise<HeadlessPrinting> {
  let host: BrowserHost | null = null;
  const printer = browser === null ? null : chromiumPrinter({ executablePath: browser, host: () => host! });
  const handlers = build(() => printer);
  host = await startBrowserHost({ handlers, rendererDir });
  const started = host;
  return {
    handlers,
    host: started,
    close: async () => {
      await printer?.close();
      await started.close();
    },
  };
}
