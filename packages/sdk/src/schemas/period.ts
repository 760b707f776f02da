import * as z from 'zod/mini';
import { parsePeriod } from '../periods/key.js';

/**
 * A reporting period's key (mã kỳ báo cáo): `2026` (the year), `2026-H1`/`H2` (six months),
 * `2026-Q1`…`Q4` (a quarter), `2026-01`…`12` (a month), years 1900–2100 as `YearSchema`. The
 * rule is `parsePeriod`'s; the JSON Schema says it as {@link PERIOD_KEY_PATTERN}
 * (json-schema.ts; test/periods.test.ts holds the two together), which keeps the pattern out of
 * the widgets' bundles.
 */
export const PeriodKeySchema = z
  .string()
  .check(z.refine((k) => parsePeriod(k) !== null, { error: 'period_key' }));
export type PeriodKey = z.infer<typeof PeriodKeySchema>;

/** {@link PeriodKeySchema} as a JSON Schema pattern. */
export const PERIOD_KEY_PATTERN = '^(?:19\\d\\d|20\\d\\d|2100)(?:-(?:H[12]|Q[1-4]|0[1-9]|1[0-2]))?$';

/**
 * A period shorter than a year (kỳ dưới năm): `2026-H1`, `2026-Q3`, `2026-07` — an observation's
 * `period` (the whole year's figure has none). JSON Schema: {@link SUB_YEAR_PERIOD_PATTERN}.
 */
// `@__PURE__` (see TimeZoneSchema): a page that reads no observations (the report form) drops it.
export const SubYearPeriodSchema = /* @__PURE__ */ z.string().check(
  z.refine(
    (k) => {
      const p = parsePeriod(k);
      return p !== null && p.cadence !== 'yearly';
    },
    { error: 'sub_year_period' },
  ),
);

/** {@link SubYearPeriodSchema} as a JSON Schema pattern: {@link PERIOD_KEY_PATTERN} with its suffix required. */
export const SUB_YEAR_PERIOD_PATTERN = /* @__PURE__ */ PERIOD_KEY_PATTERN.replace(/\)\?\$$/, ')$');
