import * as z from 'zod/mini';

const Count = z.int().check(z.gte(0));

/**
 * What an import of observations did (`importObservations`): rows added, rows whose figures
 * changed, rows already stored as given (importing the same file twice adds and changes none),
 * and blank rows (unfilled lines of a template).
 */
export const ObservationImportResultSchema = z.object({
  added: Count,
  changed: Count,
  unchanged: Count,
  blank: Count,
});
export type ObservationImportResult = z.infer<typeof ObservationImportResultSchema>;

/** `?decimal=,` or `.`: the file's decimal mark when the operator says it (else told by its separator). */
export const ObservationImportQuery = z.strictObject({ decimal: z.optional(z.enum([',', '.'])) });
