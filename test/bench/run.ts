import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionFilter, ActionStatus } from '../../shared/model/action';
import { openDatabase } from '../../db/open';
import { openWithSafeguards } from '../../db/safeOpen';
import { actionsRepository } from '../../db/repositories/actions';
import { auditTrail } from '../../db/repositories/audit';
import { boardsRepository } from '../../db/repositories/boards';
import { metricsRepository } from '../../db/repositories/metrics';
import { searchRepository } from '../../db/repositories/search';
import { buildSyntheticRecord, TEN_YEARS } from '../support/synthetic';

// `npm run bench`: prints figures; it asserts nothing. Targets are in the issue notes.

function time(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function report(name: string, samples: number[], target?: number): void {
  const f = (ms: number) => `${ms.toFixed(2).padStart(7)} ms`;
  const p95 = percentile(samples, 95);
  const verdict = target === undefined ? '' : p95 < target ? `  (target < ${target} ms: met)` : `  (target < ${target} ms: MISSED)`;
  console.log(`${name.padEnd(52)} n=${String(samples.length).padStart(4)}  p50 ${f(percentile(samples, 50))}  p95 ${f(p95)}${verdict}`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'quorate-bench-'));
  try {
    const path = join(dir, 'ten-years.sqlite');
    const setup = openDatabase(path);
    let record!: ReturnType<typeof buildSyntheticRecord>;
    const buildMs = time(() => (record = buildSyntheticRecord(setup, TEN_YEARS)));
    setup.exec('ANALYZE');
    setup.close();
    console.log(`Synthetic ten-year record: ${TEN_YEARS.meetings} meetings, ${TEN_YEARS.actions} actions with updates, ${TEN_YEARS.decisions} decisions,`);
    console.log(`  ${TEN_YEARS.metrics} metrics × ${TEN_YEARS.months} months, ${TEN_YEARS.papers} papers; built in ${(buildMs / 1000).toFixed(1)} s, ${(statSync(path).size / 1024 / 1024).toFixed(1)} MiB on disk`);

    const db = openDatabase(path);
    const actions = actionsRepository(db, auditTrail(db));
    const metrics = metricsRepository(db);
    const search = searchRepository(db);
    const { boardId, people, areas, periods } = record;
    let i = 0;
    const next = <T>(list: readonly T[]) => list[i++ % list.length]!;

    const live: ActionStatus[] = ['open', 'in_progress'];
    const filters: (() => ActionFilter)[] = [
      () => ({ boardId }),
      () => ({ boardId, statuses: live }),
      () => ({ boardId, overdueOn: '2020-06-30' }),
      () => ({ boardId, areaId: next(areas), statuses: live }),
      () => ({ boardId, ownerPersonId: next(people) }),
      () => ({ boardId, organisation: next(['Council', 'ICB', 'Schools']) }),
      () => ({ boardId, dueFrom: '2019-01-01', dueTo: '2019-06-30' }),
    ];
    const log: number[] = [];
    for (let n = 0; n < 350; n += 1) {
      const filter = filters[n % filters.length]!();
      log.push(time(() => actions.log({ ...filter, limit: 200 })));
    }
    report('action log query with filters (200 rows max)', log, 20);

    const dashboard: number[] = [];
    for (let n = 0; n < 300; n += 1) dashboard.push(time(() => metrics.boardPeriod(boardId, next(periods))));
    report('dashboard query (all metrics of a board, one month)', dashboard, 20);

    const words = ['psychology', 'transport respite', 'commissioning', 'graduated response', 'tribunal', 'assess', 'families impact', 'website'];
    const fts: number[] = [];
    for (let n = 0; n < 300; n += 1) fts.push(time(() => search.search(next(words), { limit: 50 })));
    report('full-text search (50 best hits, with snippets)', fts, 20);
    db.close();

    const open: number[] = [];
    for (let n = 0; n < 40; n += 1) {
      open.push(
        time(() => {
          const again = openDatabase(path);
          boardsRepository(again).list('2024-11-24');
          again.close();
        }),
      );
    }
    report('open database + first query (list boards)', open, 20);

    const safe: number[] = [];
    for (let n = 0; n < 5; n += 1) safe.push(await timeAsync(async () => (await openWithSafeguards(path)).close()));
    report('app start: open + quick_check + backup (for scale)', safe);
    console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
