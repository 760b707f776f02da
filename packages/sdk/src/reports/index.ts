export {
  type ChangeValue,
  CONTENT_FIELDS,
  type ContentChange,
  reportChanges,
} from './changes.js';
export { contentDutyErrors, type DutyContent, type DutyIds } from './content-duties.js';
export { type CountedUnitInput, countedUnitErrors } from './counted-units.js';
export { contentPathError, fieldCommentErrors } from './field-comments.js';
export {
  derivedValue,
  formatTyped,
  type MeasureValueInput,
  type MeasureValueLine,
  measureValueErrors,
  PUBLISHED_DECIMALS,
  roundPublished,
} from './measure-values.js';
export { implausibleChange, PLAUSIBLE } from './plausibility.js';
export {
  REQUIRED_FOR_SUBMIT,
  type Readiness,
  type ReadinessContent,
  type ReadinessDuties,
  type ReadinessInput,
  reportReadiness,
} from './readiness.js';
