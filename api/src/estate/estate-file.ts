import type { CellValue } from 'exceljs';
import { ApiError } from '../common/api-error.js';
import { decodeCsv, parseCsv, unneutralise, writeCsv } from './csv.js';

// Estate files in and out: the bytes of a CSV or XLSX upload read into a table of text cells (what
// the engine's readEstateRows reads), and a table written back as either.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv';

/** exceljs, loaded on first use: most starts of the API never read or write a workbook. */
async function excel(): Promise<typeof import('exceljs')> {
  // A CommonJS package: Node's ESM loader hands its exports over as `default`.
  const loaded = await import('exceljs');
  return (loaded as unknown as { default?: typeof loaded }).default ?? loaded;
}

/** A workbook is a ZIP archive: it starts with a local file header, 'PK\x03\x04'. */
const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const badFile = (message: string) => new ApiError('validation_failed', `body: ${message}`, { field: 'body' });

/**
 * The table in an uploaded estate file: the first sheet of a workbook, or CSV text in UTF-8 or
 * GB18030. Row i of the table is row i + 1 of the spreadsheet, so problems name the rows people see.
 */
export async function readTable(bytes: Uint8Array): Promise<string[][]> {
  if (bytes.length === 0) throw badFile('the file is empty');
  if (isZip(bytes)) return readWorkbook(bytes);
  // What writeCsv guarded against formulas is read back as it was.
  return parseCsv(decodeCsv(bytes)).map((row) => row.map(unneutralise));
}

async function readWorkbook(bytes: Uint8Array): Promise<string[][]> {
  const book = new (await excel()).Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw badFile('not a readable XLSX workbook');
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw badFile('the workbook has no sheet');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    table[number - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(table, (row) => row ?? []);
}

/** A cell's value as text: dates as YYYY-MM-DD, a formula by its cached result (never evaluated). */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: CellValue }).result ?? null);
  if ('text' in value) return String(value.text);
  return ''; // an error value (#N/A…)
}

/** A table as a CSV file: UTF-8 with a BOM, which Excel needs to read it as UTF-8. */
export function csvBytes(table: readonly (readonly string[])[]): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(writeCsv(table), 'utf8')]);
}

/**
 * A table as a workbook of one sheet. Every cell is a text cell: a phone stays '0755-26881234'
 * (not a number), and text that starts with '=' is text, never a formula.
 */
export async function xlsxBytes(table: readonly (readonly string[])[], sheetName: string): Promise<Buffer> {
  const book = new (await excel()).Workbook();
  const sheet = book.addWorksheet(sheetName);
  for (const row of table) sheet.addRow([...row]);
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(40, Math.max(8, ...table.slice(0, 200).map((r) => width(r[i] ?? '') + 2)));
    column.numFmt = '@';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Display width: a CJK character takes two columns. */
const width = (text: string) => [...text].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
