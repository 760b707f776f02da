/**
 * Rows of an observations file, streamed: a CSV file (UTF-8, with or without a byte-order mark,
 * `;` or `,` between fields — told by the header line —, Windows or Unix line ends) or a
 * workbook (its sheet `Data`, else its first). Each row comes with its line (CSV) or row
 * (workbook) number, so that every problem names it.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { type TidyCell as Cell, detectDelimiter, TIDY_CSV_OPTIONS } from '@kehoach/sdk';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { at, csvReadError, OperatorError, problem } from '../operator/problems.js';

export { detectDelimiter };

export interface SourceRow {
  line: number;
  cells: Cell[];
}

/** The rows of a file, and the field separator of a CSV file (it implies the decimal mark). */
export interface ObservationSource {
  rows: AsyncIterable<SourceRow>;
  delimiter?: ';' | ',';
}

/** The sheet of the template and of the export; an import reads it, else the first sheet. */
export const DATA_SHEET = 'Data';

/** CSV rows from a stream whose first characters are `head`. */
export function csvRows(input: Readable, head: string, file: string): ObservationSource {
  const delimiter = detectDelimiter(head);
  return { rows: csvRecords(input, delimiter, file), delimiter };
}

async function* csvRecords(input: Readable, delimiter: ';' | ',', file: string): AsyncGenerator<SourceRow> {
  const parser = input.pipe(parse({ ...TIDY_CSV_OPTIONS, delimiter }));
  try {
    for await (const r of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)
      yield { line: r.info.lines, cells: r.record };
  } catch (err) {
    throw csvReadError(file, err);
  }
}

/** CSV rows of a file on disk, streamed. */
export function csvFileRows(path: string, file: string): ObservationSource {
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(64 * 1024);
  const n = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  return csvRows(createReadStream(path), buf.subarray(0, n).toString('utf8'), file);
}

/** CSV rows of a text (a request body). */
export function csvTextRows(text: string, file: string): ObservationSource {
  return csvRows(Readable.from([text]), text.slice(0, 64 * 1024), file);
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return cellValue(v.result as ExcelJS.CellValue);
  if ('text' in v) return String(v.text);
  return String(v);
}

/** Rows of a workbook's data sheet (read whole: workbooks are for templates; CSV for the country). */
export function xlsxRows(data: string | Buffer, file: string): ObservationSource {
  return { rows: xlsxRecords(data, file) };
}

async function* xlsxRecords(data: string | Buffer, file: string): AsyncGenerator<SourceRow> {
  const wb = new ExcelJS.Workbook();
  try {
    if (typeof data === 'string') await wb.xlsx.readFile(data);
    else await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (err) {
    throw new OperatorError([
      problem(
        at(file),
        `không đọc được bảng tính (${(err as Error).message})`,
        `cannot read the workbook (${(err as Error).message})`,
      ),
    ]);
  }
  const ws = wb.getWorksheet(DATA_SHEET) ?? wb.worksheets[0];
  if (!ws) return;
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
    if (cells.every((c) => c === '')) continue;
    yield { line: r, cells };
  }
}
