import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// `npm run bench` (part 2): the live meeting through the real API. A real browser host
// serves a demo database; requests are made as the renderer makes them.
//  - keystroke to commit: each save of the minutes is a POST that returns after the
//    transaction has committed (WAL, synchronous=FULL);
//  - memory: the host's resident memory after a simulated three-hour meeting.

const ROOT = resolve(__dirname, '..', '..');

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function residentMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(/(\d+)/.exec(line)![1]) / 1024;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'quorate-bench-meeting-'));
  const db = join(dir, 'demo.sqlite');
  const demo = spawnSync(process.execPath, [join(ROOT, 'bin', 'quorate.js'), 'demo', '--db', db], { encoding: 'utf8' });
  if (demo.status !== 0) throw new Error(demo.stderr);
  const host = spawn(process.execPath, [join(ROOT, 'build', 'electron', 'host', 'launch.js'), '--db', db, '--no-open'], {
    env: { ...process.env, QUORATE_HOST: 'browser' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<URL>((resolveUrl, reject) => {
      let out = '';
      host.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /Open Quorate at: (\S+)/.exec(out);
        if (match) resolveUrl(new URL(match[1]!));
      });
      host.on('exit', () => reject(new Error(out)));
    });
    const token = url.searchParams.get('token')!;
    const call = async (name: string, input: unknown) => {
      const response = await fetch(`${url.origin}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, Origin: url.origin },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
      return result.value;
    };

    const plan = (await call('getMeetingPlan', { meetingId: 8 })) as { items: { id: number }[] };
    const items = plan.items.map((i) => i.id);
    const startRss = residentMiB(host.pid!);

    // Keystroke to commit: one character more per save, as the autosave sends it.
    const words = 'The board discussed the recovery plan and agreed to monitor progress monthly. ';
    let text = '';
    const samples: number[] = [];
    for (let n = 0; n < 1000; n += 1) {
      text += words[n % words.length];
      const started = process.hrtime.bigint();
      await call('saveMinutes', { agendaItemId: items[4]!, text });
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const f = (ms: number) => `${ms.toFixed(2)} ms`;
    console.log(`minutes save, keystroke to commit via HTTP (n=${samples.length})   p50 ${f(percentile(samples, 50))}  p95 ${f(percentile(samples, 95))}  max ${f(Math.max(...samples))}  (target p95 < 10 ms: ${percentile(samples, 95) < 10 ? 'met' : 'MISSED'})`);

    // A three-hour meeting: autosave at its fastest (4 saves a second) for 3 hours, spread
    // over the agenda, with attendance changes, decisions and actions along the way.
    const SAVES = 3 * 60 * 60 * 4;
    const texts = new Map<number, string>();
    const started = Date.now();
    for (let n = 0; n < SAVES; n += 1) {
      const item = items[Math.floor((n / SAVES) * items.length)]!;
      const next = ((texts.get(item) ?? '') + words[n % words.length]).slice(-8000);
      texts.set(item, next);
      await call('saveMinutes', { agendaItemId: item, text: next });
      if (n % 2000 === 0) {
        await call('setAttendance', { meetingId: 8, personId: 1 + ((n / 2000) % 10), status: 'present', deputyForPersonId: null, arrivedLate: false, leftEarly: n % 4000 === 0 });
        await call('recordDecision', { meetingId: 8, agendaItemId: item, text: `Decision ${n}: the board agreed the next step.` });
        await call('getLiveMeeting', { meetingId: 8 });
      }
    }
    const endRss = residentMiB(host.pid!);
    console.log(`three-hour meeting simulated: ${SAVES.toLocaleString('en-GB')} saves in ${((Date.now() - started) / 1000).toFixed(0)} s; host memory ${startRss.toFixed(0)} MiB before, ${endRss.toFixed(0)} MiB after`);
  } finally {
    host.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
