import { spawn, type ChildProcess } from 'node:child_process';
import { built } from './built';

export interface RunningHost {
  readonly url: string;
  readonly origin: string;
  readonly process: ChildProcess;
  readonly output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

// Every host a test file starts is stopped when the file ends, even if a test failed
// half-way: a host left running would keep jest from exiting.
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Starts the real launcher (`npm start`'s program) in browser-host mode on `dbPath`. */
export function startHostProcess(dbPath: string): Promise<RunningHost> {
  const child = spawn(process.execPath, [built('electron/host/launch.js'), '--db', dbPath, '--no-open'], {
    env: { ...process.env, QUORATE_HOST: 'browser' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not start in 15 s:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open Quorate at: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const url = match[1]!;
      resolve({
        url,
        origin: new URL(url).origin,
        process: child,
        output: () => output,
        stop: (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited (${code}) before it was ready:\n${output}`));
    });
  });
}
