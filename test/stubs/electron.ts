// A stand-in for the 'electron' module in tests: records what the wiring registers, so
// the tests can call the registered handlers as Electron would.

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
};

export const ipcRenderer = {
  invocations: [] as { channel: string; args: unknown[] }[],
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return Promise.resolve({ ok: true, value: null });
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

/**
 * A hidden window for the printer: scripts run against a small fake page whose
 * <html> attributes the test sets, and printToPDF records its options.
 */
export class BrowserWindow {
  static created: BrowserWindow[] = [];
  readonly attributes = new Map<string, string>();
  loaded: { url?: string; file?: string } = {};
  destroyed = false;
  readonly pdfOptions: unknown[] = [];
  constructor(readonly options: { webPreferences?: Record<string, unknown>; show?: boolean }) {
    BrowserWindow.created.push(this);
    this.attributes.set('data-print-state', BrowserWindow.nextPrintState);
  }
  static nextPrintState = 'ready';
  loadURL(url: string): Promise<void> {
    this.loaded = { url };
    return Promise.resolve();
  }
  loadFile(file: string): Promise<void> {
    this.loaded = { file };
    return Promise.resolve();
  }
  destroy(): void {
    this.destroyed = true;
  }
  readonly webContents = {
    executeJavaScript: (code: string): Promise<unknown> => {
      const document = { documentElement: { getAttribute: (name: string) => this.attributes.get(name) ?? null } };
      const window = { dispatchEvent: (event: { detail: { generation: number } }) => void this.attributes.set('data-page-numbers', String(event.detail.generation)) };
      class CustomEvent {
        constructor(
          readonly type: string,
          readonly init: { detail: unknown },
        ) {}
        get detail() {
          return this.init.detail;
        }
      }
      return Promise.resolve(new Function('document', 'window', 'CustomEvent', `return (${code});`)(document, window, CustomEvent));
    },
    printToPDF: (options: unknown): Promise<Buffer> => {
      this.pdfOptions.push(options);
      return Promise.resolve(Buffer.from('%PDF-1.7 stub'));
    },
  };
}
