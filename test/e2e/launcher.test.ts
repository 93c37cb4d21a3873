import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { built } from '../support/built';
import { useTempDir } from '../support/temp';

// `npm start` with a display: the browser host opens a Chromium window in app mode.
// A stand-in browser records how it was started, so this runs without a real display.
const newPath = useTempDir('quorate-launch-');

test('with a display, npm start opens the app in a Chromium app window on its own profile, and closes it on stop', async () => {
  const dbPath = newPath();
  const record = `${dbPath}.browser-args`;
  const fakeBrowser = `${dbPath}.fake-chromium.sh`;
  writeFileSync(fakeBrowser, `#!/bin/sh\necho $$ > '${record}.pid'\nprintf '%s\\n' "$@" > '${record}'\nexec sleep 30\n`);
  chmodSync(fakeBrowser, 0o755);

  const child = spawn(process.execPath, [built('electron/host/launch.js'), '--db', dbPath], {
    env: { ...process.env, QUORATE_HOST: 'browser', DISPLAY: ':99', QUORATE_BROWSER: fakeBrowser },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    for (let i = 0; i < 100 && !existsSync(record); i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(output).toMatch(/Opened a Chromium window in app mode/);
    const args = readFileSync(record, 'utf8').trim().split('\n');
    const url = /Open Quorate at: (\S+)/.exec(output)![1]!;
    expect(args).toContain(`--app=${url}`);
    expect(args.some((a) => a.startsWith('--user-data-dir=') && a.endsWith('browser-profile'))).toBe(true);
    expect(args).toEqual(expect.arrayContaining(['--no-first-run', '--disable-background-networking', '--lang=en-GB']));
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  expect(output).toMatch(/Quorate is stopping/);
  const browserPid = Number(readFileSync(`${record}.pid`, 'utf8'));
  await new Promise((r) => setTimeout(r, 200));
  expect(() => process.kill(browserPid, 0)).toThrow(); // the window went with the app
});
