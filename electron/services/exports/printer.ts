import type { PackPageNumbers } from '../../../shared/model/pack';

// How the services print. A pack is printed by Chromium from the renderer's own print
// views: Electron's printToPDF in the desktop app, Debian's Chromium driven by
// playwright-core in the browser host, the CLI and tests. Both implement this.

/** A print view, loaded and ready. */
export interface PrintView {
  /** A tagged PDF of the page as it stands, with an outline from its headings (A4, the page's own CSS). */
  print(): Promise<Uint8Array>;
  /** Gives the view its contents page numbers and waits until it shows them (it echoes `generation`). */
  setPageNumbers(numbers: PackPageNumbers, generation: number): Promise<void>;
  close(): Promise<void>;
}

export interface Printer {
  /** Loads the renderer at `route` (e.g. "/print/<job>") and waits until the view says it is ready. */
  open(route: string): Promise<PrintView>;
  /** Prints a self-contained HTML document (a converted Word paper) with scripts off. */
  printHtml(html: string): Promise<Uint8Array>;
}
