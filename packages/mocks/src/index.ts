/**
 * @kehoach/mocks — deterministic, clearly illustrative demo data and stateful MSW handlers of
 * the kehoach reference API, for Storybook, widget tests and portals without a backend.
 * Nothing here is statistics: every value is flagged `illustrative` and labelled
 * "Số liệu minh họa — illustrative". Node: `@kehoach/mocks/node`; browser: `@kehoach/mocks/browser`.
 */

export { type CatalogBySexOptions, catalogBySex, observationsBySex } from './builders/catalog-by-sex.js';
export { type BuildProgressOptions, buildProgress } from './builders/progress-demo.js';
export { buildProvinceProgress, provinceDemo } from './builders/province-demo.js';
export {
  buildSnapshot,
  formAgencyId,
  planSummary,
  SNAPSHOT_KINDS,
  type SnapshotKind,
} from './builders/snapshot.js';
export { buildSubmissions, computeSubmissions, type DemoSubmissionStatus } from './builders/submissions.js';
export { buildDemo, type DemoData, demo } from './fixtures/demo.js';
export { DEMO_NOW, DEMO_YEAR, ILLUSTRATIVE_LABEL, ILLUSTRATIVE_SOURCE } from './fixtures/labels.js';
export { mulberry32, prng } from './fixtures/prng.js';
export { type MeasureProfile, PROFILES } from './fixtures/profiles.js';
export { DEMO_COMMUNES, DEMO_SPLITS, demoCommuneId } from './fixtures/registry.js';
export { type DemoReport, RETURN_COMMENT } from './fixtures/reports.js';
export { type DemoUser, demoToken, usernameFor } from './fixtures/users.js';
export { createMockFetch } from './handlers/fetch.js';
export { createHandlers, type MockHandlerOptions, type MockHandlers } from './handlers/index.js';
export { MockHttpError } from './handlers/respond.js';
export type { Scenario } from './handlers/route.js';
export { createMockState, type MockState, type MockStateOptions } from './handlers/state.js';
