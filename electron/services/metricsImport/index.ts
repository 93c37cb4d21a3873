import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Handlers } from '../../../shared/api/contract';
import { ACTION_STATUS_LABELS } from '../../../shared/model/action';
import { metricsRepository } from '../../../db/repositories/metrics';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { buildPreview } from './preview';
import { readTable } from './readTable';

type ImportExportHandlers = Pick<Handlers, 'previewMetricsImport' | 'importMetrics' | 'exportActionLog' | 'exportMetrics'>;

/** A cell that a spreadsheet would run as a formula is written with a leading apostrophe. */
const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
const fileSafe = (text: string) => text.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim().slice(0, 80);

async function workbookFile(name: string, header: string[], rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Quorate';
  const sheet = workbook.addWorksheet(name.slice(0, 31));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((v) => (typeof v === 'string' ? safe(v) : v)));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((c) => (c.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvFile(header: string[], rows: (string | number)[][]): Buffer {
  // papaparse's escapeFormulae prefixes = + - @ with an apostrophe; the BOM tells Excel it is UTF-8.
  return Buffer.from(`\uFEFF${Papa.unparse({ fields: header, data: rows }, { escapeFormulae: true, newline: '\r\n' })}`, 'utf8');
}

/** Importing metric values from a table, and exporting the action log and the metrics. */
export function importExportServices(ctx: ServiceContext): ImportExportHandlers {
  const metrics = metricsRepository(ctx.db);
  const parse = async (boardId: number, fileName: string, content: Uint8Array) => {
    ctx.board(boardId);
    return buildPreview(fileName, await readTable(fileName, content), metrics.forBoard(boardId));
  };
  const exportTable = async (boardId: number, format: 'xlsx' | 'csv', what: string, header: string[], rows: (string | number)[][]) => {
    const name = `${fileSafe(ctx.board(boardId).name)} ${what}`;
    return format === 'xlsx'
      ? { fileName: `${name}.xlsx`, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: await workbookFile(what, header, rows) }
      : { fileName: `${name}.csv`, mediaType: 'text/csv', content: csvFile(header, rows) };
  };

  return {
    previewMetricsImport: async ({ boardId, fileName, content }) => (await parse(boardId, fileName, content)).preview,
    importMetrics: async ({ boardId, fileName, content }) => {
      const { preview, writes } = await parse(boardId, fileName, content);
      if (preview.readableCells === 0) throw new ServiceError('invalid_input', `Nothing in “${fileName}” could be imported: ${preview.problems[0]?.reason ?? 'no values found.'}`);
      ctx.db.transaction(() => {
        for (const [metricId, cells] of writes) metrics.setValues(metricId, cells);
        ctx.repos.audit.record({
          actor: ctx.actor(), boardId, entity: 'metrics', entityId: null, event: 'metrics_imported',
          summary: `${preview.readableCells} metric values imported from ${fileName}${preview.problems.length ? ` (${preview.problems.length} cells not readable)` : ''}`,
          details: { fileName, cells: preview.readableCells, problems: preview.problems.length },
        });
      })();
      return preview;
    },
    exportActionLog: async ({ boardId, format }) => {
      const actions = ctx.repos.actions.log({ boardId, limit: 100_000 });
      const areas = new Map(ctx.repos.boards.areas(boardId).map((a) => [a.id, `${a.position}. ${a.title}`]));
      const rows = actions.map((a) => [
        a.reference, a.title, a.ownerName, a.ownerOrganisation, a.dueDate, ACTION_STATUS_LABELS[a.status], a.completedOn ?? '', a.areaId === null ? '' : (areas.get(a.areaId) ?? ''),
        ctx.repos.actions.updates(a.id).map((u) => `${u.updateDate}: ${u.note}`).join(' | '), a.impactNote,
      ]);
      return exportTable(boardId, format, 'action log', ['Ref', 'Action', 'Owner', 'Organisation', 'Due', 'Status', 'Completed', 'Area of concern', 'Progress', 'Impact'], rows);
    },
    exportMetrics: async ({ boardId, format }) => {
      const list = metrics.forBoard(boardId);
      const values = new Map(list.map((m) => [m.id, metrics.values(m.id)]));
      const periods = [...new Set([...values.values()].flat().map((v) => v.period))].sort();
      // Laid out as the committee report prints it (and as the import reads it): a month with
      // interim targets has two MM/YY columns, the target first.
      const withTargets = new Set([...values.values()].flat().filter((v) => v.kind === 'interim_target').map((v) => v.period));
      const columns = periods.flatMap((p) => [...(withTargets.has(p) ? [{ p, kind: 'interim_target' }] : []), { p, kind: 'actual' }]);
      const header = ['METRICS', 'TARGET', ...columns.map(({ p }) => `${p.slice(5, 7)}/${p.slice(2, 4)}`)];
      const rows = list.map((m) => [m.name, m.targetText, ...columns.map(({ p, kind }) => values.get(m.id)!.find((v) => v.period === p && v.kind === kind)?.valueText ?? '')]);
      return exportTable(boardId, format, 'metrics', header, rows);
    },
  };
}
