import {
  disaggregationErrors,
  type FieldError,
  type IndicatorCatalog,
  measureValueErrors,
  type ReportContent,
  ReportContentSchema,
  validate,
} from '@kehoach/sdk';
import type { RowIndex } from './form-model.js';

/** First error per field path (`measures.3.value`), in the order the schema reports them. */
export type ErrorMap = Map<string, FieldError>;

/**
 * Field errors the server sent (`content.measures.3.value`) mapped to the form's paths, and so
 * the rows their messages name (the parts of a total: `content.measures.4, content.measures.5`).
 */
export function serverErrors(errors: FieldError[], index?: RowIndex): ErrorMap {
  const map: ErrorMap = new Map();
  const to = (s: string) =>
    s.replace(/(?:content\.)?((?:tasks|measures|budget)\.\d+)/g, (_, p) => remap(p, index));
  for (const e of errors) {
    const path = remap(e.path.replace(/^content\./, ''), index);
    if (!map.has(path))
      map.set(path, { ...e, path, message: { vi: to(e.message.vi), en: to(e.message.en) } });
  }
  return map;
}

/**
 * Paths of a content built from some rows only (a draft) back to the form's rows:
 * `measures.0.value` of a draft holding rows [2, 5] is the form's `measures.2.value`.
 */
export function remap(path: string, index?: RowIndex): string {
  const m = /^(tasks|measures|budget)\.(\d+)(.*)$/.exec(path);
  const rows = m && index?.[m[1] as keyof RowIndex];
  return m && rows ? `${m[1]}.${rows[Number(m[2])] ?? m[2]}${m[3]}` : path;
}

/**
 * Validates report content with the sdk's schema and the sdk's checks of the figures against
 * the measures' units (bounds, whole counts, value agreeing with its parts) and of its rows by
 * category (`disaggregationErrors`: parts of an additive measure above their total): what the
 * server runs. Both run on every keystroke, so that 150 % is flagged before the tasks are filled in;
 * a field keeps the schema's error first.
 */
export function validateContent(
  content: ReportContent,
  index?: RowIndex,
  catalog?: IndicatorCatalog,
): ErrorMap {
  const r = validate(ReportContentSchema, content);
  const values = catalog
    ? [...measureValueErrors({ content, catalog }), ...disaggregationErrors({ content, catalog })]
    : [];
  return serverErrors([...(r.success ? [] : r.errors), ...values], index);
}
