/** Path and query parameters shared by several routes. */
import * as z from 'zod/mini';
import { IdSchema } from '../../schemas/common.js';

export const PlanParams = z.object({ planId: IdSchema });
export const YearParam = z.coerce.number().check(z.int(), z.gte(1900), z.lte(2100));
export const PlanYearParams = z.object({ planId: IdSchema, year: YearParam });
export const ReportParams = z.object({ reportId: IdSchema });
export const YearQuery = z.object({ year: YearParam });

export const EXPORT_FORMATS = ['xlsx', 'docx'] as const;
