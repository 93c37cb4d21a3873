import { parseTarget, parseValue } from '../../shared/metrics/values';
import type { Metric, MetricUnit, MetricValue, MetricValueKind } from '../../shared/model/metric';
import type { Db } from '../open';

const metricColumns = (t: string) => `${t}.id, ${t}.area_id AS areaId, ${t}.position, ${t}.name, ${t}.unit,
  ${t}.target_text AS targetText, ${t}.target_kind AS targetKind, ${t}.target_value AS targetValue, ${t}.source_note AS sourceNote`;
const valueColumns = (t: string) => `${t}.metric_id AS metricId, ${t}.period, ${t}.kind, ${t}.value_text AS valueText,
  ${t}.value_state AS valueState, ${t}.value_number AS valueNumber, ${t}.target_kind AS targetKind,
  ${t}.source_column AS sourceColumn, ${t}.note`;

export interface MetricCell {
  readonly period: string;
  readonly kind: MetricValueKind;
  /** Exactly as written. */
  readonly text: string;
  readonly sourceColumn?: string;
  readonly note?: string;
}

/** Reads a cell's text: actuals are values, interim targets are targets ("Higher", ">6", "40%"). */
export function readCell(cell: MetricCell): Pick<MetricValue, 'valueState' | 'valueNumber' | 'targetKind'> {
  const value = parseValue(cell.text);
  if (cell.kind === 'actual' || (value.state !== 'number' && value.state !== 'unreadable')) {
    return { valueState: value.state, valueNumber: value.value, targetKind: null };
  }
  const target = parseTarget(cell.text);
  if (target.kind === 'not_applicable' || target.kind === 'unreadable') return { valueState: 'unreadable', valueNumber: null, targetKind: null };
  return { valueState: 'target', valueNumber: target.value, targetKind: target.kind };
}

/** Every value of a board's metrics for one month (exported so a test can check its query plan). */
export const BOARD_PERIOD_SQL = `SELECT ${valueColumns('v')} FROM metric_values v
    JOIN metrics m ON m.id = v.metric_id JOIN areas_of_concern a ON a.id = m.area_id
   WHERE a.board_id = ? AND v.period = ? ORDER BY a.position, m.position, v.kind`;

/** The improvement plan's measures: each metric's target, interim targets and actuals by month. */
export function metricsRepository(db: Db) {
  const insertMetric = db.prepare<[number, number, string, MetricUnit, string, string, number | null, string], { id: number }>(
    `INSERT INTO metrics (area_id, position, name, unit, target_text, target_kind, target_value, source_note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const countInArea = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM metrics WHERE area_id = ?');
  const upsertValue = db.prepare<[number, string, MetricValueKind, string, string, number | null, string | null, string, string]>(
    `INSERT INTO metric_values (metric_id, period, kind, value_text, value_state, value_number, target_kind, source_column, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (metric_id, period, kind) DO UPDATE SET value_text = excluded.value_text, value_state = excluded.value_state,
       value_number = excluded.value_number, target_kind = excluded.target_kind, source_column = excluded.source_column, note = excluded.note`,
  );
  const forArea = db.prepare<[number], Metric>(`SELECT ${metricColumns('m')} FROM metrics m WHERE m.area_id = ? ORDER BY m.position`);
  const forBoard = db.prepare<[number], Metric>(
    `SELECT ${metricColumns('m')} FROM metrics m JOIN areas_of_concern a ON a.id = m.area_id
      WHERE a.board_id = ? ORDER BY a.position, m.position`,
  );
  const values = db.prepare<[number], MetricValue>(`SELECT ${valueColumns('v')} FROM metric_values v WHERE v.metric_id = ? ORDER BY v.period, v.kind`);
  const boardPeriod = db.prepare<[number, string], MetricValue>(BOARD_PERIOD_SQL);

  return {
    add: (m: { areaId: number; name: string; unit: MetricUnit; targetText: string; sourceNote?: string }): number => {
      const target = parseTarget(m.targetText);
      const position = countInArea.get(m.areaId)!.n + 1;
      return insertMetric.get(m.areaId, position, m.name, m.unit, m.targetText, target.kind, target.value, m.sourceNote ?? '')!.id;
    },
    /** Records cells (actuals and interim targets) in one transaction; a later value for the same month replaces the earlier. */
    setValues: db.transaction((metricId: number, cells: readonly MetricCell[]) => {
      for (const cell of cells) {
        const read = readCell(cell);
        upsertValue.run(metricId, cell.period, cell.kind, cell.text, read.valueState, read.valueNumber, read.targetKind, cell.sourceColumn ?? '', cell.note ?? '');
      }
    }),
    forArea: (areaId: number): Metric[] => forArea.all(areaId),
    forBoard: (boardId: number): Metric[] => forBoard.all(boardId),
    values: (metricId: number): MetricValue[] => values.all(metricId),
    /** Every value of every metric of a board for one month: what the dashboard reads. */
    boardPeriod: (boardId: number, period: string): MetricValue[] => boardPeriod.all(boardId, period),
  };
}
