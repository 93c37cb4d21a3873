import { app, BrowserWindow, dialog, net, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DatabaseTooNewError, DatabaseUnreadableError } from '../db/errors';
import { registerIpc } from './ipc';
import { resolveRendererFile } from './rendererFiles';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isPermissionAllowed,
  safeExternalUrl,
  windowOptions,
} from './security';
import { defaultDatabasePath } from './services/paths';
import { openAppSession, type AppSession } from './services/session';

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

// Every web contents, including any the page tries to create: no navigation away from
// the app, no new windows (safe links go to the system browser), no <webview>.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = safeExternalUrl(url);
    if (external) void shell.openExternal(external);
    return { action: 'deny' };
  });
});

app.whenReady().then(() => {
  const dbPath = process.env.QUORATE_DB || defaultDatabasePath();
  try {
    appSession = openAppSession(dbPath, 'electron');
  } catch (error) {
    const known = error instanceof DatabaseTooNewError || error instanceof DatabaseUnreadableError;
    dialog.showErrorBox('Quorate cannot open its database', known ? error.message : String(error));
    app.exit(1);
    return;
  }
  registerIpc(appSession.handlers);

  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(isPermissionAllowed(permission)));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveRendererFile(RENDERER_DIR, new URL(request.url).pathname);
    if (!file) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });

  const window = new BrowserWindow(windowOptions(join(__dirname, 'preload.js')));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
});

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => appSession?.close());
