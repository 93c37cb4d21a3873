import type { ActionFilter } from '../../shared/model/action';
import type { Db } from '../../db/open';
import { openDatabase } from '../../db/open';
import { actionLogQuery } from '../../db/repositories/actions';
import { BOARD_PERIOD_SQL } from '../../db/repositories/metrics';
import { SEARCH_SQL } from '../../db/repositories/search';
import { buildSyntheticRecord } from '../support/synthetic';
import { useTempDir } from '../support/temp';

// The hot queries must use their indexes: a lost or unused index fails here, long
// before a ten-year record makes the screens slow.
const newPath = useTempDir();
let db: Db;
let boardId: number;

beforeAll(() => {
  db = openDatabase(newPath());
  ({ boardId } = buildSyntheticRecord(db, { meetings: 12, actions: 300, decisions: 50, metrics: 6, months: 24, papers: 20 }));
  db.exec('ANALYZE');
});
afterAll(() => db.close());

function plan(sql: string, params: unknown): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params as never) as { detail: string }[]).map((r) => r.detail).join('\n');
}

describe('the hot queries use indexes, not full scans', () => {
  test.each([
    ['all actions', {}],
    ['live actions', { statuses: ['open', 'in_progress'] }],
    ['overdue', { overdueOn: '2020-01-01' }],
    ['an area', { areaId: 1 }],
    ['an owner', { ownerPersonId: 1, statuses: ['open'] }],
    ['a due window', { dueFrom: '2019-01-01', dueTo: '2019-03-31' }],
  ] as [string, Omit<ActionFilter, 'boardId'>][])('the action log for %s', (_what, filter) => {
    const { sql, params } = actionLogQuery({ boardId, ...filter });
    const detail = plan(sql, params);
    expect(detail).toMatch(/USING (COVERING )?INDEX actions_by_/);
    expect(detail).not.toMatch(/SCAN a\b/);
  });

  test('the dashboard query for one month', () => {
    const detail = plan(BOARD_PERIOD_SQL, [boardId, '2015-06']);
    expect(detail).not.toMatch(/SCAN v\b/);
    expect(detail).toMatch(/SEARCH v USING (COVERING )?INDEX|SEARCH v USING PRIMARY KEY/);
  });

  test('full-text search uses the FTS index', () => {
    expect(plan(SEARCH_SQL, { q: '"psychology"*', boardId: null, limit: 50 })).toMatch(/VIRTUAL TABLE INDEX/);
  });

  test("a board's meetings", () => {
    expect(plan('SELECT id FROM meetings WHERE board_id = ? ORDER BY date, start_time, id', [boardId])).toMatch(/USING (COVERING )?INDEX meetings_by_board_and_date/);
  });
});
