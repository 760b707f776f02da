import * as z from 'zod/mini';
import { nonBlankTextSchema } from '../../schemas/common.js';
import { FieldCommentSchema } from '../../schemas/report.js';

/** Returning a report: a general comment, and optionally comments on single fields or rows. */
export const ReturnRequestSchema = z.strictObject({
  comment: nonBlankTextSchema(5000),
  fields: z.optional(z.array(FieldCommentSchema).check(z.maxLength(500))),
});
