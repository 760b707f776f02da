import type { ApiErrorBody, FieldError } from '@kehoach/sdk';

type Code = ApiErrorBody['error']['code'];
type Bilingual = { vi: string; en: string };

export const STATUS: Record<Code, number> = {
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
};

export const MESSAGES = {
  validation_failed: { vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The data sent is not valid.' },
  not_ready: {
    vi: 'Báo cáo chưa đủ thông tin để nộp: mỗi nhiệm vụ cần trạng thái, mỗi chỉ số cần số liệu hoặc ghi chú lý do.',
    en: 'The report is not complete enough to submit: every task needs a status, every measure a value or a note saying why.',
  },
  bad_json: { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  unauthenticated: {
    vi: 'Bạn cần đăng nhập (hoặc phiên đăng nhập đã hết hạn).',
    en: 'You need to sign in (or your session has expired).',
  },
  bad_credentials: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  forbidden: {
    vi: 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
    en: 'Your account is not allowed to do this.',
  },
  other_agency: {
    vi: 'Báo cáo này thuộc cơ quan khác.',
    en: 'This report belongs to another agency.',
  },
  not_reviewer: {
    vi: 'Chỉ cơ quan chủ trì nhận báo cáo mới được xem xét báo cáo của kế hoạch này.',
    en: "Only the plan's lead agency that receives reports may review them.",
  },
  not_found: { vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'The requested data was not found.' },
  conflict: {
    vi: 'Thao tác xung đột với trạng thái hiện tại của dữ liệu.',
    en: 'The request conflicts with the current state of the data.',
  },
  report_not_found: { vi: 'Chưa có báo cáo.', en: 'No report yet.' },
  plan_not_found: { vi: 'Không có kế hoạch này.', en: 'No such plan.' },
  accepted_read_only: {
    vi: 'Báo cáo đã được chấp nhận và không thể sửa đổi.',
    en: 'The report has been accepted and can no longer change.',
  },
  already_submitted: {
    vi: 'Báo cáo đã được nộp và đang chờ xem xét.',
    en: 'The report has been submitted and awaits review.',
  },
  not_submitted: {
    vi: 'Chỉ có thể xem xét báo cáo đã nộp.',
    en: 'Only a submitted report can be reviewed.',
  },
  idempotency_reused: {
    vi: 'Mã Idempotency-Key này đã được dùng cho một yêu cầu khác.',
    en: 'This Idempotency-Key was already used for a different request.',
  },
  precondition_failed: {
    vi: 'Báo cáo đã được thay đổi ở nơi khác. Hãy tải lại phiên bản mới nhất trước khi lưu.',
    en: 'The report was changed elsewhere. Reload the latest version before saving.',
  },
  precondition_required: {
    vi: 'Yêu cầu phải kèm phiên bản hiện tại của báo cáo (If-Match).',
    en: 'The request must carry the current version of the report (If-Match).',
  },
  idempotency_required: {
    vi: 'Yêu cầu nộp báo cáo phải kèm Idempotency-Key.',
    en: 'A submission must carry an Idempotency-Key header.',
  },
  payload_too_large: { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The data sent is too large.' },
  rate_limited: {
    vi: 'Quá nhiều lần đăng nhập. Vui lòng thử lại sau ít phút.',
    en: 'Too many sign-in attempts. Please try again in a few minutes.',
  },
  unsupported_media_type: {
    vi: 'Dữ liệu gửi lên phải ở dạng application/json.',
    en: 'The data sent must be application/json.',
  },
  internal: {
    vi: 'Máy chủ gặp lỗi. Vui lòng thử lại sau.',
    en: 'The server ran into an error. Please try again later.',
  },
} as const satisfies Record<string, Bilingual>;

/** An error meant for the client: status, code and bilingual text; never a stack trace. */
export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: Code,
    readonly messages: Bilingual = MESSAGES[code],
    readonly fieldErrors?: FieldError[],
    readonly extra?: { headers?: Record<string, string>; body?: Record<string, unknown> },
  ) {
    super(messages.en);
    this.name = 'HttpError';
    this.status = STATUS[code];
  }

  toBody(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.messages,
        ...(this.fieldErrors ? { fieldErrors: this.fieldErrors } : {}),
        ...(this.extra?.body ?? {}),
      },
    };
  }
}

export function validationFailed(
  fieldErrors: FieldError[],
  messages: Bilingual = MESSAGES.validation_failed,
) {
  return new HttpError('validation_failed', messages, fieldErrors);
}
