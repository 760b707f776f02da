/** Path and query parameters shared by several routes. */
import * as z from 'zod/mini';
import { IdSchema } from '../../schemas/common.js';
import { PeriodKeySchema } from '../../schemas/period.js';

export const PlanParams = z.strictObject({ planId: IdSchema });
// `@__PURE__`: only its `.check()` would keep it in a bundle that does not use it (TimeZoneSchema says why).
export const YearParam = /* @__PURE__ */ z.coerce.number().check(z.int(), z.gte(1900), z.lte(2100));
/**
 * The report period a route names (periods, issue 8.5): a year — the yearly report, as before
 * periods existed, so `/reports/2026/…` keeps its meaning — or a period key (`2026-H1`,
 * `2026-Q3`, `2026-07`). The route then reads it against the plan (`readPlanPeriod`): of its
 * cadence and within its years.
 */
export const PeriodParam = z.union([YearParam, PeriodKeySchema]);
export const PlanYearParams = z.strictObject({ planId: IdSchema, year: PeriodParam });
export const ReportParams = z.strictObject({ reportId: IdSchema });
export const YearQuery = z.strictObject({ year: YearParam });
/** `?year=` of the routes that list a period's reports: a year or a period key, as {@link PeriodParam}. */
export const PeriodQuery = z.strictObject({ year: PeriodParam });

export const EXPORT_FORMATS = ['xlsx', 'docx'] as const;
