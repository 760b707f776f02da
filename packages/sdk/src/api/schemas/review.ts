import * as z from 'zod/mini';
import { IdSchema, IsoDateTimeSchema, nonBlankTextSchema } from '../../schemas/common.js';
import { FieldCommentSchema, ReportContentSchema } from '../../schemas/report.js';

/** Returning a report: a general comment, and optionally comments on single fields or rows. */
export const ReturnRequestSchema = z.strictObject({
  comment: nonBlankTextSchema(5000),
  fields: z.optional(z.array(FieldCommentSchema).check(z.maxLength(500))),
});
export type ReturnRequest = z.infer<typeof ReturnRequestSchema>;

/**
 * What a report held when the reviewer last returned it (bản đã trả lại), kept by the server so
 * the reviewer sees what changed in the resubmission (`reportChanges(returned.content, report.content)`).
 */
export const ReturnedVersionSchema = z.object({
  reportId: IdSchema,
  /** The report's version the return produced (the `ETag` it then had). */
  version: z.int().check(z.gte(1)),
  returnedAt: IsoDateTimeSchema,
  content: ReportContentSchema,
});
export type ReturnedVersion = z.infer<typeof ReturnedVersionSchema>;
