import * as z from 'zod/mini';

/**
 * A reporting period's key (mã kỳ báo cáo) as a pattern, for schemas and JSON Schema: `2026`
 * (the year), `2026-H1`/`H2` (six months), `2026-Q1`…`Q4` (a quarter), `2026-01`…`12` (a month),
 * years 1900–2100 as `YearSchema`. `parsePeriod` reads the same keys.
 */
export const PERIOD_KEY_PATTERN = '^(?:19\\d\\d|20\\d\\d|2100)(?:-(?:H[12]|Q[1-4]|0[1-9]|1[0-2]))?$';

export const PeriodKeySchema = z
  .string()
  .check(z.regex(new RegExp(PERIOD_KEY_PATTERN), { error: 'period_key' }));
export type PeriodKey = z.infer<typeof PeriodKeySchema>;
