import { chooseHost, findChromium, hasDisplay } from '../../electron/host/choose';

const base = { requested: undefined, electronBinary: '/x/electron', platform: 'linux' as const, hasDisplay: true };

describe('npm start picks the desktop app or the browser host, and says why', () => {
  test('Electron when its binary and a display are there', () => {
    expect(chooseHost(base)).toEqual({ mode: 'electron', reason: 'the Electron binary is installed' });
  });

  test('the browser host when the Electron binary is missing, naming that as the reason', () => {
    const choice = chooseHost({ ...base, electronBinary: null });
    expect(choice.mode).toBe('browser');
    expect(choice.reason).toMatch(/Electron binary is not installed/);
  });

  test('the browser host when there is no display', () => {
    expect(chooseHost({ ...base, hasDisplay: false })).toMatchObject({ mode: 'browser', reason: expect.stringMatching(/no display/) });
  });

  test('QUORATE_HOST forces a mode, and a wrong value is an error', () => {
    expect(chooseHost({ ...base, requested: 'browser' }).mode).toBe('browser');
    expect(chooseHost({ ...base, requested: 'electron' }).mode).toBe('electron');
    expect(() => chooseHost({ ...base, requested: 'firefox' })).toThrow(/must be "electron" or "browser"/);
  });

  test('a display is needed on Linux only', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':99' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
  });

  test('a Chromium is found where Debian puts it, or where QUORATE_BROWSER says', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
    expect(findChromium({ QUORATE_BROWSER: '/opt/edge' }, (p) => p === '/opt/edge')).toBe('/opt/edge');
    expect(findChromium({}, () => false)).toBeNull();
  });
});
