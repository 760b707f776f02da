import * as z from 'zod/mini';
import { CADENCES } from '../periods/key.js';
import {
  BasisSchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  NonBlankSchema,
  PartialDateSchema,
  SourceSchema,
  TimeZoneSchema,
  unique,
  YearSchema,
} from './common.js';
import { ObjectiveSchema, TargetSchema } from './indicator.js';
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
  /** Bullets as issued; absent when the plan names the agency without a list of duties. */
  responsibilities: z.optional(z.array(z.strictObject({ id: IdSchema, text: LocalizedTextSchema }))),
  taskLinks: z.array(z.strictObject({ ...link, taskId: IdSchema })),
  measureLinks: z.array(z.strictObject({ ...link, measureId: IdSchema })),
  /** Function tag used to pick the successor when the agency was split (e.g. `children`). */
  successionFunction: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9_]{0,63}$/))),
});
export type Assignment = z.infer<typeof AssignmentSchema>;

// --- periods (issue 8.5, reporting cadence): cadence, cut-off window, due rule ---

/** How often reports are due (kỳ báo cáo định kỳ): yearly, six-monthly, quarterly, monthly. */
export const CadenceSchema = z.enum(CADENCES);

/**
 * A data cut-off window (thời gian chốt số liệu): the window of a period ends on `endDay` of the
 * period's last month and starts the day after the previous period's window ends. A day past the
 * month's end is its last day (31 = calendar periods). The regime's window (`REGIME_WINDOW`: the
 * 14th) is the default.
 */
export const WindowRuleSchema = z.strictObject({ endDay: z.int().check(z.gte(1), z.lte(31)) });
export type WindowRule = z.infer<typeof WindowRuleSchema>;

/** A fixed day of the reported year (yearly plans only), as the Đắk Nông plan's "trước ngày 15/12". */
const FixedDueSchema = z.strictObject({
  month: z.int().check(z.gte(1), z.lte(12)),
  day: z.int().check(z.gte(1), z.lte(31)),
});

/**
 * When a period's report is due (hạn nộp): a fixed day of the reported year (yearly plans);
 * `daysAfterWindow` calendar days after the last day of the period's cut-off window (the 20th
 * of a quarter's last month is 6 days after the regime's 14th); or `workingDaysAfterWindow`
 * working days after it (Khánh Hòa's "2 ngày làm việc": Monday to Friday but the plan's
 * `holidays`, and its `workingWeekends`). Either count may end in the next calendar year: 32
 * days after 14 December is 15 January.
 */
export const DueRuleSchema = z.union([
  FixedDueSchema,
  z.strictObject({ daysAfterWindow: z.int().check(z.gte(1), z.lte(366)) }),
  z.strictObject({ workingDaysAfterWindow: z.int().check(z.gte(1), z.lte(60)) }),
]);
export type DueRule = z.infer<typeof DueRuleSchema>;

/**
 * Days of the plan's calendar (YYYY-MM-DD, real days), each once (`duplicate_date` at the
 * second, `uniqueItems` in JSON Schema), at most 1000: the days off or the weekends worked that
 * a plan states for its years.
 */
export const CalendarDaysSchema = z.array(IsoDateSchema).check(z.maxLength(1000));

/**
 * When and to whom agencies report (báo cáo định kỳ). Only the cadence and the time zone are
 * required: they are how kehoach counts the plan's periods and days, not parts of its text. A plan
 * without a reporting sentence has no `due` (so no report is ever flagged overdue) and no `text`;
 * without a `window`, the regime's cut-off window of its cadence applies; without a recipient,
 * reports go to the issuer.
 */
export const ReportingRuleSchema = z
  .strictObject({
    frequency: CadenceSchema,
    /** The plan's own cut-off window, replacing the regime's. */
    window: z.optional(WindowRuleSchema),
    /** When each period's report is due; absent when the plan sets no deadline. */
    due: z.optional(DueRuleSchema),
    /**
     * Days off besides Saturdays and Sundays (ngày nghỉ lễ, Tết: 30/4, 1/5, 2/9 …, and the days
     * off in lieu), which change every year: what `workingDaysAfterWindow` skips. Data of the
     * plan, allowed with any `due` (a plan may record them before it counts in working days).
     */
    holidays: z.optional(CalendarDaysSchema),
    /**
     * Saturdays and Sundays worked to make up a bridged day off (ngày làm bù), which
     * `workingDaysAfterWindow` counts. A weekday here (`working_weekend_weekday`) or a day also
     * among the `holidays` (`working_weekend_holiday`) is refused where bundles are written
     * (`reportingCalendarErrors`), not here: each check here weighs in every widget that reads a plan.
     */
    workingWeekends: z.optional(CalendarDaysSchema),
    /** IANA time zone the plan's days and deadlines are counted in ("Asia/Ho_Chi_Minh"). */
    timeZone: TimeZoneSchema,
    recipientAgencyId: z.optional(IdSchema),
    viaAgencyId: z.optional(IdSchema),
    /** Function tag to resolve `viaAgencyId` through successions (the lead's children duties). */
    viaFunction: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9_]{0,63}$/))),
    /** Sentence of the plan that sets the rule, as issued. */
    text: z.optional(LocalizedTextSchema),
  })
  .check(
    // A fixed day of the year is one deadline a year: sub-yearly periods count from their window.
    z.refine((r) => r.frequency === 'yearly' || r.due === undefined || !('month' in r.due), {
      error: 'due_fixed_day_yearly_only',
      path: ['due'],
    }),
    unique(['holidays'], [], 'duplicate_date'),
    unique(['workingWeekends'], [], 'duplicate_date'),
  );
export type ReportingRule = z.infer<typeof ReportingRuleSchema>;

/**
 * The plan's own targets for a measure of its catalog (chỉ tiêu riêng của địa phương): a province
 * stricter than the nation. They replace the catalog's in assessment; the catalog's are kept and
 * shown beside them with their provenance (`planMeasures`). `measureId` must be a catalog measure
 * (`unknown_override_measure`), once per plan (`duplicate_id`): checked with the catalog, by
 * `planTargetErrors`.
 */
export const TargetOverrideSchema = z.strictObject({
  measureId: IdSchema,
  targets: z.array(TargetSchema).check(z.minLength(1)),
  /** Why, or where the plan says so ("Mục II.1, chỉ tiêu 5a"). */
  note: z.optional(LocalizedTextSchema),
});
export type TargetOverride = z.infer<typeof TargetOverrideSchema>;

/** The kinds of document a plan can be (loại văn bản). */
export const PlanKindSchema = z.enum(['plan', 'programme', 'scheme', 'decision', 'other']);
export type PlanKind = z.infer<typeof PlanKindSchema>;

/**
 * A document as issued: a plan (kế hoạch), programme (chương trình), scheme (đề án), a decision
 * (quyết định) approving one of these, or another kind. Required is what every such document
 * has — title, kind, issuer, issue date, period — and the catalog it is tracked against and the
 * reporting rule kehoach counts in; every other part is optional and absent when the document
 * has none (never a placeholder). Blanks in the original (number, day) stay unknown:
 * `number.value` is null and `issued` is a partial date.
 */
export const PlanSchema = z
  .strictObject({
    id: IdSchema,
    title: LocalizedTextSchema,
    kind: PlanKindSchema,
    /** For a decision: the programme, scheme or plan it approves ("Phê duyệt Chương trình …"). */
    approves: z.optional(
      z.strictObject({ kind: z.enum(['plan', 'programme', 'scheme', 'other']), title: LocalizedTextSchema }),
    ),
    /** The agency of the registry that issued it and the unit whose territory it covers. */
    issuer: z.strictObject({ agencyId: IdSchema, unitId: IdSchema }),
    number: z.optional(
      z.strictObject({
        /** As printed, blanks included: "Số: /KH-UBND". */
        asIssued: NonBlankSchema,
        /** The number when known; null when the original leaves it blank. */
        value: z.nullable(NonBlankSchema),
      }),
    ),
    issued: PartialDateSchema,
    place: z.optional(NonBlankSchema),
    /** The document this one carries out, when it says so ("Thực hiện Quyết định số …"). */
    implements: z.optional(
      z.strictObject({
        number: NonBlankSchema,
        date: IsoDateSchema,
        title: LocalizedTextSchema,
      }),
    ),
    /** Indicator catalog whose measures this plan adopts. */
    catalogId: IdSchema,
    /** The plan's own targets for some of the catalog's measures (see {@link TargetOverrideSchema}). */
    targetOverrides: z.optional(z.array(TargetOverrideSchema)),
    /**
     * Objectives, indicators and measures of the plan itself, beyond the catalog's: tracked and
     * reported as the catalog's are. Ids and codes unique across the catalog and the plan
     * (`duplicate_id`, `duplicate_code`, checked with the catalog: `planTargetErrors`).
     */
    ownObjectives: z.optional(z.array(ObjectiveSchema)),
    period: z.strictObject({ from: YearSchema, to: YearSchema }),
    milestones: z.optional(z.array(YearSchema)),
    preamble: z.optional(LocalizedTextSchema),
    purposes: z.optional(z.array(LocalizedTextSchema)),
    requirements: z.optional(z.array(LocalizedTextSchema)),
    taskGroups: z.optional(z.array(TaskGroupSchema)),
    funding: z.optional(z.array(FundingProvisionSchema)),
    assignments: z.optional(z.array(AssignmentSchema)),
    reporting: ReportingRuleSchema,
    closing: z.optional(LocalizedTextSchema),
    recipients: z.optional(z.array(NonBlankSchema)),
    signer: z.optional(PersonSchema),
    source: z.optional(SourceSchema),
  })
  .check(
    z.refine((p) => p.period.from <= p.period.to, {
      error: 'year_range_order',
      path: ['period', 'to'],
    }),
    z.refine((p) => p.approves === undefined || p.kind === 'decision', {
      error: 'approves_only_decision',
      path: ['approves'],
    }),
    z.refine((p) => (p.milestones ?? []).every((m) => m >= p.period.from && m <= p.period.to), {
      error: 'milestone_outside_period',
      path: ['milestones'],
    }),
    z.refine(
      (p) => {
        const tasks = new Set((p.taskGroups ?? []).flatMap((g) => g.tasks.map((t) => t.id)));
        return (p.assignments ?? []).every((a) => a.taskLinks.every((l) => tasks.has(l.taskId)));
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
