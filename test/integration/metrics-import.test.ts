import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import type { MetricsImportPreview } from '../../shared/api/trackingCalls';
import { apiSession } from '../support/api';
import { useTempDir } from '../support/temp';

const newPath = useTempDir();

const demoSession = () => apiSession(newPath(), { demo: true });

const csv = (rows: string[][]) => Buffer.from(Papa.unparse(rows), 'utf8');
const TABLE = [
  ['METRICS', 'TARGET', '11/24', '12/24', '01/25', '01/25', '13/24'],
  ['EHC 20-week compliance for new plans', '75%', '41%', 'n/k', '45%', '48%', '50%'],
  ['Number of complaints due to communication', 'Lower', '3', '=SUM(A1:A2)', '<6', '', '9'],
  ['Number of tribunals lodged', 'N/A', '7', '8', 'N/A', '9', '1'],
  ['A metric nobody has', '1', '1', '1', '1', '1', '1'],
];

describe('importing metric values from a table like the committee report', () => {
  test('the preview lists exactly which cells cannot be read and why, and nothing is saved', async () => {
    const { session, call } = await demoSession();
    const preview = await call<MetricsImportPreview>('previewMetricsImport', { boardId: 1, fileName: 'november.csv', content: csv(TABLE) });
    expect(preview.columns.map((c) => [c.header, c.period, c.kind])).toEqual([
      ['11/24', '2024-11', 'actual'], ['12/24', '2024-12', 'actual'], ['01/25', '2025-01', 'interim_target'], ['01/25', '2025-01', 'actual'],
    ]);
    expect(preview.problems).toEqual([
      { cell: 'G1', reason: 'The header “13/24” is not a month written MM/YY, so this column was not read.' },
      { cell: 'D2', reason: '“n/k” is not a number, a percentage, N/A or TBC.' },
      { cell: 'D3', reason: '“=SUM(A1:A2)” is a formula; only values are imported.' },
      { cell: 'A4', reason: '“Number of tribunals lodged” is the name of 2 metrics on this board, so the row cannot be matched to one; it was not read.' },
      { cell: 'A5', reason: 'No metric called “A metric nobody has” on this board; the row was not read.' },
    ]);
    expect(preview).toMatchObject({ readableCells: 5, blankCells: 1 });
    expect(session.db()!.prepare("SELECT count(*) FROM metric_values WHERE period >= '2024-11'").pluck().get()).toBe(0);
    session.close();
  });

  test('importing saves the readable cells, audited, and the dashboard sees them', async () => {
    const { session, call } = await demoSession();
    await call('importMetrics', { boardId: 1, fileName: 'november.csv', content: csv(TABLE) });
    const db = session.db()!;
    const rows = db.prepare("SELECT m.name, v.period, v.kind, v.value_text AS text, v.source_column AS col FROM metric_values v JOIN metrics m ON m.id = v.metric_id WHERE v.period >= '2024-11' ORDER BY m.id, v.period, v.kind").all();
    expect(rows).toEqual([
      { name: 'EHC 20-week compliance for new plans', period: '2024-11', kind: 'actual', text: '41%', col: '11/24' },
      { name: 'EHC 20-week compliance for new plans', period: '2025-01', kind: 'actual', text: '48%', col: '01/25' },
      { name: 'EHC 20-week compliance for new plans', period: '2025-01', kind: 'interim_target', text: '45%', col: '01/25' },
      { name: 'Number of complaints due to communication', period: '2024-11', kind: 'actual', text: '3', col: '11/24' },
      { name: 'Number of complaints due to communication', period: '2025-01', kind: 'interim_target', text: '<6', col: '01/25' },
    ]);
    const dashboard = await call<{ evaluation: { metrics: { name: string; outcome: string }[] } }>('getDashboard', { boardId: 1, period: '2025-01' });
    expect(dashboard.evaluation.metrics.find((m) => m.name === 'EHC 20-week compliance for new plans')!.outcome).toBe('achieved');
    expect(db.prepare("SELECT summary FROM audit_log WHERE event = 'metrics_imported'").pluck().all()).toEqual(['5 metric values imported from november.csv (5 cells not readable)']);
    session.close();
  });

  test('a Windows-1252 CSV (Excel’s plain CSV) is read, and the preview says so', async () => {
    const { session, call } = await demoSession();
    const bytes = Buffer.from(Papa.unparse([['METRICS', 'TARGET', '11/24'], ['Number of formal communications to parents and carers', 'Higher', '12']]) + '\r\nCost £,x,1', 'latin1');
    const preview = await call<MetricsImportPreview>('previewMetricsImport', { boardId: 1, fileName: 'old.csv', content: bytes });
    expect(preview.notes[0]).toMatch(/read as Windows-1252/);
    expect(preview.problems).toEqual([{ cell: 'A3', reason: 'No metric called “Cost £” on this board; the row was not read.' }]);
    session.close();
  });

  test('an .xlsx workbook is read, a formula cell is reported, and percentages keep their form', async () => {
    const { session, call } = await demoSession();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tracker');
    sheet.addRow(['METRICS', 'TARGET', '11/24']);
    const row = sheet.addRow(['EHC 20-week compliance for new plans', '75%', 0.41]);
    row.getCell(3).numFmt = '0%';
    sheet.addRow(['Number of complaints due to communication', 'Lower', { formula: 'SUM(1,2)', result: 3 }]);
    const preview = await call<MetricsImportPreview>('previewMetricsImport', { boardId: 1, fileName: 'tracker.xlsx', content: Buffer.from(await workbook.xlsx.writeBuffer()) });
    expect(preview.format).toBe('xlsx');
    expect(preview.problems).toEqual([{ cell: 'C3', reason: '“=SUM(1,2)” is a formula; only values are imported.' }]);
    expect(preview.readableCells).toBe(1);
    session.close();
  });

  test.each([
    ['an empty file', 'empty.csv', () => Buffer.alloc(0), /is empty/],
    ['a huge file', 'huge.csv', () => Buffer.alloc(6 * 1024 * 1024, 0x41), /is larger than 5 MiB|larger than 5 MiB/],
    ['binary data', 'photo.csv', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), /is not a text file/],
    ['a renamed text file', 'table.xlsx', () => Buffer.from('METRICS,TARGET'), /is named \.xlsx but is not an Excel workbook/],
    ['a zip bomb', 'bomb.xlsx', () => Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 })), /would unpack to more than 50 MiB/],
    ['a damaged workbook', 'broken.xlsx', () => Buffer.from(zipSync({ 'hello.txt': new TextEncoder().encode('hi') })), /could not be opened as an Excel workbook|is not a readable Excel workbook/],
  ])('%s is refused with a clear message', async (_what, fileName, make, message) => {
    const { session, refused } = await demoSession();
    expect(await refused('previewMetricsImport', { boardId: 1, fileName, content: make() })).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(message) });
    session.close();
  });
});

describe('exports', () => {
  test('the action log exports as .xlsx (read back by read-excel-file) and .csv, with formula characters escaped', async () => {
    const { session, call } = await demoSession();
    session.db()!.prepare("UPDATE actions SET title = '=HYPERLINK(\"http://evil.example\",\"click\")' WHERE reference = 'A001'").run();
    const xlsx = await call<{ fileName: string; content: Uint8Array }>('exportActionLog', { boardId: 1, format: 'xlsx' });
    expect(xlsx.fileName).toBe('Wirral Local Area SEND Partnership Board action log.xlsx');
    const sheets = (await readXlsxFile(Buffer.from(xlsx.content))) as unknown as { sheet: string; data: unknown[][] }[];
    expect(sheets.map((s) => s.sheet)).toEqual(['action log']);
    const rows = sheets[0]!.data;
    expect(rows[0]).toEqual(['Ref', 'Action', 'Owner', 'Organisation', 'Due', 'Status', 'Completed', 'Area of concern', 'Progress', 'Impact']);
    expect(rows).toHaveLength(18);
    expect(rows.find((r) => r[0] === 'A001')![1]).toBe('\'=HYPERLINK("http://evil.example","click")');
    const csvFile = await call<{ content: Uint8Array }>('exportActionLog', { boardId: 1, format: 'csv' });
    const parsed = Papa.parse<string[]>(Buffer.from(csvFile.content).toString('utf8').replace(/^\uFEFF/, ''));
    expect(parsed.data.find((r) => r[0] === 'A001')![1]).toBe('\'=HYPERLINK("http://evil.example","click")');
    session.close();
  });

  test('the metrics export is laid out like the report, so it can be imported again', async () => {
    const { session, call } = await demoSession();
    const exported = await call<{ content: Uint8Array }>('exportMetrics', { boardId: 1, format: 'csv' });
    const rows = Papa.parse<string[]>(Buffer.from(exported.content).toString('utf8').replace(/^\uFEFF/, '')).data;
    expect(rows[0]).toEqual(['METRICS', 'TARGET', '04/24', '05/24', '06/24', '07/24', '07/24', '08/24', '09/24', '10/24', '10/24']);
    expect(rows[1]).toEqual(['EHC 20-week compliance for new plans', '75%', '14%', '17%', '17%', '26%', '17%', '17%', '16%', '37%', '15%']);
    const preview = await call<MetricsImportPreview>('previewMetricsImport', { boardId: 1, fileName: 'round-trip.csv', content: Buffer.from(exported.content) });
    expect(preview.problems.map((p) => p.cell)).toEqual(['A5', 'A10']); // the two rows named "Number of tribunals lodged"
    session.close();
  });
});
