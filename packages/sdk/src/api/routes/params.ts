/** Path and query parameters shared by several routes. */
import * as z from 'zod/mini';
import { IdSchema } from '../../schemas/common.js';

export const PlanParams = z.strictObject({ planId: IdSchema });
export const YearParam = z.coerce.number().check(z.int(), z.gte(1900), z.lte(2100));
export const PlanYearParams = z.strictObject({ planId: IdSchema, year: YearParam });
export const ReportParams = z.strictObject({ reportId: IdSchema });
export const YearQuery = z.strictObject({ year: YearParam });

export const EXPORT_FORMATS = ['xlsx', 'docx'] as const;
