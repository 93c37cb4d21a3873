import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDatabasePath } from '../services/paths';
import { openAppSession } from '../services/session';
import { chooseHost, findChromium, findElectronBinary, hasDisplay } from './choose';
import { chromiumPrinter } from './chromiumPrinter';
import { startBrowserHost, type BrowserHost } from './server';
import { messageOf } from '../../shared/errors';

// `npm start`: the desktop app when Electron is here, else the browser host.
// This file is bundled to build/electron/host/launch.js.

const BUILD_DIR = resolve(__dirname, '..', '..');
const RENDERER_DIR = join(BUILD_DIR, 'renderer');
const ELECTRON_MAIN = join(BUILD_DIR, 'electron', 'main.js');

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const dbPath = resolve(values.db ?? defaultDatabasePath());
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${values.port}"`);

  const requested = process.env.QUORATE_HOST;
  let electronBinary = findElectronBinary(electronPackageJson());
  if (electronBinary === null && requested !== 'browser' && hasDisplay(process.platform, process.env)) {
    electronBinary = tryDownloadElectron();
  }
  const choice = chooseHost({ requested, electronBinary, platform: process.platform, hasDisplay: hasDisplay(process.platform, process.env) });

  if (choice.mode === 'electron' && electronBinary) {
    say(`Quorate is starting as a desktop app (Electron), because ${choice.reason}.`);
    say(`Data: ${dbPath}`);
    const child = spawn(electronBinary, [ELECTRON_MAIN], { stdio: 'inherit', env: { ...process.env, QUORATE_DB: dbPath } });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }

  // Packs and minutes are printed by a headless Chromium from this host's own print views.
  let hostForPrinting: BrowserHost | null = null;
  const chromiumForPrinting = findChromium(process.env);
  const printer = chromiumForPrinting === null ? null : chromiumPrinter({ executablePath: chromiumForPrinting, host: () => hostForPrinting! });
  const session = await openAppSession(dbPath, 'browser', { printer: () => printer });
  const host = await startBrowserHost({ handlers: session.handlers, rendererDir: RENDERER_DIR, port });
  hostForPrinting = host;
  say(`Quorate is running in browser-host mode, because ${choice.reason}.`);
  say(`It serves this machine only (127.0.0.1), and the link below carries this run's secret.`);
  say(`Data: ${dbPath}`);
  say(`Open Quorate at: ${host.url}`);

  let stopping = false;
  let appWindow: ChildProcess | null = null;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    say(`Quorate is stopping (${why}).`);
    // Leave no window behind showing an app that no longer answers.
    if (appWindow && appWindow.exitCode === null && appWindow.signalCode === null) {
      const closed = new Promise((resolve) => appWindow!.once('exit', resolve));
      appWindow.kill();
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    }
    await printer?.close();
    await host.close();
    session.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('interrupted'));
  process.on('SIGTERM', () => void stop('asked to stop'));

  const browser = findChromium(process.env);
  if (values['no-open']) {
    say('Press Ctrl+C to stop.');
  } else if (!hasDisplay(process.platform, process.env) || browser === null) {
    say(`No ${browser === null ? 'Chromium-family browser' : 'display'} to open a window in: open the link above yourself. Press Ctrl+C to stop.`);
  } else {
    appWindow = openAppWindow(browser, host.url, dirname(dbPath), () => void stop('the window was closed'));
    say(`Opened a Chromium window in app mode (${browser}). Close it, or press Ctrl+C, to stop.`);
  }
}

function electronPackageJson(): string | null {
  try {
    return require.resolve('electron/package.json');
  } catch {
    return null;
  }
}

/** Electron downloads its binary on first start; try once, quietly, and fall back on failure. */
function tryDownloadElectron(): string | null {
  const packageJson = electronPackageJson();
  if (!packageJson) return null;
  say('Fetching the Electron binary (first start)…');
  const result = spawnSync(process.execPath, [join(dirname(packageJson), 'install.js')], { encoding: 'utf8', timeout: 5 * 60_000 });
  if (result.status !== 0) {
    const firstLine = `${result.stderr ?? ''}`.split('\n').find((line) => line.trim()) ?? 'no answer';
    say(`Could not fetch it (${firstLine.trim()}).`);
    return null;
  }
  return findElectronBinary(packageJson);
}

function openAppWindow(browser: string, url: string, dataDir: string, onClosed: () => void): ChildProcess {
  const profile = join(dataDir, 'browser-profile');
  mkdirSync(profile, { recursive: true });
  const args = [
    `--app=${url}`,
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--window-size=1280,860',
    // Date and time pickers follow the browser's language: British order, 24-hour clock.
    '--lang=en-GB',
  ];
  // Chromium refuses to start as root without this; a normal user keeps the sandbox.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const startedAt = Date.now();
  const child = spawn(browser, args, { stdio: 'ignore', env: { ...process.env, LANGUAGE: 'en_GB' } });
  child.on('error', (error) => say(`Could not open ${browser} (${error.message}); open the link above yourself.`));
  child.on('exit', () => {
    // An exit within seconds means it handed the window to a browser already running.
    if (Date.now() - startedAt > 5_000) onClosed();
  });
  return child;
}

main().catch((error: unknown) => {
  // Database errors carry a full sentence for the secretary; anything else is shown as is.
  process.stderr.write(`Quorate could not start: ${messageOf(error)}\n`);
  process.exit(1);
});
