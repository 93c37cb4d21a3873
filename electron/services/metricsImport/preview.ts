import { parseTarget, parseValue } from '../../../shared/metrics/values';
import type { Metric, MetricValueKind } from '../../../shared/model/metric';
import type { MetricsImportPreview } from '../../../shared/api/trackingCalls';
import type { MetricCell } from '../../../db/repositories/metrics';
import type { Table } from './readTable';

// Reading a table laid out like the committee report's: metric names in the first column,
// the overall target in a "TARGET" column, then one column per month headed MM/YY. A month
// that appears twice holds the interim target first and the actual second (as the report
// prints July and October); a month that appears once holds actuals. Every cell that
// cannot be read is listed with its reason; nothing is saved until the secretary says so.

const MONTH_HEADER = /^(0[1-9]|1[0-2])\/(\d{2})$/;
const column = (index: number): string => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};
const FORMULA_START = /^[=+@]|^-(?!\d)/;

export function buildPreview(fileName: string, table: Table, metrics: readonly Metric[]): { preview: MetricsImportPreview; writes: Map<number, MetricCell[]> } {
  const problems: MetricsImportPreview['problems'][number][] = [];
  const writes = new Map<number, MetricCell[]>();
  const headerRow = table.cells.findIndex((row, i) => i < 15 && row.some((cell) => MONTH_HEADER.test(cell.text)));
  if (headerRow < 0) {
    return {
      preview: { fileName, format: table.format, notes: table.notes, columns: [], rows: [], problems: [{ cell: '', reason: 'No header row with months written MM/YY (e.g. 04/24) was found in the first 15 rows.' }], readableCells: 0, blankCells: 0 },
      writes,
    };
  }
  const header = table.cells[headerRow]!;
  const firstMonth = header.findIndex((cell) => MONTH_HEADER.test(cell.text));
  const seen = new Map<string, number>();
  const columns: (MetricsImportPreview['columns'][number] & { index: number })[] = [];
  header.forEach((cell, index) => {
    if (index < firstMonth || cell.text === '') return;
    const month = MONTH_HEADER.exec(cell.text);
    if (!month) {
      problems.push({ cell: `${column(index)}${headerRow + 1}`, reason: `The header “${cell.text}” is not a month written MM/YY, so this column was not read.` });
      return;
    }
    const period = `20${month[2]}-${month[1]}`;
    seen.set(period, (seen.get(period) ?? 0) + 1);
    columns.push({ column: column(index), index, header: cell.text, period, kind: 'actual' });
  });
  // A month printed twice: the first column is its interim target.
  const firstOf = new Set<string>();
  const typed = columns.map((c) => {
    if ((seen.get(c.period) ?? 0) > 1 && !firstOf.has(c.period)) {
      firstOf.add(c.period);
      return { ...c, kind: 'interim_target' as MetricValueKind };
    }
    return c;
  });

  const byName = new Map<string, Metric[]>();
  for (const m of metrics) byName.set(m.name.trim().toLowerCase(), [...(byName.get(m.name.trim().toLowerCase()) ?? []), m]);
  const rows: MetricsImportPreview['rows'][number][] = [];
  let readable = 0;
  let blank = 0;
  table.cells.slice(headerRow + 1).forEach((row, offset) => {
    const line = headerRow + offset + 2;
    const name = row[0]?.text ?? '';
    if (name === '') return;
    const matches = byName.get(name.toLowerCase()) ?? [];
    if (matches.length !== 1) {
      problems.push({
        cell: `A${line}`,
        reason: matches.length === 0 ? `No metric called “${name}” on this board; the row was not read.` : `“${name}” is the name of ${matches.length} metrics on this board, so the row cannot be matched to one; it was not read.`,
      });
      rows.push({ line, name, metricId: null, cells: 0 });
      return;
    }
    const metric = matches[0]!;
    let count = 0;
    for (const c of typed) {
      const cell = row[c.index];
      const ref = `${c.column}${line}`;
      if (!cell || cell.text === '') {
        blank += 1;
        continue;
      }
      if (cell.formula || FORMULA_START.test(cell.text)) {
        problems.push({ cell: ref, reason: `“${cell.text.slice(0, 40)}” is a formula; only values are imported.` });
        continue;
      }
      const readableCell = c.kind === 'actual' ? parseValue(cell.text).state !== 'unreadable' : parseTarget(cell.text).kind !== 'unreadable';
      if (!readableCell) {
        problems.push({ cell: ref, reason: `“${cell.text.slice(0, 40)}” is not a number, a percentage, N/A or TBC${c.kind === 'interim_target' ? ', nor a target such as >6 or Higher' : ''}.` });
        continue;
      }
      writes.set(metric.id, [...(writes.get(metric.id) ?? []), { period: c.period, kind: c.kind, text: cell.text, sourceColumn: c.header, note: `Imported from ${fileName}` }]);
      count += 1;
    }
    readable += count;
    rows.push({ line, name, metricId: metric.id, cells: count });
  });
  return { preview: { fileName, format: table.format, notes: table.notes, columns: typed.map(({ index: _i, ...c }) => c), rows, problems, readableCells: readable, blankCells: blank }, writes };
}
