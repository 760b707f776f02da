import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, LocalizedTextSchema, YearSchema } from '../../schemas/common.js';
import { PeriodKeySchema } from '../../schemas/period.js';

/**
 * A report the signed-in agency owes (báo cáo phải nộp): for each plan that assigns it duties,
 * the period it reports on now, the deadline in the plan's time zone, and where its report stands.
 */
export const ReportDueSchema = z.object({
  planId: IdSchema,
  planTitle: LocalizedTextSchema,
  /** The year of the period (the period itself for a yearly plan). */
  year: YearSchema,
  /** The period reported on (`2026`, `2026-H1`); absent in answers written before periods existed. */
  period: z.optional(PeriodKeySchema),
  /** Deadline (YYYY-MM-DD, the plan's time zone); null when the plan sets none. */
  dueDate: z.nullable(IsoDateSchema),
  /** The deadline has passed without a submission (or it was filed late). */
  overdue: z.boolean(),
  status: z.enum(['missing', 'draft', 'submitted', 'returned', 'accepted']),
  reportId: z.nullable(IdSchema),
});
export type ReportDue = z.infer<typeof ReportDueSchema>;
