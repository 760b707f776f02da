/**
 * The error body a kehoach server answers with: the HTTP status of each error code, the
 * bilingual texts of the reference server (one per code plus the specific reasons it names)
 * and {@link apiErrorBody}, which puts them in the contract's `ApiError` shape. Shared by the
 * reference server and the mocks that mirror it, so both say the same thing in the same words.
 */
import type { Bilingual } from '../i18n/messages.js';
import type { FieldError } from '../i18n/validation.js';
import { apiErrorMessages } from './errors.js';
import type { ApiErrorBody } from './schemas.js';

/** An error code of the contract (`error.code`). */
export type ApiErrorBodyCode = ApiErrorBody['error']['code'];

/** HTTP status that goes with each error code. */
export const apiErrorStatus = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  precondition_required: 428,
  payload_too_large: 413,
  rate_limited: 429,
  unsupported_media_type: 415,
  internal: 500,
} as const satisfies Record<ApiErrorBodyCode, number>;

const { unknown: _clientOnly, ...codeMessages } = apiErrorMessages;

/**
 * The reference server's texts: the default of each error code (the client's generic text,
 * {@link apiErrorMessages}, except where the server knows more: `rate_limited` alone is about
 * sign-in, public reads over their limit say `read_rate_limited`; it accepts JSON only) and the specific reasons it answers with, e.g. `plan_not_found`.
 */
export const serverErrorMessages = {
  ...codeMessages,
  rate_limited: {
    vi: 'Quá nhiều lần đăng nhập. Vui lòng thử lại sau ít phút.',
    en: 'Too many sign-in attempts. Please try again in a few minutes.',
  },
  unsupported_media_type: {
    vi: 'Dữ liệu gửi lên phải ở dạng application/json.',
    en: 'The data sent must be application/json.',
  },
  not_ready: {
    vi: 'Báo cáo chưa đủ thông tin để nộp: mỗi nhiệm vụ cần trạng thái, mỗi chỉ số cần số liệu hoặc ghi chú lý do.',
    en: 'The report is not complete enough to submit: every task needs a status, every measure a value or a note saying why.',
  },
  read_rate_limited: {
    vi: 'Quá nhiều yêu cầu đọc dữ liệu công khai từ địa chỉ này. Vui lòng thử lại sau vài giây.',
    en: 'Too many public read requests from this address. Please try again in a few seconds.',
  },
  bad_json: { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  bad_credentials: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  sign_in_delayed: {
    vi: 'Tài khoản này vừa bị nhập sai mật khẩu nhiều lần. Vui lòng chờ theo thời gian ghi trong Retry-After rồi thử lại.',
    en: 'This account has just had several wrong passwords. Wait for the time given in Retry-After, then try again.',
  },
  sign_in_address_limited: {
    vi: 'Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này. Vui lòng thử lại sau ít phút.',
    en: 'Too many failed sign-ins from this network address. Please try again in a few minutes.',
  },
  other_agency: { vi: 'Báo cáo này thuộc cơ quan khác.', en: 'This report belongs to another agency.' },
  not_reviewer: {
    vi: 'Chỉ cơ quan chủ trì nhận báo cáo mới được xem xét báo cáo của kế hoạch này.',
    en: "Only the plan's lead agency that receives reports may review them.",
  },
  owes_nothing: {
    vi: 'Cơ quan của bạn không phải báo cáo kế hoạch này cho năm này.',
    en: 'Your agency owes no report on this plan for this year.',
  },
  report_not_found: { vi: 'Chưa có báo cáo.', en: 'No report yet.' },
  never_returned: {
    vi: 'Báo cáo này chưa từng bị trả lại.',
    en: 'This report has never been returned.',
  },
  plan_not_found: { vi: 'Không có kế hoạch này.', en: 'No such plan.' },
  accepted_read_only: {
    vi: 'Báo cáo đã được chấp nhận và không thể sửa đổi.',
    en: 'The report has been accepted and can no longer change.',
  },
  already_submitted: {
    vi: 'Báo cáo đã được nộp và đang chờ xem xét.',
    en: 'The report has been submitted and awaits review.',
  },
  not_submitted: { vi: 'Chỉ có thể xem xét báo cáo đã nộp.', en: 'Only a submitted report can be reviewed.' },
  idempotency_reused: {
    vi: 'Mã Idempotency-Key này đã được dùng cho một yêu cầu khác.',
    en: 'This Idempotency-Key was already used for a different request.',
  },
  idempotency_required: {
    vi: 'Yêu cầu nộp báo cáo phải kèm Idempotency-Key.',
    en: 'A submission must carry an Idempotency-Key header.',
  },
} as const satisfies Record<string, Bilingual>;

/**
 * The contract's error body for `code`: `{ error: { code, message, fieldErrors?, ...extra } }`.
 * `message` defaults to the code's text in {@link serverErrorMessages}; `fieldErrors` is left out
 * when not given; `extra` adds keys the contract allows, e.g. `{ currentVersion: 7 }` on a 412.
 */
export function apiErrorBody(
  code: ApiErrorBodyCode,
  message: Bilingual = serverErrorMessages[code],
  fieldErrors?: FieldError[],
  extra?: Record<string, unknown>,
): ApiErrorBody {
  return {
    error: {
      code,
      message,
      ...(fieldErrors ? { fieldErrors } : {}),
      ...extra,
    },
  };
}
