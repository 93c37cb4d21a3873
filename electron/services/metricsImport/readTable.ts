import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { ServiceError } from '../errors';

// Reading a metrics table from a CSV or .xlsx file into rows of cell texts, refusing
// anything that is not a plain table: a file too large, not text, a zip bomb, a workbook
// that will not open. Formulas are never evaluated; a formula cell is reported.

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
export const MAX_ROWS = 2000;
export const MAX_COLUMNS = 200;

export interface Table {
  readonly format: 'csv' | 'xlsx';
  /** cells[row][column], as text; `formula` marks a cell that held a formula. */
  readonly cells: readonly (readonly { readonly text: string; readonly formula: boolean }[])[];
  /** Said in the preview, e.g. that the file was read as Windows-1252. */
  readonly notes: readonly string[];
}

const refuse = (fileName: string, why: string): never => {
  throw new ServiceError('invalid_input', `“${fileName}” ${why}`);
};

export async function readTable(fileName: string, bytes: Uint8Array): Promise<Table> {
  if (bytes.byteLength === 0) refuse(fileName, 'is empty.');
  if (bytes.byteLength > MAX_IMPORT_BYTES) refuse(fileName, `is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB; a metrics table is far smaller.`);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (isZip || extension === 'xlsx') {
    if (!isZip) refuse(fileName, 'is named .xlsx but is not an Excel workbook.');
    return readWorkbook(fileName, bytes);
  }
  return readCsv(fileName, bytes);
}

function readCsv(fileName: string, bytes: Uint8Array): Table {
  if (bytes.includes(0)) refuse(fileName, 'is not a text file (it contains binary data). Save the table as CSV or .xlsx.');
  const notes: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel's plain "CSV (Comma delimited)" on a UK PC is Windows-1252, not UTF-8.
    text = new TextDecoder('windows-1252').decode(bytes);
    notes.push('The file is not UTF-8, so it was read as Windows-1252 (Excel’s “CSV (Comma delimited)”). Check any accented letters or £ signs.');
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimiter: '' });
  if (parsed.data.length > MAX_ROWS) refuse(fileName, `has more than ${MAX_ROWS} rows.`);
  if (parsed.data.some((row) => row.length > MAX_COLUMNS)) refuse(fileName, `has more than ${MAX_COLUMNS} columns.`);
  return { format: 'csv', cells: parsed.data.map((row) => row.map((cell) => ({ text: cell.trim(), formula: false }))), notes };
}

async function readWorkbook(fileName: string, bytes: Uint8Array): Promise<Table> {
  // Sizes from the zip's directory first: a bomb is refused before anything is inflated.
  let unpacked = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) throw new RangeError('too large');
        return false;
      },
    });
  } catch (error) {
    if (error instanceof RangeError) refuse(fileName, `would unpack to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB, which no metrics table does. It was not read.`);
    refuse(fileName, 'is a damaged or incomplete file, not a readable workbook.');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    refuse(fileName, 'could not be opened as an Excel workbook (.xlsx). Save it again from Excel, or as CSV.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return refuse(fileName, 'is not a readable Excel workbook (it has no worksheets).');
  if (sheet.rowCount > MAX_ROWS) refuse(fileName, `has more than ${MAX_ROWS} rows.`);
  if (sheet.columnCount > MAX_COLUMNS) refuse(fileName, `has more than ${MAX_COLUMNS} columns.`);
  const cells: { text: string; formula: boolean }[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const out: { text: string; formula: boolean }[] = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) out.push(cellText(row.getCell(c)));
    cells[rowNumber - 1] = out;
  });
  return { format: 'xlsx', cells: Array.from(cells, (row) => row ?? []).filter((row) => row.some((cell) => cell.text !== '')), notes: [] };
}

function cellText(cell: ExcelJS.Cell): { text: string; formula: boolean } {
  const value = cell.value;
  if (value === null || value === undefined) return { text: '', formula: false };
  if (typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) return { text: `=${(value as { formula?: string }).formula ?? ''}`, formula: true };
  if (typeof value === 'number') {
    const percent = typeof cell.numFmt === 'string' && cell.numFmt.includes('%');
    return { text: percent ? `${Math.round(value * 1000) / 10}%` : String(value), formula: false };
  }
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), formula: false };
  if (typeof value === 'object' && 'richText' in value) return { text: (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('').trim(), formula: false };
  return { text: String(value).trim(), formula: false };
}
