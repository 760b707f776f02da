/**
 * @kehoach/sdk — the domain model of kehoach: schemas (zod/mini), progress assessment,
 * succession, deadlines, aggregation, report completeness and the reference API client.
 * No DOM and no Node-only APIs: it runs in browsers, Node, Deno and workers.
 */

export * from './aggregate/index.js';
export * from './api/caller.js';
export * from './api/client.js';
export * from './api/contract.js';
export * from './api/download.js';
export * from './api/error-body.js';
export * from './api/errors.js';
export { randomUuid } from './api/http.js';
export * from './api/openapi.js';
export * from './api/route-summaries.js';
export * from './api/routes/index.js';
export * from './api/schemas.js';
export * from './api/upload.js';
export * from './api/write-headers.js';
export * from './completeness/index.js';
export * from './disaggregation/index.js';
export * from './duties/index.js';
export * from './i18n/bundle-messages.js';
export * from './i18n/messages.js';
export * from './i18n/validation.js';
export * from './json-schema.js';
export * from './periods/index.js';
export * from './plans/index.js';
export * from './progress/index.js';
export * from './reports/index.js';
export * from './schedule/index.js';
export * from './schemas/catalog-rules.js';
export * from './schemas/common.js';
export * from './schemas/dimension.js';
export * from './schemas/indicator.js';
export * from './schemas/indicator-code.js';
export * from './schemas/observation.js';
export * from './schemas/organization.js';
export * from './schemas/period.js';
export * from './schemas/plan.js';
export * from './schemas/progress.js';
export * from './schemas/report.js';
export * from './schemas/series-key.js';
export * from './succession/index.js';
export * from './tidy/index.js';
export * from './validate.js';
