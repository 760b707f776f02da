import {
  type Assessment,
  AssessmentSchema,
  type NotAvailableReason,
  NotAvailableReasonSchema,
  type ProgressStatus,
  ProgressStatusSchema,
} from '../schemas/progress.js';

/** Status codes of an `AssessmentTable`: `statusCode[i]` is an index into this list. */
export const STATUS_CODES: readonly ProgressStatus[] = ProgressStatusSchema.options;

/** Reason codes of an `AssessmentTable`: `reasonCode[i]` indexes this list, 255 for none. */
export const REASON_CODES: readonly NotAvailableReason[] = NotAvailableReasonSchema.options;

/** Method codes of an `AssessmentTable`: `methodCode[i]` indexes this list. */
export const METHOD_CODES: readonly Assessment['method'][] = AssessmentSchema.shape.method.options;

// The engine works on codes; each is looked up once from the schemas' lists (no second copy).
const status = (s: ProgressStatus) => STATUS_CODES.indexOf(s);
const reason = (r: NotAvailableReason) => REASON_CODES.indexOf(r);
const method = (m: Assessment['method']) => METHOD_CODES.indexOf(m);

export const TARGET_ACHIEVED = status('target_achieved');
export const SUBSTANTIAL = status('substantial_progress');
export const MODERATE = status('moderate_progress');
export const LIMITED = status('limited_progress');
export const DETERIORATION = status('deterioration');
export const NOT_AVAILABLE = status('not_available');

export const NO_DATA = reason('no_data');
export const TOO_FEW_POINTS = reason('too_few_points');
export const NOT_FINITE = reason('not_finite');
export const DUPLICATE_YEAR = reason('duplicate_year');
export const YEAR_OUT_OF_RANGE = reason('year_out_of_range');
export const OUT_OF_BOUNDS = reason('out_of_bounds');
export const ZERO_BASE = reason('zero_base');
export const SIGN_CHANGE = reason('sign_change');
export const TARGET_NOT_APPLICABLE = reason('target_not_applicable');
export const NO_REQUIRED_GROWTH = reason('no_required_growth');
/** `reasonCode` of a series that is not `not_available`. */
export const NO_REASON = 255;

export const METHOD_TARGET = method('target');
export const METHOD_NO_TARGET = method('no_target');
export const METHOD_YEARLY_CHANGE = method('yearly_change');

/** `targetCode`: none, the `target` option, the measure's yearly-change target; ≥ 0 a milestone. */
export const TARGET_NONE = -1;
export const TARGET_OVERRIDE = -2;
export const TARGET_YEARLY = -3;

/** `flags` bits: which nullable fields hold a value. */
export const HAS_RATIO = 1;
export const HAS_BASE = 2;
export const HAS_LATEST = 4;
export const HAS_EXPECTED = 8;
export const HAS_CHANGES = 16;
