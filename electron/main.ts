import { app, BrowserWindow, dialog, net, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerIpc } from './ipc';
import { contentTypeFor, resolveRendererFile } from './rendererFiles';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  guardContents,
  isPermissionAllowed,
  windowOptions,
} from './security';
import { defaultDatabasePath } from './services/paths';
import { openAppSession, type AppSession } from './services/session';
import { electronPrinter } from './printer';
import { messageOf } from '../shared/errors';

// The desktop app: one window, showing the renderer from a privileged custom protocol,
// talking to the services only through the IPC calls of the contract.

const RENDERER_DIR = join(__dirname, '..', 'renderer');

// Date and time pickers follow this: dd/mm/yyyy and the 24-hour clock, as in the UK.
app.commandLine.appendSwitch('lang', 'en-GB');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let appSession: AppSession | null = null;

if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

// Every web contents, including any the page tries to create.
app.on('web-contents-created', (_event, contents) => {
  guardContents(contents, (url) => void shell.openExternal(url));
});

app.whenReady().then(async () => {
  const dbPath = process.env.QUORATE_DB || defaultDatabasePath();
  try {
    // An unusable file does not stop the app: the session starts in recovery and the
    // window offers to restore the newest good backup.
    const printer = electronPrinter(join(__dirname, 'preload.js'));
    appSession = await openAppSession(dbPath, 'electron', { printer: () => printer });
  } catch (error) {
    dialog.showErrorBox('Quorate cannot open its database', messageOf(error));
    app.exit(1);
    return;
  }
  registerIpc(appSession.handlers);

  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(isPermissionAllowed(permission)));
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveRendererFile(RENDERER_DIR, new URL(request.url).pathname);
    if (!file) return new Response('Not found', { status: 404 });
    const found = await net.fetch(pathToFileURL(file).toString());
    // The CSP travels with every response of the app's own protocol, not only in the page's meta tag.
    return new Response(found.body, {
      status: found.status,
      headers: { 'Content-Type': contentTypeFor(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
    });
  });

  const window = new BrowserWindow(windowOptions(join(__dirname, 'preload.js')));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
});

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => appSession?.close());
