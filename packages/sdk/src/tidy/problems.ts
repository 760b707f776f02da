/**
 * A refused row of an imported file (lỗi của tệp nhập), said where it is — file, row, column —
 * in both languages. The server's operator commands, its API and the mocks all say problems
 * this way; `importProblemErrors` turns them into the API's field errors.
 */
import type { FieldError } from '../i18n/validation.js';

/** One thing wrong with an operator's input: where (file, row, column), in both languages. */
export interface ImportProblem {
  vi: string;
  en: string;
}

/** "users.csv, dòng 4, cột role" / "users.csv, row 4, column role". */
export function problemAt(file: string, row?: number, column?: string): ImportProblem {
  const vi = [file, row === undefined ? '' : `dòng ${row}`, column ? `cột ${column}` : ''];
  const en = [file, row === undefined ? '' : `row ${row}`, column ? `column ${column}` : ''];
  return { vi: vi.filter(Boolean).join(', '), en: en.filter(Boolean).join(', ') };
}

/** A problem at a place with a message of its own. */
export function placeProblem(where: ImportProblem, vi: string, en: string): ImportProblem {
  return { vi: `${where.vi}: ${vi}`, en: `${where.en}: ${en}` };
}

/**
 * The API's field errors of an import's problems: each keeps its text (which names the row and
 * the column) and says them for a program in `path` — `row.12.Value`, `row.1.Sex`, or `body`
 * for the file as a whole.
 */
export function importProblemErrors(problems: readonly ImportProblem[]): FieldError[] {
  return problems.map((p) => {
    const m = /, row (\d+)(?:, column ([^:]+))?:/.exec(p.en);
    return {
      path: m ? `row.${m[1]}${m[2] ? `.${m[2]}` : ''}` : 'body',
      code: 'observation_row',
      message: p,
    };
  });
}

/** csv-parse gave up on a file (an unclosed quote, a ragged row): the file and the line it stopped at. */
export function csvReadProblem(file: string, err: unknown): ImportProblem {
  const e = err as { lines?: number; message: string };
  return placeProblem(
    problemAt(file, e.lines),
    `không đọc được tệp CSV (${e.message})`,
    `cannot read the CSV file (${e.message})`,
  );
}
