import {
  type FieldError,
  isApiError,
  NetworkError,
  PreconditionFailedError,
  type Report,
  type ReportContent,
  randomUuid,
} from '@kehoach/sdk';
import type { ReportFormApi } from './report-form-api.js';

/** How a server write ended, in the terms the form acts on. */
export type Outcome =
  | { kind: 'ok'; report: Report; version: number }
  /** Someone saved in between (412): `currentVersion` is the server's. */
  | { kind: 'stale'; currentVersion: number | null; error: unknown }
  /** The server refused fields (400). */
  | { kind: 'invalid'; errors: FieldError[]; error: unknown }
  /** No answer after the client's own retries; a user-initiated retry reuses the key. */
  | { kind: 'network'; error: unknown }
  /** Anything else (401, 403, 409, 5xx …). */
  | { kind: 'failed'; error: unknown };

/** A UUID where the page is a secure context; elsewhere (plain-http portals) time plus randomness. */
// The sdk's UUID (crypto.randomUUID, or getRandomValues on plain-http portals).
const randomKey = randomUuid;

/**
 * Server writes of one report: draft saves with If-Match, submission with an Idempotency-Key.
 * The key is kept until the submission is confirmed, so a "try again" after a network failure
 * (or after a reload: see `pending`) is the same submission, never a second one. A changed body
 * gets a new key, since the server refuses a key reused for different content.
 */
export class SubmitController {
  /** Key of an unconfirmed submission and the body it was made for; persisted with the draft. */
  pending: { key: string; body: string } | undefined;

  readonly api: ReportFormApi;
  readonly planId: string;
  /** The period key (`2026`, `2026-H1`): what the report routes take as their `year` parameter. */
  readonly period: string;

  constructor(api: ReportFormApi, planId: string, period: string) {
    this.api = api;
    this.planId = planId;
    this.period = period;
  }

  save(content: ReportContent, version: number | null): Promise<Outcome> {
    return this.#run(async () => {
      const saved = await this.api.saveDraft({
        planId: this.planId,
        year: this.period,
        content,
        ...ver(version),
      });
      return { report: saved.report, version: saved.version };
    });
  }

  submit(content: ReportContent, version: number | null): Promise<Outcome> {
    const body = JSON.stringify(content);
    if (this.pending?.body !== body) this.pending = { key: randomKey(), body };
    const idempotencyKey = this.pending.key;
    return this.#run(async () => {
      const report = await this.api.submitReport({
        planId: this.planId,
        year: this.period,
        content,
        idempotencyKey,
        ...ver(version),
      });
      this.pending = undefined;
      return { report, version: report.version };
    });
  }

  async #run(call: () => Promise<{ report: Report; version: number }>): Promise<Outcome> {
    try {
      return { kind: 'ok', ...(await call()) };
    } catch (error) {
      if (error instanceof PreconditionFailedError)
        return { kind: 'stale', currentVersion: error.currentVersion, error };
      if (isApiError(error, 'validation_failed'))
        return { kind: 'invalid', errors: error.fieldErrors, error };
      if (error instanceof NetworkError) return { kind: 'network', error };
      return { kind: 'failed', error };
    }
  }
}

const ver = (version: number | null) => (version === null ? {} : { version });
