import { describe, expect, it } from 'vitest';
import {
  type ApiErrorBodyCode,
  ApiErrorSchema,
  apiErrorBody,
  apiErrorMessages,
  apiErrorStatus,
  createApiError,
  serverErrorMessages,
} from '../src/index.js';

const codes = Object.keys(apiErrorStatus) as ApiErrorBodyCode[];

describe('apiErrorBody', () => {
  it('gives the code with its default text, and no fieldErrors unless given', () => {
    expect(apiErrorBody('not_found')).toEqual({
      error: { code: 'not_found', message: serverErrorMessages.not_found },
    });
  });

  it('carries the text, field errors and extra keys given', () => {
    const fieldErrors = [{ path: 'params.year', code: 'year_out_of_range', message: { vi: 'v', en: 'e' } }];
    const body = apiErrorBody('precondition_failed', serverErrorMessages.precondition_failed, fieldErrors, {
      currentVersion: 3,
    });
    expect(body).toEqual({
      error: {
        code: 'precondition_failed',
        message: serverErrorMessages.precondition_failed,
        fieldErrors,
        currentVersion: 3,
      },
    });
  });

  it.each(codes)('%s: matches the contract and the client reads it back with its status', (code) => {
    const body = apiErrorBody(code, serverErrorMessages.plan_not_found);
    expect(ApiErrorSchema.safeParse(body).success).toBe(true);
    const error = createApiError({ status: apiErrorStatus[code], body: JSON.stringify(body) });
    expect(error.code).toBe(code);
    expect(error.status).toBe(apiErrorStatus[code]);
    expect(error.messages).toEqual(serverErrorMessages.plan_not_found);
  });
});

describe('serverErrorMessages', () => {
  it("defaults each code to the client's generic text, but for sign-in rate limits and JSON only", () => {
    for (const code of codes) {
      if (code === 'rate_limited' || code === 'unsupported_media_type') {
        expect(serverErrorMessages[code]).not.toEqual(apiErrorMessages[code]);
      } else {
        expect(serverErrorMessages[code], code).toEqual(apiErrorMessages[code]);
      }
    }
    expect('unknown' in serverErrorMessages).toBe(false);
  });

  it('has every text in both languages', () => {
    for (const [key, m] of Object.entries(serverErrorMessages)) {
      expect(m.vi.length, key).toBeGreaterThan(0);
      expect(m.en.length, key).toBeGreaterThan(0);
      expect(m.vi, key).not.toBe(m.en);
    }
  });
});
