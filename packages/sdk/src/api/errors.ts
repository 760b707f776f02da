/**
 * Typed errors of the API client. Every error carries its text in Vietnamese and English
 * (`messages`); `error.message` is the English one, for logs and stack traces.
 *
 * - {@link ApiError} and its subclasses: the server answered with an HTTP error status.
 * - {@link NetworkError} / {@link TimeoutError}: no answer, after every retry.
 * - {@link ResponseValidationError}: the server answered 2xx with a body that breaks the contract.
 */
import type { Bilingual } from '../i18n/messages.js';
import type { FieldError } from '../i18n/validation.js';
import type { Lang } from '../schemas/common.js';
import { type ApiErrorBody, ApiErrorSchema } from './schemas.js';

/** Error codes the server sends in `error.code`, plus `unknown` for a status the contract does not name. */
export type ApiErrorCode = ApiErrorBody['error']['code'] | 'unknown';

/**
 * Generic texts the client shows when a response carries no readable body of ours (a proxy's
 * HTML error page, an empty body): the codes a proxy or a gateway answers with too. The others
 * (`validation_failed`, `conflict`, `precondition_failed`, `precondition_required`,
 * `unsupported_media_type`) come from our server, always with its own text, so a page's bundle
 * need not carry theirs; without a body they read as `unknown`.
 */
const fallbackMessages = {
  unauthenticated: {
    vi: 'Bạn cần đăng nhập (hoặc phiên đăng nhập đã hết hạn).',
    en: 'You need to sign in (or your session has expired).',
  },
  forbidden: {
    vi: 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
    en: 'Your account is not allowed to do this.',
  },
  not_found: { vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'The requested data was not found.' },
  payload_too_large: { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The data sent is too large.' },
  rate_limited: {
    vi: 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
    en: 'Too many requests. Please try again in a few minutes.',
  },
  internal: {
    vi: 'Máy chủ gặp lỗi. Vui lòng thử lại sau.',
    en: 'The server ran into an error. Please try again later.',
  },
  unknown: {
    vi: 'Máy chủ trả về lỗi không xác định.',
    en: 'The server returned an unexpected error.',
  },
} as const satisfies Partial<Record<ApiErrorCode, Bilingual>>;

/** Generic bilingual text for each error code: the server's default texts (`serverErrorMessages`) start from these. */
export const apiErrorMessages = {
  ...fallbackMessages,
  validation_failed: {
    vi: 'Dữ liệu gửi lên không hợp lệ.',
    en: 'The data sent is not valid.',
  },
  conflict: {
    vi: 'Thao tác xung đột với trạng thái hiện tại của dữ liệu.',
    en: 'The request conflicts with the current state of the data.',
  },
  precondition_failed: {
    vi: 'Báo cáo đã được thay đổi ở nơi khác. Hãy tải lại phiên bản mới nhất trước khi lưu.',
    en: 'The report was changed elsewhere. Reload the latest version before saving.',
  },
  precondition_required: {
    vi: 'Yêu cầu phải kèm phiên bản hiện tại của báo cáo (If-Match).',
    en: 'The request must carry the current version of the report (If-Match).',
  },
  unsupported_media_type: {
    vi: 'Định dạng dữ liệu gửi lên không được hỗ trợ.',
    en: 'The format of the data sent is not supported.',
  },
} as const satisfies Record<ApiErrorCode, Bilingual>;

// The client's own texts, one constant each so that a bundle keeps only those it uses.
const networkMessages: Bilingual = {
  vi: 'Không kết nối được tới máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại; dữ liệu đang nhập vẫn được giữ.',
  en: 'Could not reach the server. Check the network connection and try again; your work is kept.',
};
const timeoutMessages: Bilingual = {
  vi: 'Máy chủ không trả lời kịp. Vui lòng thử lại.',
  en: 'The server did not answer in time. Please try again.',
};
const invalidResponseMessages: Bilingual = {
  vi: 'Máy chủ trả về dữ liệu không đúng định dạng.',
  en: 'The server returned data in an unexpected shape.',
};
const unexpectedMessages: Bilingual = {
  vi: 'Đã xảy ra lỗi không mong muốn.',
  en: 'An unexpected error occurred.',
};

const API_ERROR_BRAND = Symbol.for('@kehoach/sdk/ApiError');

/** Base of every error the client throws: bilingual `messages`, English `message`. */
export class KehoachError extends Error {
  /** The message in Vietnamese and English; show `messages[lang]` to people. */
  readonly messages: Bilingual;
  constructor(messages: Bilingual, options?: { cause?: unknown }) {
    super(messages.en, options);
    this.name = 'KehoachError';
    this.messages = messages;
  }
}

/** What {@link createApiError} reads from a failed response. */
export interface ApiErrorInit {
  status: number;
  /** The response body as text (may be empty or not JSON). */
  body?: string;
  /** Response headers; `ETag`, `Retry-After` and `X-Request-Id` are read when present. */
  headers?: Headers;
}

interface ApiErrorParts {
  status: number;
  code: ApiErrorCode;
  messages: Bilingual;
  fieldErrors: FieldError[];
  requestId: string | null;
  body: unknown;
}

/** The server answered with an HTTP error status (4xx/5xx). Never retried by the client. */
export class ApiError extends KehoachError {
  /** HTTP status. */
  readonly status: number;
  /** The server's `error.code`, or the code implied by the status when the body gave none. */
  readonly code: ApiErrorCode;
  /** Field errors from a 400 `validation_failed` body; empty otherwise. */
  readonly fieldErrors: FieldError[];
  /** The `X-Request-Id` response header, to quote to support. */
  readonly requestId: string | null;
  /** The parsed JSON body when there was one (for extensions the contract does not name). */
  readonly body: unknown;
  constructor(parts: ApiErrorParts) {
    super(parts.messages);
    Object.defineProperty(this, API_ERROR_BRAND, { value: true });
    this.name = 'ApiError';
    this.status = parts.status;
    this.code = parts.code;
    this.fieldErrors = parts.fieldErrors;
    this.requestId = parts.requestId;
    this.body = parts.body;
  }
}

/** 400 `validation_failed`: see `fieldErrors` for each field the server refused. */
export class ValidationFailedError extends ApiError {
  constructor(parts: ApiErrorParts) {
    super(parts);
    this.name = 'ValidationFailedError';
  }
}

/** 401: not signed in, or the token expired or was revoked. */
export class UnauthenticatedError extends ApiError {
  constructor(parts: ApiErrorParts) {
    super(parts);
    this.name = 'UnauthenticatedError';
  }
}

/** 403: signed in, but the account's role or agency may not do this. */
export class ForbiddenError extends ApiError {
  constructor(parts: ApiErrorParts) {
    super(parts);
    this.name = 'ForbiddenError';
  }
}

/** 404: no such plan, catalog or report (or not visible to this account). */
export class NotFoundError extends ApiError {
  constructor(parts: ApiErrorParts) {
    super(parts);
    this.name = 'NotFoundError';
  }
}

/** 409: the report's state does not allow the step (e.g. accepting a draft). */
export class ConflictError extends ApiError {
  constructor(parts: ApiErrorParts) {
    super(parts);
    this.name = 'ConflictError';
  }
}

/**
 * 412: the `If-Match` version is stale; someone saved the report in between. `currentVersion`
 * is the server's version when it told us (its `ETag` header, or `error.currentVersion`).
 */
export class PreconditionFailedError extends ApiError {
  /** The report's current version on the server, or null when the server did not say. */
  readonly currentVersion: number | null;
  constructor(parts: ApiErrorParts, currentVersion: number | null) {
    super(parts);
    this.name = 'PreconditionFailedError';
    this.currentVersion = currentVersion;
  }
}

/** 413: the body is larger than the server accepts. */
export class PayloadTooLargeError extends ApiError {
  constructor(parts: ApiErrorParts) {
    super(parts);
    this.name = 'PayloadTooLargeError';
  }
}

/** 428: the server requires `If-Match` for this write; pass `version`. */
export class PreconditionRequiredError extends ApiError {
  constructor(parts: ApiErrorParts) {
    super(parts);
    this.name = 'PreconditionRequiredError';
  }
}

/** 429: too many requests; `retryAfterSeconds` comes from the `Retry-After` header. */
export class RateLimitedError extends ApiError {
  /** Seconds to wait before trying again, or null when the server did not say. */
  readonly retryAfterSeconds: number | null;
  constructor(parts: ApiErrorParts, retryAfterSeconds: number | null) {
    super(parts);
    this.name = 'RateLimitedError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** 5xx: the server failed. Not retried automatically: the write may have happened. */
export class ServerError extends ApiError {
  constructor(parts: ApiErrorParts) {
    super(parts);
    this.name = 'ServerError';
  }
}

/** No answer from the server after every attempt (connection refused, reset, DNS, offline). */
export class NetworkError extends KehoachError {
  /** How many attempts were made. */
  readonly attempts: number;
  constructor(attempts: number, options?: { cause?: unknown; messages?: Bilingual }) {
    super(options?.messages ?? networkMessages, { cause: options?.cause });
    this.name = 'NetworkError';
    this.attempts = attempts;
  }
}

/** Every attempt ran past the client's per-attempt timeout. A kind of {@link NetworkError}. */
export class TimeoutError extends NetworkError {
  /** The per-attempt timeout, in milliseconds. */
  readonly timeoutMs: number;
  constructor(attempts: number, timeoutMs: number, options?: { cause?: unknown }) {
    super(attempts, { cause: options?.cause, messages: timeoutMessages });
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The server answered 2xx but the body does not match the route's response schema (or is not
 * JSON). Usually a server and client of different versions; `fieldErrors` names each mismatch.
 */
export class ResponseValidationError extends KehoachError {
  /** The route whose response failed, e.g. `getPlan`. */
  readonly route: string;
  /** HTTP status of the response. */
  readonly status: number;
  /** Each field that did not match; a single `(root)` entry when the body is not JSON. */
  readonly fieldErrors: FieldError[];
  constructor(route: string, status: number, fieldErrors: FieldError[], options?: { cause?: unknown }) {
    const first = fieldErrors[0];
    super(
      first
        ? {
            vi: `${invalidResponseMessages.vi} (${route}: ${first.message.vi})`,
            en: `${invalidResponseMessages.en} (${route}: ${first.message.en})`,
          }
        : invalidResponseMessages,
      options,
    );
    this.name = 'ResponseValidationError';
    this.route = route;
    this.status = status;
    this.fieldErrors = fieldErrors;
  }
}

/**
 * True when `error` is an {@link ApiError} (the server answered with an error status), optionally
 * of the given code. Works across copies of the sdk bundled twice.
 */
export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  const is =
    error instanceof ApiError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as Record<symbol, unknown>)[API_ERROR_BRAND] === true);
  return is && (code === undefined || (error as ApiError).code === code);
}

/** The code a status implies when the body names none. */
function codeForStatus(status: number): ApiErrorCode {
  switch (status) {
    case 400:
      return 'validation_failed';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 412:
      return 'precondition_failed';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 428:
      return 'precondition_required';
    case 429:
      return 'rate_limited';
    default:
      return status >= 500 ? 'internal' : 'unknown';
  }
}

/** Version number out of an ETag such as `"7"` or `W/"7"`; null when it is not a version. */
export function versionFromEtag(etag: string | null | undefined): number | null {
  if (!etag) return null;
  const m = /^(?:W\/)?"?(\d{1,15})"?$/.exec(etag.trim());
  return m ? Number(m[1]) : null;
}

function retryAfterSeconds(value: string | null | undefined): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value); // Number() ignores the spaces around digits.
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/**
 * Build the typed error for a failed response. The body is validated with `ApiErrorSchema`;
 * when it is not JSON or not of that shape, the code comes from the status and the message is
 * a generic bilingual one. Exported for mocks and custom transports.
 */
export function createApiError(init: ApiErrorInit): ApiError {
  const { status } = init;
  let json: unknown;
  try {
    json = init.body ? JSON.parse(init.body) : undefined;
  } catch {
    json = undefined;
  }
  const parsed = ApiErrorSchema.safeParse(json);
  const code: ApiErrorCode = parsed.success ? parsed.data.error.code : codeForStatus(status);
  const parts: ApiErrorParts = {
    status,
    code,
    messages: parsed.success
      ? parsed.data.error.message
      : (fallbackMessages[code as keyof typeof fallbackMessages] ?? fallbackMessages.unknown),
    fieldErrors: parsed.success ? (parsed.data.error.fieldErrors ?? []) : [],
    requestId: init.headers?.get('X-Request-Id') ?? null,
    body: json,
  };
  if (status === 400) return new ValidationFailedError(parts);
  if (status === 401) return new UnauthenticatedError(parts);
  if (status === 403) return new ForbiddenError(parts);
  if (status === 404) return new NotFoundError(parts);
  if (status === 409) return new ConflictError(parts);
  if (status === 412) {
    const fromBody = (json as { error?: { currentVersion?: unknown } } | undefined)?.error?.currentVersion;
    const current =
      versionFromEtag(init.headers?.get('ETag')) ??
      // Number.isInteger is false for anything that is not a number.
      (Number.isInteger(fromBody) ? (fromBody as number) : null);
    return new PreconditionFailedError(parts, current);
  }
  if (status === 413) return new PayloadTooLargeError(parts);
  if (status === 428) return new PreconditionRequiredError(parts);
  if (status === 429) return new RateLimitedError(parts, retryAfterSeconds(init.headers?.get('Retry-After')));
  if (status >= 500) return new ServerError(parts);
  return new ApiError(parts);
}

/**
 * The text to show a person for any error the client may throw, in their language; a generic
 * bilingual message for errors that are not the client's.
 */
export function localizeError(error: unknown, lang: Lang = 'vi'): string {
  if (error instanceof KehoachError) return error.messages[lang];
  if (isApiError(error)) return error.messages[lang];
  return unexpectedMessages[lang];
}
