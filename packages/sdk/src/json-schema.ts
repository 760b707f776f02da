/**
 * The one place zod schemas become JSON Schema (draft 2020-12): the files of
 * `@kehoach/sdk/json-schema/*` (scripts/json-schema.ts) and the components of the OpenAPI
 * document both come from {@link toJsonSchema} and {@link JSON_SCHEMA_OPTIONS}.
 *
 * zod writes types, bounds, patterns, enums and `additionalProperties: false` (every schema of
 * data that comes in is a strict object) by itself; refinements it cannot see. The override
 * adds what JSON Schema can still say of them; what it cannot (order of two fields, unique ids
 * across items, references between parts) is listed in docs/plan-bundle.md, "Checked only by
 * the sdk", and test/json-schema-differential.test.ts proves that list exact.
 */
import * as z from 'zod/mini';
import type { $ZodType, JSONSchema } from 'zod/v4/core';
import { NOT_BLANK, PartialDateSchema } from './schemas/common.js';
import { ObservationSchema } from './schemas/observation.js';
import {
  PERIOD_KEY_PATTERN,
  PeriodKeySchema,
  SUB_YEAR_PERIOD_PATTERN,
  SubYearPeriodSchema,
} from './schemas/period.js';
import { CalendarDaysSchema, PlanSchema, ReportingRuleSchema } from './schemas/plan.js';
import { MeasureReportSchema } from './schemas/report.js';

/** Any JSON Schema object (zod's type, which allows every keyword). */
export type JsonSchema = JSONSchema.BaseSchema;

/** Numerator and denominator come together (`numerator_denominator_pair`). */
const PAIR = { dependentRequired: { numerator: ['denominator'], denominator: ['numerator'] } };

/** Not blank: a character that is not white space (JavaScript's `trim` and `\s` agree). */
const NON_BLANK = '\\S';

/** JSON Schema for refinements of particular schemas, keyed by the schema itself. */
const REFINEMENTS = new Map<$ZodType, JsonSchema>([
  [ObservationSchema, PAIR],
  [
    MeasureReportSchema,
    {
      ...PAIR,
      // missing_value_needs_note: a null value needs a note that is not blank.
      if: { properties: { value: { type: 'null' } } },
      // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword if/then, never awaited
      then: { properties: { note: { type: 'string', pattern: NON_BLANK } } },
    },
  ],
  // approves_only_decision: only a decision approves another document.
  [
    PlanSchema,
    {
      if: { properties: { approves: true }, required: ['approves'] },
      // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword if/then, never awaited
      then: { properties: { kind: { const: 'decision' } } },
    },
  ],
  // due_fixed_day_yearly_only (periods, issue 8.5): a fixed day of the year only for a yearly plan.
  [
    ReportingRuleSchema,
    {
      if: { properties: { frequency: { not: { const: 'yearly' } } } },
      // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword if/then, never awaited
      then: { properties: { due: { type: 'object', properties: { month: false } } } },
    },
  ],
  // duplicate_date: a plan's days off and weekends worked, each once (whole items: the dates).
  [CalendarDaysSchema, { uniqueItems: true }],
  // period_key (periods, issue 8.5): parsePeriod's rule, as a pattern.
  [PeriodKeySchema, { pattern: PERIOD_KEY_PATTERN }],
  // sub_year_period (observations by period): a key with its H/Q/month part.
  [SubYearPeriodSchema, { pattern: SUB_YEAR_PERIOD_PATTERN }],
  // partial_date_day_without_month
  [PartialDateSchema, { dependentRequired: { day: ['month'] } }],
]);

function hasCheck(schema: $ZodType, check: unknown): boolean {
  return ((schema._zod.def as { checks?: unknown[] }).checks ?? []).includes(check);
}

/** zod's `override` hook: adds what the refinements say and JSON Schema can. */
function override(ctx: { zodSchema: $ZodType; jsonSchema: JsonSchema }): void {
  const { zodSchema, jsonSchema } = ctx;
  // Non-blank text is trimmed, then at least one character: `minLength: 1` alone lets "  " in.
  if (hasCheck(zodSchema, NOT_BLANK))
    jsonSchema.allOf = [...(jsonSchema.allOf ?? []), { type: 'string', pattern: NON_BLANK }];
  const extra = REFINEMENTS.get(zodSchema);
  if (extra) Object.assign(jsonSchema, structuredClone(extra));
}

/** Options of every `z.toJSONSchema` call of the sdk. */
export const JSON_SCHEMA_OPTIONS = {
  target: 'draft-2020-12',
  io: 'input',
  unrepresentable: 'any',
  override,
} as const;

/** The JSON Schema of one zod schema, with {@link JSON_SCHEMA_OPTIONS}. */
export function toJsonSchema(schema: z.ZodMiniType): JsonSchema {
  return z.toJSONSchema(schema, JSON_SCHEMA_OPTIONS) as JsonSchema;
}
