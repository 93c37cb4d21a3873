import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Which host `npm start` runs. Pure decisions here; launch.ts acts on them.

export type HostMode = 'electron' | 'browser';

export interface HostChoice {
  readonly mode: HostMode;
  /** Said plainly in the terminal, so nobody wonders why a browser window opened. */
  readonly reason: string;
}

export interface HostFacts {
  /** QUORATE_HOST, if set: 'electron' or 'browser'. */
  readonly requested: string | undefined;
  /** Path of the Electron executable, or null when it is not installed. */
  readonly electronBinary: string | null;
  readonly platform: NodeJS.Platform;
  /** DISPLAY or WAYLAND_DISPLAY on Linux; always true elsewhere. */
  readonly hasDisplay: boolean;
}

export function chooseHost(facts: HostFacts): HostChoice {
  if (facts.requested === 'browser') return { mode: 'browser', reason: 'QUORATE_HOST=browser asked for it' };
  if (facts.requested !== undefined && facts.requested !== 'electron') {
    throw new Error(`QUORATE_HOST must be "electron" or "browser", not "${facts.requested}"`);
  }
  if (facts.electronBinary === null) {
    return {
      mode: 'browser',
      reason:
        'the Electron binary is not installed (npm install does not fetch it; it is downloaded on first start where the internet can be reached)',
    };
  }
  if (!facts.hasDisplay) return { mode: 'browser', reason: 'there is no display (DISPLAY/WAYLAND_DISPLAY unset) for a desktop window' };
  return { mode: 'electron', reason: facts.requested === 'electron' ? 'QUORATE_HOST=electron asked for it' : 'the Electron binary is installed' };
}

/**
 * The Electron executable if it is installed, found without loading the electron package,
 * which would try to download it.
 */
export function findElectronBinary(electronPackageJson: string | null): string | null {
  if (!electronPackageJson) return null;
  const dir = dirname(electronPackageJson);
  try {
    const relative = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const binary = join(dir, 'dist', relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export function hasDisplay(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  return platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

const BROWSER_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge'];

/** A Chromium-family browser to open the browser host in app mode, if one is here. */
export function findChromium(env: NodeJS.ProcessEnv, exists: (path: string) => boolean = existsSync): string | null {
  const candidates = env.QUORATE_BROWSER ? [env.QUORATE_BROWSER] : BROWSER_CANDIDATES;
  return candidates.find((path) => exists(path)) ?? null;
}
