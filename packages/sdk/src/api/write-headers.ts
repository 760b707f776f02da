/**
 * The headers of a report write as a server reads and answers them: the report version as an
 * `ETag`, the versions an `If-Match` names, and the form of an `Idempotency-Key`. Shared by the
 * reference server and the mocks that mirror it.
 */
import type { FieldError } from '../i18n/validation.js';

/** The `ETag` of a report version: `"7"`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** A parsed `If-Match`: absent (null), `*` (`'any'`), or the versions it names. */
export type IfMatch = null | 'any' | number[];

/**
 * Parse an `If-Match` header: `"7"`, `W/"7"`, a comma-separated list (any may match) or `*`.
 * Null when absent or blank; entries that are not a version are skipped, so a header naming
 * none gives `[]` (matches nothing).
 */
export function parseIfMatch(header: string | null | undefined): IfMatch {
  if (header === null || header === undefined || header.trim() === '') return null;
  if (header.trim() === '*') return 'any';
  const versions: number[] = [];
  for (const part of header.split(',')) {
    const m = /^\s*(?:W\/)?"(\d{1,15})"\s*$/.exec(part);
    if (m) versions.push(Number(m[1]));
  }
  return versions;
}

/**
 * The field error for an `Idempotency-Key` that is not 1–255 visible ASCII characters (a UUID
 * is the usual choice), or null when it is. An absent key is the caller's to refuse (428).
 */
export function idempotencyKeyError(key: string): FieldError | null {
  if (/^[\x21-\x7E]{1,255}$/.test(key)) return null;
  const path = 'headers.Idempotency-Key';
  return {
    path,
    code: 'invalid_format',
    message: {
      vi: `Trường ${path}: cần 1–255 ký tự ASCII nhìn thấy được`,
      en: `Field ${path}: expected 1–255 visible ASCII characters`,
    },
  };
}
