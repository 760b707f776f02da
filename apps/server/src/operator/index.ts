/**
 * What the `kehoach` command (package @kehoach/cli) uses of the server: its database, opened
 * and migrated as the server opens it, and the operator's services. One implementation: the
 * command never writes SQL of its own.
 */

export {
  type DecimalMark,
  type DecimalRule,
  MAX_IMPORT_PROBLEMS as MAX_PROBLEMS,
  OBSERVATION_COLUMNS,
  parseFigure,
} from '@kehoach/sdk';
export { configFromEnv } from '../config.js';
export { type Db, openDatabase } from '../db/connect.js';
export { exportCsv, exportXlsx } from '../observations/export.js';
export {
  importObservations,
  type ObservationImportOptions,
  type ObservationImportResult,
  planBundle,
} from '../observations/import.js';
export {
  csvFileRows,
  csvTextRows,
  type ObservationSource,
  type SourceRow,
  xlsxRows,
} from '../observations/read.js';
export { observationTemplate } from '../observations/template.js';
export { type BundleActor, importBundle, storeBundles } from '../services/bundles.js';
export {
  BundleValidationError,
  listPlanVersions,
  type PlanVersionSummary,
  readPlanVersion,
  type StoredPlanVersion,
} from '../services/plan-versions.js';
export {
  type AccountSummary,
  type ImportResult,
  type IssuedPassword,
  importUsers,
  listUsers,
  resetPassword,
  revokeTokens,
  setDisabled,
  USER_COLUMNS,
} from './accounts.js';
export { PasswordFile } from './password-file.js';
export { OperatorError, type Problem } from './problems.js';
