import {
  type ApiErrorBody,
  type ApiErrorBodyCode,
  apiErrorBody,
  apiErrorStatus,
  type Bilingual,
  type FieldError,
  serverErrorMessages,
} from '@kehoach/sdk';

/** The server's texts, per error code and per reason (the sdk's, shared with the mocks). */
export const MESSAGES = serverErrorMessages;

/** An error meant for the client: status, code and bilingual text; never a stack trace. */
export class HttpError extends Error {
  readonly status: number;
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
    this.name = 'HttpError';
    this.status = apiErrorStatus[code];
  }

  toBody(): ApiErrorBody {
    return apiErrorBody(this.code, this.messages, this.fieldErrors, this.extra?.body);
  }
}

export function validationFailed(
  fieldErrors: FieldError[],
  messages: Bilingual = MESSAGES.validation_failed,
) {
  return new HttpError('validation_failed', messages, fieldErrors);
}
