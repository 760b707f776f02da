import { createClient, type KehoachClient, ResponseValidationError } from '@kehoach/sdk';
import { InvalidDataError } from './kh-element.js';

/** The sdk's typed client for an element's `api-base`; one attempt plus one retry on network loss. */
export function client(baseUrl: string, lang: 'vi' | 'en', token?: string | null): KehoachClient {
  return createClient({ baseUrl, lang, token: token ?? null, retries: 1 });
}

/** A response that breaks the contract shows the same "not in the expected format" state as a bad snapshot. */
export function asLoadError(error: unknown): never {
  throw error instanceof ResponseValidationError ? new InvalidDataError(error.message) : error;
}
