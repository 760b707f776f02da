import * as z from 'zod/mini';
import {
  ID_PATTERN,
  IdSchema,
  IsoDateTimeSchema,
  nonBlankTextSchema,
  textSchema,
  unique,
  YearSchema,
} from './common.js';
import { CategoriesSchema } from './dimension.js';
import { PeriodKeySchema } from './period.js';

/** Free text written by an officer: bounded, may be empty, NFC. Rendered as text, never as HTML. */
const Narrative = textSchema;

/**
 * Largest magnitude of a reported figure or of its numerator and denominator: 10^12, far above
 * any count or population a statistics office publishes for a province (Viet Nam has about 10^8
 * people), and far below where floating point loses whole numbers (2^53 ≈ 9·10^15). Stops
 * 1.7e308 and its kin, whose sums overflow to Infinity.
 */
export const MAX_REPORTED_MAGNITUDE = 1e12;

/**
 * A figure as reported: finite, never negative (no unit of a measure is: percentages, rates
 * per 1,000 or 100,000, counts), at most {@link MAX_REPORTED_MAGNITUDE}. Bounds of the measure's
 * unit (0–100 for a percentage …) are checked with the catalog by `measureValueErrors`.
 */
const Figure = z.number().check(z.gte(0), z.lte(MAX_REPORTED_MAGNITUDE));

/** Whole đồng, never negative; 10^15 VND is far above any provincial programme. */
const Vnd = z.int().check(z.gte(0), z.lte(1_000_000_000_000_000));

export const TaskProgressSchema = z.enum(['not_started', 'in_progress', 'completed', 'not_applicable']);
export type TaskProgress = z.infer<typeof TaskProgressSchema>;

/** An agency's account of one task for the year. */
export const TaskReportSchema = z.strictObject({
  taskId: IdSchema,
  status: TaskProgressSchema,
  results: Narrative(5000),
});
export type TaskReport = z.infer<typeof TaskReportSchema>;

/**
 * A reported value of a measure. For rates the officer may give numerator and denominator
 * (so the province can sum them); the value must then agree with them, which needs the
 * measure's unit: `measureValueErrors` checks it, with the unit's bounds, against the catalog.
 */
export const MeasureReportSchema = z
  .strictObject({
    measureId: IdSchema,
    /** Unit the value is for; defaults to the reporting agency's own unit. */
    unitId: z.optional(IdSchema),
    /** The category of each dimension the value is for (`disaggregationErrors`); absent: the total. */
    categories: z.optional(CategoriesSchema),
    /** For a rate given with numerator and denominator: derived from them (see `derivedValue`). */
    value: z.nullable(Figure),
    numerator: z.optional(Figure),
    denominator: z.optional(z.number().check(z.gt(0), z.lte(MAX_REPORTED_MAGNITUDE))),
    dataSource: Narrative(500),
    note: Narrative(2000),
    /** Why the value moved far from last year's, when the form asked. */
    explanation: z.optional(Narrative(2000)),
  })
  .check(
    z.refine((m) => (m.numerator === undefined) === (m.denominator === undefined), {
      error: 'numerator_denominator_pair',
      path: ['denominator'],
    }),
    z.refine(
      (m) => m.numerator === undefined || m.denominator === undefined || m.numerator <= m.denominator,
      {
        error: 'numerator_above_denominator',
        path: ['numerator'],
      },
    ),
    z.refine((m) => m.value !== null || m.note.trim().length > 0, {
      error: 'missing_value_needs_note',
      path: ['note'],
    }),
  );
export type MeasureReport = z.infer<typeof MeasureReportSchema>;

/** Budget by funding provision (III.1, III.2 …), in VND. */
export const BudgetLineSchema = z.strictObject({
  fundingId: IdSchema,
  planned: Vnd,
  spent: Vnd,
});
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

export const ReportStatusSchema = z.enum(['draft', 'submitted', 'returned', 'accepted']);
export type ReportStatus = z.infer<typeof ReportStatusSchema>;

/**
 * Where in a report's content a reviewer's comment points (ý kiến theo từng mục), by ids so it
 * survives reordering: `tasks/<taskId>[/<field>]`, `measures/<measureId>[@<unitId>][/<field>]`,
 * `budget/<fundingId>[/<field>]`, `difficulties`, `recommendations`. Without a field the comment
 * is on the whole row. Build one with {@link contentPath}; the server checks that the row and
 * field exist in the report it returns.
 */
export const ContentPathSchema = z
  .string()
  .check(
    z.regex(
      new RegExp(
        `^(?:(?:tasks|measures|budget)/${ID_PATTERN}(?:@${ID_PATTERN})?(?:/[a-zA-Z]{1,32})?|difficulties|recommendations)$`,
      ),
      { error: 'content_path' },
    ),
  );
export type ContentPath = z.infer<typeof ContentPathSchema>;

/** The content path of a row (and optionally one of its fields), see {@link ContentPathSchema}. */
export function contentPath(
  kind: 'tasks' | 'measures' | 'budget',
  id: string,
  field?: string,
  unitId?: string,
): ContentPath {
  return `${kind}/${id}${unitId ? `@${unitId}` : ''}${field ? `/${field}` : ''}`;
}

/** A reviewer's comment on one field or row of a returned report, shown beside it in the form. */
export const FieldCommentSchema = z.strictObject({
  path: ContentPathSchema,
  comment: nonBlankTextSchema(2000),
});
export type FieldComment = z.infer<typeof FieldCommentSchema>;

/** One step of a report's life, recorded by the server with who and when. */
export const ReportEventSchema = z.strictObject({
  type: z.enum(['created', 'saved', 'submitted', 'returned', 'accepted']),
  at: IsoDateTimeSchema,
  /** Account that made the step. */
  by: z.strictObject({
    userId: IdSchema,
    name: Narrative(200),
    agencyId: IdSchema,
  }),
  comment: z.optional(Narrative(5000)),
  /** On `returned`: comments on single fields or rows, beside the general `comment`. */
  fields: z.optional(z.array(FieldCommentSchema).check(z.maxLength(500))),
});
export type ReportEvent = z.infer<typeof ReportEventSchema>;

/** What an officer edits: the body of a yearly report. The same schema on client and server. */
export const ReportContentSchema = z
  .strictObject({
    tasks: z.array(TaskReportSchema).check(z.maxLength(500)),
    measures: z.array(MeasureReportSchema).check(z.maxLength(2000)),
    budget: z.array(BudgetLineSchema).check(z.maxLength(50)),
    difficulties: Narrative(10_000),
    recommendations: Narrative(10_000),
  })
  .check(
    // One row per task, per funding source: a second is at its key. One row per measure, unit and
    // categories is `disaggregationErrors`' (with the catalog, where reports are stored): the key
    // holds the categories in any key order, which this schema, in the report form's bundle at its
    // budget, cannot afford.
    unique(['tasks'], ['taskId'], 'duplicate_entry'),
    unique(['budget'], ['fundingId'], 'duplicate_entry'),
  );
export type ReportContent = z.infer<typeof ReportContentSchema>;

/**
 * Periodic report (báo cáo định kỳ: hằng năm, 6 tháng, quý, tháng) of one agency on one plan.
 * `agencyId` is the agency that made it, kept as it was even after a succession.
 */
export const ReportSchema = z.strictObject({
  id: IdSchema,
  planId: IdSchema,
  /** The year reported on: the period's year. */
  year: YearSchema,
  /**
   * The period reported on (`2026-H1`; `2026` for a yearly plan). The server always sends it; a
   * report without it (written before periods existed) is the yearly report on `year`.
   */
  period: z.optional(PeriodKeySchema),
  agencyId: IdSchema,
  status: ReportStatusSchema,
  /** Increases on every change; the ETag of draft saves. */
  version: z.int().check(z.gte(1)),
  content: ReportContentSchema,
  events: z.array(ReportEventSchema),
  updatedAt: IsoDateTimeSchema,
  submittedAt: z.nullable(IsoDateTimeSchema),
  /** Demo data (true only): shown as "illustrative", as demo observations are. */
  illustrative: z.optional(z.literal(true)),
});
export type Report = z.infer<typeof ReportSchema>;
