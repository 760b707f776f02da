import * as z from 'zod/mini';
import {
  BasisSchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  NonBlankSchema,
  PartialDateSchema,
  SourceSchema,
  unique,
  YearSchema,
} from './common.js';
import { PersonSchema } from './organization.js';

/** Task (nhiệm vụ, giải pháp) such as II.1.a, text as issued. */
export const TaskSchema = z.strictObject({
  id: IdSchema,
  /** Letter as printed: "a", "b". */
  label: z.string().check(z.regex(/^[a-zđ]$/)),
  text: LocalizedTextSchema,
});
export type Task = z.infer<typeof TaskSchema>;

/** Group of tasks (II.1 … II.6), title as issued. */
export const TaskGroupSchema = z.strictObject({
  id: IdSchema,
  number: z.int().check(z.gte(1), z.lte(99)),
  title: LocalizedTextSchema,
  tasks: z.array(TaskSchema),
});
export type TaskGroup = z.infer<typeof TaskGroupSchema>;

/** Funding provision (kinh phí thực hiện), section III. */
export const FundingProvisionSchema = z.strictObject({
  id: IdSchema,
  number: z.int().check(z.gte(1), z.lte(99)),
  text: LocalizedTextSchema,
  /** Whether the provision names a source budget lines can be booked against. */
  isSource: z.boolean(),
});
export type FundingProvision = z.infer<typeof FundingProvisionSchema>;

/** What every link of an assignment to a task or a measure says (spread, not `z.extend`, which weighs in every page's bundle). */
const link = {
  basis: BasisSchema,
  note: z.optional(LocalizedTextSchema),
};

/** Assignment (phân công) of section IV: who, the responsibilities as issued, what they answer for. */
export const AssignmentSchema = z.strictObject({
  id: IdSchema,
  number: z.int().check(z.gte(1), z.lte(99)),
  /** Heading as issued, e.g. "Sở Lao động - Thương binh và Xã hội". */
  heading: NonBlankSchema,
  /** Agencies as named in the plan (at the plan's date). */
  agencyIds: z.array(IdSchema).check(z.minLength(1)),
  /** Leads the plan (chủ trì) or takes part. */
  role: z.enum(['lead', 'participant']),
  /** "Đề nghị" — the plan requests rather than instructs (mass organisations). */
  requested: z.optional(z.boolean()),
  responsibilities: z
    .array(z.strictObject({ id: IdSchema, text: LocalizedTextSchema }))
    .check(z.minLength(1)),
  taskLinks: z.array(z.strictObject({ ...link, taskId: IdSchema })),
  measureLinks: z.array(z.strictObject({ ...link, measureId: IdSchema })),
  /** Function tag used to pick the successor when the agency was split (e.g. `children`). */
  successionFunction: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9_]{0,63}$/))),
});
export type Assignment = z.infer<typeof AssignmentSchema>;

/** When and to whom agencies report (báo cáo định kỳ). */
export const ReportingRuleSchema = z.strictObject({
  frequency: z.literal('yearly'),
  /** Day of the year reports are due, e.g. 15 December. */
  due: z.strictObject({
    month: z.int().check(z.gte(1), z.lte(12)),
    day: z.int().check(z.gte(1), z.lte(31)),
  }),
  /** IANA time zone the deadline is counted in. */
  timeZone: z.string().check(z.minLength(1)),
  recipientAgencyId: IdSchema,
  viaAgencyId: z.optional(IdSchema),
  /** Function tag to resolve `viaAgencyId` through successions (the lead's children duties). */
  viaFunction: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9_]{0,63}$/))),
  /** Sentence of the plan that sets the rule, as issued. */
  text: LocalizedTextSchema,
});
export type ReportingRule = z.infer<typeof ReportingRuleSchema>;

/**
 * Plan (kế hoạch) as issued. Blanks in the original (number, day) stay unknown:
 * `number.value` is null and `issued` is a partial date.
 */
export const PlanSchema = z
  .strictObject({
    id: IdSchema,
    title: LocalizedTextSchema,
    kind: z.literal('plan'),
    issuer: z.strictObject({ agencyId: IdSchema, unitId: IdSchema }),
    number: z.strictObject({
      /** As printed, blanks included: "Số: /KH-UBND". */
      asIssued: NonBlankSchema,
      /** The number when known; null when the original leaves it blank. */
      value: z.nullable(NonBlankSchema),
    }),
    issued: PartialDateSchema,
    place: NonBlankSchema,
    implements: z.strictObject({
      number: NonBlankSchema,
      date: IsoDateSchema,
      title: LocalizedTextSchema,
    }),
    /** Indicator catalog whose measures this plan adopts. */
    catalogId: IdSchema,
    period: z.strictObject({ from: YearSchema, to: YearSchema }),
    milestones: z.array(YearSchema),
    preamble: LocalizedTextSchema,
    purposes: z.array(LocalizedTextSchema),
    requirements: z.array(LocalizedTextSchema),
    taskGroups: z.array(TaskGroupSchema).check(z.minLength(1)),
    funding: z.array(FundingProvisionSchema),
    assignments: z.array(AssignmentSchema),
    reporting: ReportingRuleSchema,
    closing: z.optional(LocalizedTextSchema),
    recipients: z.array(NonBlankSchema),
    signer: PersonSchema,
    source: SourceSchema,
  })
  .check(
    z.refine((p) => p.period.from <= p.period.to, {
      error: 'year_range_order',
      path: ['period', 'to'],
    }),
    z.refine((p) => p.milestones.every((m) => m >= p.period.from && m <= p.period.to), {
      error: 'milestone_outside_period',
      path: ['milestones'],
    }),
    z.refine(
      (p) => {
        const tasks = new Set(p.taskGroups.flatMap((g) => g.tasks.map((t) => t.id)));
        return p.assignments.every((a) => a.taskLinks.every((l) => tasks.has(l.taskId)));
      },
      { error: 'unknown_task_link', path: ['assignments'] },
    ),
    // Task ids, and responsibility ids, are unique in the whole plan (links and reports name them).
    unique(['taskGroups']),
    unique(['taskGroups', 'tasks']),
    unique(['funding']),
    unique(['assignments']),
    unique(['assignments', 'responsibilities']),
  );
export type Plan = z.infer<typeof PlanSchema>;
