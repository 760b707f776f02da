/**
 * Request and response bodies of the reference API that are not domain objects. The error body
 * is here; the others are one module per group under `schemas/`, so that a caller bundles only
 * the bodies of the routes it calls (zod schemas are module-level calls that a bundler keeps
 * once their module is in), and re-exported from here for `openapi.ts` and other importers.
 */
import * as z from 'zod/mini';

export * from './schemas/auth.js';
export * from './schemas/draft.js';
export * from './schemas/my-reports.js';
export * from './schemas/observation-import.js';
export * from './schemas/organizations.js';
export * from './schemas/plan-import.js';
export * from './schemas/plans.js';
export * from './schemas/progress.js';
export * from './schemas/review.js';
export * from './schemas/submissions.js';

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
    /**
     * On a 412 (stale `If-Match`): the report's current version, as in the `ETag` header; null
     * when the server could not tell (the report changed while the request ran).
     */
    currentVersion: z.optional(z.nullable(z.int().check(z.gte(1)))),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;
