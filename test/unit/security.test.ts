import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  guardContents,
  isPermissionAllowed,
  isTrustedSender,
  safeExternalUrl,
  windowOptions,
} from '../../electron/security';

describe('the desktop window is locked down', () => {
  test('the page gets no Node, runs sandboxed and isolated from the preload', () => {
    const prefs = windowOptions('/app/preload.js').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  test('the content security policy allows only the app itself', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  test('no device permission is granted to the page', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(isPermissionAllowed(permission)).toBe(false);
    }
  });
});

describe('navigation stays inside the app', () => {
  test.each([APP_ENTRY_URL, 'quorate://app/', 'quorate://app/index.html#/boards/3'])('allows %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  test.each([
    'https://example.org/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'quorate://evil/index.html',
    'quorate://user:pass@app/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '',
    'not a url',
    null,
    42,
    { href: APP_ENTRY_URL },
    `quorate://app/${'a'.repeat(5000)}`,
  ])('refuses %p', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('links opened outside the app', () => {
  test('https and mailto links are handed to the system, normalised', () => {
    expect(safeExternalUrl('https://www.gov.uk/government/publications')).toBe('https://www.gov.uk/government/publications');
    expect(safeExternalUrl('HTTPS://WWW.GOV.UK')).toBe('https://www.gov.uk/');
    expect(safeExternalUrl('mailto:clerk@wirral.gov.uk')).toBe('mailto:clerk@wirral.gov.uk');
  });

  test.each([
    'http://www.gov.uk/',
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share',
    'javascript:alert(1)',
    'https://user:password@example.org/',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox',
    '\\\\server\\share',
    'mailto:',
    undefined,
    ['https://www.gov.uk/'],
  ])('refuses %p', (url) => {
    expect(safeExternalUrl(url)).toBeNull();
  });
});

describe('only the app page may talk to the main process', () => {
  test('the top frame of the app page is trusted', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: null })).toBe(true);
  });

  test('a sub-frame, a foreign page or a missing frame is not', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.org/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/x.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('every web contents is guarded', () => {
  type Listener = (event: { preventDefault(): void }, url?: string) => void;
  function fakeContents() {
    const listeners = new Map<string, Listener>();
    let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
    const contents = {
      on: (event: string, listener: Listener) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    };
    const fire = (event: string, url?: string) => {
      let prevented = false;
      listeners.get(event)!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    return { contents, fire, open: (url: string) => openHandler!({ url }) };
  }

  test('navigation and redirects away from the app are stopped; within the app they go ahead', () => {
    const fake = fakeContents();
    guardContents(fake.contents as never, () => undefined);
    expect(fake.fire('will-navigate', 'https://phishing.example/login')).toBe(true);
    expect(fake.fire('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(fake.fire('will-navigate', 'quorate://app/index.html#/boards/1')).toBe(false);
    expect(fake.fire('will-attach-webview')).toBe(true);
  });

  test('no new window ever opens; a safe link goes to the system browser, an unsafe one nowhere', () => {
    const fake = fakeContents();
    const opened: string[] = [];
    guardContents(fake.contents as never, (url) => opened.push(url));
    expect(fake.open('https://www.gov.uk/')).toEqual({ action: 'deny' });
    expect(fake.open('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(fake.open('quorate://app/index.html')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.gov.uk/']);
  });
});
