/**
 * The rows of one imported file checked in order (kiểm tra tệp nhập): the header first, then each
 * row against the plan's rules — its width, its figures, its categories, a measure, unit, year
 * (or period) and series given twice — and, once all are read, an additive measure's parts against their
 * total (`additiveExcess`).
 * Every problem is kept (up to {@link MAX_IMPORT_PROBLEMS}, then a count), so that an operator
 * fixes a file in one pass. Storage is the caller's: the server writes accepted rows in batches
 * inside its transaction, the mocks into their memory, and neither keeps any when a problem was
 * found — all or nothing.
 */
import { additiveExcess } from '../disaggregation/additive.js';
import { dimensionName } from '../disaggregation/categories.js';
import { seriesKey } from '../schemas/series-key.js';
import { formatFigure } from './csv.js';
import { readTidyHeader, type TidyHeader } from './layout.js';
import type { DecimalRule } from './numbers.js';
import { type ImportProblem, placeProblem, problemAt } from './problems.js';
import type { ObservationRow, ObservationRules, TidyCell } from './rules.js';

/** Most problems listed: a file wrong throughout is said with the first ones and a count. */
export const MAX_IMPORT_PROBLEMS = 1000;

export class TidyImportCheck {
  readonly rules: ObservationRules;
  readonly file: string;
  private readonly decimal: DecimalRule;
  private header: TidyHeader | undefined;
  private width = 0;
  private readonly firstLine = new Map<number, number>();
  /** Rows of a series (with categories): keyed by text, the totals' number key being the common case. */
  private readonly firstSeriesLine = new Map<string, number>();
  /** Figures of additive measures by measure, unit, year and period, with their lines: judged at the end. */
  private readonly additive = new Map<number, { line: number; row: ObservationRow }[]>();
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
      const ids = (this.rules.bundle.catalog.dimensions ?? []).map((d) => d.id);
      const h = readTidyHeader(cells.map(String), file, ids);
      if (Array.isArray(h)) {
        this.headerRefused = true;
        this.report(h);
        return null;
      }
      this.header = h;
      this.width = Math.max(...h.columns.values(), ...h.dimensions.values()) + 1;
      return null;
    }
    this.rows++;
    const index = this.header.columns;
    const categoryCells = new Map([...this.header.dimensions].map(([d, i]) => [d, cells[i] ?? '']));
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
      categoryCells,
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
    const series = seriesKey(checked.categories);
    const seen = series === '' ? this.firstLine.get(key) : this.firstSeriesLine.get(`${key}\n${series}`);
    if (seen !== undefined) {
      // A figure by period names its period where a yearly one names its year.
      const when = checked.period === undefined ? { vi: 'năm', en: 'year' } : { vi: 'kỳ', en: 'period' };
      this.report([
        placeProblem(
          problemAt(file, line),
          series === ''
            ? `trùng chỉ số, đơn vị và ${when.vi} với dòng ${seen}`
            : `trùng chỉ số, đơn vị, ${when.vi} và nhóm phân tổ với dòng ${seen}`,
          series === ''
            ? `the same measure, unit and ${when.en} as row ${seen}`
            : `the same measure, unit, ${when.en} and categories as row ${seen}`,
        ),
      ]);
      return null;
    }
    if (series === '') this.firstLine.set(key, line);
    else this.firstSeriesLine.set(`${key}\n${series}`, line);
    if (this.rules.measure(checked.measureId)?.disaggregation?.additive) {
      const group = this.additive.get(key) ?? [];
      this.additive.set(key, group);
      group.push({ line, row: checked });
    }
    return checked;
  }

  /** An additive measure's parts that sum to more than their whole (a total or a coarser part). */
  private checkAdditive(): void {
    for (const group of this.additive.values()) {
      const measure = this.rules.measure(group[0]!.row.measureId)!;
      const rows = group.map((g) => g.row);
      for (const x of additiveExcess(rows, measure.unit.kind !== 'count')) {
        const parts = x.parts.map((p) => group[p]!.line).join(', ');
        const whole = group[x.whole]!.line;
        const by = dimensionName(this.rules.bundle.catalog, x.dimension);
        const column = x.field === 'value' ? 'Value' : x.field === 'numerator' ? 'Numerator' : 'Denominator';
        this.report([
          placeProblem(
            problemAt(this.file, whole, column),
            `các dòng ${parts} (phân tổ theo ${by.vi}) cộng lại ${formatFigure(x.sum)}, vượt ${formatFigure(x.limit)} của dòng này`,
            `rows ${parts} (by ${by.en}) add up to ${formatFigure(x.sum)}, more than this row's ${formatFigure(x.limit)}`,
          ),
        ]);
      }
    }
    this.additive.clear();
  }

  /** Every problem of the file once it is read: none means every row returned may be stored. */
  finish(): ImportProblem[] {
    this.checkAdditive();
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
