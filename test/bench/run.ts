import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/open';
import { boardsRepository } from '../../db/repositories/boards';
import { addDemoBoard } from '../../electron/services/demo';

// `npm run bench`: prints figures; it asserts nothing. Later issues add their own.

interface Figure {
  readonly name: string;
  readonly samples: number[];
}

function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function report({ name, samples }: Figure): void {
  const f = (ms: number) => `${ms.toFixed(2)} ms`;
  console.log(`${name.padEnd(48)} n=${String(samples.length).padStart(4)}  p50 ${f(percentile(samples, 50))}  p95 ${f(percentile(samples, 95))}  max ${f(Math.max(...samples))}`);
}

const dir = mkdtempSync(join(tmpdir(), 'quorate-bench-'));
try {
  const path = join(dir, 'bench.sqlite');
  const setup = openDatabase(path);
  addDemoBoard(setup);
  setup.close();

  const coldOpen: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    coldOpen.push(
      time(() => {
        const db = openDatabase(path);
        boardsRepository(db).list('2024-11-24');
        db.close();
      }),
    );
  }
  report({ name: 'open database + first query (list boards)', samples: coldOpen });
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
