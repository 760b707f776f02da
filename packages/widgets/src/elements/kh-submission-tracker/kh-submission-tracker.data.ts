import { AgencySchema, SubmissionStatusSchema } from '@kehoach/sdk';
import * as z from 'zod/mini';

/**
 * What `kh-submission-tracker` shows, and the shape of a JSON snapshot at `src`: the API's
 * `getSubmissions` body of a period (its `period`, else its `year`, names the heading; due date,
 * one entry per agency owing a report, computed by the sdk's `reportCompleteness`), the agencies
 * to name them (`getOrganizations().agencies`; a whole registry fits), and the time zone days are
 * counted in (the plan's; default Asia/Ho_Chi_Minh).
 *
 * ```json
 * { "submissions": { "planId": "…", "year": 2026, "period": "2026-H1", "dueDate": "2026-06-20",
 *                    "asOf": "…", "reviewerAgencyId": "…", "entries": […], "unenumerated": […] },
 *   "organizations": { "agencies": […] }, "timeZone": "Asia/Ho_Chi_Minh", "illustrative": true }
 * ```
 */
export const SubmissionTrackerDataSchema = z.object({
  submissions: SubmissionStatusSchema,
  organizations: z.object({ agencies: z.array(AgencySchema) }),
  timeZone: z.optional(z.string().check(z.minLength(1))),
  illustrative: z.optional(z.boolean()),
});
export type SubmissionTrackerData = z.infer<typeof SubmissionTrackerDataSchema>;
