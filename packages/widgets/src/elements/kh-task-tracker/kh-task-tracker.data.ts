import {
  IdSchema,
  OrganizationRegistrySchema,
  PlanSchema,
  ReportStatusSchema,
  TaskReportSchema,
  YearSchema,
} from '@kehoach/sdk';
import * as z from 'zod/mini';

/**
 * What `kh-task-tracker` shows, and the shape of a JSON snapshot at `src`: the plan (`getPlan`),
 * the organisations registry (`getOrganizations`), the year, and the task part of each agency's
 * report for that year (a `Report` from `listReports` fits: other keys are dropped).
 * `reports: null` means the statuses are not available (no reviewer token in `api-base` mode).
 *
 * ```json
 * { "plan": {…}, "organizations": {…}, "year": 2026, "illustrative": true,
 *   "reports": [{ "agencyId": "…", "status": "submitted",
 *                 "tasks": [{ "taskId": "…", "status": "completed", "results": "…" }] }] }
 * ```
 */
export const TaskTrackerDataSchema = z.object({
  plan: PlanSchema,
  organizations: OrganizationRegistrySchema,
  year: YearSchema,
  illustrative: z.optional(z.boolean()),
  reports: z.nullable(
    z.array(
      z.object({
        /** Agency that made the report, as it was. */
        agencyId: IdSchema,
        status: ReportStatusSchema,
        tasks: z.array(TaskReportSchema),
      }),
    ),
  ),
});
export type TaskTrackerData = z.infer<typeof TaskTrackerDataSchema>;
