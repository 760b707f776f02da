/** How often a plan's reports are due (kỳ báo cáo): the periodic reports of Decree 09/2019/NĐ-CP. */
export const CADENCES = ['yearly', 'six_monthly', 'quarterly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

/** Months a period of each cadence spans. */
export const CADENCE_MONTHS: Readonly<Record<Cadence, number>> = {
  yearly: 12,
  six_monthly: 6,
  quarterly: 3,
  monthly: 1,
};

/** A period read from its key: its year, cadence and its number within the year (1 for the year). */
export interface Period {
  key: string;
  year: number;
  cadence: Cadence;
  /** 1–2 for halves, 1–4 for quarters, 1–12 for months, 1 for the year. */
  index: number;
  /** Months the period spans: 12, 6, 3 or 1 ({@link CADENCE_MONTHS} of its cadence). */
  months: number;
}

/**
 * Reads a period key (mã kỳ báo cáo) — `2026` (the year), `2026-H1`/`H2`, `2026-Q1`…`Q4`,
 * `2026-01`…`12`, years 1900–2100 — or a year as a number (its yearly key); null when it is not
 * one. `PeriodKeySchema` says the same as a pattern (test/periods.test.ts holds them together).
 */
export function parsePeriod(key: string | number): Period | null {
  const m = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(String(key));
  if (!m || m[1]! < '1900' || m[1]! > '2100') return null;
  const [k, y, h, q, mo] = m;
  const cadence: Cadence = h ? 'six_monthly' : q ? 'quarterly' : mo ? 'monthly' : 'yearly';
  return {
    key: k,
    year: Number(y),
    cadence,
    index: Number(h ?? q ?? mo ?? 1),
    months: h ? 6 : q ? 3 : mo ? 1 : 12,
  };
}

/** The key of period `index` (1-based) of `year` at `cadence`: (2026, 'quarterly', 3) → "2026-Q3". */
export function formatPeriod(year: number, cadence: Cadence, index = 1): string {
  if (cadence === 'yearly') return String(year);
  if (cadence === 'six_monthly') return `${year}-H${index}`;
  if (cadence === 'quarterly') return `${year}-Q${index}`;
  return `${year}-${String(index).padStart(2, '0')}`;
}

/**
 * Whether a period ends with its year (`2026`, `2026-H2`, `2026-Q4`, `2026-12`): its figures are
 * the year's, which progress is assessed on (yearly values); earlier periods' are not.
 */
export function closesYear(p: Period): boolean {
  return p.index * p.months === 12;
}

/**
 * The period a report is on: its `period`, or — a report written before periods existed — the
 * yearly key of its `year`.
 */
export function reportPeriodKey(report: { year: number; period?: string | undefined }): string {
  return report.period ?? String(report.year);
}

/** First calendar month of a period, counted from year 0 (year × 12 + month − 1). */
export function firstMonth(p: Period): number {
  return p.year * 12 + (p.index - 1) * p.months;
}

/**
 * Orders periods by where they start, then the shorter first (`2026-01` before `2026-Q1`
 * before `2026-H1` before `2026`); for sorting a list of keys.
 * @throws {RangeError} for a string that is not a period key.
 */
export function comparePeriods(a: string | number, b: string | number): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) throw new RangeError(`Not a period key: ${String(pa ? b : a)}`);
  return firstMonth(pa) - firstMonth(pb) || pa.months - pb.months;
}
