import * as z from 'zod/mini';
import {
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  LocalizedTextSchema,
  YearSchema,
} from '../schemas/common.js';
import { MeasureProgressSchema } from '../schemas/progress.js';
import { ReportContentSchema, ReportStatusSchema } from '../schemas/report.js';

const Bilingual = z.object({ vi: z.string(), en: z.string() });

/** Error body of every failed request: a code, a message in both languages, field errors. */
export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.enum([
      'validation_failed',
      'unauthenticated',
      'forbidden',
      'not_found',
      'conflict',
      'precondition_failed',
      'precondition_required',
      'payload_too_large',
      'rate_limited',
      'unsupported_media_type',
      'internal',
    ]),
    message: Bilingual,
    fieldErrors: z.optional(z.array(z.object({ path: z.string(), code: z.string(), message: Bilingual }))),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;

export const PlanSummarySchema = z.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  issuerName: LocalizedTextSchema,
  period: z.object({ from: YearSchema, to: YearSchema }),
  catalogId: IdSchema,
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

export const RoleSchema = z.enum(['reporter', 'reviewer', 'admin']);
export type Role = z.infer<typeof RoleSchema>;

export const UserSchema = z.object({
  id: IdSchema,
  username: z.string(),
  name: z.string(),
  role: RoleSchema,
  /** Agency the account acts for; reviewers act for the lead agency. */
  agencyId: z.nullable(IdSchema),
});
export type User = z.infer<typeof UserSchema>;

export const LoginRequestSchema = z.object({
  username: z.string().check(z.minLength(1), z.maxLength(100)),
  password: z.string().check(z.minLength(1), z.maxLength(1000)),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const LoginResponseSchema = z.object({
  token: z.string(),
  expiresAt: IsoDateTimeSchema,
  user: UserSchema,
});
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

export const ProgressQuerySchema = z.object({
  year: z.optional(z.coerce.number().check(z.int(), z.gte(1900), z.lte(2100))),
  unitId: z.optional(IdSchema),
});

export const ProgressResponseSchema = z.object({
  planId: IdSchema,
  year: YearSchema,
  unitId: IdSchema,
  /** True when any value shown is illustrative demo data. */
  illustrative: z.boolean(),
  measures: z.array(MeasureProgressSchema),
});
export type ProgressResponse = z.infer<typeof ProgressResponseSchema>;

export const ReturnRequestSchema = z.object({
  comment: z.string().check(z.trim(), z.minLength(1), z.maxLength(5000)),
});

export const SubmissionEntrySchema = z.object({
  /** Agency owing the report at the due date (today's successor). */
  agencyId: IdSchema,
  /** Agencies as named in the plan's assignments that this entry answers for. */
  assignedAs: z.array(z.object({ assignmentId: IdSchema, agencyId: IdSchema })),
  reportId: z.nullable(IdSchema),
  status: z.union([ReportStatusSchema, z.literal('missing')]),
  overdue: z.boolean(),
  submittedAt: z.nullable(IsoDateTimeSchema),
});
export type SubmissionEntry = z.infer<typeof SubmissionEntrySchema>;

export const SubmissionStatusSchema = z.object({
  planId: IdSchema,
  year: YearSchema,
  dueDate: IsoDateSchema,
  asOf: IsoDateTimeSchema,
  /** Agency that receives and reviews reports at the due date. */
  reviewerAgencyId: IdSchema,
  entries: z.array(SubmissionEntrySchema),
  /** Collectives the plan names without listing members ("Các Sở, Ban, ngành"). */
  unenumerated: z.array(z.object({ assignmentId: IdSchema, agencyId: IdSchema })),
});
export type SubmissionStatus = z.infer<typeof SubmissionStatusSchema>;

/** Body of a draft save. `content` is validated with the same schema in the form. */
export const DraftRequestSchema = z.object({ content: ReportContentSchema });
export type DraftRequest = z.infer<typeof DraftRequestSchema>;
