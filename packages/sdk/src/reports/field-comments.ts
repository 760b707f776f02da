import type { FieldError } from '../i18n/validation.js';
import type { ContentPath, FieldComment, ReportContent } from '../schemas/report.js';
import { CONTENT_FIELDS } from './changes.js';

/**
 * Why `path` names nothing in `content`, or null when it names a row (or a field of a row) the
 * content holds: the server refuses a reviewer's comment on a row the returned report lacks.
 */
export function contentPathError(content: ReportContent, path: ContentPath): 'no_row' | 'no_field' | null {
  if (path === 'difficulties' || path === 'recommendations') return null;
  const m = /^(tasks|measures|budget)\/([^/@]+)(?:@([^/]+))?(?:\/(.+))?$/.exec(path);
  if (!m) return 'no_row';
  const [, kind, id, unitId, field] = m as unknown as [
    string,
    keyof typeof CONTENT_FIELDS,
    string,
    string?,
    string?,
  ];
  const found =
    kind === 'tasks'
      ? !unitId && content.tasks.some((t) => t.taskId === id)
      : kind === 'budget'
        ? !unitId && content.budget.some((b) => b.fundingId === id)
        : content.measures.some((x) => x.measureId === id && x.unitId === unitId);
  if (!found) return 'no_row';
  return field === undefined || (CONTENT_FIELDS[kind] as readonly string[]).includes(field)
    ? null
    : 'no_field';
}

/**
 * Field errors for reviewer's comments (`ReturnRequest.fields`) whose path names no row or field
 * of the report being returned (`unknown_content_path`), with the path in both languages; paths
 * `fields.<i>.path` of the request body. Empty when every comment points at something.
 */
export function fieldCommentErrors(content: ReportContent, fields: readonly FieldComment[]): FieldError[] {
  const errors: FieldError[] = [];
  fields.forEach((c, i) => {
    const why = contentPathError(content, c.path);
    if (!why) return;
    const path = `fields.${i}.path`;
    errors.push({
      path,
      code: 'unknown_content_path',
      message:
        why === 'no_row'
          ? {
              vi: `Trường ${path}: báo cáo không có mục ${c.path} để góp ý`,
              en: `Field ${path}: the report has no row ${c.path} to comment on`,
            }
          : {
              vi: `Trường ${path}: mục ${c.path} không có trường này để góp ý`,
              en: `Field ${path}: the row of ${c.path} has no such field to comment on`,
            },
    });
  });
  return errors;
}
