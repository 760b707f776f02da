import * as z from 'zod/mini';
import { nonBlankTextSchema } from '../../schemas/common.js';

export const ReturnRequestSchema = z.object({
  comment: nonBlankTextSchema(5000),
});
