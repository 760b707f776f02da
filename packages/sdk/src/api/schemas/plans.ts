import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema, YearSchema } from '../../schemas/common.js';

export const PlanSummarySchema = z.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  issuerName: LocalizedTextSchema,
  period: z.object({ from: YearSchema, to: YearSchema }),
  catalogId: IdSchema,
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;
