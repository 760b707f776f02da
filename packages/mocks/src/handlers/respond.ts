import {
  type ApiErrorBodyCode,
  apiErrorBody,
  apiErrorStatus,
  type Bilingual,
  type FieldError,
  serverErrorMessages,
} from '@kehoach/sdk';
import { HttpResponse } from 'msw';

/** The reference server's texts (from the sdk), so stories show what users will read. */
export const MESSAGES = {
  ...serverErrorMessages,
  internal: {
    vi: 'Máy chủ gặp lỗi (kịch bản minh họa). Vui lòng thử lại sau.',
    en: 'The server ran into an error (demo scenario). Please try again later.',
  },
} as const satisfies Record<string, Bilingual>;

/**
 * An error for the client, thrown inside a handler and turned into an ApiError response by
 * `route()`: status from the code, bilingual message, optional field errors and extra body keys.
 */
export class MockHttpError extends Error {
  readonly code: ApiErrorBodyCode;
  readonly messages: Bilingual;
  readonly fieldErrors?: FieldError[];
  readonly extra?: { headers?: Record<string, string>; body?: Record<string, unknown> };

  constructor(
    code: ApiErrorBodyCode,
    messages: Bilingual = MESSAGES[code],
    fieldErrors?: FieldError[],
    extra?: { headers?: Record<string, string>; body?: Record<string, unknown> },
  ) {
    super(messages.en);
    this.code = code;
    this.messages = messages;
    this.fieldErrors = fieldErrors;
    this.extra = extra;
    this.name = 'MockHttpError';
  }

  /** The response in the contract's ApiError shape. */
  toResponse(): Response {
    const body = apiErrorBody(this.code, this.messages, this.fieldErrors, this.extra?.body);
    return HttpResponse.json(body, { status: apiErrorStatus[this.code], headers: this.extra?.headers });
  }
}

/** A 400 with field errors. */
export const validationFailed = (errors: FieldError[], messages: Bilingual = MESSAGES.validation_failed) =>
  new MockHttpError('validation_failed', messages, errors);

/** A JSON answer that must not be cached, with optional ETag. */
export function jsonNoStore(body: unknown, status = 200, etag?: string): Response {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (etag) headers.ETag = etag;
  return HttpResponse.json(body as Record<string, unknown>, { status, headers });
}
