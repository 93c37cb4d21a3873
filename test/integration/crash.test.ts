import { spawn } from 'node:child_process';
import { openDatabase } from '../../db/open';
import { boardWithMeeting } from '../support/record';
import { built } from '../support/built';
import { useTempDir } from '../support/temp';

// Power loss in a meeting: the writer is killed with SIGKILL at random moments, many
// times. After each restart, every transaction it had acknowledged must be there and
// whole (a decision, an action and its two updates), and nothing half-written may be.

jest.setTimeout(120_000);
const newPath = useTempDir('quorate-crash-');
const ROUNDS = 25;

function runAndKill(args: string[], afterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [built('test/crash-writer.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`The writer stopped by itself: ${err}`));
      // Only whole lines count: a line cut off by the kill was not an acknowledgement.
      resolve([...out.matchAll(/^ack (\d+)\n/gm)].map((m) => Number(m[1])));
    });
  });
}

test(`every acknowledged transaction survives ${ROUNDS} kills at random moments, whole`, async () => {
  const path = newPath();
  const setup = boardWithMeeting(path);
  const args = [path, String(setup.meetingId), String(setup.ownerId), String(setup.boardId)];
  setup.db.close();

  const acknowledged: number[] = [];
  let next = 1;
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let round = 0; round < ROUNDS; round += 1) {
    const acks = await runAndKill([...args, String(next)], 150 + Math.floor(random() * 250));
    acknowledged.push(...acks);

    const db = openDatabase(path);
    const decisions = new Set(db.prepare("SELECT text FROM decisions WHERE text LIKE 'transaction %'").pluck().all() as string[]);
    const actions = db
      .prepare(
        `SELECT a.title, a.status, count(u.id) AS updates FROM actions a LEFT JOIN action_updates u ON u.action_id = a.id
          WHERE a.title LIKE 'transaction %' GROUP BY a.id`,
      )
      .all() as { title: string; status: string; updates: number }[];
    for (const n of acknowledged) expect(decisions.has(`transaction ${n}`)).toBe(true);
    // Whatever is there is whole: each decision has its action, each action both updates.
    expect(actions.map((a) => a.title).sort()).toEqual([...decisions].sort());
    for (const action of actions) expect(action).toMatchObject({ status: 'complete', updates: 2 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Continue numbering after whatever was committed (acknowledged or not).
    next = decisions.size + 1;
    db.close();
  }
  expect(acknowledged.length).toBeGreaterThan(ROUNDS); // the writer did real work between kills
});
