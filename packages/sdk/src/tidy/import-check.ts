/**
 * The rows of one imported file checked in order (kiểm tra tệp nhập): the header first, then each
 * row against the plan's rules — its width, its figures, a measure, unit and year given twice.
 * Every problem is kept (up to {@link MAX_IMPORT_PROBLEMS}, then a count), so that an operator
 * fixes a file in one pass. Storage is the caller's: the server writes accepted rows in batches
 * inside its transaction, the mocks into their memory, and neither keeps any when a problem was
 * found — all or nothing.
 */
import { readTidyHeader, type TidyColumn } from './layout.js';
import type { DecimalRule } from './numbers.js';
import { type ImportProblem, placeProblem, problemAt } from './problems.js';
import type { ObservationRow, ObservationRules, TidyCell } from './rules.js';

/** Most problems listed: a file wrong throughout is said with the first ones and a count. */
export const MAX_IMPORT_PROBLEMS = 1000;

export class TidyImportCheck {
  readonly rules: ObservationRules;
  readonly file: string;
  private readonly decimal: DecimalRule;
  private header: Map<TidyColumn, number> | undefined;
  private width = 0;
  private readonly firstLine = new Map<number, number>();
  private readonly found: ImportProblem[] = [];
  private more = 0;
  /** The header was refused: nothing after it can be read (the caller stops). */
  headerRefused = false;
  /** Rows read after the header. */
  rows = 0;
  /** Rows without any figure (unfilled lines of a template). */
  blank = 0;

  constructor(rules: ObservationRules, file: string, decimal: DecimalRule) {
    this.rules = rules;
    this.file = file;
    this.decimal = decimal;
  }

  /** No problem so far: rows returned by {@link row} may be stored. */
  get ok(): boolean {
    return this.found.length === 0;
  }

  private report(ps: readonly ImportProblem[]): void {
    for (const p of ps) {
      if (this.found.length < MAX_IMPORT_PROBLEMS) this.found.push(p);
      else this.more++;
    }
  }

  /**
   * Read one row of the file (`line` as the file numbers it). The observation it holds, or null
   * for the header, a blank row and a refused one (its problems are kept).
   */
  row(line: number, cells: readonly TidyCell[]): ObservationRow | null {
    const { file } = this;
    if (!this.header) {
      const h = readTidyHeader(cells.map(String), file);
      if (Array.isArray(h)) {
        this.headerRefused = true;
        this.report(h);
        return null;
      }
      this.header = h;
      this.width = Math.max(...h.values()) + 1;
      return null;
    }
    this.rows++;
    const index = this.header;
    if (cells.slice(this.width).some((c) => String(c).trim() !== '')) {
      this.report([
        placeProblem(
          problemAt(file, line),
          `dòng có ${cells.length} ô, tiêu đề có ${this.width} cột`,
          `the row has ${cells.length} cells, the header ${this.width} columns`,
        ),
      ]);
      return null;
    }
    const checked = this.rules.check(
      file,
      line,
      (c) => {
        const i = index.get(c);
        return i === undefined ? undefined : (cells[i] ?? '');
      },
      this.decimal,
    );
    if (checked === null) {
      this.blank++;
      return null;
    }
    if (Array.isArray(checked)) {
      this.report(checked);
      return null;
    }
    const key = this.rules.key(checked);
    const seen = this.firstLine.get(key);
    if (seen !== undefined) {
      this.report([
        placeProblem(
          problemAt(file, line),
          `trùng chỉ số, đơn vị và năm với dòng ${seen}`,
          `the same measure, unit and year as row ${seen}`,
        ),
      ]);
      return null;
    }
    this.firstLine.set(key, line);
    return checked;
  }

  /** Every problem of the file once it is read: none means every row returned may be stored. */
  finish(): ImportProblem[] {
    const problems = [...this.found];
    if (!this.header && !this.headerRefused)
      problems.push(placeProblem(problemAt(this.file), 'tệp trống', 'the file is empty'));
    if (this.more > 0)
      problems.push({
        vi: `${this.file}: và ${this.more} lỗi khác (sửa các lỗi trên rồi nhập lại)`,
        en: `${this.file}: and ${this.more} more problems (fix the ones above and import again)`,
      });
    return problems;
  }
}
