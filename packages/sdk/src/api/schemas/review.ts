import * as z from 'zod/mini';

export const ReturnRequestSchema = z.object({
  comment: z.string().check(z.trim(), z.minLength(1), z.maxLength(5000)),
});
