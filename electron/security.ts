// The desktop window's security rules, as pure functions so they are tested without
// Electron. main.ts and ipc.ts apply them; nothing else decides these questions.
import type { BrowserWindowConstructorOptions } from 'electron';

/** The app's own pages are served from this origin by a privileged custom protocol. */
export const APP_SCHEME = 'quorate';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Content Security Policy for every page of the app: only its own scripts and styles, no
 * eval, no inline script, no plugins, no framing, no form posts, no network except itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    title: 'Quorate',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length > 4096) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** True only for a page of the app itself (quorate://app/...). */
export function isAppUrl(value: unknown): boolean {
  const url = parseUrl(value);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password;
}

/** In-app navigation is allowed only between the app's own pages. */
export function isAllowedNavigation(value: unknown): boolean {
  return isAppUrl(value);
}

/**
 * A link the app may hand to the operating system: https (no credentials in it) or
 * mailto. Returns the normalised URL to open, or null to refuse.
 */
export function safeExternalUrl(value: unknown): string | null {
  const url = parseUrl(value);
  if (!url) return null;
  if (url.protocol === 'https:' && url.hostname && !url.username && !url.password) return url.href;
  if (url.protocol === 'mailto:' && url.pathname.length > 0) return url.href;
  return null;
}

/** What IPC needs to know about the frame that sent a message. */
export interface SenderFrame {
  readonly url: string;
  /** null for the window's top frame. */
  readonly parent: unknown;
}

/** IPC is answered only for the app's own top-level page, never a sub-frame or a foreign page. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url);
}

/** The part of Electron's WebContents the guards need (so tests can pass a fake). */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Applied to every web contents the app creates: no navigation away from the app, no
 * <webview>, no new windows; a safe link (https, mailto) goes to the system instead.
 */
export function guardContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = safeExternalUrl(url);
    if (external) openExternal(external);
    return { action: 'deny' };
  });
}

/** Permissions the renderer may ask for (none yet: no camera, microphone, location…). */
export function isPermissionAllowed(_permission: string): boolean {
  return false;
}
