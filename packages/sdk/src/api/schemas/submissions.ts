import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, YearSchema } from '../../schemas/common.js';
import { PeriodKeySchema } from '../../schemas/period.js';
import { ReportStatusSchema } from '../../schemas/report.js';

export const SubmissionEntrySchema = z.object({
  /** Agency owing the report at the due date (today's successor). */
  agencyId: IdSchema,
  /** Agencies as named in the plan's assignments that this entry answers for. */
  assignedAs: z.array(z.object({ assignmentId: IdSchema, agencyId: IdSchema })),
  reportId: z.nullable(IdSchema),
  status: z.union([ReportStatusSchema, z.literal('missing')]),
  overdue: z.boolean(),
  submittedAt: z.nullable(IsoDateTimeSchema),
});
export type SubmissionEntry = z.infer<typeof SubmissionEntrySchema>;

export const SubmissionStatusSchema = z.object({
  planId: IdSchema,
  /** The year of the period (the period itself for a yearly plan). */
  year: YearSchema,
  /** The period reported on (`2026`, `2026-H1`); absent in answers written before periods existed. */
  period: z.optional(PeriodKeySchema),
  /** Null when the plan sets no due date (then no entry is overdue). */
  dueDate: z.nullable(IsoDateSchema),
  asOf: IsoDateTimeSchema,
  /** Agency that receives and reviews reports at the due date. */
  reviewerAgencyId: IdSchema,
  entries: z.array(SubmissionEntrySchema),
  /** Collectives the plan names without listing members ("Các Sở, Ban, ngành"). */
  unenumerated: z.array(z.object({ assignmentId: IdSchema, agencyId: IdSchema })),
});
export type SubmissionStatus = z.infer<typeof SubmissionStatusSchema>;
