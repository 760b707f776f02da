import * as z from 'zod/mini';

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

/**
 * A reporting period's key (mã kỳ báo cáo): `2026` (the year), `2026-H1`/`H2` (six months),
 * `2026-Q1`…`Q4` (a quarter), `2026-01`…`12` (a month). Years 1900–2100, as `YearSchema`.
 */
export const PERIOD_KEY_PATTERN = '^(?:19\\d\\d|20\\d\\d|2100)(?:-(?:H[12]|Q[1-4]|0[1-9]|1[0-2]))?$';

export const PeriodKeySchema = z
  .string()
  .check(z.regex(new RegExp(PERIOD_KEY_PATTERN), { error: 'period_key' }));
export type PeriodKey = z.infer<typeof PeriodKeySchema>;

/** A period read from its key: its year, cadence and its number within the year (1 for the year). */
export interface Period {
  key: string;
  year: number;
  cadence: Cadence;
  /** 1–2 for halves, 1–4 for quarters, 1–12 for months, 1 for the year. */
  index: number;
}

const KEY = new RegExp(PERIOD_KEY_PATTERN);

/** Reads a period key (a year as a number is its yearly key); null when it is not one. */
export function parsePeriod(key: string | number): Period | null {
  const k = String(key);
  if (!KEY.test(k)) return null;
  const year = Number(k.slice(0, 4));
  const rest = k.slice(5);
  if (rest === '') return { key: k, year, cadence: 'yearly', index: 1 };
  const n = Number(rest.replace(/^[HQ]/, ''));
  const cadence: Cadence = rest[0] === 'H' ? 'six_monthly' : rest[0] === 'Q' ? 'quarterly' : 'monthly';
  return { key: k, year, cadence, index: n };
}

/** The key of period `index` (1-based) of `year` at `cadence`: (2026, 'quarterly', 3) → "2026-Q3". */
export function formatPeriod(year: number, cadence: Cadence, index = 1): string {
  if (cadence === 'yearly') return String(year);
  if (cadence === 'six_monthly') return `${year}-H${index}`;
  if (cadence === 'quarterly') return `${year}-Q${index}`;
  return `${year}-${String(index).padStart(2, '0')}`;
}

/** First calendar month of a period, counted from year 0 (year × 12 + month − 1). */
export function firstMonth(p: Period): number {
  return p.year * 12 + (p.index - 1) * CADENCE_MONTHS[p.cadence];
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
  return firstMonth(pa) - firstMonth(pb) || CADENCE_MONTHS[pa.cadence] - CADENCE_MONTHS[pb.cadence];
}
