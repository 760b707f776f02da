import { describe, expect, it } from 'vitest';
import { etagOf, idempotencyKeyError, parseIfMatch, versionFromEtag } from '../src/index.js';

describe('etagOf', () => {
  it('quotes the version, and the client reads it back', () => {
    expect(etagOf(7)).toBe('"7"');
    expect(versionFromEtag(etagOf(7))).toBe(7);
  });
});

describe('parseIfMatch', () => {
  it('is null when absent or blank, any for *', () => {
    expect(parseIfMatch(undefined)).toBeNull();
    expect(parseIfMatch(null)).toBeNull();
    expect(parseIfMatch('  ')).toBeNull();
    expect(parseIfMatch(' * ')).toBe('any');
  });

  it('reads strong, weak and listed versions, skipping what is not one', () => {
    expect(parseIfMatch('"7"')).toEqual([7]);
    expect(parseIfMatch('W/"7", "8" ,x, "9a"')).toEqual([7, 8]);
    expect(parseIfMatch('7')).toEqual([]);
  });
});

describe('idempotencyKeyError', () => {
  it('accepts 1–255 visible ASCII characters', () => {
    expect(idempotencyKeyError('6f1c2a9e-6d1b-4c5e-9a57-0c8f2b1d3e4f')).toBeNull();
    expect(idempotencyKeyError('x'.repeat(255))).toBeNull();
  });

  it('refuses spaces, non-ASCII and keys over 255 characters with a bilingual field error', () => {
    for (const key of ['a b', 'khóa', 'x'.repeat(256), '']) {
      expect(idempotencyKeyError(key), key).toEqual({
        path: 'headers.Idempotency-Key',
        code: 'invalid_format',
        message: {
          vi: 'Trường headers.Idempotency-Key: cần 1–255 ký tự ASCII nhìn thấy được',
          en: 'Field headers.Idempotency-Key: expected 1–255 visible ASCII characters',
        },
      });
    }
  });
});
