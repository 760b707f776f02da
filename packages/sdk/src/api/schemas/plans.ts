import * as z from 'zod/mini';
import { BasisSchema, IdSchema, LocalizedTextSchema, YearSchema } from '../../schemas/common.js';
import { ObjectiveSchema } from '../../schemas/indicator.js';

export const PlanSummarySchema = z.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  issuerName: LocalizedTextSchema,
  period: z.object({ from: YearSchema, to: YearSchema }),
  catalogId: IdSchema,
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

/**
 * What a page that shows a plan's progress reads of the plan (the `getPlan` body): its title,
 * period, milestones, the time zone its days are counted in and which agencies its assignments
 * link to measures. The rest of the plan is not read, so it is not checked here either: a
 * smaller check, and a page's bundle without the whole plan's schema (`PlanSchema` is what the
 * server checks every plan with before storing it).
 */
export const PlanOutlineSchema = z.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  catalogId: IdSchema,
  period: z.object({ from: YearSchema, to: YearSchema }),
  milestones: z.optional(z.array(YearSchema)),
  assignments: z.optional(
    z.array(
      z.object({
        heading: z.string(),
        agencyIds: z.array(IdSchema),
        measureLinks: z.array(z.object({ measureId: IdSchema, basis: BasisSchema })),
        successionFunction: z.optional(z.string()),
      }),
    ),
  ),
  reporting: z.object({ timeZone: z.string() }),
  /** The plan's own objectives and measures, listed after its catalog's (`planMeasures`). */
  ownObjectives: z.optional(z.array(ObjectiveSchema)),
});
export type PlanOutline = z.infer<typeof PlanOutlineSchema>;
